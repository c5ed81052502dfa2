"""The editor's submit action names the review steps that approve again, and why.

With re-approval on edit, a step that approved an earlier version approves again once the
content changed. Wagtail's "Resubmit to <step>" does not say so; the submitter should know
before pressing it. Wagtail's menu items are swapped for subclasses through the action menu
hooks (registered in cms.wagtail_hooks).
"""

from django.http import HttpRequest
from django.utils.translation import ngettext
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.action_menu import SubmitForModerationMenuItem as PageSubmitItem
from wagtail.models import WorkflowMixin
from wagtail.snippets.action_menu import SubmitForModerationMenuItem as SnippetSubmitItem

from cms.models.review import steps_to_repeat


def resubmit_label(label: str, obj: WorkflowMixin | None) -> str:
    """`label`, followed by the steps that approve again after an edit, if any."""
    steps = steps_to_repeat(obj) if obj is not None and obj.pk else []
    if not steps:
        return label
    return ngettext(
        "%(label)s – %(steps)s approves again afterwards (content changed)",
        "%(label)s – %(steps)s approve again afterwards (content changed)",
        len(steps),
    ) % {"label": label, "steps": ", ".join(steps)}


class PageSubmitNamingRepeats(PageSubmitItem):
    def get_context_data(self, parent_context: dict) -> dict:
        context = super().get_context_data(parent_context)
        context["label"] = resubmit_label(context["label"], parent_context.get("page"))
        return context


class SnippetSubmitNamingRepeats(SnippetSubmitItem):
    def get_context_data(self, parent_context: dict) -> dict:
        context = super().get_context_data(parent_context)
        context["label"] = resubmit_label(context["label"], parent_context.get("instance"))
        return context


def _swap_submit_item(
    menu_items: list[ActionMenuItem],
    original: type[ActionMenuItem],
    replacement: type[ActionMenuItem],
) -> None:
    for index, item in enumerate(menu_items):
        if type(item) is original:
            menu_items[index] = replacement(order=item.order)


def name_repeats_on_page_submit(
    menu_items: list[ActionMenuItem], request: HttpRequest, context: dict
) -> None:
    _swap_submit_item(menu_items, PageSubmitItem, PageSubmitNamingRepeats)


def name_repeats_on_snippet_submit(
    menu_items: list[ActionMenuItem], request: HttpRequest, context: dict
) -> None:
    _swap_submit_item(menu_items, SnippetSubmitItem, SnippetSubmitNamingRepeats)
