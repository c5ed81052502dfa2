"""Admin views: the verify step, setting up an authenticator, recovery codes, resets."""

from base64 import b32encode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django_otp.plugins.otp_static.models import StaticDevice
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied

from . import services
from .forms import CodeForm
from .permissions import can_reset_second_factor
from .qr import qr_code_svg


def _next_url(request: HttpRequest) -> str:
    """Where to go after the step: the page that sent the user here, if it is ours."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("wagtailadmin_home")


def _with_next(view_name: str, request: HttpRequest) -> str:
    return f"{reverse(view_name)}?{urlencode({'next': _next_url(request)})}"


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    if request.user.is_verified():
        return redirect(_next_url(request))
    if not services.is_enrolled(request.user):
        return redirect(_with_next("second_factor_enrol", request))
    form = CodeForm(
        request,
        lambda code: services.verify(request, code) is not None,
        data=request.POST or None,
        label=gettext_lazy("Code from your authenticator app, or a recovery code"),
    )
    if form.is_valid():
        if isinstance(request.user.otp_device, StaticDevice):
            messages.warning(
                request,
                _(
                    "You signed in with a recovery code; %(count)d are left. Generate new ones "
                    "in your account settings once you have your app again."
                )
                % {"count": services.recovery_codes_left(request.user)},
            )
        return redirect(_next_url(request))
    return TemplateResponse(
        request, "second_factor/verify.html", {"form": form, "next": _next_url(request)}
    )


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["GET", "POST"])
def enrol(request: HttpRequest) -> HttpResponse:
    """Sets up an authenticator: the first one, or a new one from the account settings.

    Replacing an authenticator needs a verified session; without it, only a user who has none
    yet gets here (the only way in for a new account).
    """
    user = request.user
    enrolled = services.is_enrolled(user)
    if enrolled and not user.is_verified():
        return redirect(_with_next("second_factor_verify", request))
    device = services.pending_authenticator(user)
    recovery_codes: list[str] = []

    def confirms(code: str) -> bool:
        recovery_codes.extend(services.confirm_authenticator(request, device, code))
        return bool(recovery_codes)

    form = CodeForm(
        request,
        confirms,
        data=request.POST or None,
        label=gettext_lazy("First code from your authenticator app"),
    )
    if form.is_valid():
        return _show_recovery_codes(request, recovery_codes)
    secret = b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "next": _next_url(request),
        "replacing": enrolled,
        "qr_code": qr_code_svg(device.config_url, title=_("QR code for your authenticator app")),
        # In groups of four, as authenticator apps show keys typed in by hand.
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }
    return TemplateResponse(request, "second_factor/enrol.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def regenerate_recovery_codes(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        codes = services.regenerate_recovery_codes(request.user)
        return _show_recovery_codes(request, codes)
    return TemplateResponse(
        request,
        "second_factor/confirm.html",
        {
            "title": _("New recovery codes"),
            "text": _(
                "New recovery codes replace your current ones: codes you wrote down before "
                "stop working."
            ),
            "button": _("Generate new recovery codes"),
            "cancel_url": reverse("wagtailadmin_account"),
        },
    )


def _show_recovery_codes(request: HttpRequest, codes: list[str]) -> HttpResponse:
    """Shown in the answer to the POST that made them and never again."""
    return TemplateResponse(
        request,
        "second_factor/recovery_codes.html",
        {"codes": codes, "next": _next_url(request)},
    )


@never_cache
@sensitive_post_parameters("code")
@require_http_methods(["POST"])
def download_recovery_codes(request: HttpRequest) -> HttpResponse:
    """The codes just shown, as a text file: the page posts them back, and only the user's
    own unused codes come back as a download (nothing else is echoed, nothing is kept)."""
    codes = request.POST.getlist("code")
    if not services.are_current_recovery_codes(request.user, codes):
        return HttpResponseBadRequest(_("These are not your current recovery codes."))
    text = render_to_string(
        "second_factor/recovery_codes.txt",
        {"codes": codes, "user": request.user, "site_name": settings.WAGTAIL_SITE_NAME},
        request=request,
    )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    filename = _("recovery-codes.txt")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@require_http_methods(["GET", "POST"])
def reset(request: HttpRequest, user_id: int) -> HttpResponse:
    """A user administrator removes someone's authenticator and recovery codes (lost phone)."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not can_reset_second_factor(request.user, target):
        return permission_denied(request)
    if request.method == "POST":
        services.reset_second_factor(target, by=request.user)
        messages.success(
            request,
            _("%(user)s sets up a new authenticator at the next sign-in.")
            % {"user": target.get_username()},
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "second_factor/confirm.html",
        {
            "title": _("Reset second factor of %(user)s") % {"user": target.get_username()},
            "text": _(
                "Their authenticator and recovery codes stop working at once, and they are "
                "asked to set up a new authenticator at their next sign-in. Do this only once "
                "you are sure who is asking, for example after a call back."
            ),
            "button": _("Reset second factor"),
            "cancel_url": reverse("wagtailusers_users:index"),
        },
    )
