"""Dashboard panels of the narratives app: review-by dates for the editors, consents for the
privacy officers (placed among the platform's panels by cms.review.dashboard's order)."""

import datetime
from collections.abc import Mapping
from typing import Any

from wagtail.admin.ui.components import Component
from wagtail.permissions import page_permission_policy

from cms.access.permissions import drafts_content

from .erasure_ledger import pending_count
from .models import MessengerIdentity, NarrativePage
from .permissions import can_change_identity

MAX_ROWS = 20
# How far ahead the privacy officers see consents ending: time to reach the person.
CONSENT_NOTICE = datetime.timedelta(days=60)


class DueForReviewPanel(Component):
    """Narratives past their review-by date, for those who write content and may edit them;
    language stand-ins do not count (their German original does)."""

    name = "narratives_due_for_review"
    template_name = "narratives/admin/due_for_review_panel.html"
    order = 150

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> str:
        if not drafts_content(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        editable = page_permission_policy.instances_user_has_permission_for(user, "change")
        due = (
            NarrativePage.objects.due_for_review()
            .without_stand_ins()
            .filter(pk__in=editable.values("pk"))
            .order_by("review_by", "pk")
        )
        context["due_pages"] = due[:MAX_ROWS]
        context["due_count"] = due.count()
        return context


class ConsentEndingPanel(Component):
    """Messengers whose consent has expired or ends soon, by alias (never the real name), for
    the privacy officers who renew it."""

    name = "narratives_consent_ending"
    template_name = "narratives/admin/consent_ending_panel.html"
    order = 125

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> str:
        if not can_change_identity(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        ending = (
            MessengerIdentity.objects.consent_ending(CONSENT_NOTICE)
            .select_related("messenger")
            .only("pk", "consent_expires_on", "messenger__title", "messenger__live")
            .order_by("consent_expires_on", "pk")
        )
        context["records"] = ending[:MAX_ROWS]
        context["count"] = ending.count()
        context["notice_days"] = CONSENT_NOTICE.days
        return context


class ErasuresPendingPanel(Component):
    """Shown to everyone in the admin while the public site is refused after a restore: the
    erasure ledger has entries the database lacks (restore_guard.py)."""

    name = "narratives_erasures_pending"
    template_name = "narratives/admin/erasures_pending_panel.html"
    order = 10

    def render_html(self, parent_context: Mapping[str, Any] | None = None) -> str:
        if not pending_count():
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        context["count"] = pending_count()
        return context
