"""The demo's texts as typed records, one dataclass per file in data/ and one per kind of entry.

Each file's first lines say what it holds. Relations between entries are slugs (sites: cities),
checked after reading (content.load_texts); translations are keyed by the German slug, then by
language code.
"""

from dataclasses import dataclass
from typing import Annotated, Literal

from .loader import Block, Placeholders

Blocks = tuple[Block, ...]
Slugs = tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Term:
    name: str
    slug: str
    description: str


@dataclass(frozen=True, kw_only=True)
class TaxonomyFile:
    topics: tuple[Term, ...]
    audiences: tuple[Term, ...]
    values: tuple[Term, ...]
    approaches: tuple[Term, ...]
    channels: tuple[Term, ...]


@dataclass(frozen=True, kw_only=True)
class Section:
    title: str
    slug: str
    introduction: str


@dataclass(frozen=True, kw_only=True)
class Sections:
    narratives: Section
    messengers: Section
    campaigns: Section
    library: Section


@dataclass(frozen=True, kw_only=True)
class CallToAction:
    section: Literal["narratives", "messengers", "campaigns", "library"]
    text: str


@dataclass(frozen=True, kw_only=True)
class Home:
    title: str
    hero_heading: str
    introduction: str
    body: Blocks
    calls_to_action: tuple[CallToAction, ...]


@dataclass(frozen=True, kw_only=True)
class Contact:
    name: str
    street: str
    phone_suffix: str
    mailbox: str


@dataclass(frozen=True, kw_only=True)
class Site:
    city: str
    postcode: str
    introduction: str
    materials: Slugs
    contacts: tuple[Contact, ...]


@dataclass(frozen=True, kw_only=True)
class SiteFile:
    """site.toml"""

    site_name: str
    organisation: str
    contact_email: str
    opening_hours: str
    home: Home
    sections: Sections
    site_index: Section
    site_body: Annotated[Blocks, Placeholders(("city",))]
    sites: tuple[Site, ...]


@dataclass(frozen=True, kw_only=True)
class PageText:
    title: str
    slug: str
    introduction: str
    body: Blocks = ()


@dataclass(frozen=True, kw_only=True)
class AccessibilityText(PageText):
    non_accessible_content: str
    evaluation_method: str
    feedback_email: str
    feedback_phone: str
    enforcement_url: str


@dataclass(frozen=True, kw_only=True)
class SignLanguageText:
    title: str
    slug: str
    introduction: str
    video_heading: str
    video_title: str
    captions_title: str
    transcript: str


@dataclass(frozen=True, kw_only=True)
class PageFile:
    """pages.toml"""

    about: PageText
    trainings: PageText
    evaluation: PageText
    imprint: PageText
    privacy: PageText
    accessibility: AccessibilityText
    easy_read_index: PageText
    easy_read_pages: tuple[PageText, ...]
    sign_language: SignLanguageText


@dataclass(frozen=True, kw_only=True)
class Format:
    use: str
    name: str = ""  # what the alt text calls an image of this format


@dataclass(frozen=True, kw_only=True)
class ImageMaterial:
    slug: str
    title: str
    format: str
    colour: str
    headline: str
    subline: str
    topics: Slugs
    audiences: Slugs


@dataclass(frozen=True, kw_only=True)
class DocumentMaterial(ImageMaterial):
    pages: int
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class MediaFile:
    """media.toml"""

    rights_holder: str
    credit: str
    licence_programme: str
    licence_open: str
    formats: dict[str, Format]
    images: tuple[ImageMaterial, ...]
    documents: tuple[DocumentMaterial, ...]


@dataclass(frozen=True, kw_only=True)
class CardSetText:
    slug: str
    title: str
    introduction: str
    instructions: str


@dataclass(frozen=True, kw_only=True)
class CardText:
    kind: Literal["value", "resource"]
    title: str
    value: str | None = None  # the slug of a value, on value cards
    prompts: tuple[str, ...]
    notes: str = ""


@dataclass(frozen=True, kw_only=True)
class CardFile:
    """cards.toml"""

    card_set: CardSetText
    cards: tuple[CardText, ...]


@dataclass(frozen=True, kw_only=True)
class Headings:
    behind: str
    alternative: str


