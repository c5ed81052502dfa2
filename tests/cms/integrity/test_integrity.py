"""The integrity checks find what dangles after a crash or a partial restore: each dangling
state is made for real (a file deleted from storage, a row pointing at nothing), found by its
check by model and id, and never by a messenger's name."""

import datetime
import json
import shutil
import uuid

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page, Revision
from wagtail_localize.models import TranslatableObject, TranslationSource

from cms.integrity.registry import MAX_IDS, Findings, integrity_checks
from cms.integrity.runs import INTERVAL, run_due, run_integrity_checks
from cms.models import ContentPage, IntegrityRun
from tests.factories.cms import ContentPageFactory, IntegrityRunFactory, UserFactory
from tests.factories.media_library import DocumentFactory, ImageFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)


@pytest.fixture
def site(home):
    """A little of everything the checks look at, all of it intact."""
    narrative = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    narrative.save_revision()
    messenger = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home))
    identity = MessengerIdentityFactory(messenger=messenger)
    image = ImageFactory()
    rendition = image.get_rendition("fill-100x100")
    document = DocumentFactory()
    alias = narrative.create_alias(parent=home, update_slug="alias-der-geschichte")
    return {
        "narrative": narrative,
        "identity": identity,
        "image": image,
        "rendition": rendition,
        "document": document,
        "alias": alias,
    }


@pytest.fixture
def dangle(db):
    """Points a row's reference at nothing, as a partial restore leaves it; restored before
    the test database checks its constraints."""
    undo = []

    def point(instance, field: str, value: object) -> None:
        manager = type(instance)._base_manager
        undo.append((manager, instance.pk, field, getattr(instance, field)))
        manager.filter(pk=instance.pk).update(**{field: value})

    yield point
    for manager, pk, field, value in reversed(undo):
        manager.filter(pk=pk).update(**{field: value})


def results() -> dict:
    return run_integrity_checks().results


def found(check: str) -> tuple[int, list[str]]:
    result = results()[check]
    return result["count"], result["ids"]


def test_a_clean_site_is_reported_clean(site):
    run = run_integrity_checks()
    assert {name: result["status"] for name, result in run.results.items()} == {
        check.name: "skipped" if check.name == "search_index_drift" else "ok"
        for check in integrity_checks()
    }
    assert run.clean and run.findings == 0
    assert len(run.results) >= 12


def test_revisions_without_content(site):
    revision = site["narrative"].latest_revision
    Revision.objects.filter(pk=revision.pk).update(content={})
    assert found("revisions_without_content") == (1, [f"wagtailcore.revision:{revision.pk}"])


def test_revisions_of_objects_that_are_gone(site):
    revision = site["narrative"].save_revision()
    Revision.objects.filter(pk=revision.pk).update(object_id="987654")
    assert found("revisions_without_object") == (1, [f"wagtailcore.revision:{revision.pk}"])


def test_renditions_whose_image_is_gone(site, dangle):
    rendition = site["rendition"]
    dangle(rendition, "image_id", 987654)
    assert found("renditions_without_original") == (
        1,
        [f"media_library.customrendition:{rendition.pk}"],
    )


def test_renditions_images_and_documents_whose_file_is_gone(site):
    rendition, image, document = site["rendition"], site["image"], site["document"]
    rendition.file.storage.delete(rendition.file.name)
    image.file.storage.delete(image.file.name)
    document.file.storage.delete(document.file.name)
    outcome = results()
    assert outcome["renditions_without_file"]["ids"] == [
        f"media_library.customrendition:{rendition.pk}"
    ]
    assert outcome["images_without_file"]["ids"] == [f"media_library.customimage:{image.pk}"]
    assert outcome["documents_without_file"]["ids"] == [
        f"media_library.customdocument:{document.pk}"
    ]


def test_a_whole_missing_directory_is_found_too(site):
    image = site["image"]
    shutil.rmtree(image.file.storage.path("original_images"))  # a media root not restored
    assert found("images_without_file") == (1, [f"media_library.customimage:{image.pk}"])


def test_private_records_whose_profile_is_gone_are_named_by_number_only(site, dangle):
    identity = site["identity"]
    dangle(identity, "messenger_id", 987654)
    run = run_integrity_checks()
    assert run.results["identities_without_profile"]["ids"] == [
        f"narratives.messengeridentity:{identity.pk}"
    ]
    stored = json.dumps(run.results)
    for personal in (identity.real_name, identity.email, identity.safety_notes, "Klarname"):
        assert personal not in stored


