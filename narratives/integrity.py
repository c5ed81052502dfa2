"""Integrity checks of the messengers' private records. Findings name record numbers only."""

from django.utils.translation import gettext_lazy as _

from cms.integrity.registry import Findings, register_integrity_check

from .models import MessengerIdentity, MessengerPage


@register_integrity_check("identities_without_profile", _("Private records without a profile"))
def identities_without_profile() -> Findings:
    """A record whose profile is gone holds personal data nobody sees or erases any more.

    (A profile without a record is allowed: a draft waits for the privacy officers, and the
    scheduled job takes a live profile without valid consent offline.)
    """
    records = MessengerIdentity.objects.exclude(messenger_id__in=MessengerPage.objects.values("pk"))
    return Findings.in_queryset(records)
