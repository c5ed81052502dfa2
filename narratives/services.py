"""Writes about messengers that views, hooks and the scheduled job share."""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from cms.access import roles

from .models import MessengerPage

CONSENT_EXPIRED_ACTION = "narratives.consent_expired"


@dataclass
class WithdrawnProfile:
    page_id: int
    alias: str


def withdraw_profiles_without_consent() -> list[WithdrawnProfile]:
    """Unpublishes live messenger profiles whose consent no longer covers the web.

    The profile and with it the photo leave the site; the event is logged on the page and the
    privacy officers are told (by page number and alias only, never the person's name).
    """
    valid = MessengerPage.objects.consent_valid().values("pk")
    withdrawn = []
    for page in MessengerPage.objects.live().exclude(pk__in=valid):
        with transaction.atomic():
            page.unpublish(log_action=False)
            log(instance=page, action=CONSENT_EXPIRED_ACTION)
        withdrawn.append(WithdrawnProfile(page_id=page.pk, alias=page.title))
    if withdrawn:
        notify_privacy_officers(withdrawn)
    return withdrawn


def mail_privacy_officers(subject: str, body: str) -> int:
    """Mails the privacy officers; never names a person, only profile numbers and aliases.

    An unreachable mail server must not undo what already happened, so failures are silent.
    """
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=roles.PRIVACY_REVIEW, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    if not recipients:
        return 0
    return send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=True)


def notify_privacy_officers(withdrawn: list[WithdrawnProfile]) -> None:
    lines = [
        _("Profile no. %(number)s (“%(alias)s”)") % {"number": p.page_id, "alias": p.alias}
        for p in withdrawn
    ]
    body = _(
        "The recorded consent no longer covers these messenger profiles, so they have been "
        "taken off the website:\n\n%(profiles)s\n\nRenew the consent in the private record "
        "before the profile is published again."
    ) % {"profiles": "\n".join(lines)}
    mail_privacy_officers(_("Messenger profiles withdrawn: consent expired"), body)
