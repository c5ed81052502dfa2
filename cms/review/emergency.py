"""Emergency publishing: Freigabe may skip the workflow, with a written reason that is kept.

The publication is logged with the reason and lands on the follow-up list
(`EmergencyPublication.objects.awaiting_follow_up()`) until the content has been reviewed.
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.models import EmergencyPublication
from cms.models.review import uses_images_of_people

EMERGENCY_PUBLISH_ACTION = "cms.emergency_publish"
PERMISSION = "cms.emergency_publish"
MIN_REASON_LENGTH = 20


def can_emergency_publish(user: AbstractBaseUser | AnonymousUser) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


@transaction.atomic
def emergency_publish(
    obj: models.Model, user: AbstractBaseUser, reason: str
) -> EmergencyPublication:
    if not can_emergency_publish(user):
        raise PermissionDenied(_("Only the sign-off group may publish without review."))
    reason = reason.strip()
    if len(reason) < MIN_REASON_LENGTH:
        raise ValidationError(
            _("Explain in at least %(count)s characters why this cannot wait for review.")
            % {"count": MIN_REASON_LENGTH}
        )
    revision = obj.get_latest_revision() or obj.save_revision(user=user)
    # What shows or names a person always passes the privacy officers first.
    if getattr(obj, "requires_privacy_review", False) or uses_images_of_people(
        revision.as_object()
    ):
        raise ValidationError(
            _("Content that shows or names people cannot be published without privacy review.")
        )
    revision.publish(user=user, skip_permission_checks=True)
    log(instance=obj, action=EMERGENCY_PUBLISH_ACTION, user=user, data={"reason": reason})
    return EmergencyPublication.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        revision=revision,
        title=str(obj),
        published_by=user,
        reason=reason,
    )
