"""Hostile content and how to tell whether a page let it through.

Every payload carries its own marker (`xssmark07`). A page passes when each marker it shows is
inert: text, or the value of an attribute that only ever holds text. A marker inside a script,
an event handler, a style, a frame or an element the payload brought along means the browser
would run it; so does any link or source with a script or data scheme.
"""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from cms.security.bidi import BIDI_CONTROLS

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


@dataclass(frozen=True)
class Payload:
    marker: str
    text: str


def _corpus(*texts: str) -> tuple[Payload, ...]:
    payloads = []
    for number, text in enumerate(texts, start=1):
        marker = f"xssmark{number:02d}"
        payloads.append(Payload(marker, text.replace("MARK", marker)))
    return tuple(payloads)


PAYLOADS = _corpus(
    "<script>alert('MARK')</script>",
    "<img src=x onerror=alert('MARK')>",
    "<svg onload=alert('MARK')>",
    "<svg><script>alert('MARK')</script></svg>",
    "<a href=\"javascript:alert('MARK')\">MARK</a>",
    "<a href=\"JaVaScRiPt:alert('MARK')\">MARK</a>",
    "<a href=\" java&#x09;script:alert('MARK')\">MARK</a>",
    "<a href=\"&#106;avascript:alert('MARK')\">MARK</a>",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==#MARK">MARK</a>',
    '<iframe src="https://evil.example/MARK"></iframe>',
    "<iframe srcdoc=\"<script>alert('MARK')</script>\"></iframe>",
    "<object data=\"javascript:alert('MARK')\"></object>",
    "<embed src=\"data:image/svg+xml,<svg onload=alert('MARK')>\">",
    "<style>body{background:url(\"javascript:alert('MARK')\")}</style>",
    "<p style=\"background:url(javascript:alert('MARK'))\">MARK</p>",
    "<scr<script>ipt>alert('MARK')</scr</script>ipt>",
    '<img src="x" alt="MARK" onerror="alert(1)',
    "\"><script>alert('MARK')</script>",
    "'><img src=x onerror=alert('MARK')>",
    "</title><script>alert('MARK')</script>",
    "</script><script>alert('MARK')</script>",
    "&lt;script&gt;alert('MARK')&lt;/script&gt;",
    "{{ request.user.password }}{% debug %}MARK",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('MARK')>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('MARK')>\">",
    "<details open ontoggle=alert('MARK')>",
    "<body onload=alert('MARK')>",
    '<base href="https://evil.example/MARK/">',
    "<form action=\"javascript:alert('MARK')\"><button>MARK</button></form>",
    "<a href=\"vbscript:msgbox('MARK')\">MARK</a>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'MARK\')">',
    "<!--<img src=\"--><img src=x onerror=alert('MARK')//\">",
    '<a linktype="page" id="1 onmouseover=alert(\'MARK\')">MARK</a>',
    '<embed embedtype="image" id="1" format="left" alt="MARK" onerror="alert(\'MARK\')"/>',
    f"{RLO}MARKfdp.exe{PDF}",
    f"Familie{LRI}MARK{PDI}",
)
MARKERS = frozenset(payload.marker for payload in PAYLOADS)
MARKER = re.compile(r"xssmark\d\d", re.IGNORECASE)

# The whole corpus in one value, for fields without a length limit (rich text, long text).
EVERYTHING = " ".join(payload.text for payload in PAYLOADS)


def packed(limit: int | None, start: int) -> str:
    """As many payloads as fit in `limit` characters, from the `start`-th on (wrapping), so that
    short fields together still carry the whole corpus."""
    if limit is None:
        return EVERYTHING
    chosen: list[str] = []
    for step in range(len(PAYLOADS)):
        text = PAYLOADS[(start + step) % len(PAYLOADS)].text
        if len(" ".join([*chosen, text])) > limit:
            break
        chosen.append(text)
    return " ".join(chosen)


# Elements that run or load what they contain: a marker anywhere inside means the payload's
# markup survived (containers like <body> or <form> are judged by their attributes alone).
EXECUTABLE = frozenset(
    {"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg"}
    | {"math", "noscript", "template", "base"}
)
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "background"}
)
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
CONTROL_OR_SPACE = re.compile(r"[\x00-\x20]+")
JSON_SCRIPT = "application/json"


def _script_scheme(value: str) -> bool:
    # Browsers ignore whitespace and control characters before and inside the scheme.
    return CONTROL_OR_SPACE.sub("", value).lower().startswith(SCRIPT_SCHEMES)


def _element_traces(element: Tag) -> list[str]:
    traces = []
    name = element.name
    if name == "script" and element.get("type") == JSON_SCRIPT:
        # json_script data: safe while no markup in it can close the element.
        if "<" in element.get_text():
            traces.append(f"markup inside JSON data: {element.get_text()[:120]!r}")
    elif name in EXECUTABLE and MARKER.search(str(element)):
        traces.append(f"<{name}> from content: {str(element)[:120]!r}")
    elif name == "meta" and element.get("http-equiv") and MARKER.search(str(element)):
        traces.append(f"<meta http-equiv> from content: {str(element)[:120]!r}")
    elif MARKER.search(name):
        traces.append(f"element made from content: <{name}>")
    for attribute, raw in element.attrs.items():
        value = " ".join(raw) if isinstance(raw, list) else str(raw)
        marked = MARKER.search(value)
        if MARKER.search(attribute):
            traces.append(f"attribute made from content: {attribute!r} on <{name}>")
        elif attribute.lower().startswith("on") and marked:
            traces.append(f"event handler {attribute}={value[:80]!r} on <{name}>")
        elif attribute in URL_ATTRIBUTES and _script_scheme(value):
            if marked or not CONTROL_OR_SPACE.sub("", value).lower().startswith("data:image/"):
                traces.append(f"{attribute}={value[:80]!r} on <{name}>")
        elif attribute in ("style", "srcdoc") and marked:
            traces.append(f"{attribute}={value[:80]!r} on <{name}>")
    return traces


def read_page(html: str) -> tuple[list[str], set[str]]:
    """What of the corpus a browser would run or load on this page (empty: nothing), and the
    markers it shows as text (proof that the hostile content reached it)."""
    soup = BeautifulSoup(html, "html.parser")
    traces = []
    for element in soup.find_all(True):
        traces += _element_traces(element)
    return traces, {marker.lower() for marker in MARKER.findall(soup.get_text())}


def executable_traces(html: str) -> list[str]:
    return read_page(html)[0]


def bidi_controls_in(text: str) -> list[str]:
    return [f"U+{ord(char):04X}" for char in text if ord(char) in BIDI_CONTROLS]
