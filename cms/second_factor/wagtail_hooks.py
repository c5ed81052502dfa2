from django.contrib.auth.models import User
from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogActionRegistry

from . import services, views
from .permissions import can_reset_second_factor


@hooks.register("register_admin_urls")
def register_second_factor_urls() -> list:
    return [
        path("second-factor/verify/", views.verify, name="second_factor_verify"),
        path("second-factor/set-up/", views.enrol, name="second_factor_enrol"),
        path(
            "second-factor/recovery-codes/",
            views.regenerate_recovery_codes,
            name="second_factor_recovery_codes",
        ),
        path(
            "second-factor/recovery-codes/download/",
            views.download_recovery_codes,
            name="second_factor_recovery_codes_download",
        ),
        path("second-factor/reset/<int:user_id>/", views.reset, name="second_factor_reset"),
    ]


@hooks.register("register_account_menu_item")
def new_authenticator_menu_item(request: HttpRequest) -> dict:
    return {
        "url": reverse("second_factor_enrol"),
        "label": _("Set up a new authenticator app"),
        "help_text": _("For a new phone: your current app keeps working until you confirm."),
    }


@hooks.register("register_account_menu_item")
def recovery_codes_menu_item(request: HttpRequest) -> dict:
    return {
        "url": reverse("second_factor_recovery_codes"),
        "label": _("New recovery codes"),
        "help_text": _("Replaces your recovery codes, for example when you have used some."),
    }


@hooks.register("register_user_listing_buttons")
def reset_second_factor_button(user: User, request_user: User) -> list[Button]:
    if not can_reset_second_factor(request_user, user):
        return []
    return [
        Button(
            _("Reset second factor"),
            url=reverse("second_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
    ]


@hooks.register("register_log_actions")
def register_second_factor_log_actions(actions: LogActionRegistry) -> None:
    actions.register_action(
        services.ENROLLED_ACTION, _("Set up authenticator"), _("Authenticator app set up")
    )
    actions.register_action(
        services.RECOVERY_CODES_ACTION,
        _("New recovery codes"),
        _("New recovery codes generated"),
    )
    actions.register_action(
        services.RESET_ACTION, _("Reset second factor"), _("Second factor reset")
    )
