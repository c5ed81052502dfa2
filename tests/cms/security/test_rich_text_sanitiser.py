"""Rich text that does not come through the editor is stored in the editor's own format: no
script, handler, style or foreign link scheme survives; Wagtail's page and document links do."""

import json

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text

from cms.models.blocks import RICH_TEXT_FEATURES
from cms.security.rich_text_sanitiser import sanitise_rich_text
from narratives.models import NarrativePage
from tests.cms.review.test_review_workflow import unchanged_narrative_form
from tests.factories.cms import UserFactory
from tests.factories.media_library import DocumentFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor
from tests.xss_corpus import EVERYTHING, PAYLOADS, executable_traces

SCRIPT_URL = f"JaVaScRiPt:alert('{PAYLOADS[5].marker}')"


def stored_rich_text(page: Page) -> str:
    """The narrative's rich text as stored, and as its latest revision holds it."""
    page = NarrativePage.objects.get(pk=page.pk)
    revision = page.latest_revision.as_object()
    paragraphs = [
        block.value.source
        for narrative in (page, revision)
        for block in narrative.body
        if block.block_type == "paragraph"
    ]
    return "".join([page.talking_points, revision.talking_points, *paragraphs])


def hostile_narrative(home: Page, **fields: object) -> NarrativePage:
    fields.setdefault("talking_points", EVERYTHING)
    return NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home),
        body__0__heading__text="Kontext",
        body__1__paragraph__value=EVERYTHING,
        sources=[{"type": "source", "value": {"title": "Studie", "url": SCRIPT_URL}}],
        **fields,
    )


def test_rich_text_written_outside_the_editor_loses_everything_executable(home):
    page = hostile_narrative(home)
    page.save_revision()
    stored = stored_rich_text(page)
    assert executable_traces(stored) == []
    assert "xssmark15" in stored and "&lt;script&gt;alert('xssmark22')" in stored  # text stays
    assert NarrativePage.objects.get(pk=page.pk).sources[0].value["url"] == ""


def test_wagtails_own_links_and_the_editors_markup_are_kept(home):
    target = NarrativeIndexPageFactory(parent=home, title="Ziel")
    document = DocumentFactory(title="Flyer")
    html = (
        '<h3 data-block-key="k1">Kopf</h3><p data-block-key="k2">Text <b>fett</b> <i>kursiv</i> '
        f'<a linktype="page" id="{target.pk}">Seite</a> '
        f'<a linktype="document" id="{document.pk}">Flyer</a> '
        '<a href="https://example.org/?a=1&amp;b=2">Web</a> <a href="mailto:a@example.org">Mail</a>'
        ' <a href="tel:+492011234567">Telefon</a><br>Zeile</p><ol><li data-block-key="k3">eins'
        '</li></ol><ul><li data-block-key="k4">zwei</li></ul><h4 data-block-key="k5">Unter</h4>'
    )
    assert sanitise_rich_text(html, RICH_TEXT_FEATURES) == html
    page = NarrativePageFactory(parent=target, body__1__paragraph__value=html)
    rendered = page.serve(_request(page)).rendered_content
    assert f'href="{target.url}"' in rendered and f'href="{document.url}"' in rendered


def _request(page: Page):
    from django.test import RequestFactory

    request = RequestFactory().get(page.url)
    request.user = UserFactory()
    return request


def test_features_the_field_does_not_enable_are_removed():
    html = '<h2>Zu groß</h2><p><embed embedtype="image" id="1" format="left" alt="Bild"/></p><hr>'
    assert sanitise_rich_text(html, ["bold"]) == "Zu groß<p></p>"


def test_a_crafted_post_of_the_editor_stores_no_script(client, home):
    page = hostile_narrative(home)
    log_in_with_second_factor(client, UserFactory(is_superuser=True, is_staff=True))
    data = unchanged_narrative_form(NarrativePage.objects.get(pk=page.pk))
    # The editor's JSON as a browser's developer tools can send it: a script link, and markup
    # typed into a paragraph's text.
    state = json.loads(rich_text('<p>Mehr <a href="https://example.org">hier</a></p>'))
    state["entityMap"]["0"]["data"]["url"] = SCRIPT_URL
    state["blocks"][0]["text"] = EVERYTHING[: len(state["blocks"][0]["text"])]
    state["blocks"].append({**state["blocks"][0], "key": "x1", "text": EVERYTHING})
    data["talking_points"] = json.dumps(state)
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code in (200, 302)
    assert executable_traces(stored_rich_text(page)) == []
    # The post was stored (as a new revision): typed markup as text, the link without address.
    posted = NarrativePage.objects.get(pk=page.pk).latest_revision.as_object().talking_points
    assert "&lt;script&gt;alert('xssmark01')" in posted.replace("<a>", "").replace("</a>", "")
    assert "<a>" in posted and "<a href" not in posted


def test_stored_broken_markup_does_not_break_the_editor(client, home):
    # Unclosed elements made Wagtail's conversion for the editor fail with an error page.
    page = hostile_narrative(home, talking_points="<p><img src=x onerror=alert(1)><b>fett</p>")
    log_in_with_second_factor(client, UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert executable_traces(response.content.decode()) == []
