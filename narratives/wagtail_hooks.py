from collections.abc import Iterator

from django.contrib.auth.models import User
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets
from wagtail.admin.widgets import BaseButton
from wagtail.log_actions import LogActionRegistry
from wagtail.models import Page

from cms.relations.choosers import PageRelationChooserViewSet

from .admin_panels import ConsentEndingPanel, DueForReviewPanel, ErasuresPendingPanel
from .erasure import ERASE_ACTION
from .models import MessengerIdentity, MessengerPage
from .permissions import can_change_identity
from .services import CONSENT_EXPIRED_ACTION
from .takedown import TAKE_DOWN_ACTION
from .takedown_views import erase_view, messenger_action_buttons, take_down_view
from .views import VIEW_IDENTITY_ACTION, MessengerIdentityViewSet

messenger_identity_viewset = MessengerIdentityViewSet()


@hooks.register("register_admin_viewset")
def register_identity_viewset() -> MessengerIdentityViewSet:
    return messenger_identity_viewset


@hooks.register("register_admin_viewset")
def register_page_choosers() -> list[PageRelationChooserViewSet]:
    """Choosers of narratives and messengers for the relation fields (cms.relations)."""
    return [
        PageRelationChooserViewSet(
            "narrative_chooser",
            model="narratives.NarrativePage",
            icon="doc-full",
            choose_one_text=_("Choose a narrative"),
        ),
        PageRelationChooserViewSet(
            "messenger_chooser",
            model="narratives.MessengerPage",
            icon="user",
            choose_one_text=_("Choose a messenger"),
        ),
    ]


@hooks.register("register_log_actions")
def register_identity_log_actions(actions: LogActionRegistry) -> None:
    actions.register_action(
        VIEW_IDENTITY_ACTION, _("View private record"), _("Private record viewed")
    )
    actions.register_action(
        CONSENT_EXPIRED_ACTION,
        _("Withdraw profile: consent expired"),
        _("Profile taken offline because the consent expired"),
    )
    actions.register_action(
        TAKE_DOWN_ACTION, _("Take down now"), _("Profile taken down in every language")
    )
    actions.register_action(ERASE_ACTION, _("Erase messenger"), _("Messenger erased"))


@hooks.register("register_admin_urls")
def register_takedown_urls() -> list:
    return [
        path("messengers/<int:page_id>/take-down/", take_down_view, name="narratives_take_down"),
        path("messengers/<int:page_id>/erase/", erase_view, name="narratives_erase"),
    ]


@hooks.register("register_page_header_buttons")
def takedown_buttons(
    page: Page, user: User, view_name: str, next_url: str | None = None
) -> Iterator[BaseButton]:
    """For a threat situation, and for the right to erasure; privacy officers only."""
    if isinstance(page.specific_deferred, MessengerPage):
        yield from messenger_action_buttons(page, user)


@hooks.register("register_page_header_buttons")
def private_record_button(
    page: Page, user: User, view_name: str, next_url: str | None = None
) -> Iterator[widgets.Button]:
    """Privacy officers reach the private record from the messenger page; nobody else sees it."""
    if not isinstance(page.specific_deferred, MessengerPage) or not can_change_identity(user):
        return
    # One record per person, whichever language version of the profile is open.
    identity = (
        MessengerIdentity.objects.filter(messenger__translation_key=page.translation_key)
        .only("pk")
        .first()
    )
    if identity:
        url = reverse(messenger_identity_viewset.get_url_name("edit"), args=[identity.pk])
    else:
        url = reverse(messenger_identity_viewset.get_url_name("add")) + f"?messenger={page.pk}"
    yield widgets.Button(_("Private record"), url, icon_name="lock", priority=90)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request: HttpRequest, panels: list) -> None:
    panels += [ErasuresPendingPanel(), DueForReviewPanel(), ConsentEndingPanel()]
