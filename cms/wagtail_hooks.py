from collections.abc import Callable, Iterator

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser, User
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.log_actions import LogActionRegistry
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail.rich_text.feature_registry import FeatureRegistry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.backups.admin import backup_report_menu_item, backup_report_urls
from cms.integrity.permissions import can_view_integrity
from cms.integrity.views import IntegrityReportView, run_integrity_checks_now
from cms.localisation.admin_listings import (
    TranslationStatesSnippetViewSetMixin,
    use_our_row_buttons,
)
from cms.localisation.translation_review import (
    can_submit,
    submit_translation_for_review,
    translation_awaiting_review,
)
from cms.localisation.translation_status import translation_status_view
from cms.models import Approach, Audience, BasePage, Channel, Topic, Value
from cms.page_cache.middleware import share_with_everyone
from cms.page_cache.parts import keep_route
from cms.review.actions import name_repeats_on_page_submit, name_repeats_on_snippet_submit
from cms.review.dashboard import arrange_panels, count_pages_without_stand_ins
from cms.review.editing import GuardedPageEditView
from cms.review.emergency import EMERGENCY_PUBLISH_ACTION, can_emergency_publish
from cms.review.emergency_views import EmergencyPublicationViewSet, emergency_publish_page
from cms.security.page_links import LivePageLinkHandler
from cms.upstream.admin_views import (
    ReviewerPageHistoryView,
    ReviewerRevisionsCompareView,
    ReviewerRevisionsView,
)
from cms.upstream.localize import open_translation_editor

use_our_row_buttons()


class TaxonomyViewSet(TranslationStatesSnippetViewSetMixin, SnippetViewSet):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]
    copy_view_enabled = False


class TopicViewSet(TaxonomyViewSet):
    model = Topic
    icon = "tag"


class AudienceViewSet(TaxonomyViewSet):
    model = Audience
    icon = "group"


class ValueViewSet(TaxonomyViewSet):
    model = Value
    icon = "pick"


class ApproachViewSet(TaxonomyViewSet):
    model = Approach
    icon = "cogs"


class ChannelViewSet(TaxonomyViewSet):
    model = Channel
    icon = "mail"


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, AudienceViewSet, ValueViewSet, ApproachViewSet, ChannelViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"
    menu_order = 300


register_snippet(TaxonomyViewSetGroup)


class GuardedPageViewSet(PageViewSet):
    """Our page types' admin views, with the stale-save guard on the editor; reviewers read
    the history of the page under their review (cms.upstream.admin_views)."""

    edit_view_class = GuardedPageEditView
    history_view_class = ReviewerPageHistoryView
    revisions_compare_view_class = ReviewerRevisionsCompareView
    revisions_view_class = ReviewerRevisionsView


def page_viewset_for(model: type[BasePage]) -> GuardedPageViewSet:
    """A page type may name a filterset for its explorer listing (`admin_filterset`)."""
    attrs = {}
    if filterset := getattr(model, "admin_filterset", None):
        attrs["filterset_class"] = import_string(filterset)
    viewset_class = type(f"{model.__name__}ViewSet", (GuardedPageViewSet,), attrs)
    return viewset_class(name=f"pages_{model._meta.label_lower.replace('.', '_')}", model=model)


# Inside Wagtail's own check of view restrictions (an on_serve_page hook of order 0 wraps this
# one), which answers instead of the page wherever a restriction applies to this visitor.
@hooks.register("on_serve_page", order=100)
def share_unrestricted_pages(serve: Callable) -> Callable:
    """The page is served: the page caches may keep it for anonymous visitors.

    Every kind of restriction (login, groups, password) is passed only with a session, and
    cms/page_cache never keeps an answer to a request with a session cookie; so what reaches
    this point without one looks the same to every anonymous visitor. Its route is kept with
    the page's parts, for the next render of this URL.
    """

    def serve_shared(page: Page, request: HttpRequest, args: list, kwargs: dict) -> HttpResponse:
        share_with_everyone(request)
        keep_route(request)
        return serve(page, request, args, kwargs)

    return serve_shared


@hooks.register("register_admin_viewset")
def register_guarded_page_editors() -> list[GuardedPageViewSet]:
    return [page_viewset_for(model) for model in get_page_models() if issubclass(model, BasePage)]


@hooks.register("register_admin_urls")
def register_emergency_urls() -> list:
    return [
        path(
            "emergency-publish/<int:page_id>/",
            emergency_publish_page,
            name="cms_emergency_publish",
        ),
        path("translations/status/", translation_status_view, name="cms_translation_status"),
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="cms_submit_translation_for_review",
        ),
        path("integrity/", IntegrityReportView.as_view(), name="cms_integrity_report"),
        path("integrity/run/", run_integrity_checks_now, name="cms_integrity_run"),
    ]


