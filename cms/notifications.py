"""Review notifications go out through the task worker, after the change is committed.

Wagtail mails reviewers and drafters from signal handlers inside the request; here the same
notifiers (same templates, no content beyond title and status) run as a django-tasks task, so a
slow or unreachable mail server never holds up or undoes an approval.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models, transaction
from django_tasks import task
from wagtail.admin import signal_handlers as wagtail_handlers
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

# signal -> (sender, Wagtail's dispatch_uid, Wagtail's notifier name)
NOTIFICATIONS = {
    "task_submitted": (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        "task_submission_email_notifier",
    ),
    "workflow_submitted": (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        "workflow_submission_email_notifier",
    ),
    "workflow_rejected": (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        "workflow_rejection_email_notifier",
    ),
    "workflow_approved": (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        "workflow_approval_email_notifier",
    ),
}


@task()
def send_review_notification(kind: str, instance_pk: int, user_pk: int | None) -> None:
    _signal, sender, _uid, notifier_name = NOTIFICATIONS[kind]
    instance = sender.objects.filter(pk=instance_pk).first()
    if instance is None:
        return
    if isinstance(instance, TaskState):
        instance = instance.specific
    user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    getattr(wagtail_handlers, notifier_name)(sender=sender, instance=instance, user=user)


def _enqueue(kind: str):  # noqa: ANN202 (a signal receiver)
    def receiver(
        sender: type, instance: models.Model, user: User | None = None, **kwargs: object
    ) -> None:
        user_pk = getattr(user, "pk", None)
        transaction.on_commit(lambda: send_review_notification.enqueue(kind, instance.pk, user_pk))

    return receiver


_receivers = {kind: _enqueue(kind) for kind in NOTIFICATIONS}


def route_notifications_through_tasks() -> None:
    """Replaces Wagtail's in-request mail handlers with task enqueuing.

    Called from CmsConfig.ready(); cms is listed after wagtail.admin, whose ready() connects
    the handlers being replaced.
    """
    for kind, (signal, sender, dispatch_uid, _name) in NOTIFICATIONS.items():
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(_receivers[kind], sender=sender, dispatch_uid=f"cms_{dispatch_uid}")