def test_aliases_whose_original_is_gone(site, dangle):
    alias = site["alias"]
    dangle(alias, "alias_of_id", 987654)
    assert found("page_aliases_without_original") == (1, [f"wagtailcore.page:{alias.pk}"])


def test_translation_sources_whose_object_is_gone(site):
    source, _created = TranslationSource.get_or_create_from_instance(site["narrative"])
    assert found("translation_sources_without_object") == (0, [])
    # The source's object (its translation key) no longer has a page in the source's locale.
    stranger = TranslatableObject.objects.create(
        translation_key=uuid.uuid4(), content_type=ContentType.objects.get_for_model(Page)
    )
    TranslationSource.objects.filter(pk=source.pk).update(object=stranger)
    assert found("translation_sources_without_object") == (
        1,
        [f"wagtail_localize.translationsource:{source.pk}"],
    )


def test_pages_whose_own_row_is_gone(home):
    page = ContentPageFactory(parent=home)
    with connection.cursor() as cursor:
        table = ContentPage._meta.db_table
        cursor.execute(f"DELETE FROM {table} WHERE page_ptr_id = %s", [page.pk])
    assert found("pages_without_specific_row") == (1, [f"wagtailcore.page:{page.pk}"])


def test_a_damaged_page_tree(site):
    home = site["narrative"].get_parent().get_parent()
    Page.objects.filter(pk=home.pk).update(numchild=F("numchild") + 1)
    assert found("page_tree") == (1, [f"wagtailcore.page:{home.pk}"])


def test_ids_are_capped_but_the_count_is_complete(home):
    page = ContentPageFactory(parent=home)
    revisions = [page.save_revision() for _ in range(MAX_IDS + 5)]
    Revision.objects.filter(pk__in=[r.pk for r in revisions]).update(content={})
    count, ids = found("revisions_without_content")
    assert count == MAX_IDS + 5 and len(ids) == MAX_IDS
    assert ids[0] == f"wagtailcore.revision:{revisions[0].pk}"


def test_findings_add_up_within_the_cap():
    first = Findings.of(Page, range(15))
    total = first + Findings.of(Revision, range(10))
    assert total.count == 25 and len(total.ids) == MAX_IDS
    assert total.ids[-1] == "wagtailcore.revision:4"


def test_the_checks_stay_set_based(site, django_assert_max_num_queries):
    """The number of queries does not grow with the content: a few per check."""
    for _ in range(5):
        MessengerIdentityFactory(messenger=MessengerPageFactory(parent=site["alias"].get_parent()))
    with django_assert_max_num_queries(60):
        run_integrity_checks()


# The command


def test_the_command_reports_each_check_and_exits_0_when_clean(site, capsys):
    call_command("check_integrity")
    out = capsys.readouterr().out
    assert "Vertrauliche Datensätze ohne Profil… in Ordnung" in out
    assert "Abweichungen des Suchindex… nicht anwendbar" in out
    assert out.strip().endswith("Integritätsprüfungen: nichts gefunden.")


def test_the_command_exits_1_with_one_summary_line(site, dangle, capsys):
    identity = site["identity"]
    dangle(identity, "messenger_id", 987654)
    with pytest.raises(CommandError) as raised:
        call_command("check_integrity")
    assert str(raised.value) == "Integritätsprüfungen: 1 gefunden, 0 Prüfungen fehlgeschlagen."
    out = capsys.readouterr().out
    found_line = "Vertrauliche Datensätze ohne Profil… 1 gefunden: narratives.messengeridentity:"
    assert f"{found_line}{identity.pk}" in out
    assert identity.real_name not in out


def test_the_command_speaks_json_for_machines(site, dangle, capsys):
    dangle(site["identity"], "messenger_id", 987654)
    with pytest.raises(CommandError):
        call_command("check_integrity", "--json")
    data = json.loads(capsys.readouterr().out)
    assert data["identities_without_profile"]["count"] == 1
    assert data["page_tree"]["status"] == "ok"


def test_a_failing_check_is_reported_and_the_others_still_run(site, settings, capsys):
    settings.SEARCH_URL = "opensearch+http://127.0.0.1:9"  # nothing listens there
    settings.SEARCH_TIMEOUT = 0.5
    with pytest.raises(CommandError, match="0 gefunden, 1 Prüfungen fehlgeschlagen"):
        call_command("check_integrity")
    out = capsys.readouterr().out
    assert "Abweichungen des Suchindex… konnte nicht geprüft werden" in out
    assert "Dokumente ohne Datei… in Ordnung" in out


