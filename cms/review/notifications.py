"""Review notifications go out through the task worker, after the change is committed.

Wagtail mails reviewers and drafters from signal handlers inside the request; here the same
notifiers (same templates, no content beyond title and status) run as a django-tasks task, so a
slow or unreachable mail server never holds up or undoes an approval.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import models, transaction
from django_tasks import task
from wagtail.models import TaskState

from cms.upstream.receivers import MAIL_RECEIVERS, mail_notifier, replace_mail_receivers


@task()
def send_review_notification(kind: str, instance_pk: int, user_pk: int | None) -> None:
    sender, notify = mail_notifier(kind)
    instance = sender.objects.filter(pk=instance_pk).first()
    if instance is None:
        return
    if isinstance(instance, TaskState):
        instance = instance.specific
    user = get_user_model().objects.filter(pk=user_pk).first() if user_pk else None
    notify(sender=sender, instance=instance, user=user)


def _enqueue(kind: str):  # noqa: ANN202 (a signal receiver)
    def receiver(
        sender: type, instance: models.Model, user: User | None = None, **kwargs: object
    ) -> None:
        user_pk = getattr(user, "pk", None)
        transaction.on_commit(lambda: send_review_notification.enqueue(kind, instance.pk, user_pk))

    return receiver


_receivers = {kind: _enqueue(kind) for kind in MAIL_RECEIVERS}


def route_notifications_through_tasks() -> None:
    """Replaces Wagtail's in-request mail handlers with task enqueuing.

    Called from CmsConfig.ready(); cms is listed after wagtail.admin, whose ready() connects
    the handlers being replaced.
    """
    replace_mail_receivers(_receivers)
