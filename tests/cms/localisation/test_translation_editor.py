"""Translating in wagtail-localize's translation editor: submitting for review from the editor,
image fields, the preview of an Arabic draft, machine translation and the one report."""

import json
import re
from html import unescape

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.access import roles
from tests.cms.review.test_review_workflow import current_task
from tests.factories.media_library import ImageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import log_in_with_second_factor

COUNTER_AR = "الشهادة المدرسية تمنحك حرية أن تقرر بنفسك."


@pytest.fixture
def narrative(home, role_users):
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), title="Schule", image=ImageFactory()
    )
    call_command("sync_locale_trees")
    return page


@pytest.fixture
def officer(client, role_users):
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    return role_users[roles.COMMUNICATION]


def request_arabic(client, page) -> Translation:
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    client.post(url, {"locales": [Locale.objects.get(language_code="ar").pk]})
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale__language_code="ar"
    )


def arabic(page) -> Page:
    return Page.objects.get(translation_key=page.translation_key, locale__language_code="ar")


def translate_counter_narrative(translation: Translation) -> None:
    segment = StringSegment.objects.select_related("string", "context").get(
        source=translation.source, context__path="counter_narrative"
    )
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data=COUNTER_AR,
    )


def editor(client, page) -> str:
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def editor_props(html: str) -> dict:
    return json.loads(unescape(re.search(r'data-props="([^"]*)"', html).group(1)))


def review_action(html: str) -> re.Match | None:
    return re.search(
        r'<template data-cms-translation-review data-primary="(\w+)">\s*'
        r'<button type="submit" formaction="([^"]+)"[^>]*>(.*?)</button>',
        html,
        re.S,
    )


def test_the_translation_editor_submits_for_review_as_its_main_action(client, narrative, officer):
    translation = request_arabic(client, narrative)
    translate_counter_narrative(translation)
    html = editor(client, arabic(narrative))
    assert "js-translation-editor" in html  # wagtail-localize's editor, not the page editor
    action = review_action(html)
    assert action is not None
    primary, url, label = action.groups()
    assert primary == "true" and "Zur Prüfung einreichen" in label
    assert url == reverse("cms_submit_translation_for_review", args=[translation.pk])
    assert not editor_props(html)["perms"]["canPublish"]

    # The button posts the editor's own form (CSRF token and the next URL) to its formaction.
    response = client.post(url, {"next": "/admin/"}, follow=True)
    assert "wurde zur Prüfung eingereicht" in response.content.decode()
    target = arabic(narrative).specific
    assert current_task(target) == roles.SUBJECT_REVIEW
    assert COUNTER_AR in str(target.latest_revision.content)

    # While the review runs, the editor offers no second submission, and Wagtail refuses one.
    html = editor(client, arabic(narrative))
    assert review_action(html) is None
    response = client.post(url, follow=True)
    assert response.redirect_chain == [(reverse("wagtailadmin_home"), 302)]
    assert current_task(arabic(narrative).specific) == roles.SUBJECT_REVIEW


def test_those_who_may_publish_keep_publishing_first(client, narrative, role_users, officer):
    translation = request_arabic(client, narrative)
    log_in_with_second_factor(client, role_users[roles.ADMINISTRATION])
    html = editor(client, arabic(narrative))
    assert editor_props(html)["perms"]["canPublish"]
    assert review_action(html).group(1) == "false"
    # Fachprüfung may not edit the page: no action, and the URL refuses.
    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    url = reverse("cms_submit_translation_for_review", args=[translation.pk])
    response = client.post(url)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    assert arabic(narrative).specific.current_workflow_state is None


def test_the_editors_image_field_shows_the_image(client, narrative, officer):
    """The editor asks the admin's image API for each image field's thumbnail; that answered
    500 because originals are in storage without URLs (media_library.storage)."""
    request_arabic(client, narrative)
    props = editor_props(editor(client, arabic(narrative)))
    image_fields = [
        segment
        for segment in props["segments"]
        if segment["location"]["widget"] == {"type": "image_chooser"}
    ]
    assert [segment["value"] for segment in image_fields] == [narrative.image_id]
    response = client.get(f"{props['adminBaseUrl']}api/main/images/{narrative.image_id}/")
    assert response.status_code == 200
    image = response.json()
    assert image["title"] == narrative.image.title
    assert image["thumbnail"]["url"].startswith("/media/images/")
    assert "download_url" not in image["meta"]
    listing = client.get(f"{props['adminBaseUrl']}api/main/images/")
    assert listing.status_code == 200


