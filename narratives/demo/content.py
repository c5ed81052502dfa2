"""The demo content: every data file read into its records, and the relations between them checked.

A slug that names nothing, a duplicate or an unknown language fails here with one line naming the
file and the key, before anything is written to the database.
"""

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from cms.localisation.languages import LANGUAGE_CODES

from .loader import DemoDataError, read, shown
from .texts import (
    CampaignFile,
    CampaignTranslationFile,
    CardFile,
    DemoTexts,
    MediaFile,
    MessengerFile,
    NarrativeFile,
    NarrativeTranslationFile,
    PageFile,
    SiteFile,
    SiteTranslationFile,
    TaxonomyFile,
)

DATA = Path(__file__).resolve().parent / "data"

FILES = {
    "site": ("site.toml", SiteFile),
    "taxonomies": ("taxonomies.toml", TaxonomyFile),
    "pages": ("pages.toml", PageFile),
    "media": ("media.toml", MediaFile),
    "cards": ("cards.toml", CardFile),
    "narratives": ("narratives.toml", NarrativeFile),
    "messengers": ("messengers.toml", MessengerFile),
    "campaigns": ("campaigns.toml", CampaignFile),
    "site_translations": ("translations/site.toml", SiteTranslationFile),
    "narrative_translations": ("translations/narratives.toml", NarrativeTranslationFile),
    "campaign_translations": ("translations/campaigns.toml", CampaignTranslationFile),
}
# Keys of the overview pages a translation may name (the builder's sections).
SECTION_KEYS = {"narratives", "messengers", "campaigns", "sites", "library"}
TRANSLATED_LANGUAGES = [code for code in LANGUAGE_CODES if code != "de"]


def load_texts(data: Path | None = None) -> DemoTexts:
    """Every data file, read and checked; DemoDataError (one line) on bad data."""
    folder = data or DATA
    texts = DemoTexts(**{key: read(folder / name, cls) for key, (name, cls) in FILES.items()})
    check_references(texts, folder)
    return texts


def load_narratives(data: Path | None = None) -> NarrativeFile:
    """Only narratives.toml: what the generated narratives (--scale) are made from."""
    return read((data or DATA) / FILES["narratives"][0], NarrativeFile)


def _names(file: str, where: str, names: Iterable[str], known: Iterable[str], what: str) -> None:
    known = set(known)
    for name in names:
        if name not in known:
            raise DemoDataError(f"{file}: {where}: no {what} {name!r}")


def _unique(file: str, where: str, names: Iterable[str]) -> None:
    twice = [name for name, count in Counter(names).items() if count > 1]
    if twice:
        raise DemoDataError(f"{file}: {where}: {twice[0]!r} appears more than once")


