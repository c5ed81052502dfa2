"""The permission matrix, tried over HTTP: every role against every protected action.

Each row is (content type, action, the roles that may do it). Every other role is tried too and
must leave the content exactly as it was. The permission matrix in docs/roles-and-review.md is
rendered from MATRIX (see test_documentation_shows_the_matrix).
"""

import datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.permissions import page_permission_policy, policy_registry
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.access import roles
from cms.models import IntegrityRun, Topic
from media_library.models import Material
from narratives.models import MessengerIdentity, MessengerPage, ProgrammeSiteIndexPage
from tests.factories.cms import TopicFactory
from tests.factories.media_library import (
    CardSetFactory,
    DocumentFactory,
    ImageFactory,
    MaterialFactory,
    pdf_file,
)
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    ProgrammeSiteIndexPageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor
from tests.media_library.test_hostile_uploads import jpeg

ADMINISTRATION = {roles.ADMINISTRATION}
STAFF = set(roles.ROLES) - {roles.PRACTITIONERS}
MATRIX = [
    ("page", "publish a draft", ADMINISTRATION),
    ("page", "schedule a draft", ADMINISTRATION),
    ("page", "unschedule", ADMINISTRATION),
    ("page", "unpublish", ADMINISTRATION),
    ("page", "delete published", ADMINISTRATION),
    ("page", "bulk publish", ADMINISTRATION),
    ("page", "bulk unpublish", ADMINISTRATION),
    ("page", "submit for review", {roles.COMMUNICATION, roles.SIGN_OFF, roles.ADMINISTRATION}),
    ("page", "publish without review, with a reason", {roles.SIGN_OFF}),
    ("material", "publish a draft", ADMINISTRATION),
    ("material", "unpublish", ADMINISTRATION),
    ("material", "delete published", ADMINISTRATION),
    (
        "translation",
        "request a translation",
        {roles.COMMUNICATION, roles.SUBJECT_REVIEW, roles.ADMINISTRATION},
    ),
    (
        "translation",
        "submit for review",
        {roles.COMMUNICATION, roles.SIGN_OFF, roles.ADMINISTRATION},
    ),
    ("translation", "publish from the translation editor", ADMINISTRATION),
    ("translation", "update translations, publish immediately", ADMINISTRATION),
    ("topic", "create", {roles.SUBJECT_REVIEW, roles.ADMINISTRATION}),
    ("private record", "view", {roles.PRIVACY_REVIEW}),
    ("private record", "change", {roles.PRIVACY_REVIEW}),
    (
        "messenger",
        "take down now, in every language",
        {roles.PRIVACY_REVIEW, roles.ADMINISTRATION},
    ),
    ("messenger", "erase everywhere", {roles.PRIVACY_REVIEW}),
    # What the admin's screens do through Wagtail's own permission policies.
    ("page", "open the page explorer", {roles.COMMUNICATION, roles.SIGN_OFF, roles.ADMINISTRATION}),
    ("image", "open the image library", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("image", "upload several at once", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("image", "choose in the chooser", STAFF),
    ("image", "set the focal point of anyone's image", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("image", "delete one uploaded oneself", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("image", "delete anyone's image", ADMINISTRATION),
    ("document", "upload", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("document", "choose in the chooser", STAFF),
    ("document", "change anyone's document", {roles.COMMUNICATION, roles.ADMINISTRATION}),
    ("document", "delete anyone's document", ADMINISTRATION),
    ("material", "choose in the chooser", STAFF),
    ("card set", "choose in the chooser", STAFF),
    ("topic", "choose in the chooser", STAFF),
    ("integrity report", "open from the reports menu", ADMINISTRATION),
    ("integrity report", "run the checks now", ADMINISTRATION),
]
CASES = [
    pytest.param(content, action, role, role in allowed, id=f"{content}-{action}-{role}")
    for content, action, allowed in MATRIX
    for role in roles.ROLES
]


def page_data(page, **extra) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": "geändert",
            "comments": inline_formset([]),
            **extra,
        }
    )


def material_data(material, **extra) -> dict:
    return {
        "title": material.title,
        "slug": material.slug,
        "summary": "geändert",
        "kind": material.kind,
        "format": material.format,
        "file": material.file_id,
        "language": "de",
        "version": "1.1",
        **extra,
    }


def bulk_url(action: str, page) -> str:
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return f"{url}?id={page.pk}"


def attempt(client, home, content: str, action: str):
    """Tries the action; returns a function telling whether it took effect."""
    if content == "page":
        live = action in ("unpublish", "delete published", "bulk unpublish")
        page = ProgrammeSiteIndexPageFactory(parent=home, title="Standorte", live=live)
        if not live:
            page.save_revision()
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if action == "publish a draft":
            client.post(edit, page_data(page, **{"action-publish": "1"}))
            return lambda: ProgrammeSiteIndexPage.objects.get(pk=page.pk).live
        if action == "schedule a draft":
            go_live = (timezone.now() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
            client.post(edit, page_data(page, go_live_at=go_live, **{"action-publish": "1"}))
            return lambda: (
                ProgrammeSiteIndexPage.objects.get(pk=page.pk)
                .revisions.filter(approved_go_live_at__isnull=False)
                .exists()
            )
        if action == "unschedule":
            go_live = timezone.now() + datetime.timedelta(days=2)
            revision = page.save_revision(approved_go_live_at=go_live)
            client.post(
                reverse("wagtailadmin_pages:revisions_unschedule", args=[page.pk, revision.pk])
            )
            return lambda: not type(revision).objects.get(pk=revision.pk).approved_go_live_at
        if action == "unpublish":
            client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
            return lambda: not ProgrammeSiteIndexPage.objects.get(pk=page.pk).live
        if action == "delete published":
            client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
            return lambda: not ProgrammeSiteIndexPage.objects.filter(pk=page.pk).exists()
        if action == "bulk publish":
            client.post(bulk_url("publish", page), {"include_descendants": ""})
            return lambda: ProgrammeSiteIndexPage.objects.get(pk=page.pk).live
        if action == "bulk unpublish":
            client.post(bulk_url("unpublish", page), {"include_descendants": ""})
            return lambda: not ProgrammeSiteIndexPage.objects.get(pk=page.pk).live
        if action == "publish without review, with a reason":
            reason = "Falschmeldung kursiert, Richtigstellung muss sofort online."
            client.post(reverse("cms_emergency_publish", args=[page.pk]), {"reason": reason})
            return lambda: ProgrammeSiteIndexPage.objects.get(pk=page.pk).live
        if action == "submit for review":
            client.post(edit, page_data(page, **{"action-submit": "1"}))
            return lambda: ProgrammeSiteIndexPage.objects.get(pk=page.pk).workflow_in_progress
    if content == "material":
        live = action != "publish a draft"
        material = MaterialFactory(live=live)
        material.save_revision()
        if action == "publish a draft":
            url = reverse("wagtailsnippets_media_library_material:edit", args=[material.pk])
            client.post(url, material_data(material, **{"action-publish": "1"}))
            return lambda: Material.objects.get(pk=material.pk).live
        if action == "unpublish":
            url = reverse("wagtailsnippets_media_library_material:unpublish", args=[material.pk])
            client.post(url)
            return lambda: not Material.objects.get(pk=material.pk).live
        if action == "delete published":
            url = reverse("wagtailsnippets_media_library_material:delete", args=[material.pk])
            client.post(url)
            return lambda: not Material.objects.filter(pk=material.pk).exists()
    if content == "translation":
        return attempt_translation(client, home, action)
    if content == "integrity report":
        return attempt_integrity_report(client, action)
    if action == "open the page explorer":
        return attempt_explorer(client, home)
    if content in ("image", "document"):
        return attempt_media(client, content, action)
    if action == "choose in the chooser":
        return attempt_snippet_chooser(client, content)
    if content == "topic":
        client.post(
            reverse("wagtailsnippets_cms_topic:add"),
            {"name": "Neues Thema", "slug": "neues-thema", "description": ""},
        )
        return lambda: Topic.objects.filter(slug="neues-thema").exists()
    if content == "private record":
        messenger = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home))
        identity = MessengerIdentityFactory(messenger=messenger)
        url = reverse("messenger_identities:edit", args=[identity.pk])
        if action == "view":
            response = client.get(url)
            return lambda: identity.real_name in response.content.decode()
        data = {
            "messenger": messenger.pk,
            "real_name": "Neu Eingetragen",
            "consent_given_on": "2026-01-01",
            "consent_expires_on": "2027-01-01",
            "consent_web": "on",
        }
        client.post(url, data)
        return lambda: MessengerIdentity.objects.get(pk=identity.pk).real_name == "Neu Eingetragen"
    if content == "messenger":
        messenger = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home))
        MessengerIdentityFactory(messenger=messenger)
        if action.startswith("take down"):
            client.post(reverse("narratives_take_down", args=[messenger.pk]))
            return lambda: not MessengerPage.objects.get(pk=messenger.pk).live
        client.post(
            reverse("narratives_erase", args=[messenger.pk]), {"confirmation": str(messenger.pk)}
        )
        return lambda: not MessengerPage.objects.filter(pk=messenger.pk).exists()
    raise AssertionError(f"no route for {content} / {action}")


