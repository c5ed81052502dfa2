"""An erased messenger stays erased after a restore: the ledger outside the database notices the
restore, the site refuses public pages at once, and reapply_erasures erases again whatever the
backup brought back, in every table, file and cache."""

import io
import json
import multiprocessing
import uuid
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from PIL import Image
from wagtail.models import Page

from narratives import erasure_ledger
from narratives.erasure import erase_messenger
from narratives.erasure_ledger import COMMITTED, INTENT, Entry, append, watch
from narratives.models import AppliedLedgerEntry, MessengerPage
from narratives.takedown import take_down_messenger
from tests.narratives.canary import files_holding, new_canary, plant_canary, tables_holding
from tests.snapshots import restore, take


def png_holding(word: str) -> ContentFile:
    """A real PNG whose name and bytes hold the word (after the image data, which Pillow and
    browsers ignore)."""
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), "teal").save(buffer, "PNG")
    return ContentFile(buffer.getvalue() + word.encode(), name=f"portrait-{word}.png")


def plant(home, canary: str):
    planted = plant_canary(home, canary, photo_file=png_holding(canary))
    planted.identity.phone = f"+49 {canary}"
    planted.identity.save()
    return planted


def public_paths(planted) -> list[str]:
    story_document = next(
        block for block in planted.messenger.story if block.block_type == "document"
    )
    return [
        planted.messenger.url,
        planted.english.url,
        "/de/",
        "/de/suche/?q=kurve",
        "/api/v2/pages/",
        "/sitemap.xml",
        story_document.value["document"].url,
    ]


def ledger_text() -> str:
    return erasure_ledger.ledger_path().read_text()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_erased_messenger_stays_erased_after_a_restore(home, client, settings, tmp_path):
    settings.ERASURE_LEDGER_CHECK_SECONDS = 0  # every request looks: "at once"
    canary = new_canary()
    planted = plant(home, canary)
    paths = public_paths(planted)
    assert canary in client.get(planted.messenger.url).content.decode()  # renditions made
    client.get("/de/suche/", {"q": f"Amina {canary}"})
    assert files_holding(canary), "the photo and its renditions hold the word"
    backup = take(tmp_path / "backup")

    erase_messenger(planted.messenger)
    assert tables_holding(canary) == []
    assert files_holding(canary) == []
    assert canary not in ledger_text()
    assert client.get("/de/").status_code == 200

    restore(backup)
    assert "narratives_messengeridentity.real_name" in tables_holding(canary)
    assert files_holding(canary), "the restore brought the files back"
    for path in paths:
        response = client.get(path)
        assert response.status_code == 503, path
        assert response["Retry-After"].isdigit()
        assert canary not in response.content.decode(errors="replace")
    health = client.get("/health/")
    assert health.status_code == 503
    assert health.json()["checks"]["erasures"] == {"status": "down", "required": True}
    assert client.get("/admin/login/").status_code == 200

    out = io.StringIO()
    call_command("reapply_erasures", stdout=out)
    assert "1/1: erasure" in out.getvalue()
    assert tables_holding(canary) == []
    assert files_holding(canary) == []
    assert client.get("/de/").status_code == 200
    assert client.get(planted.messenger.url).status_code == 404
    assert client.get("/health/").status_code == 200

    # Once more: nothing pending, nothing changed.
    rows = {table: count_rows(table) for table in ("wagtailcore_page", "wagtailcore_revision")}
    out = io.StringIO()
    call_command("reapply_erasures", stdout=out)
    assert "0 entries" in out.getvalue()
    assert rows == {table: count_rows(table) for table in rows}


def count_rows(table: str) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_takedown_is_applied_again_after_a_restore(home, client, settings, tmp_path):
    settings.ERASURE_LEDGER_CHECK_SECONDS = 0
    planted = plant(home, new_canary())
    backup = take(tmp_path / "backup")
    take_down_messenger(planted.english)
    assert not MessengerPage.objects.filter(pk=planted.messenger.pk, live=True).exists()

    restore(backup)
    assert MessengerPage.objects.get(pk=planted.messenger.pk).live
    assert client.get(planted.messenger.url).status_code == 503

    call_command("reapply_erasures", stdout=io.StringIO())
    copies = MessengerPage.objects.filter(translation_key=planted.messenger.translation_key)
    assert copies.exists() and not copies.filter(live=True).exists()
    assert client.get(planted.messenger.url).status_code == 404
    photo = planted.messenger.photo
    photo.refresh_from_db()
    assert photo.withdrawn_at is not None


