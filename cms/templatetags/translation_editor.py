"""The review actions of wagtail-localize's translation editor: "submit for review" for the
translator, and the current review step's actions (approve, request changes) for its reviewers.

wagtail-localize 1.14 renders the editor's footer in React from a fixed list of actions (stop
syncing, delete, lock, unpublish, publish) with no prop to add one; its template, overridden in
cms/templates/wagtail_localize/admin/edit_translation.html, renders these actions for
cms/static/cms/js/translation_editor.js to place in that footer.
"""

from django import template
from django.contrib.admin.utils import quote
from django.contrib.auth.models import AnonymousUser, User
from django.db import models
from django.template import Context
from django.urls import reverse
from wagtail.models import Page

from cms.localisation.translation_review import can_publish, review_running, submission_target

register = template.Library()


@register.inclusion_tag("cms/admin/includes/translation_review_action.html", takes_context=True)
def translation_review_action(context: Context) -> dict:
    """For those who may submit the translation now: its URL, and whether it is the editor's
    main action (for everyone who cannot publish; publishing stays first for those who can).
    While the translation is in review: the actions its current step offers the user."""
    request, translation = context["request"], context["translation"]
    instance = context["instance"]
    if review_running_on(instance):
        actions = workflow_actions(instance, request.user)
        return {
            "actions": actions,
            "primary": bool(actions) and not can_publish(request.user, instance),
            "next": reverse("wagtailadmin_home"),
        }
    target = submission_target(translation, request.user)
    if target is None:
        return {}
    return {
        "url": reverse("cms_submit_translation_for_review", args=[translation.pk]),
        "primary": not can_publish(request.user, target),
    }


def review_running_on(instance: models.Model) -> bool:
    return hasattr(instance, "current_workflow_state") and review_running(instance)


def workflow_actions(instance: models.Model, user: User | AnonymousUser) -> list[dict]:
    """The current review step's actions for `user`, approving first, as the dashboard offers
    them: the task decides who may do what (four eyes included), the action view checks again.
    """
    task_state = instance.current_workflow_task_state
    if task_state is None:
        return []
    if isinstance(instance, Page):
        url_name = "wagtailadmin_pages:workflow_action"
    else:
        url_name = instance.snippet_viewset.get_url_name("workflow_action")
    actions = [
        {
            "name": name,
            "label": label,
            "modal": modal,
            "url": reverse(url_name, args=[quote(instance.pk), name, task_state.pk]),
        }
        for name, label, modal in task_state.task.specific.get_actions(instance, user)
    ]
    # The plain approval first: it is the main action of a reviewer who may approve.
    return sorted(actions, key=lambda action: (action["name"] != "approve", action["modal"]))


@register.inclusion_tag("cms/admin/includes/translation_review_status.html", takes_context=True)
def translation_review_status(context: Context) -> dict:
    """While the translation is in review: the editor's status tag says so instead of "live",
    and names what visitors see meanwhile (for a page not yet translated, the German page
    standing in). wagtail-localize's template includes Wagtail's header with the translation
    as the page for its status, so translation_editor.js swaps the tag."""
    instance = context["instance"]
    if not review_running_on(instance):
        return {}
    return {"in_review": True, "stand_in": bool(getattr(instance, "alias_of_id", None))}
