"""Images, documents, materials and the card set, with generated files."""

from collections.abc import Callable
from dataclasses import asdict
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from cms.models import Value
from media_library.models import Card, CardSet, CustomDocument, CustomImage, Material

from .files import POSTER, SOCIAL, Artwork, pdf_bytes, png_bytes, render_flyer_pages, render_poster
from .pages import Tally, pick
from .texts import DemoTexts, ImageMaterial, MediaFile

Terms = dict[str, dict]


def ensure_image(
    title: str,
    render: Callable[[], bytes],
    filename: str,
    alt_text: str,
    tally: Tally,
    media: MediaFile,
    *,
    shows_people: bool = False,
    consent_reference: str = "",
) -> CustomImage:
    """The image with this title; if missing, draw it with render() and save it."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing is not None:
        tally.add("images", created=False)
        return existing
    content = render()
    image = CustomImage(
        title=title,
        file=ImageFile(BytesIO(content), name=filename),
        alt_text=alt_text,
        credit=media.credit,
        licence=media.licence_programme,
        rights_holder=media.rights_holder,
        shows_people=shows_people,
        consent_reference=consent_reference,
        file_size=len(content),
        file_hash=hash_filelike(BytesIO(content)),
    )
    image.full_clean()
    image.save()
    tally.add("images", created=True)
    return image


def ensure_document(
    title: str,
    render: Callable[[], bytes],
    filename: str,
    tally: Tally,
    media: MediaFile,
    **fields: object,
) -> CustomDocument:
    """The document with this title; if missing, render its PDF and save it."""
    existing = CustomDocument.objects.filter(title=title).first()
    if existing is not None:
        tally.add("documents", created=False)
        return existing
    content = render()
    document = CustomDocument(
        title=title,
        file=ContentFile(content, name=filename),
        licence=media.licence_open,
        rights_holder=media.rights_holder,
        file_size=len(content),
        file_hash=hash_filelike(BytesIO(content)),
        **fields,
    )
    document.save()
    tally.add("documents", created=True)
    return document


def _publish_new(obj: Material | CardSet) -> None:
    """Save a new draft-state snippet and publish its first revision."""
    obj.live = False
    obj.full_clean()
    obj.save()
    obj.save_revision().publish()


def build_materials(
    locale: Locale, terms: Terms, tally: Tally, texts: DemoTexts
) -> dict[str, Material]:
    """The twenty materials: ten images, ten PDF documents (each with a preview image)."""
    media = texts.media
    existing = {m.slug: m for m in Material.objects.filter(locale=locale)}
    result: dict[str, Material] = {}
    for entry in media.images:
        art = Artwork(entry.headline, entry.subline, entry.colour)
        size = SOCIAL if entry.format == "social_media" else POSTER
        image = ensure_image(
            entry.title,
            lambda art=art, size=size: png_bytes(render_poster(art, size)),
            f"{entry.slug}.png",
            f"{media.formats[entry.format].name} mit der Aufschrift „{entry.headline}“ "
            f"und dem Zusatz „{entry.subline}“",
            tally,
            media,
        )
        result[entry.slug] = existing.get(entry.slug) or _new_material(
            locale, terms, entry, media, image=image
        )
        tally.add("materials", created=entry.slug not in existing)
    for entry in media.documents:
        art = Artwork(entry.headline, entry.subline, entry.colour)
        preview = ensure_image(
            f"Vorschau: {entry.title}",
            lambda art=art, entry=entry: png_bytes(
                render_flyer_pages(art, list(entry.paragraphs), entry.pages)[0]
            ),
            f"{entry.slug}-vorschau.png",
            f"Titelseite mit der Überschrift „{entry.headline}“",
            tally,
            media,
        )
        document = ensure_document(
            entry.title,
            lambda art=art, entry=entry: pdf_bytes(
                render_flyer_pages(art, list(entry.paragraphs), entry.pages), art.headline
            ),
            f"{entry.slug}.pdf",
            tally,
            media,
            language="de",
            version="1.0",
            audience=terms["audiences"][entry.audiences[0]],
        )
        result[entry.slug] = existing.get(entry.slug) or _new_material(
            locale, terms, entry, media, image=preview, file=document
        )
        tally.add("materials", created=entry.slug not in existing)
    return result


def _new_material(
    locale: Locale,
    terms: Terms,
    entry: ImageMaterial,
    media: MediaFile,
    *,
    image: CustomImage,
    file: CustomDocument | None = None,
) -> Material:
    material = Material(
        locale=locale,
        title=entry.title,
        slug=entry.slug,
        summary=f"{entry.subline} {media.formats[entry.format].use}",
        kind=Material.Kind.DOCUMENT if file else Material.Kind.IMAGE,
        format=entry.format,
        image=image,
        file=file,
        language="de",
        licence=media.licence_open if file else media.licence_programme,
        rights_holder=media.rights_holder,
        version="1.0",
    )
    material.topics = pick(terms["topics"], entry.topics)
    material.audiences = pick(terms["audiences"], entry.audiences)
    _publish_new(material)
    return material


def build_card_set(locale: Locale, tally: Tally, texts: DemoTexts) -> CardSet:
    """The card set "Wege aus der Kriminalität" with its value and resource cards."""
    text = texts.cards
    card_set = CardSet.objects.filter(locale=locale, slug=text.card_set.slug).first()
    if card_set is not None:
        tally.add("card sets", created=False)
        tally.total["cards"] += card_set.cards.count()
        return card_set
    values = {value.slug: value for value in Value.objects.filter(locale=locale)}
    card_set = CardSet(locale=locale, **asdict(text.card_set))
    card_set.cards = [
        Card(
            locale=locale,
            sort_order=position,
            kind=card.kind,
            title=card.title,
            value=values.get(card.value) if card.value else None,
            prompts="\n".join(card.prompts),
            notes=card.notes,
        )
        for position, card in enumerate(text.cards)
    ]
    _publish_new(card_set)
    tally.add("card sets", created=True)
    tally.total["cards"] += len(text.cards)
    tally.created["cards"] += len(text.cards)
    return card_set
