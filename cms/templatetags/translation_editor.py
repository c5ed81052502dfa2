"""The "submit for review" action of wagtail-localize's translation editor.

wagtail-localize 1.14 renders the editor's footer in React from a fixed list of actions (stop
syncing, delete, lock, unpublish, publish) with no prop to add one; its template, overridden in
cms/templates/wagtail_localize/admin/edit_translation.html, renders this action for
cms/static/cms/js/translation_editor.js to place in that footer.
"""

from django import template
from django.template import Context
from django.urls import reverse

from cms.translation_review import can_publish, review_running, submission_target

register = template.Library()


@register.inclusion_tag("cms/admin/includes/translation_review_action.html", takes_context=True)
def translation_review_action(context: Context) -> dict:
    """For those who may submit the translation now: its URL, and whether it is the editor's
    main action (for everyone who cannot publish; publishing stays first for those who can)."""
    request, translation = context["request"], context["translation"]
    target = submission_target(translation, request.user)
    if target is None or review_running(target):
        return {}
    return {
        "url": reverse("cms_submit_translation_for_review", args=[translation.pk]),
        "primary": not can_publish(request.user, target),
    }
