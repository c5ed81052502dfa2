"""Nothing under /admin/ answers a password-only session of someone who may use the admin."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from . import services

# What a signed-in user without the second factor may still reach: signing in and out, the two
# steps themselves, and what their pages load (the admin's JavaScript translations and icons).
OPEN_VIEWS = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "second_factor_verify",
        "second_factor_enrol",
    }
)


class SecondFactorMiddleware:
    """Sends an unverified admin user to the verify step, or to set up an authenticator.

    After django_otp's OTPMiddleware, which marks the session's user as verified or not. Every
    path under the admin's prefix counts, including views mounted there outside Wagtail's own
    URL patterns.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponseBase],
        view_args: tuple[object, ...],
        view_kwargs: dict[str, object],
    ) -> HttpResponse | None:
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if request.resolver_match.url_name in OPEN_VIEWS:
            return None
        user = request.user
        if not services.needs_second_factor(user) or user.is_verified():
            return None
        step = "second_factor_verify" if services.is_enrolled(user) else "second_factor_enrol"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
