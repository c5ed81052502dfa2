"""What the editor's status panel tells about the review: its path and withheld approvals."""

from django import template
from django.db.models import Model

from ..models.review import ReviewStep, approval_withheld_reason, review_path, steps_to_repeat

register = template.Library()


@register.simple_tag
def review_steps(obj: Model) -> list[ReviewStep]:
    """`{% review_steps object as steps %}`: the review's steps for the latest version."""
    return review_path(obj) if obj is not None and obj.pk else []


@register.simple_tag
def approval_withheld(obj: Model, user: object) -> str:
    """`{% approval_withheld object request.user as reason %}`: why no approve action."""
    return approval_withheld_reason(obj, user) if obj is not None and obj.pk else ""


@register.simple_tag
def repeated_steps(obj: Model) -> str:
    """`{% repeated_steps object as repeated %}`: "Fachprüfung, Freigabe" or ""."""
    return ", ".join(steps_to_repeat(obj)) if obj is not None and obj.pk else ""


@register.filter
def applying_steps(steps: list[ReviewStep]) -> str:
    """ "Fachprüfung → Freigabe": the steps that apply, in order."""
    return " → ".join(step.name for step in steps if step.applies)
