"""Who may read internal material on the public site, who writes content, who is staff."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet
from wagtail.permissions import page_permission_policy

from cms.access.roles import ADMIN_ACCESS

VIEW_INTERNAL_CONTENT = "cms.view_internal_content"


def can_view_internal_content(user: User | AnonymousUser) -> bool:
    """Practitioners (and staff whose groups carry the permission) read talking points."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_INTERNAL_CONTENT)


def drafts_content(user: User | AnonymousUser) -> bool:
    """Writes pages (Redaktion, Administration): their dashboard lists what needs writing, such
    as narratives past their review-by date. Reviewers only read and approve."""
    return page_permission_policy.user_has_permission(user, "add")


def staff_members() -> QuerySet[User]:
    """Active people who work in the admin (every role but the practitioners, who read the
    public site only); never public users."""
    return get_user_model().objects.with_perm(ADMIN_ACCESS, is_active=True)


def mail_addresses_of(permission: str) -> list[str]:
    """Addresses of the active people who hold `permission` (by group, directly or as
    superusers), each once: who gets the administrators' mails."""
    users = get_user_model().objects.with_perm(permission, is_active=True)
    return list(users.exclude(email="").values_list("email", flat=True).distinct())