@hooks.register("before_edit_page", order=-1)
def edit_translation_while_german_stands_in(
    request: HttpRequest, page: Page
) -> HttpResponse | None:
    """Opens wagtail-localize's translation editor for a page whose translation is under way.

    Until the reviewed translation is published, the page stays an alias of the German page
    (see translation_review); wagtail-localize would show its "translate this page" screen for
    an alias instead of the editor of the translation that already exists.
    """
    if not page.alias_of_id:
        return None
    translation = translation_awaiting_review(page)
    if translation is None:
        return None
    return open_translation_editor(request, translation, page)


@hooks.register("before_edit_snippet", order=-1)
def snippet_translation_under_review(
    request: HttpRequest, instance: TranslatableMixin
) -> HttpResponse | None:
    """A translated snippet under review opens at its history rather than in the editor.

    wagtail-localize's translation editor for snippets lacks the URL names Wagtail's status
    panel needs while a workflow runs, and fails to render (wagtail-localize 1.14 with
    Wagtail 8); the history shows the review, and reviewers act from their dashboard.
    """
    state = getattr(instance, "current_workflow_state", None)
    if state is None or translation_awaiting_review(instance) is None:
        return None
    messages.info(
        request,
        _("This translation is under review; it can be edited again once the review is done."),
    )
    meta = instance._meta
    return redirect(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:history", instance.pk)


@hooks.register("register_reports_menu_item")
def translation_status_menu_item() -> MenuItem:
    return MenuItem(
        _("Translation status"), reverse("cms_translation_status"), icon_name="globe", order=900
    )


class IntegrityMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return can_view_integrity(request.user)


@hooks.register("register_reports_menu_item")
def integrity_menu_item() -> MenuItem:
    return IntegrityMenuItem(
        _("Integrity checks"), reverse("cms_integrity_report"), icon_name="warning", order=1000
    )


@hooks.register("construct_reports_menu")
def one_translation_report(request: HttpRequest, menu_items: list[MenuItem]) -> None:
    """wagtail-localize's list of translation requests is linked from our report instead of
    standing next to it in the menu under a name alike."""
    requests_url = reverse("wagtail_localize:translations_report")
    menu_items[:] = [item for item in menu_items if item.url != requests_url]


def submit_translation_button(
    instance: models.Model, user: User | AnonymousUser, priority: int
) -> Iterator[widgets.Button]:
    """Shown on a translation made with wagtail-localize, for those who may submit it."""
    if not hasattr(instance, "translation_key"):
        return
    # The translation first: listing rows know it without a query (cms.localisation.admin_listings).
    translation = translation_awaiting_review(instance)
    if translation is not None and can_submit(user, instance):
        yield widgets.Button(
            _("Submit translation for review"),
            reverse("cms_submit_translation_for_review", args=[translation.pk]),
            icon_name="globe",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def page_translation_header_button(
    page: Page, user: User, view_name: str, next_url: str | None = None
) -> Iterator[widgets.Button]:
    yield from submit_translation_button(page, user, priority=90)


@hooks.register("register_page_listing_more_buttons")
def page_translation_listing_button(
    page: Page, user: User, next_url: str | None = None, **kwargs: object
) -> Iterator[widgets.Button]:
    yield from submit_translation_button(page, user, priority=90)


@hooks.register("register_snippet_listing_buttons")
def snippet_translation_listing_button(
    snippet: models.Model, user: User, next_url: str | None = None, **kwargs: object
) -> Iterator[widgets.Button]:
    yield from submit_translation_button(snippet, user, priority=90)


@hooks.register("register_admin_viewset")
def register_follow_up_list() -> EmergencyPublicationViewSet:
    return EmergencyPublicationViewSet()


@hooks.register("register_page_header_buttons")
def emergency_publish_button(
    page: Page, user: User, view_name: str, next_url: str | None = None
) -> Iterator[widgets.Button]:
    if can_emergency_publish(user) and not page.is_root():
        yield widgets.Button(
            _("Publish without review"),
            reverse("cms_emergency_publish", args=[page.pk]),
            icon_name="warning",
            priority=95,
        )


@hooks.register("register_log_actions")
def register_emergency_log_action(actions: LogActionRegistry) -> None:
    actions.register_action(
        EMERGENCY_PUBLISH_ACTION, _("Publish without review"), _("Published without review")
    )


@hooks.register("register_rich_text_features", order=100)
def link_only_to_live_pages(features: FeatureRegistry) -> None:
    # After Wagtail's own hook, whose "page" link type this replaces.
    features.register_link_type(LivePageLinkHandler)


@hooks.register("construct_homepage_panels")
def role_dashboard(request: HttpRequest, panels: list) -> None:
    arrange_panels(panels)


hooks.register("construct_homepage_summary_items", count_pages_without_stand_ins)


hooks.register("construct_page_action_menu", name_repeats_on_page_submit)
hooks.register("construct_snippet_action_menu", name_repeats_on_snippet_submit)

hooks.register("register_admin_urls", backup_report_urls)
hooks.register("register_reports_menu_item", backup_report_menu_item)
