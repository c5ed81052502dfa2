"""How long personal data about messengers is kept; the periodic job applies it.

- A messenger whose consent expired more than MESSENGER_CONSENT_RETENTION_DAYS ago (and was
  not renewed in the private record) is erased as by a privacy officer (narratives.erasure):
  the profile has been offline since the day the consent ended (services), the privacy
  officers were told then and had the period to renew it. Records that never had a consent
  (someone being asked) are not touched.
- The log of who opened a private record (views.VIEW_IDENTITY_ACTION) is deleted after
  IDENTITY_VIEW_LOG_RETENTION_DAYS. Other audit log entries stay (redacted on erasure).
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from .erasure import erase_messenger
from .models import MessengerIdentity
from .services import mail_privacy_officers
from .views import VIEW_IDENTITY_ACTION


def consent_cutoff(today: datetime.date | None = None) -> datetime.date:
    days = settings.MESSENGER_CONSENT_RETENTION_DAYS
    return (today or timezone.localdate()) - datetime.timedelta(days=days)


@dataclass
class Retention:
    erased_profiles: list[int] = field(default_factory=list)
    deleted_view_logs: int = 0


def apply_retention(today: datetime.date | None = None) -> Retention:
    result = Retention()
    expired = (
        MessengerIdentity.objects.filter(consent_expires_on__lt=consent_cutoff(today))
        .select_related("messenger")
        .order_by("pk")
    )
    for identity in expired:
        erase_messenger(identity.messenger)
        result.erased_profiles.append(identity.messenger_id)
    if result.erased_profiles:
        numbers = ", ".join(str(number) for number in result.erased_profiles)
        mail_privacy_officers(
            _("Messenger profiles erased: consent expired long ago"),
            _(
                "The consent of these messengers ended more than %(days)s days ago and was not "
                "renewed, so their profiles and private records have been erased: no. "
                "%(numbers)s."
            )
            % {"days": settings.MESSENGER_CONSENT_RETENTION_DAYS, "numbers": numbers},
        )
    since = timezone.now() - datetime.timedelta(days=settings.IDENTITY_VIEW_LOG_RETENTION_DAYS)
    result.deleted_view_logs, _details = ModelLogEntry.objects.filter(
        action=VIEW_IDENTITY_ACTION, timestamp__lt=since
    ).delete()
    return result
