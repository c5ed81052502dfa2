"""End-to-end tests in a real browser: Chromium driven by Playwright against the live server.

Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser here. Without
Chromium (or Playwright) the tests skip locally and fail under CI=true. A failing test leaves a
screenshot of every page it had open in test-artifacts/e2e/ (or $E2E_ARTIFACTS_DIR) and names
the files in its report.
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import IN_CI

CHROMIUM = Path(os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
ARTIFACTS_DIR = Path(
    os.environ.get("E2E_ARTIFACTS_DIR", Path(__file__).resolve().parents[2] / "test-artifacts/e2e")
)
PASSWORD = "correct-horse-battery"  # tests.factories.cms.UserFactory's
# Generous: two test workers, a browser and a live server share two cores in CI; a step that
# works takes a second or two, the limit only bounds how long a broken one hangs.
TIMEOUT_MS = 20_000

_contexts_key = pytest.StashKey[list]()


def _unavailable(reason: str) -> None:
    """Missing browser tooling: a failure under CI, where these tests must run; a skip elsewhere."""
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: the end-to-end tests must run)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        _unavailable(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import expect
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[dev]')")
    # The assertions wait as long as the actions (their own default is 5 s).
    expect.set_options(timeout=TIMEOUT_MS)
    return CHROMIUM


@pytest.fixture
def browser(chromium: Path, transactional_db: None, live_server: object) -> Iterator[object]:
    """Chromium for one test, started after the database is set up and closed before the flush.

    While Playwright's sync API is active, its event loop counts as running in this thread:
    Django then refuses database calls (hence DJANGO_ALLOW_ASYNC_UNSAFE) and asgiref hands out
    another connection object, one without the serialized data that `serialized_rollback`
    restores. Keeping the browser inside the test keeps set-up and flush on the usual one.
    """
    from django.db import connections
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(chromium), headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
            # The test's own connection object (see above) goes with the browser.
            connections.close_all()


@pytest.fixture
def new_context(request: pytest.FixtureRequest, browser, live_server) -> Iterator[Callable]:
    """Opens a fresh browser context (own cookies: one per person) on the live server."""
    from .admin_ui import EDITOR_EVENTS_SCRIPT

    contexts = request.node.stash.setdefault(_contexts_key, [])

    def open_context(**options: object) -> object:
        context = browser.new_context(base_url=live_server.url, locale="de-DE", **options)
        context.set_default_timeout(TIMEOUT_MS)
        context.add_init_script(EDITOR_EVENTS_SCRIPT)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        context.close()
    contexts.clear()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> object:
    report = yield
    if report.failed and report.when in ("setup", "call"):
        saved = _screenshot_open_pages(item)
        if saved:
            listing = "\n".join(str(path) for path in saved)
            report.sections.append(("e2e screenshots", listing))
            print(f"\ne2e screenshots of {item.nodeid}:\n{listing}")
    return report


def _screenshot_open_pages(item: pytest.Item) -> list[Path]:
    saved = []
    name = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1])
    for c, context in enumerate(item.stash.get(_contexts_key, [])):
        for p, page in enumerate(context.pages):
            path = ARTIFACTS_DIR / f"{name}-{c}-{p}.png"
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(path), full_page=True)
            except Exception as error:  # noqa: BLE001 - must not hide the test's own failure
                print(f"no screenshot of {page.url}: {error}")
                continue
            saved.append(path)
    return saved


@pytest.fixture
def site_tree(transactional_db: None) -> dict:
    """The site as in production: home page with a narrative and a messenger index, the roles
    and workflows of cms.access.role_setup, and one user per role (password PASSWORD)."""
    from django.contrib.auth.models import Group

    from cms.access import roles
    from cms.access.role_setup import setup_roles_and_workflows
    from tests.conftest import build_home
    from tests.factories.cms import UserFactory
    from tests.factories.narratives import MessengerIndexPageFactory, NarrativeIndexPageFactory

    # Root page, locale and site come from Wagtail's migrations, restored for each test by
    # serialized_rollback (a transactional test flushes every table afterwards).
    home = build_home()
    narrative_index = NarrativeIndexPageFactory(parent=home, slug="narrative")
    messenger_index = MessengerIndexPageFactory(parent=home, slug="botschafter")
    setup_roles_and_workflows()
    users = {}
    for name in roles.ROLES:
        user = UserFactory(username=f"e2e-{name.lower()}")
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return {
        "home": home,
        "narrative_index": narrative_index,
        "messenger_index": messenger_index,
        "users": users,
    }


@pytest.fixture
def jpeg(tmp_path: Path) -> Path:
    """A photo as a camera leaves it, for uploads through the admin's forms."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1200, 800), "#6a8caf")
    ImageDraw.Draw(image).ellipse((400, 150, 800, 650), fill="#e0b089")
    path = tmp_path / "elternabend.jpg"
    image.save(path, "JPEG", quality=85)
    return path
