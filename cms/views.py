import sys

from django.contrib.auth import views as auth_views
from django.contrib.auth.views import LoginView
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms.security.login_forms import PractitionerLoginForm
from cms.security.password_reset import ThrottledPasswordResetForm


class PractitionerLoginView(LoginView):
    """The public site's login for practitioners (the admin keeps its own login)."""

    template_name = "cms/login.html"
    form_class = PractitionerLoginForm
    redirect_authenticated_user = True


class PractitionerPasswordResetView(auth_views.PasswordResetView):
    """A practitioner who forgot the password asks for a link by mail, on the public site.

    Same form as the admin's (throttled, one answer and one response time for every address);
    the link leads back here, not into the admin practitioners cannot open.
    """

    template_name = "cms/password_reset/form.html"
    form_class = ThrottledPasswordResetForm
    email_template_name = "cms/password_reset/email.txt"
    subject_template_name = "cms/password_reset/email_subject.txt"
    success_url = reverse_lazy("password_reset_done")


class PractitionerPasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "cms/password_reset/done.html"


class PractitionerPasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "cms/password_reset/confirm.html"
    success_url = reverse_lazy("password_reset_complete")


class PractitionerPasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "cms/password_reset/complete.html"


@require_GET
@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico whatever the page names: the self-hosted icon answers.
    Temporary, because the static file's address changes with its content."""
    return HttpResponseRedirect(static("cms/favicon.ico"))


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search results of every language (/de/suche/, /ar/suche/ …).
        "Disallow: /*/suche/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# Seconds a visitor (or the proxy, which serves a stale copy meanwhile) is asked to wait when the
# database cannot be reached: a restart or failover is over within that.
OUTAGE_RETRY_AFTER = 30


def server_error(request: HttpRequest) -> HttpResponse:
    """The technical-problem page. When the error is that the database cannot be reached (a
    restart, a failover), it is an outage that passes: 503 with Retry-After, so that visitors
    and monitors know to come back and the proxy serves its stale copy, rather than a 500."""
    error = sys.exc_info()[1]
    content = loader.get_template("500.html").render()
    if isinstance(error, OperationalError | InterfaceError):
        return HttpResponse(content, status=503, headers={"Retry-After": str(OUTAGE_RETRY_AFTER)})
    return HttpResponseServerError(content)
