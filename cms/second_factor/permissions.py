"""Who may reset another user's second factor: those who may edit that user in the admin."""

from django.contrib.auth.models import AnonymousUser, User

CHANGE_USER = "auth.change_user"


def can_reset_second_factor(actor: User | AnonymousUser, target: User) -> bool:
    """Superusers, and user administrators for anyone but a superuser (Wagtail's own rule for
    editing users)."""
    if not actor.is_authenticated or not actor.has_perm(CHANGE_USER):
        return False
    return actor.is_superuser or not target.is_superuser
