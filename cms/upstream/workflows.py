"""Wagtail's workflow internals: the group check of its approval task."""

from django.contrib.auth.models import AnonymousUser
from django.db import models
from wagtail.models import AbstractGroupApprovalTask


def user_in_task_groups(
    task: AbstractGroupApprovalTask, user: models.Model | AnonymousUser
) -> bool:
    """Whether `user` belongs to one of the task's reviewing groups, as Wagtail asks it (once
    per request and task). Wagtail's answer is private; a public one would be a method of
    the task."""
    return task._user_in_groups(user)
