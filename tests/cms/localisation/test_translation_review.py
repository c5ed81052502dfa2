"""A translation is public only after the same review as its source.

wagtail-localize on its own writes translated strings into a live page at once and offers
"publish immediately" to everyone who may translate; here a communication officer translates,
the page stays German for visitors (marked as not translated), and the translation goes live
when Fachprüfung and Freigabe approved it.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.access import roles
from tests.cms.review.test_review_workflow import act, current_task
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor

COUNTER_EN = "A school certificate gives you the freedom to decide for yourself."


@pytest.fixture
def narrative(home, role_users):
    from django.core.management import call_command

    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title="Schule")
    call_command("sync_locale_trees")
    return page


def english(page) -> Page:
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="en")


def translate_strings(translation: Translation) -> None:
    """What a translator types in wagtail-localize's editor: every string, in English."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data.startswith("Ein Abschluss"):
            text = COUNTER_EN
        elif segment.context.path == "slug":
            text = "en-" + segment.string.data
        else:
            text = "EN " + segment.string.data
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": text},
        )


def request_translation(client, page) -> Translation:
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [Locale.objects.get(language_code="en").pk]})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="en"
    )


def test_a_translation_goes_live_only_after_review(client, narrative, role_users):
    officer = role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, officer)
    translation = request_translation(client, narrative)
    translate_strings(translation)
    target = english(narrative)

    # Visitors still read the German page, marked as not translated.
    client.logout()
    html = client.get(target.url).content.decode()
    assert COUNTER_EN not in html and "noindex" in html

    log_in_with_second_factor(client, officer)
    submit = reverse("cms_submit_translation_for_review", args=[translation.pk])
    assert client.get(submit).status_code == 200
    assert client.post(submit).status_code == 302
    target = english(narrative).specific
    assert current_task(target) == roles.SUBJECT_REVIEW
    # Reviewers' dashboards and the explorer name the draft by its translated title.
    assert target.get_admin_display_title() == "EN Schule"
    client.logout()
    assert COUNTER_EN not in client.get(target.url).content.decode()

    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    act(client, target, "approve")
    log_in_with_second_factor(client, role_users[roles.SIGN_OFF])
    act(client, target, "approve")

    client.logout()
    html = client.get(english(narrative).url).content.decode()
    assert COUNTER_EN in html
    assert "noindex" not in html
    assert 'hreflang="en"' in html and 'hreflang="x-default"' in html


def test_redaktion_cannot_publish_a_translation_by_any_localize_route(
    client, narrative, role_users
):
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    translation = request_translation(client, narrative)
    translate_strings(translation)
    target = english(narrative)

    # The translation editor's publish action ...
    edit = reverse("wagtailadmin_pages:edit", args=[target.pk])
    client.post(edit, {"action": "publish"})
    # ... and "update translations → publish immediately", offered or forged.
    update = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    assert "publish_translations" not in client.get(update).content.decode()
    client.post(update, {"publish_translations": "on"})

    client.logout()
    html = client.get(english(narrative).url).content.decode()
    assert COUNTER_EN not in html and "noindex" in html


def status_row(client, page) -> str:
    html = client.get(reverse("cms_translation_status")).content.decode()
    row = html[html.index(f"/admin/pages/{page.pk}/edit/") :]
    return row[: row.index("</tr>")]


def test_editors_see_each_languages_state_and_what_is_out_of_date(client, narrative, role_users):
    officer = role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, officer)
    assert "nicht übersetzt" in status_row(client, narrative)

    translation = request_translation(client, narrative)
    assert "in Übersetzung" in status_row(client, narrative)
    translate_strings(translation)
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    assert "in Prüfung" in status_row(client, narrative)

    target = english(narrative)
    for role in (roles.SUBJECT_REVIEW, roles.SIGN_OFF):
        log_in_with_second_factor(client, role_users[role])
        act(client, target, "approve")
    log_in_with_second_factor(client, officer)
    assert "aktuell" in status_row(client, narrative)

    # The German page is published again: its translation is now out of date.
    narrative.counter_narrative = "Ein Abschluss macht dich frei."
    narrative.save_revision().publish()
    assert "veraltet" in status_row(client, narrative)


def test_a_material_translation_is_reviewed_and_stays_online_while_updated(client, role_users):
    from media_library.models import Material
    from tests.factories.media_library import MaterialFactory

    material = MaterialFactory(summary="Ein Flyer für Eltern.")
    material.save_revision().publish()
    english_locale = Locale.objects.get(language_code="en")
    officer = role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, officer)
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["media_library", "material", material.pk],
    )
    client.post(url, {"locales": [english_locale.pk]})
    translation = Translation.objects.get(
        source__object_id=material.translation_key, target_locale=english_locale
    )
    target = Material.objects.get(translation_key=material.translation_key, locale=english_locale)
    assert not target.live  # a draft until reviewed

    translate_strings(translation)
    response = client.post(
        reverse("cms_submit_translation_for_review", args=[translation.pk]), follow=True
    )
    assert "zur Prüfung eingereicht" in response.content.decode()
    for role in (roles.SUBJECT_REVIEW, roles.SIGN_OFF):
        log_in_with_second_factor(client, role_users[role])
        task_state = Material.objects.get(pk=target.pk).current_workflow_task_state
        url = reverse(
            "wagtailsnippets_media_library_material:workflow_action",
            args=[target.pk, "approve", task_state.pk],
        )
        assert client.post(url).status_code == 302
    target = Material.objects.get(pk=target.pk)
    assert target.live and target.summary == "EN Ein Flyer für Eltern."

    # The German material changes; updating the translation keeps the English one online,
    # with what was reviewed, until the new version is approved.
    material.summary = "Ein neuer Flyer für Eltern."
    material.save_revision().publish()
    log_in_with_second_factor(client, officer)
    update = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
    client.post(update, {})
    target = Material.objects.get(pk=target.pk)
    assert target.live and target.summary == "EN Ein Flyer für Eltern."
    # The re-translated text becomes a draft under review; the reviewed version stays online.
    translate_strings(translation)
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    target = Material.objects.get(pk=target.pk)
    assert target.live and target.summary == "EN Ein Flyer für Eltern."
    assert target.has_unpublished_changes and target.workflow_in_progress
    # While under review the translated material opens at its history (wagtail-localize's
    # snippet translation editor cannot render a running workflow).
    edit = reverse("wagtailsnippets_media_library_material:edit", args=[target.pk])
    response = client.get(edit)
    assert response.status_code == 302 and "/history/" in response["Location"]
    assert client.get(response["Location"]).status_code == 200
    assert target.get_latest_revision().content["summary"] == "EN Ein neuer Flyer für Eltern."
