from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.views import LogoutView
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.health import health_view
from cms.localisation.translation_review import GuardedUpdateTranslationsView
from cms.security.content_security import csp_report
from cms.sitemap import LanguageSitemap
from cms.views import (
    PractitionerLoginView,
    PractitionerPasswordResetCompleteView,
    PractitionerPasswordResetConfirmView,
    PractitionerPasswordResetDoneView,
    PractitionerPasswordResetView,
    favicon,
    robots_txt,
)
from media_library.views import serve_document
from search.views import search_view, suggest_view

urlpatterns = [
    # Before the admin's own: wagtail-localize's view, without "publish immediately" for anyone
    # who may not publish.
    path(
        "admin/localize/update/<int:translation_source_id>/",
        require_admin_access(GuardedUpdateTranslationsView.as_view()),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own pattern of the same name and path, which it wraps.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LanguageSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("csp-report/", csp_report, name="csp_report"),
    # Outside the language prefixes: one public, read-only API and one health check.
    path("api/v2/", include("cms.api.urls")),
    path("health/", health_view, name="health"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language's prefix (/de/, /en/, /ar/ …); "/" redirects to
# the language the browser prefers, or German.
urlpatterns += i18n_patterns(
    path("suche/", search_view, name="search"),
    path("suche/vorschlaege/", suggest_view, name="search_suggestions"),
    path("anmelden/", PractitionerLoginView.as_view(), name="login"),
    path("abmelden/", LogoutView.as_view(), name="logout"),
    path(
        "anmelden/passwort-vergessen/",
        PractitionerPasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "anmelden/passwort-vergessen/gesendet/",
        PractitionerPasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "anmelden/neues-passwort/<uidb64>/<token>/",
        PractitionerPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "anmelden/neues-passwort/fertig/",
        PractitionerPasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("", include(wagtail_urls)),
)

# 503 with Retry-After while the database cannot be reached, the technical-problem page otherwise.
handler500 = "cms.views.server_error"
