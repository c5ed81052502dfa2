"""Explanations in German Sign Language (DGS), which BITV 2.0 asks a public body's home page to
offer next to explanations in easy-read German: what the site contains, how to find one's way,
and what the accessibility statement says."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.search import index

from cms.models.blocks import MinimumOnSaveStreamBlock

from .base import BasePage

VIDEO_EXTENSIONS = {"webm": "video/webm", "mp4": "video/mp4"}


class SignLanguageVideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    video = DocumentChooserBlock(label=_("Video"), help_text=_("A WebM or MP4 file."))
    captions = DocumentChooserBlock(
        label=_("Captions"),
        help_text=_("A WebVTT file (.vtt) with the German captions of the video."),
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        help_text=_("What the video says, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "components/blocks/sign_language_video.html"

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        value = super().clean(value)
        errors = {}
        if value["video"] and value["video"].file_extension.lower() not in VIDEO_EXTENSIONS:
            errors["video"] = ValidationError(_("Choose a WebM or MP4 video."))
        if value["captions"] and value["captions"].file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Choose a WebVTT file (.vtt)."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    def get_context(self, value: blocks.StructValue, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["video_type"] = VIDEO_EXTENSIONS.get(value["video"].file_extension.lower(), "")
        return context


class SignLanguagePage(BasePage):
    videos = StreamField(
        MinimumOnSaveStreamBlock([("video", SignLanguageVideoBlock())], min_num=1),
        verbose_name=_("videos"),
        help_text=_(
            "At least: what the site contains, how to find your way, and the main points of the "
            "accessibility statement."
        ),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("videos")]
    search_fields = [*BasePage.search_fields, index.SearchField("videos")]
    api_fields = [*BasePage.api_fields, APIField("videos")]

    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []
    is_creatable = True
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("sign-language page")
