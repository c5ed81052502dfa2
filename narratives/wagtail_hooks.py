from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets

from .admin_panels import DueForReviewPanel
from .models import MessengerIdentity, MessengerPage
from .permissions import can_change_identity
from .services import CONSENT_EXPIRED_ACTION
from .views import VIEW_IDENTITY_ACTION, MessengerIdentityViewSet

messenger_identity_viewset = MessengerIdentityViewSet()


@hooks.register("register_admin_viewset")
def register_identity_viewset() -> MessengerIdentityViewSet:
    return messenger_identity_viewset


@hooks.register("register_log_actions")
def register_identity_log_actions(actions: object) -> None:
    actions.register_action(
        VIEW_IDENTITY_ACTION, _("View private record"), _("Private record viewed")
    )
    actions.register_action(
        CONSENT_EXPIRED_ACTION,
        _("Withdraw profile: consent expired"),
        _("Profile taken offline because the consent expired"),
    )


@hooks.register("register_page_header_buttons")
def private_record_button(
    page: object, user: object, view_name: str, next_url: str | None = None
) -> object:
    """Privacy officers reach the private record from the messenger page; nobody else sees it."""
    if not isinstance(page.specific_deferred, MessengerPage) or not can_change_identity(user):
        return
    identity = MessengerIdentity.objects.filter(messenger_id=page.pk).only("pk").first()
    if identity:
        url = reverse(messenger_identity_viewset.get_url_name("edit"), args=[identity.pk])
    else:
        url = reverse(messenger_identity_viewset.get_url_name("add")) + f"?messenger={page.pk}"
    yield widgets.Button(_("Private record"), url, icon_name="lock", priority=90)


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request: object, panels: list) -> None:
    panels.append(DueForReviewPanel())
