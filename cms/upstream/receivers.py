"""Wagtail's signal receivers that we take out: its review mails (sent by our task worker
instead) and its front-end cache purge (done by our page cache)."""

from collections.abc import Callable

from django.db import models
from wagtail.admin import signal_handlers as wagtail_receivers
from wagtail.contrib.frontend_cache import signal_handlers as frontend_cache_receivers
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

# Review event -> (signal, sender, Wagtail's dispatch_uid, Wagtail's mail notifier). Wagtail
# connects its notifiers in wagtail.admin.signal_handlers with no setting to leave them out.
MAIL_RECEIVERS = {
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


def mail_notifier(kind: str) -> tuple[type[models.Model], Callable]:
    """The sender and Wagtail's own mail notifier (same templates) for a review event."""
    _signal, sender, _uid, notifier_name = MAIL_RECEIVERS[kind]
    return sender, getattr(wagtail_receivers, notifier_name)


def replace_mail_receivers(receivers: dict[str, Callable]) -> None:
    """Connects `receivers[kind]` in place of Wagtail's mail receiver of each review event.

    Call after wagtail.admin's ready(), which connects them (cms is listed after it).
    """
    for kind, (signal, sender, dispatch_uid, _name) in MAIL_RECEIVERS.items():
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(receivers[kind], sender=sender, dispatch_uid=f"cms_{dispatch_uid}")


def disconnect_frontend_cache_receivers(model: type[Page]) -> None:
    """Takes wagtail.contrib.frontend_cache's purge on publish and unpublish off `model`.

    The app connects it to every page model in its ready(), with no setting to leave it out,
    and purges only the page's own URLs; our page cache purges every page that shows it.
    """
    page_published.disconnect(frontend_cache_receivers.page_published_signal_handler, sender=model)
    page_unpublished.disconnect(
        frontend_cache_receivers.page_unpublished_signal_handler, sender=model
    )