@dataclass(frozen=True, kw_only=True)
class Source:
    title: str
    publisher: str
    year: int
    url: str = ""

    def value(self) -> dict[str, str | int]:
        """The source block's raw value; without a url key when there is none."""
        value: dict[str, str | int] = {
            "title": self.title,
            "publisher": self.publisher,
            "year": self.year,
        }
        if self.url:
            value["url"] = self.url
        return value


@dataclass(frozen=True, kw_only=True)
class NarrativeText:
    title: str
    introduction: str
    negative: str
    counter: str
    key_messages: tuple[str, ...]
    context: str
    quote: str
    quote_by: str
    alternative: str


@dataclass(frozen=True, kw_only=True)
class Narrative(NarrativeText):
    slug: str
    talking_points: str
    sources: Slugs
    topics: Slugs
    audiences: Slugs
    values: Slugs
    approaches: Slugs
    sites: Slugs
    messengers: Slugs
    materials: Slugs
    review_in_days: int


@dataclass(frozen=True, kw_only=True)
class NarrativeFile:
    """narratives.toml"""

    scaled_title: Annotated[str, Placeholders(("number", "title"))]
    headings: Headings
    sources: dict[str, Source]
    narratives: tuple[Narrative, ...]


@dataclass(frozen=True, kw_only=True)
class Identity:
    real_name: str
    phone: str
    consent_days_ago: int
    consent_days_valid: int = 400
    consent_print: bool = False
    consent_social: bool = False
    safety_notes: str


@dataclass(frozen=True, kw_only=True)
class Messenger:
    slug: str
    title: str
    role: str
    languages: str
    quote: str
    introduction: str
    story: Blocks
    sites: Slugs
    approaches: Slugs
    photo: str | None = None  # the colour of the generated placeholder portrait
    identity: Identity


@dataclass(frozen=True, kw_only=True)
class MessengerFile:
    """messengers.toml"""

    messengers: tuple[Messenger, ...]


@dataclass(frozen=True, kw_only=True)
class Indicator:
    name: str
    target: str
    method: str


@dataclass(frozen=True, kw_only=True)
class CampaignText:
    title: str
    introduction: str
    goal: str
    body: Blocks
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True, kw_only=True)
class Campaign(CampaignText):
    slug: str
    starts_in_days: int
    ends_in_days: int
    audiences: Slugs
    channels: Slugs
    sites: Slugs
    narratives: Slugs
    messengers: Slugs
    materials: Slugs
    image: str


@dataclass(frozen=True, kw_only=True)
class CampaignFile:
    """campaigns.toml"""

    campaigns: tuple[Campaign, ...]


@dataclass(frozen=True, kw_only=True)
class HomeTranslation:
    title: str
    site_name: str
    hero_heading: str
    introduction: str
    body: Blocks


@dataclass(frozen=True, kw_only=True)
class SectionTranslation:
    title: str
    introduction: str


@dataclass(frozen=True, kw_only=True)
class SiteTranslationFile:
    """translations/site.toml: by language code (sections and sites first by key and city)."""

    home: dict[str, HomeTranslation]
    sections: dict[str, dict[str, SectionTranslation]]
    sites: dict[str, dict[str, str]]
    site_body: dict[str, Annotated[Blocks, Placeholders(("city",))]]


@dataclass(frozen=True, kw_only=True)
class NarrativeTranslationFile:
    """translations/narratives.toml: by German slug, then language code."""

    headings: dict[str, Headings]
    narratives: dict[str, dict[str, NarrativeText]]


@dataclass(frozen=True, kw_only=True)
class CampaignTranslationFile:
    """translations/campaigns.toml: by German slug, then language code."""

    campaigns: dict[str, dict[str, CampaignText]]


@dataclass(frozen=True, kw_only=True)
class DemoTexts:
    site: SiteFile
    taxonomies: TaxonomyFile
    pages: PageFile
    media: MediaFile
    cards: CardFile
    narratives: NarrativeFile
    messengers: MessengerFile
    campaigns: CampaignFile
    site_translations: SiteTranslationFile
    narrative_translations: NarrativeTranslationFile
    campaign_translations: CampaignTranslationFile
