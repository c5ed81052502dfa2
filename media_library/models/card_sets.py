"""Card sets ("Werte- und Ressourcenkarten") that pedagogical staff use with young people."""

from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from cms.api.fields import TextListField
from cms.models.panels import SlugSourcePanel
from cms.models.review import KeepReviewedRevisionsMixin
from cms.relations.forms import LocalisedRelationsForm
from cms.security.bidi import strip_bidi_controls

from .materials import VisibleSnippetQuerySet


class CardSet(
    KeepReviewedRevisionsMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200)
    introduction = models.TextField(_("introduction"), max_length=1000)
    instructions = models.TextField(
        _("how to use the cards"),
        blank=True,
        help_text=_("Guidance for pedagogical staff: group size, time, how to start."),
    )
    expires_at = models.DateField(_("expires on"), null=True, blank=True)

    objects = VisibleSnippetQuerySet.as_manager()
    # The cards' values in the card set's language.
    base_form_class = LocalisedRelationsForm

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [SlugSourcePanel("title"), FieldPanel("slug"), FieldPanel("introduction")],
                heading=_("Content"),
            ),
            ObjectList([InlinePanel("cards", label=_("Cards"), min_num=1)], heading=_("Cards")),
            ObjectList([FieldPanel("instructions"), FieldPanel("expires_at")], heading=_("Use")),
        ]
    )

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("introduction"),
        index.RelatedFields("cards", [index.SearchField("title"), index.SearchField("prompts")]),
        index.FilterField("live"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        *(APIField(name) for name in ("title", "slug", "introduction", "instructions")),
        APIField("cards"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("card set")
        verbose_name_plural = _("card sets")
        ordering = ["title"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_card_set_slug_locale")
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title")
        super().save(*args, **kwargs)

    def shown_on(self) -> list:
        """Where the page caches must purge this card set (cms.page_cache.dependants)."""
        from .library import LibraryPage  # noqa: PLC0415 (the library imports this module)

        return LibraryPage.showing(self, "card_set")

    def get_preview_template(self, request: HttpRequest, mode_name: str) -> str:
        return "media_library/card_set_preview.html"

    def get_preview_context(self, request: HttpRequest, mode_name: str) -> dict:
        return {"card_set": self, "cards": self.cards.all()}


class Card(TranslatableMixin, Orderable):
    class Kind(models.TextChoices):
        VALUE = "value", _("value")
        RESOURCE = "resource", _("resource")

    card_set = ParentalKey(CardSet, on_delete=models.CASCADE, related_name="cards")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.VALUE)
    title = models.CharField(_("title"), max_length=100, help_text=_("E.g. 'Respekt'."))
    value = models.ForeignKey(
        "cms.Value",
        verbose_name=_("value"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The value from the shared list this card stands for, if any."),
    )
    prompts = models.TextField(
        _("prompt questions"),
        help_text=_("One question per line, e.g. 'Wann hast du zuletzt Respekt erfahren?'"),
    )
    notes = models.TextField(
        _("notes for staff"), blank=True, help_text=_("Printed small on the back of the card.")
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("value"),
        FieldPanel("prompts"),
        FieldPanel("notes"),
    ]
    # Everything printed on the card, prompts as a list.
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("prompts", serializer=TextListField(source="prompt_list")),
        APIField("notes"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("card")
        verbose_name_plural = _("cards")

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        strip_bidi_controls(self, "title")
        super().save(*args, **kwargs)

    @property
    def prompt_list(self) -> list[str]:
        return [line.strip() for line in self.prompts.splitlines() if line.strip()]
