"""What the fault benchmark sends while a fault goes on: wrk's load on public pages, a probe that
keeps the answers' statuses and bodies, and an editor who saves and publishes in a loop; and
what was lost of the editor's acknowledged work afterwards."""

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from bench.fault_report import Answer, Slice
from bench.load import run_wrk
from bench.stack import fetch

CONNECTIONS = 32
PROBE_SECONDS = 0.25
EDITOR_PAUSE = 0.2

# --- Load, probe and editor (threads of this process) ----------------------------------------


class Load(threading.Thread):
    """wrk in one-second runs, page after page, until stopped."""

    def __init__(self, urls: list[str]) -> None:
        super().__init__(daemon=True)
        self.urls, self.slices, self.stopping = urls, [], threading.Event()

    def run(self) -> None:
        index = 0
        while not self.stopping.is_set():
            start = time.monotonic()
            try:
                result = run_wrk(self.urls[index % len(self.urls)], CONNECTIONS, 1)
                requests, errors = result.requests, result.errors
            except RuntimeError:  # wrk could not connect at all
                requests, errors = 0, CONNECTIONS
                time.sleep(0.5)
            self.slices.append(Slice(start, time.monotonic(), requests, errors))
            index += 1


class Probe(threading.Thread):
    """A visitor sampling the pages' answers, bodies included."""

    def __init__(self, urls: list[str]) -> None:
        super().__init__(daemon=True)
        self.urls, self.answers, self.stopping = urls, [], threading.Event()

    def run(self) -> None:
        index = 0
        while not self.stopping.wait(PROBE_SECONDS):
            url = self.urls[index % len(self.urls)]
            path = "/" + url.split("/", 3)[-1]
            try:
                status, headers, body = fetch(url)
                answer = Answer(
                    time.monotonic(),
                    path,
                    status,
                    headers.get("retry-after"),
                    body.decode(errors="replace") if status >= 500 else "",
                )
            except OSError:
                answer = Answer(time.monotonic(), path, 0, None, "")
            self.answers.append(answer)
            index += 1


@dataclass(frozen=True)
class Attempt:
    at: float
    title: str
    revision_id: int | None  # the saved revision, once the save was acknowledged
    published: bool  # the publish action returned
    error: str = ""


class Editor(threading.Thread):
    """Saves a new revision of one narrative and publishes it, again and again."""

    def __init__(self, page_id: int) -> None:
        super().__init__(daemon=True)
        self.page_id, self.attempts, self.stopping = page_id, [], threading.Event()

    def run(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db import connection
        from wagtail.actions.publish_page_revision import PublishPageRevisionAction

        from bench.publishing import EDITOR
        from narratives.models import NarrativePage

        number = 0
        while not self.stopping.wait(EDITOR_PAUSE):
            number += 1
            title, revision_id = f"Fehlerprobe {os.getpid()}-{number}", None
            try:
                editor, _created = get_user_model().objects.get_or_create(
                    username=EDITOR, defaults={"is_superuser": True, "is_staff": True}
                )
                page = NarrativePage.objects.get(pk=self.page_id)
                page.title = page.draft_title = title
                revision = page.save_revision(user=editor, log_action=True)
                revision_id = revision.pk
                PublishPageRevisionAction(revision, user=editor).execute()
                self.attempts.append(Attempt(time.monotonic(), title, revision_id, True))
            except Exception as error:  # noqa: BLE001 (every failure is an outcome to record)
                message = f"{type(error).__name__}: {error}".splitlines()[0][:160]
                self.attempts.append(Attempt(time.monotonic(), title, revision_id, False, message))
                connection.close()  # a broken connection is not used again


def lost_edits(attempts: Sequence[Attempt], page_id: int, proxy_url: str) -> list[str]:
    """Acknowledged revisions and publishes the database no longer has, and a last publish
    the proxy does not show within 10 s."""
    import html

    from wagtail.models import PageLogEntry, Revision

    from narratives.models import NarrativePage

    saved = {a.revision_id for a in attempts if a.revision_id}
    published = {a.revision_id for a in attempts if a.published}
    present = set(Revision.objects.filter(pk__in=saved).values_list("pk", flat=True))
    logged = set(
        PageLogEntry.objects.filter(action="wagtail.publish", revision_id__in=published)
        .values_list("revision_id", flat=True)
    )  # fmt: skip
    lost = [f"revision {pk} (acknowledged)" for pk in sorted(saved - present)]
    lost += [f"publish of revision {pk} (acknowledged)" for pk in sorted(published - logged)]
    page = NarrativePage.objects.get(pk=page_id)
    if published and (page.live_revision_id or 0) < max(published):
        lost.append(f"live revision {page.live_revision_id} is older than {max(published)}")
    expected = html.escape(page.title).encode()
    deadline = time.monotonic() + 10
    while True:
        try:
            status, _headers, body = fetch(proxy_url)
        except OSError:
            status, body = 0, b""
        if status == 200 and expected in body:
            break
        if time.monotonic() > deadline:
            lost.append(f"visitors still do not see the published title {page.title!r}")
            break
        time.sleep(0.2)
    return lost
