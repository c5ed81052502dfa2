"""What a browser context did that the Content-Security-Policy or the privacy rules forbid:
policy violations (the `securitypolicyviolation` events of every page and frame, and the
console's CSP errors) and requests to any host but the live server."""

from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Page

# Runs before any script of every document and frame. The binding is Playwright's, so it is
# still called when the policy forbids everything else, and frames that go away lose nothing.
VIOLATION_LISTENER = """
document.addEventListener('securitypolicyviolation', (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolation(`${event.effectiveDirective} blocked ${event.blockedURI} in ${where}`);
});
"""


class PolicyWatch:
    def __init__(self, context: BrowserContext, origin: str) -> None:
        self.origin = origin
        self.requests: list[str] = []
        self.violations: list[str] = []
        context.expose_function("__cspViolation", self._violation)
        context.add_init_script(VIOLATION_LISTENER)
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("console", self._console)

    def _violation(self, text: str) -> None:
        self.violations.append(text)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            self.violations.append(message.text)

    def foreign_requests(self) -> list[str]:
        return [
            url
            for url in self.requests
            if urlsplit(url).scheme in ("http", "https", "ws", "wss")
            and f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" != self.origin
        ]

    def assert_clean(self, page: Page, what: str) -> None:
        page.evaluate("0")  # a round trip: reports the page sent before are in
        assert not self.violations, (what, self.violations)
        assert not self.foreign_requests(), (what, self.foreign_requests())
