from django.http import HttpRequest
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import VIEW_PERMISSION, search_terms_view


class PermissionMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(VIEW_PERMISSION)


@hooks.register("register_admin_urls")
def register_search_terms_url() -> list:
    return [path("search-terms/", search_terms_view, name="search_terms")]


@hooks.register("register_reports_menu_item")
def search_terms_menu_item() -> MenuItem:
    return PermissionMenuItem(
        _("What people look for"), reverse("search_terms"), icon_name="search", order=950
    )
