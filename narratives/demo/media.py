"""Images, documents, materials and the card set, with generated files."""

from collections.abc import Callable
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from cms.models import Value
from media_library.models import Card, CardSet, CustomDocument, CustomImage, Material

from . import content_media as data
from .files import POSTER, SOCIAL, Artwork, pdf_bytes, png_bytes, render_flyer_pages, render_poster
from .pages import Tally, pick

Terms = dict[str, dict]

FORMAT_USE = {
    "poster": "Zum Aushang in Schulen, Jugendtreffs und Begegnungszentren (DIN A2 oder A3).",
    "social_media": "Quadratische Kachel für Instagram, Facebook und den WhatsApp-Status.",
    "flyer": "Zum Auslegen und Mitgeben, DIN A4, beidseitig druckbar.",
    "brochure": "Zum Lesen am Bildschirm oder als Heft im Format DIN A4.",
    "worksheet": "Kopiervorlage für den Unterricht und die Gruppenarbeit.",
    "presentation": "Folien und Handout für Trainings; nur für Teilnehmende.",
}
FORMAT_NAMES = {"poster": "Plakat", "social_media": "Social-Media-Kachel"}


def ensure_image(
    title: str,
    render: Callable[[], bytes],
    filename: str,
    alt_text: str,
    tally: Tally,
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
        credit=data.CREDIT,
        licence=data.LICENCE_PROGRAMME,
        rights_holder=data.RIGHTS_HOLDER,
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
    title: str, render: Callable[[], bytes], filename: str, tally: Tally, **fields: object
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
        licence=data.LICENCE_OPEN,
        rights_holder=data.RIGHTS_HOLDER,
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


def build_materials(locale: Locale, terms: Terms, tally: Tally) -> dict[str, Material]:
    """The twenty materials: ten images, ten PDF documents (each with a preview image)."""
    existing = {m.slug: m for m in Material.objects.filter(locale=locale)}
    result: dict[str, Material] = {}
    for slug, title, fmt, colour, headline, subline, topics, audiences in data.IMAGE_MATERIALS:
        art = Artwork(headline, subline, colour)
        size = SOCIAL if fmt == "social_media" else POSTER
        image = ensure_image(
            title,
            lambda art=art, size=size: png_bytes(render_poster(art, size)),
            f"{slug}.png",
            f"{FORMAT_NAMES[fmt]} mit der Aufschrift „{headline}“ und dem Zusatz „{subline}“",
            tally,
        )
        result[slug] = existing.get(slug) or _new_material(
            locale, terms, slug, title, fmt, subline, topics, audiences, image=image
        )
        tally.add("materials", created=slug not in existing)
    for entry in data.DOCUMENT_MATERIALS:
        slug, title, fmt, colour, headline, subline, topics, audiences, pages, paragraphs = entry
        art = Artwork(headline, subline, colour)
        preview = ensure_image(
            f"Vorschau: {title}",
            lambda art=art, paragraphs=paragraphs, pages=pages: png_bytes(
                render_flyer_pages(art, paragraphs, pages)[0]
            ),
            f"{slug}-vorschau.png",
            f"Titelseite mit der Überschrift „{headline}“",
            tally,
        )
        document = ensure_document(
            title,
            lambda art=art, paragraphs=paragraphs, pages=pages: pdf_bytes(
                render_flyer_pages(art, paragraphs, pages), art.headline
            ),
            f"{slug}.pdf",
            tally,
            language="de",
            version="1.0",
            audience=terms["audiences"][audiences[0]],
        )
        result[slug] = existing.get(slug) or _new_material(
            locale,
            terms,
            slug,
            title,
            fmt,
            subline,
            topics,
            audiences,
            image=preview,
            file=document,
        )
        tally.add("materials", created=slug not in existing)
    return result


def _new_material(
    locale: Locale,
    terms: Terms,
    slug: str,
    title: str,
    fmt: str,
    subline: str,
    topics: list[str],
    audiences: list[str],
    *,
    image: CustomImage,
    file: CustomDocument | None = None,
) -> Material:
    material = Material(
        locale=locale,
        title=title,
        slug=slug,
        summary=f"{subline} {FORMAT_USE[fmt]}",
        kind=Material.Kind.DOCUMENT if file else Material.Kind.IMAGE,
        format=fmt,
        image=image,
        file=file,
        language="de",
        licence=data.LICENCE_OPEN if file else data.LICENCE_PROGRAMME,
        rights_holder=data.RIGHTS_HOLDER,
        version="1.0",
    )
    material.topics = pick(terms["topics"], topics)
    material.audiences = pick(terms["audiences"], audiences)
    _publish_new(material)
    return material


def build_card_set(locale: Locale, tally: Tally) -> CardSet:
    """The card set "Wege aus der Kriminalität" with its value and resource cards."""
    card_set = CardSet.objects.filter(locale=locale, slug=data.CARD_SET["slug"]).first()
    if card_set is not None:
        tally.add("card sets", created=False)
        tally.total["cards"] += card_set.cards.count()
        return card_set
    values = {value.slug: value for value in Value.objects.filter(locale=locale)}
    card_set = CardSet(locale=locale, **data.CARD_SET)
    card_set.cards = [
        Card(
            locale=locale,
            sort_order=position,
            kind=kind,
            title=title,
            value=values.get(value_slug) if value_slug else None,
            prompts="\n".join(prompts),
            notes=notes,
        )
        for position, (kind, title, value_slug, prompts, notes) in enumerate(data.CARDS)
    ]
    _publish_new(card_set)
    tally.add("card sets", created=True)
    tally.total["cards"] += len(data.CARDS)
    tally.created["cards"] += len(data.CARDS)
    return card_set
