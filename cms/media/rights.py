"""The images and documents an item shows, with their rights, read-only in its editor.

Reviewers choose media but may not open Wagtail's image or document editor; this panel is how
they check the licence and the consent reference of what they review.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import AbstractRendition
from wagtail.images.shortcuts import get_rendition_or_not_found

from cms.models.review import referenced_ids


@dataclass(frozen=True)
class MediaRights:
    title: str
    kind: str
    licence: str
    rights_holder: str
    shows_people: bool
    consent_reference: str
    preview: AbstractRendition | None = None  # for images

    @property
    def consent_missing(self) -> bool:
        return self.shows_people and not self.consent_reference.strip()


def media_rights(obj: models.Model) -> list[MediaRights]:
    """The images, then the documents, `obj` refers to, each once, by title."""
    found = []
    for model, kind in ((get_image_model(), _("Image")), (get_document_model(), _("Document"))):
        ids = referenced_ids(obj, model)
        for item in model.objects.filter(pk__in=ids).order_by("title") if ids else ():
            is_image = isinstance(item, get_image_model())
            found.append(
                MediaRights(
                    title=item.title,
                    kind=str(kind),
                    licence=item.licence,
                    rights_holder=item.rights_holder,
                    shows_people=is_image and item.shows_people,
                    consent_reference=item.consent_reference,
                    preview=get_rendition_or_not_found(item, "max-165x165") if is_image else None,
                )
            )
    return found


class MediaRightsPanel(Panel):
    """Lists media_rights() of the instance the editor shows (the latest draft)."""

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("heading", _("Images and documents shown"))
        kwargs.setdefault(
            "help_text",
            _(
                "As stored in the media library. Saved drafts are listed; "
                "save to see a newly chosen image here."
            ),
        )
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "cms/admin/panels/media_rights.html"

        def get_context_data(self, parent_context: dict | None = None) -> dict:
            context = super().get_context_data(parent_context)
            context["items"] = media_rights(self.instance)
            return context
