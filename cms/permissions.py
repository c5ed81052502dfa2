"""Who may read internal material on the public site."""

from django.contrib.auth.models import AnonymousUser, User

VIEW_INTERNAL_CONTENT = "cms.view_internal_content"


def can_view_internal_content(user: User | AnonymousUser) -> bool:
    """Practitioners (and staff whose groups carry the permission) read talking points."""
    return user.is_authenticated and user.is_active and user.has_perm(VIEW_INTERNAL_CONTENT)
