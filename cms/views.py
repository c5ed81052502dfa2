from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .login_forms import PractitionerLoginForm


class PractitionerLoginView(LoginView):
    """The public site's login for practitioners (the admin keeps its own login)."""

    template_name = "cms/login.html"
    form_class = PractitionerLoginForm
    redirect_authenticated_user = True


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