# Mail to the administrators


@pytest.fixture
def administrators(role_users):
    from cms.access import roles

    for user in role_users.values():
        user.email = f"{user.username}@example.org"
        user.save()
    return role_users[roles.ADMINISTRATION], role_users[roles.PRIVACY_REVIEW]


def test_administrators_are_mailed_what_is_new_once(site, dangle, administrators):
    administrator, privacy_officer = administrators
    run_integrity_checks()
    assert mail.outbox == []
    identity = site["identity"]
    dangle(identity, "messenger_id", 987654)
    run_integrity_checks()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert administrator.email in message.to and privacy_officer.email not in message.to
    assert f"narratives.messengeridentity:{identity.pk}" in message.body
    assert "/admin/integrity/" in message.body
    for personal in (identity.real_name, identity.email):
        assert personal not in message.body
    run_integrity_checks()  # the same finding again: no second mail
    assert len(mail.outbox) == 1


# The periodic job


def test_the_scheduled_job_runs_the_checks_once_a_day(site):
    assert run_due()
    call_command("run_scheduled_jobs", verbosity=0)
    assert IntegrityRun.objects.finished().count() == 1
    call_command("run_scheduled_jobs", verbosity=0)
    assert IntegrityRun.objects.count() == 1
    assert run_due(timezone.now() + INTERVAL)


# The health check


def test_health_shows_the_last_run_by_counts_only(client, site, dangle):
    assert client.get("/health/").json()["checks"]["integrity"] == {
        "status": "off",
        "required": False,
    }
    run_integrity_checks()
    data = client.get("/health/").json()
    assert data["status"] == "ok"
    assert data["checks"]["integrity"] == {
        "status": "ok",
        "required": False,
        "findings": 0,
        "failed_checks": 0,
        "last_run_seconds": 0,
    }
    dangle(site["identity"], "messenger_id", 987654)
    run_integrity_checks()
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["checks"]["integrity"]["status"] == "degraded"
    assert response.json()["checks"]["integrity"]["findings"] == 1
    assert "messengeridentity" not in response.content.decode()


def test_health_calls_an_old_result_degraded(client, db):
    IntegrityRunFactory(finished_at=timezone.now() - datetime.timedelta(days=3))
    check = client.get("/health/").json()["checks"]["integrity"]
    assert check["status"] == "degraded" and check["last_run_seconds"] >= 3 * 86400


def test_health_never_runs_the_checks(client, db, django_assert_max_num_queries):
    IntegrityRunFactory()
    with django_assert_max_num_queries(2):  # the database probe and the last run
        client.get("/health/")
    assert IntegrityRun.objects.count() == 1


# The report in the admin


def test_the_report_shows_findings_and_runs_again_on_post(client, site, dangle, role_users):
    from cms.access import roles
    from tests.factories.second_factor import log_in_with_second_factor

    identity = site["identity"]
    dangle(identity, "messenger_id", 987654)
    run_integrity_checks()
    log_in_with_second_factor(client, role_users[roles.ADMINISTRATION])
    page = client.get("/admin/integrity/").content.decode()
    assert f"narratives.messengeridentity:{identity.pk}" in page
    assert identity.real_name not in page
    assert 'action="/admin/integrity/run/"' in page
    assert client.get("/admin/integrity/run/").status_code == 405
    before = IntegrityRun.objects.count()
    response = client.post("/admin/integrity/run/", follow=True)
    assert IntegrityRun.objects.count() == before + 1
    assert "Die Prüfungen sind gelaufen." in response.content.decode()


def test_the_reports_menu_lists_it_for_administration_only(client, role_users):
    from cms.access import roles
    from tests.factories.second_factor import log_in_with_second_factor

    for role, user in role_users.items():
        if role == roles.PRACTITIONERS:
            continue
        log_in_with_second_factor(client, user)
        page = client.get("/admin/").content.decode()
        assert ("/admin/integrity/" in page) == (role == roles.ADMINISTRATION), role


def test_people_outside_the_admin_are_sent_to_log_in(client, db):
    response = client.get("/admin/integrity/")
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert client.post("/admin/integrity/run/").status_code == 302
    assert not IntegrityRun.objects.exists()


def test_a_superuser_may_run_the_checks(client, db):
    from tests.factories.second_factor import log_in_with_second_factor

    log_in_with_second_factor(client, UserFactory(is_superuser=True))
    assert client.get("/admin/integrity/").status_code == 200
    client.post("/admin/integrity/run/")
    assert IntegrityRun.objects.finished().count() == 1