def test_the_preview_of_an_arabic_draft_shows_the_draft_right_to_left(client, narrative, officer):
    translation = request_arabic(client, narrative)
    translate_counter_narrative(translation)
    props = editor_props(editor(client, arabic(narrative)))
    html = client.get(props["previewModes"][0]["url"]).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert COUNTER_AR in html
    main = html[html.index('<main id="main"') : html.index("</main>")]
    assert "notice--untranslated" not in main
    assert '<div lang="de" dir="ltr">' not in main

    # Visitors still read the German page standing in, marked as such.
    client.logout()
    public = client.get(arabic(narrative).url).content.decode()
    assert COUNTER_AR not in public and "notice--untranslated" in public


def test_without_a_deepl_key_there_is_no_machine_translation(client, narrative, officer):
    translation = request_arabic(client, narrative)
    html = editor(client, arabic(narrative))
    assert editor_props(html)["machineTranslator"] is None
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url, follow=True).status_code == 404
    assert not StringTranslation.objects.filter(locale=translation.target_locale).exists()


def test_machine_translation_never_overwrites_a_translators_work(
    client, narrative, officer, settings
):
    """wagtail-localize's machine translation fills only strings nobody translated: there is
    nothing to confirm before it runs. (DeepL itself needs a key; the development translator
    goes through the same view.)"""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "cms.localisation.development_translator.DevelopmentTranslator"
    }
    translation = request_arabic(client, narrative)
    translate_counter_narrative(translation)
    props = editor_props(editor(client, arabic(narrative)))
    assert props["machineTranslator"]["name"] == (
        "Entwicklungs-Testübersetzer (dreht die deutschen Wörter um)"
    )
    client.post(props["machineTranslator"]["url"], {"next": "/admin/"})
    translated = StringTranslation.objects.filter(locale=translation.target_locale)
    assert translated.get(context__path="counter_narrative").data == COUNTER_AR
    title = translated.get(context__path="title")
    assert title.data == "Schule" and title.translation_type == "machine"
    assert translated.count() == StringSegment.objects.filter(source=translation.source).count()


def test_one_translation_report_with_filters_and_counts(client, narrative, officer):
    request_arabic(client, narrative)
    menu = client.get(reverse("wagtailadmin_home"))
    html = menu.content.decode()
    assert html.count(reverse("cms_translation_status")) >= 1
    assert reverse("wagtail_localize:translations_report") not in html

    report = client.get(reverse("cms_translation_status")).content.decode()
    counts = report[report.index("translation-counts") :]
    counts = counts[: counts.index("</table>")]
    pages = Page.objects.filter(locale__language_code="de", depth__gt=1).count()
    arabic_row = counts[counts.index('lang="ar"') :]
    arabic_row = arabic_row[: arabic_row.index("</tr>")]
    # One page in translation, the rest not translated.
    assert re.findall(r">(\d+)</a></td>", arabic_row) == [str(pages - 1), "1", "0", "0", "0"]

    filtered = client.get(
        reverse("cms_translation_status"), {"language": "ar", "state": "requested"}
    ).content.decode()
    listing = filtered[filtered.index('class="listing translation-status"') :]
    assert f"/admin/pages/{narrative.pk}/edit/" in listing
    assert listing.count('<th scope="row">') == 1
    assert 'lang="en"' not in listing[: listing.index("</thead>")]
    assert "in Übersetzung" in listing


def workflow_actions(html: str) -> tuple[str, list[tuple[str, str]]]:
    """Whether the review actions are the editor's main action, and each one's URL and label."""
    template = re.search(
        r'<template data-cms-translation-review data-primary="(\w+)">(.*?)</template>', html, re.S
    )
    if template is None:
        return "", []
    buttons = re.findall(
        r'<button [^>]*(?:formaction|data-cms-workflow-modal-url)="([^"]+)"[^>]*>(.*?)</button>',
        template.group(2),
        re.S,
    )
    return template.group(1), [
        (url, re.sub(r"<[^>]+>|\s+", " ", label).strip()) for url, label in buttons
    ]


