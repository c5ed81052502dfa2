"""In production, background tasks wait in the database for `manage.py db_worker`, a process of
its own: a publish returns without encoding images, and the worker makes the renditions."""

import pytest
from django.db import connection
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from media_library.models import CustomRendition
from tests.factories.media_library import ImageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.other_settings import production_environment, run_python

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def test_the_worker_process_makes_the_renditions_a_publish_queued(home, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    narrative = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), image=ImageFactory(), live=False
    )
    narrative.save_revision().publish()  # committed at once: the tasks are queued

    assert not CustomRendition.objects.filter(image=narrative.image).exists()
    queued = DBTaskResult.objects.filter(status=TaskResultStatus.READY)
    assert queued.filter(task_path__endswith="create_published_renditions").exists()

    worker = run_python(
        "cms.settings.production",
        "manage.py db_worker --batch --queue-name * --no-startup-delay",
        **production_environment(
            DATABASE_URL=database_url(),
            MEDIA_ROOT=str(settings.MEDIA_ROOT),
            PRIVATE_MEDIA_ROOT=str(settings.PRIVATE_MEDIA_ROOT),
        ),
    )

    assert worker.returncode == 0, worker.stderr
    assert CustomRendition.objects.filter(image=narrative.image).exists()
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