def attempt_translation(client, home, action: str):
    """The wagtail-localize routes on a live German page whose English text is ready."""
    from django.core.management import call_command
    from wagtail.models import Locale, Page
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    from tests.cms.localisation.test_translation_review import COUNTER_EN, translate_strings
    from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory

    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    call_command("sync_locale_trees")
    english = Locale.objects.get(language_code="en")

    def target() -> Page:
        return Page.objects.get(translation_key=page.translation_key, locale=english).specific

    def english_is_public() -> bool:
        return target().alias_of_id is None and target().counter_narrative == COUNTER_EN

    if action == "request a translation":
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        client.post(url, {"locales": [english.pk]})
        return Translation.objects.filter(source__object_id=page.translation_key).exists
    translate_object(page, [english])
    translation = Translation.objects.get(source__object_id=page.translation_key)
    translate_strings(translation)
    if action == "submit for review":
        client.post(reverse("cms_submit_translation_for_review", args=[translation.pk]))
        return lambda: target().workflow_in_progress
    if action == "publish from the translation editor":
        client.post(reverse("wagtailadmin_pages:edit", args=[target().pk]), {"action": "publish"})
        return english_is_public
    if action == "update translations, publish immediately":
        url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])
        client.post(url, {"publish_translations": "on"})
        return english_is_public
    raise AssertionError(f"no route for translation / {action}")


