"""What follows a publish runs once, in the pipeline's order (cms.publishing.pipeline): the
search outbox with the change, then after the commit the renditions, the purge and the mails.

Observed through what each step leaves behind: outbox rows, tasks handed to the task backend
(django-tasks' `task_enqueued`) and PURGE requests to a proxy (tests/purge_recorder.py).
"""

from collections.abc import Iterator

import pytest
from django.urls import reverse
from django_tasks.signals import task_enqueued

from cms.access import roles
from search.models import IndexUpdate
from tests.factories.media_library import ImageFactory, MaterialFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory

pytestmark = pytest.mark.django_db

PROJECT_APPS = {"cms", "narratives", "media_library", "search"}
SOME_ENGINE = "opensearch+http://127.0.0.1:9"  # never asked: the outbox only notes changes


@pytest.fixture
def steps(purged_urls) -> Iterator[list[tuple[str, int]]]:
    """Each of the project's tasks enqueued (not those of Wagtail's database search index), with
    how many URLs had been purged by then."""
    seen: list[tuple[str, int]] = []

    def record(sender: type, task_result: object, **kwargs: object) -> None:
        if task_result.task.module_path.split(".")[0] in PROJECT_APPS:
            seen.append((task_result.task.name, len(purged_urls)))

    task_enqueued.connect(record, weak=False, dispatch_uid="test_publish_pipeline")
    yield seen
    task_enqueued.disconnect(dispatch_uid="test_publish_pipeline")


def act(obj: object, user: object, action: str) -> None:
    obj.refresh_from_db()
    obj.current_workflow_task.on_action(obj.current_workflow_task_state, user, action)


def test_the_last_approval_runs_outbox_renditions_purge_and_mail_once_in_order(
    home, role_users, settings, steps, purged_urls, django_capture_on_commit_callbacks
):
    settings.SEARCH_URL = SOME_ENGINE
    narrative = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), live=False, image=ImageFactory()
    )
    officer = role_users[roles.COMMUNICATION]
    narrative.save_revision(user=officer)
    narrative.get_workflow().start(narrative, officer)
    act(narrative, role_users[roles.SUBJECT_REVIEW], "approve")
    IndexUpdate.objects.all().delete()

    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        act(narrative, role_users[roles.SIGN_OFF], "approve")
    narrative.refresh_from_db()
    assert narrative.live
    # The outbox row is written with the change: a rollback would take it back too.
    assert list(IndexUpdate.objects.values_list("page_id", flat=True)) == [narrative.pk]
    assert steps == [] and purged_urls == []

    for callback in after_commit:
        callback()
    assert steps == [
        # The renditions are made before the purge lets the first visitor in ...
        ("create_published_renditions", 0),
        # ... and the reviewers hear of the publication once the pages show it.
        ("send_review_notification", len(purged_urls)),
    ]
    # Every purge names the search pages: one purge.
    assert purged_urls.count(reverse("search")) == 1
    assert narrative.url in purged_urls
    assert IndexUpdate.objects.count() == 1


def test_a_published_snippet_gets_its_renditions_before_its_purge_once(
    steps, purged_urls, django_capture_on_commit_callbacks
):
    material = MaterialFactory(live=False, image=ImageFactory())
    with django_capture_on_commit_callbacks(execute=True):
        material.save_revision().publish()
    assert steps == [("create_published_renditions", 0)]
    assert purged_urls.count(reverse("search")) == 1
