"""Dashboard panel: narratives past their review-by date, for the editors who may edit them."""

from collections.abc import Mapping
from typing import Any

from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy

from .models import NarrativePage

MAX_ROWS = 20


class DueForReviewPanel(Component):
    name = "narratives_due_for_review"
    template_name = "narratives/admin/due_for_review_panel.html"
    order = 150

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        editable = page_permission_policy.instances_user_has_permission_for(user, "change")
        due = (
            NarrativePage.objects.due_for_review()
            .filter(pk__in=editable.values("pk"))
            .order_by("review_by", "pk")
        )
        context["due_pages"] = due[:MAX_ROWS]
        context["due_count"] = due.count()
        return context