def check_references(texts: DemoTexts, folder: Path = DATA) -> None:
    """Every slug, city and language code a file names exists, and none is given twice."""
    file = {key: shown(folder / name) for key, (name, _cls) in FILES.items()}
    terms = {key: [term.slug for term in getattr(texts.taxonomies, key)] for key in _TAXONOMIES}
    for key, slugs in terms.items():
        _unique(file["taxonomies"], key, slugs)
    cities = [site.city for site in texts.site.sites]
    media = texts.media
    materials = [m.slug for m in (*media.images, *media.documents)]
    messengers = [m.slug for m in texts.messengers.messengers]
    narratives = [n.slug for n in texts.narratives.narratives]
    campaigns = [c.slug for c in texts.campaigns.campaigns]
    for name_of_file, where, names in (
        (file["site"], "sites", cities),
        (file["media"], "images and documents", materials),
        (file["messengers"], "messengers", messengers),
        (file["narratives"], "narratives", narratives),
        (file["campaigns"], "campaigns", campaigns),
    ):
        _unique(name_of_file, where, names)

    for i, site in enumerate(texts.site.sites):
        _names(
            file["site"],
            f"sites[{i}] ({site.city}).materials",
            site.materials,
            materials,
            "material",
        )
    for i, material in enumerate((*media.images, *media.documents)):
        where = f"{'images' if i < len(media.images) else 'documents'}[{i}] ({material.slug})"
        _names(file["media"], f"{where}.format", [material.format], media.formats, "format")
        if i < len(media.images) and not media.formats[material.format].name:
            raise DemoDataError(
                f"{file['media']}: formats.{material.format}.name: missing (images use it)"
            )
        _names(file["media"], f"{where}.topics", material.topics, terms["topics"], "topic")
        _names(
            file["media"], f"{where}.audiences", material.audiences, terms["audiences"], "audience"
        )
    for i, card in enumerate(texts.cards.cards):
        _names(
            file["cards"], f"cards[{i}].value", filter(None, [card.value]), terms["values"], "value"
        )

    for i, messenger in enumerate(texts.messengers.messengers):
        where = f"messengers[{i}] ({messenger.slug})"
        _names(file["messengers"], f"{where}.sites", messenger.sites, cities, "site")
        _names(
            file["messengers"],
            f"{where}.approaches",
            messenger.approaches,
            terms["approaches"],
            "approach",
        )
    sources = texts.narratives.sources
    for i, narrative in enumerate(texts.narratives.narratives):
        where = f"narratives[{i}] ({narrative.slug})"
        _names(file["narratives"], f"{where}.sources", narrative.sources, sources, "source")
        for key in ("topics", "audiences", "values", "approaches"):
            _names(file["narratives"], f"{where}.{key}", getattr(narrative, key), terms[key], key)
        _names(file["narratives"], f"{where}.sites", narrative.sites, cities, "site")
        _names(
            file["narratives"], f"{where}.messengers", narrative.messengers, messengers, "messenger"
        )
        _names(file["narratives"], f"{where}.materials", narrative.materials, materials, "material")
    for i, campaign in enumerate(texts.campaigns.campaigns):
        where = f"campaigns[{i}] ({campaign.slug})"
        for key, known in (
            ("audiences", terms["audiences"]),
            ("channels", terms["channels"]),
            ("sites", cities),
            ("narratives", narratives),
            ("messengers", messengers),
            ("materials", materials),
            ("image", materials),
        ):
            names = [campaign.image] if key == "image" else getattr(campaign, key)
            _names(file["campaigns"], f"{where}.{key}", names, known, key.rstrip("s"))
    _check_translations(texts, file, cities, narratives, campaigns)


_TAXONOMIES = ("topics", "audiences", "values", "approaches", "channels")


def _check_translations(
    texts: DemoTexts,
    files: dict[str, str],
    cities: list[str],
    narratives: list[str],
    campaigns: list[str],
) -> None:
    site = texts.site_translations
    file = files["site_translations"]
    _names(file, "home", site.home, TRANSLATED_LANGUAGES, "language")
    _names(file, "sections", site.sections, SECTION_KEYS, "section")
    for key, section_languages in site.sections.items():
        _names(file, f"sections.{key}", section_languages, TRANSLATED_LANGUAGES, "language")
    _names(file, "sites", site.sites, cities, "site")
    for city, languages in site.sites.items():
        _names(file, f"sites.{city}", languages, site.site_body, "site_body for the language")
    _names(file, "site_body", site.site_body, TRANSLATED_LANGUAGES, "language")

    file = files["narrative_translations"]
    translations = texts.narrative_translations
    _names(file, "narratives", translations.narratives, narratives, "narrative")
    for slug, narrative_languages in translations.narratives.items():
        _names(
            file, f"narratives.{slug}", narrative_languages, translations.headings, "headings for"
        )
    _names(file, "headings", translations.headings, TRANSLATED_LANGUAGES, "language")

    file = files["campaign_translations"]
    campaign_translations = texts.campaign_translations.campaigns
    _names(file, "campaigns", campaign_translations, campaigns, "campaign")
    for slug, campaign_languages in campaign_translations.items():
        _names(file, f"campaigns.{slug}", campaign_languages, TRANSLATED_LANGUAGES, "language")
