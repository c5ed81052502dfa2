"""The admin dashboard per role: what waits for this person first, then their own work.

Wagtail's panels stay where they serve (its "awaiting your review" list moves to the top);
its list of the user's items in a workflow is replaced by two that say more: items returned
with the reviewer's comment, and items in review with their step and since when. Pages and
snippets alike; language stand-ins (aliases) never count. Apps add their own panels through
the same hook (e.g. narratives.admin_panels).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Exists,
    F,
    IntegerField,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.navigation import get_site_for_user
from wagtail.admin.site_summary import PagesSummaryItem, SummaryItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import (
    LockedPagesPanel,
    RecentEditsPanel,
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import (
    DraftStateMixin,
    Page,
    Revision,
    RevisionMixin,
    WorkflowState,
    get_default_page_content_type,
)
from wagtail.permissions import page_permission_policy, policy_registry
from wagtail.snippets.models import get_snippet_models

MAX_ROWS = 10

# Top to bottom. Panels of apps fit in between (narratives: consents 125, review-by dates 150).
ORDER = {
    WorkflowObjectsToModeratePanel: 100,
    "returned": 110,
    "drafts": 130,
    "in_review": 140,
    "going_live": 160,
    RecentEditsPanel: 400,
    LockedPagesPanel: 410,
}


@dataclass(frozen=True)
class Row:
    """One page or snippet in a dashboard list, with the date the list is about."""

    obj: Model
    kind: str
    date: datetime | None


def base_content_type(model: type) -> ContentType:
    if issubclass(model, Page):
        return get_default_page_content_type()
    return model.get_base_content_type()


def revisions_of(model: type) -> QuerySet:
    """Revisions of the row in the outer query (a page or snippet of `model`)."""
    return Revision.objects.filter(
        base_content_type=base_content_type(model),
        object_id=Cast(OuterRef("pk"), CharField()),
    )


def in_active_workflow(model: type) -> Exists:
    return Exists(
        WorkflowState.objects.active().filter(
            base_content_type=base_content_type(model),
            object_id=Cast(OuterRef("pk"), CharField()),
        )
    )


def scheduled(queryset: QuerySet) -> QuerySet:
    """Rows with an approved go-live in the future, annotated with it (`scheduled_at`)."""
    upcoming = revisions_of(queryset.model).filter(approved_go_live_at__gt=timezone.now())
    return queryset.annotate(
        scheduled_at=Subquery(
            upcoming.order_by("approved_go_live_at").values("approved_go_live_at")[:1]
        )
    ).filter(scheduled_at__isnull=False)


def draft_snippet_models() -> list[type]:
    """Snippet models with drafts and revisions (materials, card sets, …)."""
    return [
        model
        for model in get_snippet_models()
        if issubclass(model, DraftStateMixin) and issubclass(model, RevisionMixin)
    ]


def snippets_user_may(user: User | AnonymousUser, actions: list[str]) -> list[type]:
    return [
        model
        for model in draft_snippet_models()
        if policy_registry.get_by_type(model).user_has_any_permission(user, actions)
    ]


def pages_user_may(user: User | AnonymousUser, actions: list[str]) -> QuerySet:
    """Pages, no stand-ins, that `user` may act on in one of these ways."""
    allowed = page_permission_policy.instances_user_has_any_permission_for(user, actions)
    return Page.objects.filter(alias_of__isnull=True, pk__in=allowed.values("pk"))


def kind_of(obj: Model) -> str:
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    return str(model._meta.verbose_name) if model else ""


def first_rows(querysets: Iterable[QuerySet], date: str, newest_first: bool) -> tuple[list, int]:
    """The first MAX_ROWS rows of several querysets by `date`, and how many there are in all.

    One query per queryset, and a count only where a queryset has more than it shows.
    """
    rows, count = [], 0
    order = f"-{date}" if newest_first else date
    for queryset in querysets:
        found = list(queryset.order_by(order, "-pk")[:MAX_ROWS])
        count += len(found) if len(found) < MAX_ROWS else queryset.count()
        rows += [Row(obj, kind_of(obj), getattr(obj, date)) for obj in found]
    rows.sort(key=lambda row: row.date or timezone.now(), reverse=newest_first)
    return rows[:MAX_ROWS], count


def my_drafts(user: User | AnonymousUser) -> tuple[list[Row], int]:
    """Pages and snippets whose latest changes are the user's, unpublished, neither submitted
    nor approved and scheduled."""

    def drafts(queryset: QuerySet) -> QuerySet:
        approved = revisions_of(queryset.model).filter(approved_go_live_at__isnull=False)
        return (
            queryset.filter(has_unpublished_changes=True, latest_revision__user=user)
            .exclude(in_active_workflow(queryset.model))
            .exclude(Exists(approved))
            .select_related("latest_revision")
            .annotate(edited_at=F("latest_revision__created_at"))
        )

    querysets = [drafts(pages_user_may(user, ["change"]))]
    querysets += [
        drafts(model._default_manager.all()) for model in snippets_user_may(user, ["change"])
    ]
    return first_rows(querysets, "edited_at", newest_first=True)


def going_live(user: User | AnonymousUser) -> tuple[list[Row], int]:
    """Pages and snippets the user may see whose approved go-live lies ahead."""
    querysets = [scheduled(pages_user_may(user, ["change", "view", "publish"]))]
    querysets += [
        scheduled(model._default_manager.select_related("latest_revision"))
        for model in snippets_user_may(user, ["view", "change"])
    ]
    return first_rows(querysets, "scheduled_at", newest_first=False)


def own_workflow_states(user: User | AnonymousUser) -> QuerySet:
    """Workflows the user started, or on pages they own (as in Wagtail's own panel)."""
    owned_pages = Q(base_content_type=get_default_page_content_type()) & Exists(
        Page.objects.filter(owner=user, id=Cast(OuterRef("object_id"), output_field=IntegerField()))
    )
    return (
        WorkflowState.objects.filter(owned_pages | Q(requested_by=user))
        .select_related(
            "current_task_state__task",
            "current_task_state__finished_by",
        )
        .prefetch_related("content_object", "content_object__latest_revision")
    )


def workflow_rows(states: QuerySet) -> tuple[list[WorkflowState], int]:
    # Objects deleted without a generic relation leave states behind. A stand-in with a
    # workflow is a translation in review: it stays an alias until its review publishes it
    # (cms.localisation.translation_review), and its translator must see it here.
    found = [state for state in states[:MAX_ROWS] if state.content_object]
    for state in found:
        # What every panel's row carries (cms/admin/dashboard/_table_panel.html).
        state.obj = state.content_object
        state.kind = kind_of(state.content_object)
    count = len(found) if len(found) < MAX_ROWS else states.count()
    return found, count


class DashboardPanel(Component):
    """A dashboard list: rows and their count, shown only when there are rows. Each row has
    `obj` and `kind`; the template extends cms/admin/dashboard/_table_panel.html."""

    heading: str = ""

    def rows(self, user: User | AnonymousUser) -> tuple[list, int]:
        raise NotImplementedError

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        context["request"] = parent_context["request"]
        context["rows"], context["count"] = self.rows(context["request"].user)
        context["panel_id"] = self.name.replace("_", "-")
        context["heading"] = self.heading
        return context


class ReturnedPanel(DashboardPanel):
    name = "returned_to_me"
    template_name = "cms/admin/dashboard/returned.html"
    order = ORDER["returned"]
    heading = _("Returned to you: changes requested")

    def rows(self, user: User | AnonymousUser) -> tuple[list, int]:
        states = own_workflow_states(user).filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        return workflow_rows(states.order_by("-current_task_state__finished_at", "-pk"))


class InReviewPanel(DashboardPanel):
    name = "in_review"
    template_name = "cms/admin/dashboard/in_review.html"
    order = ORDER["in_review"]
    heading = _("Your items in review")

    def rows(self, user: User | AnonymousUser) -> tuple[list, int]:
        states = own_workflow_states(user).filter(status=WorkflowState.STATUS_IN_PROGRESS)
        return workflow_rows(states.order_by("-current_task_state__started_at", "-pk"))


class MyDraftsPanel(DashboardPanel):
    name = "my_drafts"
    template_name = "cms/admin/dashboard/drafts.html"
    order = ORDER["drafts"]
    heading = _("Your drafts")

    def rows(self, user: User | AnonymousUser) -> tuple[list, int]:
        return my_drafts(user)


class GoingLivePanel(DashboardPanel):
    name = "going_live"
    template_name = "cms/admin/dashboard/going_live.html"
    order = ORDER["going_live"]
    heading = _("Going live soon")

    def rows(self, user: User | AnonymousUser) -> tuple[list, int]:
        return going_live(user)


def arrange_panels(panels: list[Component]) -> None:
    """Wagtail's panels in this dashboard's order, ours added (construct_homepage_panels)."""
    panels[:] = [
        panel for panel in panels if type(panel) is not UserObjectsInWorkflowModerationPanel
    ]
    for panel in panels:
        if type(panel) in ORDER:
            panel.order = ORDER[type(panel)]
    panels += [ReturnedPanel(), MyDraftsPanel(), InReviewPanel(), GoingLivePanel()]


class PagesWithoutStandInsSummaryItem(PagesSummaryItem):
    """The site summary's page count without language stand-ins (aliases of German pages)."""

    def get_context_data(self, parent_context: Mapping[str, Any]) -> Mapping[str, Any]:
        context = super().get_context_data(parent_context)
        # Wagtail counts below the user's explorable root, then shows the site's home page.
        root = get_site_for_user(self.request.user)["root_page"]
        if root is not None:
            stand_ins = Page.objects.descendant_of(root, inclusive=True).exclude(alias_of=None)
            context["total_pages"] -= stand_ins.count()
        return context


def count_pages_without_stand_ins(request: HttpRequest, items: list[SummaryItem]) -> None:
    items[:] = [
        PagesWithoutStandInsSummaryItem(request) if type(item) is PagesSummaryItem else item
        for item in items
    ]
