"""Taxonomies editors maintain themselves; every content app tags with them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from cms.models.panels import SlugSourcePanel
from cms.security.bidi import strip_bidi_controls


class TaxonomyQuerySet(models.QuerySet):
    def in_use_order(self) -> "TaxonomyQuerySet":
        return self.order_by("name")


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "Used in filter links, e.g. ?topic=schule. Lowercase letters, digits, hyphens."
        ),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    objects = TaxonomyQuerySet.as_manager()

    panels = [SlugSourcePanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "name")
        super().save(*args, **kwargs)


class Topic(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_locale")
        ]


class Audience(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_audience_slug_locale")
        ]


class Value(Taxonomy):
    """A value such as respect or responsibility, used by narratives and the card sets."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("value")
        verbose_name_plural = _("values")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_value_slug_locale")
        ]


class Approach(Taxonomy):
    """A method of the strategy: credible messengers, work with mothers, dissolving narratives."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("approach")
        verbose_name_plural = _("approaches")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_approach_slug_locale")
        ]


class Channel(Taxonomy):
    """Where a campaign reaches people: social media, print, events, schools, sports clubs."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("channel")
        verbose_name_plural = _("channels")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_channel_slug_locale")
        ]
