"""Who reads the integrity report and starts a run: Administration (cms.roles), through the
model permissions of IntegrityRun, which the menu item, the views and the mail all ask."""

from django.contrib.auth.models import AnonymousUser, User
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.models import IntegrityRun

VIEW_PERMISSION = "cms.view_integrityrun"

integrity_permission_policy = ModelPermissionPolicy(IntegrityRun)
register_permission_policy(IntegrityRun, integrity_permission_policy)


def can_view_integrity(user: User | AnonymousUser) -> bool:
    return integrity_permission_policy.user_has_permission(user, "view")


def can_run_integrity(user: User | AnonymousUser) -> bool:
    return integrity_permission_policy.user_has_permission(user, "run")