def test_reviewers_approve_in_the_translation_editor(client, narrative, role_users, officer):
    """A reviewer who opens a translation in review finds its step's actions in the editor;
    approving there is Wagtail's workflow action, as on the dashboard: the sign-off publishes
    exactly the reviewed revision and leaves no draft behind."""
    translation = request_arabic(client, narrative)
    translate_counter_narrative(translation)
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    target = arabic(narrative).specific
    reviewed = target.latest_revision

    for role in (roles.SUBJECT_REVIEW, roles.SIGN_OFF):
        reviewer = role_users[role]
        log_in_with_second_factor(client, reviewer)
        html = editor(client, target)
        assert "js-translation-editor" in html
        primary, actions = workflow_actions(html)
        assert primary == "true"
        assert [label for _url, label in actions] == [
            "Freigeben",
            "Mit Kommentar genehmigen",
            "Änderungen anfordern",
        ]
        approve_url = actions[0][0]
        task_state = target.current_workflow_task_state
        assert approve_url == reverse(
            "wagtailadmin_pages:workflow_action", args=[target.pk, "approve", task_state.pk]
        )
        # The editor's form carries the CSRF token and the button's "next" (the dashboard).
        response = client.post(approve_url, {"next": reverse("wagtailadmin_home")})
        assert response.status_code == 302 and response.url == reverse("wagtailadmin_home")

    target = arabic(narrative).specific
    assert target.current_workflow_state is None
    assert target.live and not target.alias_of_id and not target.has_unpublished_changes
    assert target.live_revision == reviewed == target.latest_revision
    assert target.counter_narrative == COUNTER_AR


def test_the_editor_offers_no_approval_to_those_who_may_not_give_it(
    client, narrative, role_users, officer
):
    """Four eyes: someone in both Fachprüfung and Freigabe who approved the first step may
    not approve the second; the translator, in no reviewing group, gets no review actions."""
    from django.contrib.auth.models import Group

    translation = request_arabic(client, narrative)
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    target = arabic(narrative).specific
    assert workflow_actions(editor(client, target)) == ("", [])

    both = role_users[roles.SUBJECT_REVIEW]
    both.groups.add(Group.objects.get(name=roles.SIGN_OFF))
    log_in_with_second_factor(client, both)
    approve_url = workflow_actions(editor(client, target))[1][0][0]
    client.post(approve_url)
    assert current_task(target) == roles.SIGN_OFF

    primary, actions = workflow_actions(editor(client, target))
    assert [label for _url, label in actions] == ["Änderungen anfordern"]
    # Requesting changes asks for a comment in Wagtail's dialog, not in a plain post.
    assert "/workflow/action/" in actions[0][0] and "/reject/" in actions[0][0]


def test_the_editors_status_says_the_translation_is_in_review(client, narrative, officer):
    translation = request_arabic(client, narrative)
    html = editor(client, arabic(narrative))
    assert "data-cms-translation-status" not in html
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    html = editor(client, arabic(narrative))
    status = html[html.index("<template data-cms-translation-status>") :]
    status = status[: status.index("</template>")]
    assert "In Prüfung" in status
    assert "Bis zur Freigabe sehen Besucher die deutsche Seite." in status


def test_the_translator_sees_the_translation_in_review_and_returned(
    client, narrative, role_users, officer
):
    """A translation stays an alias of the German page until its review publishes it; the
    translator's dashboard still lists it, in review and returned with the comment."""
    from tests.cms.review.test_dashboard import IN_REVIEW, RETURNED, dashboard, panel

    translation = request_arabic(client, narrative)
    translate_counter_narrative(translation)
    client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
    target = arabic(narrative).specific
    assert target.alias_of_id == narrative.pk
    assert "Schule" in panel(dashboard(client, role_users[roles.COMMUNICATION]), IN_REVIEW)

    log_in_with_second_factor(client, role_users[roles.SUBJECT_REVIEW])
    reject = workflow_actions(editor(client, target))[1][-1][0]
    client.post(reject, {"comment": "Bitte den Titel übersetzen."})
    returned = panel(dashboard(client, role_users[roles.COMMUNICATION]), RETURNED)
    assert "Schule" in returned and "Bitte den Titel übersetzen." in returned


def test_wagtail_localizes_language_picker_speaks_of_languages(client, narrative, officer):
    """Our catalogue words wagtail-localize's "Locales" ("Locale" in its German); the msgids
    are checked against its own in tests/cms/upstream/test_localize.py."""
    url = reverse("wagtail_localize:submit_page_translation", args=[narrative.pk])
    html = client.get(url).content.decode()
    assert re.search(r"<legend[^>]*>\s*Sprachen", html) or re.search(
        r"<label[^>]*>\s*Sprachen", html
    ), re.findall(r"<(?:legend|label)[^>]*>[^<]*", html)
    assert ">Locale<" not in html
