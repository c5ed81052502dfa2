"""The private side of a credible messenger, seen and changed only by the privacy officers.

Kept out of the page on purpose: a ParentalKey child would be serialised into every revision,
shown in revision compare, kept in preview state and copied by translation.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MessengerIdentityQuerySet(models.QuerySet):
    def consent_ending(
        self, within: datetime.timedelta, today: datetime.date | None = None
    ) -> "MessengerIdentityQuerySet":
        """Records whose consent has expired or expires within `within` from today: the
        privacy officers renew them (or the profile stays offline)."""
        return self.filter(consent_expires_on__lte=(today or timezone.localdate()) + within)


class MessengerIdentity(models.Model):
    messenger = models.OneToOneField(
        "narratives.MessengerPage",
        verbose_name=_("messenger profile"),
        on_delete=models.CASCADE,
        related_name="identity",
    )
    real_name = models.CharField(_("real name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("coordinator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The staff member who looks after this messenger."),
    )
    consent_given_on = models.DateField(_("consent given on"), null=True, blank=True)
    consent_web = models.BooleanField(_("consent covers the website"), default=False)
    consent_print = models.BooleanField(_("consent covers print"), default=False)
    consent_social = models.BooleanField(_("consent covers social media"), default=False)
    consent_photo = models.BooleanField(_("consent covers a photo"), default=False)
    consent_expires_on = models.DateField(_("consent expires on"), null=True, blank=True)
    consent_reference = models.CharField(
        _("consent reference"),
        max_length=100,
        blank=True,
        help_text=_("File number of the signed consent form."),
    )
    safety_notes = models.TextField(
        _("safety notes"),
        blank=True,
        help_text=_("Risks to consider before showing this person anywhere."),
    )

    objects = MessengerIdentityQuerySet.as_manager()

    # Never show up as a "usage" of anything: the reference index is visible to all editors.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("private messenger record")
        verbose_name_plural = _("private messenger records")
        # Named like the model permissions, so the identity permission policy answers it:
        # taking the person's profile offline at once (narratives.takedown).
        permissions = [("take_down_messengeridentity", _("Can take the messenger down at once"))]

    def __str__(self) -> str:
        # Ends up in log entries and admin messages: never the real name.
        return str(_("Private record no. %(number)s") % {"number": self.pk or "–"})

    def clean(self) -> None:
        super().clean()
        if self.consent_given_on and not self.consent_expires_on:
            raise ValidationError(
                {"consent_expires_on": _("Consent must have an expiry date; ask for renewal then.")}
            )
        if (
            self.consent_given_on
            and self.consent_expires_on
            and self.consent_expires_on <= self.consent_given_on
        ):
            raise ValidationError(
                {"consent_expires_on": _("The expiry date must come after the consent date.")}
            )
        if self.consent_photo and not self.consent_web:
            raise ValidationError(
                {"consent_photo": _("A photo can only be shown with consent for the website.")}
            )

    @property
    def covers_web(self) -> bool:
        return bool(
            self.consent_given_on
            and self.consent_web
            and self.consent_expires_on
            and self.consent_expires_on >= timezone.localdate()
        )

    @property
    def consent_expired(self) -> bool:
        return bool(self.consent_expires_on and self.consent_expires_on < timezone.localdate())

    @property
    def photo_allowed(self) -> bool:
        return self.covers_web and self.consent_photo
