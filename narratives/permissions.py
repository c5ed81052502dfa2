"""Who may see and change a messenger's private record: the privacy officers, nobody else."""

from django.contrib.auth.models import AnonymousUser, User
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import MessengerIdentity

# Plain Django model permissions (narratives.view_messengeridentity, …) given to one group only;
# the group and its grants are created by the roles set-up.
identity_permission_policy = ModelPermissionPolicy(MessengerIdentity)
register_permission_policy(MessengerIdentity, identity_permission_policy)


def can_change_identity(user: User | AnonymousUser) -> bool:
    return identity_permission_policy.user_has_permission(user, "change")


def can_take_down(user: User | AnonymousUser) -> bool:
    """Taking a messenger offline at once (narratives.takedown): the privacy officers and, in
    a threat situation that cannot wait for them, Administration. Reveals no private data."""
    return identity_permission_policy.user_has_permission(user, "take_down")


def can_erase(user: User | AnonymousUser) -> bool:
    """Erasing a messenger everywhere (narratives.erasure) cannot be undone: those who may
    delete their private record."""
    return identity_permission_policy.user_has_permission(user, "delete")
