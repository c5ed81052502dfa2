"""Publications that skipped review, kept on a list until someone has reviewed them after all."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class EmergencyPublicationQuerySet(models.QuerySet):
    def awaiting_follow_up(self) -> "EmergencyPublicationQuerySet":
        return self.filter(followed_up=False)


class EmergencyPublication(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.CharField(max_length=255)
    content_object = GenericForeignKey("content_type", "object_id")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=255)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    reason = models.TextField(_("reason"))
    followed_up = models.BooleanField(
        _("reviewed afterwards"),
        default=False,
        help_text=_("Tick once the content has been reviewed as the workflow would have."),
    )
    follow_up_note = models.TextField(_("note on the follow-up review"), blank=True)

    objects = EmergencyPublicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("emergency publication")
        verbose_name_plural = _("emergency publications")
        ordering = ["followed_up", "-published_at"]
        permissions = [("emergency_publish", _("Can publish in an emergency, with a reason"))]

    def __str__(self) -> str:
        return self.title
