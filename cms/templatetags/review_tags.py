"""What the status panel, the dashboard and the review mails tell about the review: its path,
repeated steps and withheld approvals."""

from django import template
from django.contrib.auth.models import AnonymousUser, User
from wagtail.models import Page, Task, WorkflowMixin

from ..models.review import (
    ReviewStep,
    approval_withheld_reason,
    review_path,
    steps_to_repeat,
    why_step_repeats,
)

register = template.Library()


@register.simple_tag
def review_steps(obj: WorkflowMixin | None, parent: Page | None = None) -> list[ReviewStep]:
    """`{% review_steps object panel.parent_page as steps %}`: the review's steps for the
    latest version; for a page not saved yet, those of the workflow of `parent`."""
    if obj is None or (obj.pk is None and isinstance(obj, Page) and parent is None):
        return []
    return review_path(obj, parent)


@register.simple_tag
def approval_withheld(obj: WorkflowMixin | None, user: User | AnonymousUser) -> str:
    """`{% approval_withheld object request.user as reason %}`: why no approve action."""
    return approval_withheld_reason(obj, user) if obj is not None and obj.pk else ""


@register.simple_tag
def repeated_steps(obj: WorkflowMixin | None) -> str:
    """`{% repeated_steps object as repeated %}`: "Fachprüfung, Freigabe" or ""."""
    return ", ".join(steps_to_repeat(obj)) if obj is not None and obj.pk else ""


@register.simple_tag
def repeat_reason(obj: WorkflowMixin | None, task: Task | None) -> str:
    """`{% repeat_reason object task as reason %}`: why a step reviews again (review mails)."""
    return why_step_repeats(obj, task) if obj is not None and task is not None else ""


@register.filter
def applying_steps(steps: list[ReviewStep]) -> str:
    """ "Fachprüfung → Freigabe": the steps that apply, in order."""
    return " → ".join(step.name for step in steps if step.applies)
