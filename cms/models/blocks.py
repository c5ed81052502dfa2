"""StreamField blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.stream_block import StreamBlockAdapter
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.media.video_providers import PROVIDERS, parse_video_link

# Editors get a deliberately small toolbar: no raw HTML, no embeds from other hosts.
RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        help_text=_("Use heading 2 for sections and heading 3 inside a section."),
        search_index=False,  # "Heading 2" is layout, not content anyone searches for
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading.html"
        description = _("A section heading that screen readers can navigate by")
        preview_value = {"text": "Was wir tun", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "components/blocks/paragraph.html"
        description = _("Formatted text with links and lists")
        preview_value = "<p>Familie ist wichtig. Recht gilt für alle.</p>"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("Use an alias or a role, never a real name of a messenger."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote.html"
        description = _("A quotation with an optional attribution")
        preview_value = {"text": "Ich habe die Kurve gekriegt.", "attribution": "Samir, Trainer"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/blocks/image.html"
        description = _("An image with its alternative text and an optional caption")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label_text = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Defaults to the document title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "components/blocks/document.html"
        description = _("A download link that states file type and size")


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"))

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = "components/blocks/call_to_action.html"
        description = _("A prominent link to another page")


PROVIDER_NAMES = ", ".join(provider.name for provider in PROVIDERS)


class VideoEmbedBlock(blocks.StructBlock):
    """A video on a platform, shown as a placeholder until the visitor asks for the player: no
    request reaches the platform before that click (two-click embed)."""

    title = blocks.CharBlock(
        label=_("Title"),
        max_length=200,
        help_text=_("Shown in place of the video until it is played, and read by screen readers."),
    )
    url = blocks.URLBlock(
        label=_("Video link"),
        help_text=format_lazy(
            _("The address of the video on one of these platforms: {providers}."),
            providers=PROVIDER_NAMES,
        ),
        search_index=False,
    )
    transcript = blocks.TextBlock(
        label=_("Transcript"),
        required=False,
        help_text=_("What the video says, for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video from a platform")
        template = "components/blocks/video_embed.html"
        description = _("A video from YouTube or Vimeo that loads only when the visitor plays it")
        preview_value = {
            "title": "Kurve kriegen – eine Geschichte",
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        }

    def clean(self, value: blocks.StructValue) -> blocks.StructValue:
        value = super().clean(value)
        if value["url"] and parse_video_link(value["url"]) is None:
            message = format_lazy(
                _(
                    "This is not a link to a video on {providers}. Copy the address of the "
                    "video's page (https://…) from the platform."
                ),
                providers=PROVIDER_NAMES,
            )
            raise blocks.StructBlockValidationError(block_errors={"url": ValidationError(message)})
        return value

    def get_context(self, value: blocks.StructValue, parent_context: dict | None = None) -> dict:
        context = super().get_context(value, parent_context)
        context["video"] = parse_video_link(value["url"] or "")
        return context


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    document = DocumentBlock()
    call_to_action = CallToActionBlock()
    video_embed = VideoEmbedBlock()

    class Meta:
        label = _("Body")


class KeyMessageBlock(blocks.CharBlock):
    class Meta:
        icon = "pick"
        label = _("Key message")
        template = "components/blocks/key_message.html"
        description = _("One short sentence the audience should remember")
        preview_value = "Bildung öffnet Türen."


class MinimumOnSaveStreamBlock(blocks.StreamBlock):
    """A stream with a minimum number of blocks that is checked when the item is saved.

    Wagtail's editor shows "the minimum number of items is 1" beside an empty stream as soon
    as a new form opens, an error before anyone has typed; saving still refuses too few.
    """


class MinimumOnSaveStreamBlockAdapter(StreamBlockAdapter):
    def js_args(self, block: blocks.StreamBlock) -> list:
        args = super().js_args(block)
        args[-1]["minNum"] = None  # the editor's meta: no count check while typing
        return args


register(MinimumOnSaveStreamBlockAdapter(), MinimumOnSaveStreamBlock)


class KeyMessagesBlock(MinimumOnSaveStreamBlock):
    message = KeyMessageBlock()

    class Meta:
        min_num = 1
        max_num = 7


class SourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=250)
    publisher = blocks.CharBlock(label=_("Author or publisher"), required=False, max_length=200)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1900, max_value=2100)
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Source")
        template = "components/blocks/source.html"
        description = _("A study, report or article the narrative relies on")


class IndicatorBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Indicator"), max_length=200)
    target = blocks.CharBlock(label=_("Target value"), required=False, max_length=120)
    method = blocks.CharBlock(label=_("How it is measured"), required=False, max_length=250)

    class Meta:
        icon = "list-ul"
        label = _("Evaluation indicator")
        template = "components/blocks/indicator.html"
        description = _("What the evaluation measures to judge the campaign")