def pending_entry(at: str | None = None, committed: bool = True) -> Entry:
    entry = Entry(kind=erasure_ledger.ERASURE, translation_key=str(uuid.uuid4()), pages=[999999])
    if at:
        entry.at = at
    lines: list[dict] = [entry.line()]
    if committed:
        lines.append({"event": COMMITTED, "id": entry.id})
    append(lines)
    return entry


@pytest.mark.django_db
def test_the_admin_health_and_static_files_stay_up(home, client, settings):
    pending_entry()
    assert client.get("/de/").status_code == 503
    refusal = client.get("/en/")
    assert refusal["Cache-Control"] == "no-store"
    assert "default-src 'none'" in refusal["Content-Security-Policy"]
    assert "Traceback" not in refusal.content.decode()
    german = client.get("/de/").content.decode()
    assert 'lang="de"' in german and "gewartet" in german
    assert client.get("/api/v2/pages/").json() == {
        "detail": "Temporarily unavailable: maintenance after a restore."
    }
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/health/").status_code == 503
    assert client.get(f"{settings.STATIC_URL}cms/css/site.css").status_code != 503


@pytest.mark.django_db
def test_a_young_intent_without_confirmation_is_an_erasure_in_progress(home, client):
    pending_entry(committed=False)
    assert client.get("/de/").status_code == 200
    watch.forget()
    pending_entry(at="2020-01-01T00:00:00+00:00", committed=False)
    assert client.get("/de/").status_code == 503  # a crash before the commit: applied again


@pytest.mark.django_db
def test_the_answer_is_kept_for_a_few_seconds(home, client, monkeypatch):
    assert client.get("/de/").status_code == 200
    pending_entry()
    assert client.get("/de/").status_code == 200  # this process looked a moment ago
    clock = erasure_ledger.time.monotonic() + 6
    monkeypatch.setattr(erasure_ledger.time, "monotonic", lambda: clock)
    assert client.get("/de/").status_code == 503


@pytest.mark.django_db
def test_an_erasure_that_fails_voids_its_entry(home, monkeypatch):
    planted = plant_canary(home, new_canary())

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("narratives.erasure.erase_revisions", broken)
    with pytest.raises(RuntimeError):
        erase_messenger(planted.messenger)
    events = [json.loads(line)["event"] for line in ledger_text().splitlines()]
    assert events == [INTENT, "void"]
    assert erasure_ledger.pending_entries() == []
    assert not AppliedLedgerEntry.objects.exists()
    assert Page.objects.filter(pk=planted.messenger.pk).exists()


@pytest.mark.django_db
def test_an_erasure_refuses_to_run_without_a_ledger(home, settings, tmp_path):
    planted = plant_canary(home, new_canary())
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.ERASURE_LEDGER_DIR = blocker / "ledger"
    with pytest.raises(erasure_ledger.LedgerUnavailable):
        erase_messenger(planted.messenger)
    assert Page.objects.filter(pk=planted.messenger.pk).exists()


def append_many(directory: str, writer: int) -> None:
    from django.conf import settings

    settings.ERASURE_LEDGER_DIR = directory
    for number in range(200):
        append([{"event": COMMITTED, "id": f"{writer}-{number}", "padding": "x" * 3000}])


def test_two_processes_append_whole_lines(settings, tmp_path):
    settings.ERASURE_LEDGER_DIR = tmp_path
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=append_many, args=(str(tmp_path), n)) for n in (1, 2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    lines = (Path(tmp_path) / erasure_ledger.FILE_NAME).read_text().splitlines()
    assert len(lines) == 400
    assert {json.loads(line)["id"] for line in lines} == {
        f"{writer}-{number}" for writer in (1, 2) for number in range(200)
    }


@pytest.mark.django_db
def test_the_command_says_in_one_line_when_the_ledger_cannot_be_read(settings, tmp_path):
    settings.ERASURE_LEDGER_DIR = tmp_path
    (tmp_path / erasure_ledger.FILE_NAME).mkdir()
    with pytest.raises(CommandError) as error:
        call_command("reapply_erasures")
    assert "\n" not in str(error.value)
