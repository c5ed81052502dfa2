"""A task queued under a function's old import path still runs after the move into packages."""

import importlib

import pytest
from django.apps import apps
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks.base import Task
from django_tasks_db.models import DBTaskResult

migration = importlib.import_module("cms.migrations.0010_queued_tasks_follow_moved_modules")


@pytest.mark.django_db
@pytest.mark.parametrize(("old", "new"), migration.MOVED.items())
def test_a_queued_task_follows_its_function(old: str, new: str) -> None:
    queued = DBTaskResult.objects.create(
        task_path=old,
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
    )
    migration.follow(apps, None, migration.MOVED)
    queued.refresh_from_db()
    assert queued.task_path == new
    # What the worker does with it (DBTaskResult.task, which also applies the queue's options).
    assert isinstance(import_string(queued.task_path), Task)