def client_user(client) -> User:
    return User.objects.get(pk=client.session["_auth_user_id"])


def shows(response, text: str) -> bool:
    return response.status_code == 200 and text in response.content.decode()


def attempt_explorer(client, home):
    """The explorer lists the tree to those Wagtail's page policy gives a root to explore."""
    response = client.get(reverse("wagtailadmin_explore_root"))
    listed = shows(response, home.title)
    explorable = page_permission_policy.explorable_root_instance(client_user(client)) is not None
    assert listed == explorable
    return lambda: listed


def attempt_media(client, content: str, action: str):
    """Images and documents through Wagtail's screens; each answer must match what the
    model's permission policy (the one the screens ask) says."""
    model = get_image_model() if content == "image" else get_document_model()
    policy = policy_registry.get_by_type(model)
    user = client_user(client)
    factory = ImageFactory if content == "image" else DocumentFactory
    item = factory(uploaded_by_user=user if action.endswith("oneself") else None)
    app = "wagtailimages" if content == "image" else "wagtaildocs"
    if action == "open the image library":
        effect = shows(client.get(reverse("wagtailimages:index")), item.title)
        assert effect == policy.user_has_any_permission(user, ["add", "change", "delete"])
        return lambda: effect
    if action == "choose in the chooser":
        effect = shows(client.get(reverse(f"{app}_chooser:choose")), item.title)
        assert effect == (item in policy.instances_user_has_permission_for(user, "choose"))
        return lambda: effect
    if action == "upload several at once":
        upload = client.post(
            reverse("wagtailimages:add_multiple"),
            {"files[]": SimpleUploadedFile("foto.jpg", jpeg(), "image/jpeg")},
        )
        if upload.status_code == 200 and "uploaded_file_id" in upload.json():
            upload_id = upload.json()["uploaded_file_id"]
            client.post(
                reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
                {
                    f"uploaded-image-{upload_id}-title": "Hochgeladen",
                    f"uploaded-image-{upload_id}-alt_text": "Ein Treffen",
                },
            )
        return lambda: model.objects.filter(title="Hochgeladen").exists()
    if action == "upload":
        client.post(
            reverse("wagtaildocs:add"),
            {"title": "Hochgeladen", "language": "de", "file": pdf_file()},
        )
        return lambda: model.objects.filter(title="Hochgeladen").exists()
    if action.startswith("delete"):
        assert policy.user_has_permission_for_instance(user, "delete", item) == (
            client.get(reverse(f"{app}:delete", args=[item.pk])).status_code == 200
        )
        client.post(reverse(f"{app}:delete", args=[item.pk]))
        return lambda: not model.objects.filter(pk=item.pk).exists()
    if action == "set the focal point of anyone's image":
        data = {
            "title": item.title,
            "collection": item.collection_id,
            "alt_text": item.alt_text,
            "licence": item.licence,
            **{f"focal_point_{key}": 10 for key in ("x", "y", "width", "height")},
        }
        client.post(reverse("wagtailimages:edit", args=[item.pk]), data)
        return lambda: model.objects.get(pk=item.pk).focal_point_x == 10
    if action == "change anyone's document":
        data = {"title": "Geändert", "collection": item.collection_id, "language": "de"}
        client.post(reverse("wagtaildocs:edit", args=[item.pk]), data)
        return lambda: model.objects.get(pk=item.pk).title == "Geändert"
    raise AssertionError(f"no route for {content} / {action}")


