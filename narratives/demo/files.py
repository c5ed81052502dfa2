"""Generated demo files: posters, social tiles, portrait placeholders and PDF flyers.

Everything is drawn with Pillow and its built-in font, so nothing is downloaded. That font has
no glyphs for umlauts, ß or typographic dashes and quotes: umlauts are drawn as the base vowel
with two dots, the other characters are replaced by their plain forms.
"""

import unicodedata
from dataclasses import dataclass
from io import BytesIO

from PIL import Image, ImageDraw, ImageFont

UMLAUTS = {"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U"}
PLAIN = str.maketrans(
    {"ß": "ss", "ẞ": "SS", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'"}
)
PLAIN_QUOTES = str.maketrans({"‘": "'", "’": "'", "…": "...", "\u00a0": " "})

SOCIAL = (1080, 1080)
POSTER = (848, 1200)  # DIN A proportions
A4_PAGE = (827, 1169)  # DIN A4 at 100 dpi
A4_DPI = 100.0
PORTRAIT = (600, 600)


@dataclass(frozen=True)
class Artwork:
    """What a generated file shows: a headline, a line below it and a colour."""

    headline: str
    subline: str = ""
    colour: str = "#1d4e89"
    footer: str = "Kurve kriegen · Prävention NRW · Demo-Material"


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _plain(text: str) -> str:
    """Replace what the built-in font cannot draw; umlauts stay (draw_text dots them)."""
    text = text.translate(PLAIN).translate(PLAIN_QUOTES)
    return "".join(
        char if char.isascii() or char in UMLAUTS else unicodedata.normalize("NFKD", char)[0]
        for char in text
    )


def draw_text(
    draw: ImageDraw.ImageDraw, xy: tuple[float, float], text: str, size: int, fill: str
) -> None:
    """Draw one line; umlauts get their two dots drawn by hand."""
    text = _plain(text)
    base = "".join(UMLAUTS.get(char, char) for char in text)
    font = _font(size)
    x, y = xy
    draw.text((x, y), base, font=font, fill=fill)
    radius = max(1.0, size * 0.05)
    for index, char in enumerate(text):
        if char not in UMLAUTS:
            continue
        left = x + draw.textlength(base[:index], font=font)
        width = draw.textlength(base[index], font=font)
        top = draw.textbbox((left, y), base[index], font=font)[1]
        centre_y = top - radius - max(2.5, size * 0.08)
        for offset in (-0.22, 0.22):
            centre_x = left + width / 2 + offset * width
            draw.ellipse(
                (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius),
                fill=fill,
            )


def wrap(draw: ImageDraw.ImageDraw, text: str, size: int, max_width: float) -> list[str]:
    """Split text into lines no wider than max_width (measured without dots on umlauts)."""
    font = _font(size)
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        measured = "".join(UMLAUTS.get(c, c) for c in _plain(candidate))
        if current and draw.textlength(measured, font=font) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _draw_block(
    draw: ImageDraw.ImageDraw, text: str, top: float, size: int, width: int, margin: int
) -> float:
    """Draw wrapped text starting at top; returns the y below the block."""
    for line in wrap(draw, text, size, width - 2 * margin):
        draw_text(draw, (margin, top), line, size, "white")
        top += size * 1.35
    return top


def render_poster(art: Artwork, size: tuple[int, int] = POSTER) -> Image.Image:
    """A coloured poster: headline, subline, a light band and a footer."""
    width, height = size
    image = Image.new("RGB", size, art.colour)
    draw = ImageDraw.Draw(image, "RGBA")
    margin = width // 12
    draw.ellipse((width * 0.55, height * 0.45, width * 1.3, height * 1.05), fill="#ffffff30")
    draw.rectangle((0, height * 0.78, width, height), fill="#f4f1ea")
    draw.rectangle((margin, margin, margin + width // 6, margin + width // 60), fill="white")
    top = _draw_block(draw, art.headline, margin * 2, width // 11, width, margin)
    if art.subline:
        _draw_block(draw, art.subline, top + width // 20, width // 26, width, margin)
    draw_text(draw, (margin, height * 0.86), art.footer, width // 40, "#333333")
    return image


def render_portrait(colour: str, initials: str, size: tuple[int, int] = PORTRAIT) -> Image.Image:
    """A neutral silhouette placeholder standing in for a messenger's consented photo."""
    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    draw.ellipse((width * 0.34, height * 0.16, width * 0.66, height * 0.48), fill="#f4f1ea")
    draw.ellipse((width * 0.18, height * 0.52, width * 0.82, height * 1.15), fill="#f4f1ea")
    draw_text(draw, (width * 0.05, height * 0.05), initials, width // 14, "white")
    return image


def render_flyer_pages(art: Artwork, paragraphs: list[str], pages: int = 1) -> list[Image.Image]:
    """DIN A4 pages: a coloured title area, then the paragraphs; further pages repeat the body."""
    width, height = A4_PAGE
    margin = width // 12
    result = []
    for number in range(1, pages + 1):
        page = Image.new("RGB", A4_PAGE, "white")
        draw = ImageDraw.Draw(page)
        band = height * (0.32 if number == 1 else 0.1)
        draw.rectangle((0, 0, width, band), fill=art.colour)
        if number == 1:
            top = _draw_block(draw, art.headline, margin, width // 14, width, margin)
            if art.subline:
                _draw_block(draw, art.subline, top + 10, width // 32, width, margin)
        top = band + margin
        for paragraph in paragraphs:
            for line in wrap(draw, paragraph, width // 38, width - 2 * margin):
                draw_text(draw, (margin, top), line, width // 38, "#222222")
                top += width // 38 * 1.5
            top += width // 38
        footer = f"{art.footer} · Seite {number}/{pages}"
        draw_text(draw, (margin, height - margin), footer, width // 50, "#555555")
        result.append(page)
    return result


def png_bytes(image: Image.Image) -> bytes:
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


def pdf_bytes(pages: list[Image.Image], title: str) -> bytes:
    buffer = BytesIO()
    first, *rest = pages
    first.save(
        buffer,
        "PDF",
        resolution=A4_DPI,
        save_all=True,
        append_images=rest,
        title=_plain(title),
        author="Kurve kriegen (Demo)",
    )
    return buffer.getvalue()
