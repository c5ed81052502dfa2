"""The Content-Security-Policy in a real browser: one page of every public page type (German and
Arabic, with images, documents and a video placeholder), the search with its suggestions, the
login and the 404 page record no policy violation and no request to another host; so do the
Wagtail userbar on public pages, the admin's dashboard, explorer, editor, preview and image
chooser. An injected inline script is blocked and reported to our endpoint."""

import logging
import re

import pytest
from playwright.sync_api import expect

from .admin_ui import log_in, wait_until_editor_watches
from .policy_watch import PolicyWatch

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def public_site(transactional_db: None) -> dict:
    """Every public page type (build_site), its Arabic alias tree, and an editor."""
    from django.contrib.auth.models import Group
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    from cms.access import roles
    from cms.access.role_setup import setup_roles_and_workflows
    from tests.conftest import build_home
    from tests.factories.cms import UserFactory
    from tests.factories.site import build_site, library_urls

    home = build_home()
    tree = build_site(home)
    arabic = Locale.objects.get(language_code="ar")
    synchronize_tree(Locale.objects.get(language_code="de"), arabic)
    urls = {key: page.url for key, page in tree.pages.items()}
    urls |= library_urls(tree)
    urls["search"] = "/de/suche/?q=Programm"
    urls["login"] = "/de/anmelden/"
    urls["not found"] = "/de/gibt-es-nicht/"
    for key in ("home", "narrative", "messenger"):
        urls[f"{key} (Arabic)"] = tree.pages[key].get_translation(arabic).url
    setup_roles_and_workflows()
    editor = UserFactory(username="e2e-redaktion")
    editor.groups.add(Group.objects.get(name=roles.COMMUNICATION))
    return {"tree": tree, "urls": urls, "editor": editor}


def test_public_pages_break_no_rule_and_reach_no_other_host(public_site, new_context, live_server):
    context = new_context()
    watch = PolicyWatch(context, live_server.url)
    page = context.new_page()
    for name, url in public_site["urls"].items():
        response = page.goto(url)
        expected = 404 if name == "not found" else 200
        assert response.status == expected, (name, url, response.status)
        watch.assert_clean(page, name)
    # The search lists results, and as-you-type suggestions arrive through connect-src.
    page.goto(public_site["urls"]["search"])
    expect(page.locator("main").get_by_role("link", name="Über das Programm")).to_have_count(1)
    page.locator("#site-search-query").press_sequentially("Über", delay=30)
    page.get_by_role("option").first.wait_for()
    watch.assert_clean(page, "suggestions")
    page.goto(public_site["urls"]["narrative (Arabic)"])
    assert page.evaluate("document.documentElement.dir") == "rtl"
    watch.assert_clean(page, "Arabic narrative")


def test_an_injected_inline_script_is_blocked_and_reported(
    public_site, new_context, live_server, caplog
):
    """What an XSS that slipped past the sanitiser would do: the policy keeps it from running,
    and the browser's report reaches our log."""
    context = new_context()
    watch = PolicyWatch(context, live_server.url)
    page = context.new_page()
    page.goto(public_site["urls"]["content"])
    with (
        caplog.at_level(logging.WARNING, logger="cms.security.content_security"),
        page.expect_request(re.compile(r"/csp-report/$")) as sent,
    ):
        page.evaluate(
            """() => {
                const script = document.createElement('script');
                script.textContent = 'window.__stolen = document.cookie';
                document.body.append(script);
            }"""
        )
    assert sent.value.response().status == 204
    assert page.evaluate("window.__stolen === undefined")
    page.evaluate("0")
    assert any("script-src-elem blocked inline" in v for v in watch.violations), watch.violations
    logged = [r.getMessage() for r in caplog.records if r.name == "cms.security.content_security"]
    assert any('"blocked": "inline"' in message for message in logged), logged


def test_the_userbar_works_for_editors_on_public_pages(public_site, new_context, live_server):
    context = new_context()
    watch = PolicyWatch(context, live_server.url)
    log_in(context, public_site["editor"])
    page = context.new_page()
    for key in ("content", "narrative"):
        page.goto(public_site["urls"][key])
        trigger = page.locator("wagtail-userbar").get_by_role(
            "button", name="Wagtails Schnellaktionen ansehen"
        )
        trigger.click()
        expect(
            page.locator("wagtail-userbar").get_by_role("menuitem", name="Diese Seite bearbeiten")
        ).to_be_visible()
        watch.assert_clean(page, key)


def test_the_admin_reaches_no_other_host(public_site, new_context, live_server):
    context = new_context()
    watch = PolicyWatch(context, live_server.url)
    page = log_in(context, public_site["editor"])
    watch.assert_clean(page, "dashboard")
    narrative = public_site["tree"].pages["narrative"]

    page.goto(f"/admin/pages/{narrative.get_parent().pk}/")
    expect(page.get_by_role("link", name=narrative.title).first).to_be_visible()
    watch.assert_clean(page, "page explorer")

    page.goto(f"/admin/pages/{narrative.pk}/edit/")
    wait_until_editor_watches(page)
    watch.assert_clean(page, "page editor")

    # The preview renders the public template inside the admin.
    page.get_by_role("button", name="Vorschau umschalten").click()
    preview = page.frame_locator("iframe.w-preview__iframe").last
    expect(preview.get_by_role("heading", level=1)).to_contain_text(narrative.title)
    watch.assert_clean(page, "preview")

    # The teaser image is chosen already: its chooser's actions menu offers to change it
    # (Wagtail's chooser widget names its container only by class).
    teaser_image = page.locator(".chooser", has=page.locator("[data-chooser-image]")).first
    teaser_image.get_by_role("button", name="Aktionen").click()
    teaser_image.get_by_role("button", name="Bild ändern").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name=re.compile("Bild auswählen"))).to_be_visible()
    expect(chooser.get_by_role("textbox", name="Suchbegriff")).to_be_visible()
    watch.assert_clean(page, "image chooser")