def attempt_integrity_report(client, action: str):
    """The menu item, the report and its button answer as the model's permission policy."""
    user = client_user(client)
    policy = policy_registry.get_by_type(IntegrityRun)
    if action == "open from the reports menu":
        url = reverse("cms_integrity_report")
        in_menu = url in client.get(reverse("wagtailadmin_home")).content.decode()
        effect = shows(client.get(url), "integrity-checks")
        assert in_menu == effect == policy.user_has_permission(user, "view")
        return lambda: effect
    client.post(reverse("cms_integrity_run"))
    return lambda: IntegrityRun.objects.exists()


def attempt_snippet_chooser(client, content: str):
    """The chooser a page's relation field opens lists the item."""
    if content == "topic":
        item, url = TopicFactory(), reverse("wagtailsnippetchoosers_cms_topic:choose")
        label = item.name
    else:
        model = "material" if content == "material" else "cardset"
        item = (MaterialFactory if content == "material" else CardSetFactory)()
        url, label = reverse(f"wagtailsnippetchoosers_media_library_{model}:choose"), item.title
    effect = shows(client.get(url), label)
    return lambda: effect


@pytest.mark.parametrize(("content", "action", "role", "allowed"), CASES)
def test_permission_matrix(
    client, home, role_users, content, action, role, allowed, django_capture_on_commit_callbacks
):
    log_in_with_second_factor(client, role_users[role])
    # Some routes publish after the commit (wagtail-localize does): let those run too.
    with django_capture_on_commit_callbacks(execute=True):
        took_effect = attempt(client, home, content, action)
    assert took_effect() == allowed


def render_matrix() -> str:
    header = "| content | action | " + " | ".join(roles.ROLES) + " |"
    rule = "|---|---|" + "---|" * len(roles.ROLES)
    rows = [
        f"| {content} | {action} | "
        + " | ".join("yes" if role in allowed else "–" for role in roles.ROLES)
        + " |"
        for content, action, allowed in MATRIX
    ]
    return "\n".join([header, rule, *rows])


def test_documentation_shows_the_matrix():
    page = Path(__file__).resolve().parents[3] / "docs" / "roles-and-review.md"
    assert render_matrix() in page.read_text(), (
        "update the permission matrix in docs/roles-and-review.md:\n" + render_matrix()
    )
