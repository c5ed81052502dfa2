"""Builds the demo site: home page, taxonomies, sites, people, narratives, campaigns, legal pages.

Everything is looked up before it is created (pages by slug under their parent, snippets by slug
and locale, images and documents by title), so a second run adds nothing and changes nothing.
"""

import datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from cms.models import (
    AccessibilityStatementPage,
    Approach,
    Audience,
    Channel,
    ContentPage,
    EasyReadIndexPage,
    EasyReadPage,
    HomePage,
    LegalPage,
    SignLanguagePage,
    Topic,
    Value,
)
from media_library.models import LibraryPage, Material
from narratives.models import (
    CampaignIndexPage,
    CampaignPage,
    ContactPoint,
    MessengerIdentity,
    MessengerIndexPage,
    MessengerPage,
    NarrativeIndexPage,
    NarrativePage,
    ProgrammeSiteIndexPage,
    ProgrammeSitePage,
)

from . import content as site_data
from .content_narratives import NARRATIVES, SOURCES
from .content_people import CAMPAIGNS, MESSENGERS
from .files import png_bytes, render_portrait
from .media import Terms, build_card_set, build_materials, ensure_document, ensure_image
from .pages import (
    DemoContentError,
    Progress,
    Tally,
    ensure_page,
    indicators,
    key_messages,
    narrative_body,
    pick,
    stream,
)
from .scale import build_scaled_narratives
from .translations import build_translations, sync_language_trees

ASSETS = Path(__file__).resolve().parent / "assets"

TAXONOMIES = {
    "topics": (Topic, site_data.TOPICS),
    "audiences": (Audience, site_data.AUDIENCES),
    "values": (Value, site_data.VALUES),
    "approaches": (Approach, site_data.APPROACHES),
    "channels": (Channel, site_data.CHANNELS),
}


@transaction.atomic
def build_demo_content(progress: Progress, scale: int = 0) -> Tally:
    """Create whatever part of the demo content is missing; returns what exists and is new."""
    tally = Tally()
    locale = Locale.get_default()
    today = timezone.localdate()
    home, site = build_home(locale, tally)
    terms = build_taxonomies(locale, tally)
    progress(f"Taxonomies… {tally.total['taxonomy terms']}")
    materials = build_materials(locale, terms, tally)
    build_card_set(locale, tally)
    progress(f"Materials… {tally.total['materials']} (card set: {tally.total['cards']} cards)")
    sections = build_sections(home, tally)
    sites = build_sites(sections["sites"], materials, tally)
    progress(f"Sites… {len(sites)}")
    messengers = build_messengers(sections["messengers"], terms, sites, today, tally)
    progress(f"Messengers… {len(messengers)}")
    narratives = build_narratives(
        sections["narratives"], terms, sites, messengers, materials, today, progress, tally
    )
    campaigns = build_campaigns(
        sections["campaigns"], terms, sites, narratives, messengers, materials, today, tally
    )
    progress(f"Campaigns… {tally.total['campaigns']}")
    build_about_and_legal(home, site, today, tally)
    if tally.created["home page"]:
        add_home_links(home, sections)
    progress(f"Pages… {tally.total['pages']}")
    if scale:
        build_scaled_narratives(sections["narratives"], scale, terms, sites, progress, tally)
    sync_language_trees()
    build_translations(home, sections, narratives, campaigns, sites, tally)
    progress(f"Languages… {tally.total['translations']} translated pages")
    return tally


def demo_host() -> tuple[str, int]:
    """Host and port the demo is served on (WAGTAILADMIN_BASE_URL, 127.0.0.1:8000 by default):
    the site's, so that the sitemap's addresses are the ones visitors use."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return address.hostname or "localhost", address.port or (
        443 if address.scheme == "https" else 80
    )


def build_home(locale: Locale, tally: Tally) -> tuple[HomePage, Site]:
    """The HomePage the default site points at, replacing Wagtail's "Welcome" page."""
    site = (
        Site.objects.filter(is_default_site=True).first()
        or Site.objects.filter(hostname="localhost", port=80).first()
        or Site(hostname="localhost", port=80)
    )
    if (site.hostname, site.port) == ("localhost", 80):
        # Wagtail's placeholder from its first migration, not a host anyone chose.
        site.hostname, site.port = demo_host()
    root = Page.get_first_root_node()
    root_child = root.get_children().filter(slug="home").first()
    candidates = [site.root_page if site.root_page_id else None, root_child]
    home = next((p.specific for p in candidates if p and p.specific_class is HomePage), None)
    welcome = None
    if home is not None:
        tally.add("home page", created=False)
        tally.add("pages", created=False)
    else:
        if root_child is not None and (
            root_child.specific_class is not Page or root_child.numchild
        ):
            raise DemoContentError(
                "The root page has a child 'home' that is neither a home page nor Wagtail's "
                "default welcome page; move or rename it first."
            )
        welcome = root_child
        if welcome is not None:
            # Free the slug; the page goes once the site no longer points at it.
            Page.objects.filter(pk=welcome.pk).update(slug="welcome-replaced")
        home = HomePage(
            title=site_data.HOME["title"],
            slug="home",
            site_name=site_data.SITE_NAME,
            hero_heading=site_data.HOME["hero_heading"],
            introduction=site_data.HOME["introduction"],
            body=stream(site_data.HOME["body"]),
            locale=locale,
        )
        home = ensure_page(root, home, tally, "home page")
    site.root_page = home
    site.is_default_site = True
    site.site_name = site.site_name or site_data.SITE_NAME
    site.save()
    if welcome is not None:
        Page.objects.get(pk=welcome.pk).delete()
    return home, site


def build_taxonomies(locale: Locale, tally: Tally) -> Terms:
    terms: Terms = {}
    for key, (model, entries) in TAXONOMIES.items():
        terms[key] = {}
        for name, slug, description in entries:
            term, created = model.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": name, "description": description}
            )
            terms[key][slug] = term
            tally.add("taxonomy terms", created)
    return terms


def _section(home: HomePage, model: type[Page], key: str, tally: Tally) -> Page:
    title, slug, introduction = site_data.SECTIONS[key]
    page = model(title=title, slug=slug, introduction=introduction, show_in_menus=True)
    return ensure_page(home, page, tally, "sections")


def build_sections(home: HomePage, tally: Tally) -> dict[str, Page]:
    sites = ProgrammeSiteIndexPage(show_in_menus=True, **site_data.SITE_INDEX)
    return {
        "narratives": _section(home, NarrativeIndexPage, "narratives", tally),
        "messengers": _section(home, MessengerIndexPage, "messengers", tally),
        "campaigns": _section(home, CampaignIndexPage, "campaigns", tally),
        "sites": ensure_page(home, sites, tally, "sections"),
        "library": _section(home, LibraryPage, "library", tally),
    }


def build_sites(
    index: ProgrammeSiteIndexPage, materials: dict[str, Material], tally: Tally
) -> dict[str, ProgrammeSitePage]:
    sites = {}
    for city, postcode, introduction, contacts, material_slugs in site_data.SITES:
        city_slug = slugify(city)
        page = ProgrammeSitePage(
            title=city,
            slug=city_slug,
            introduction=introduction,
            body=stream(site_data.site_body(city)),
        )
        page.contact_points = [
            ContactPoint(
                name=name,
                address=f"{street}\n{postcode} {city}",
                phone=f"0221 4710 {suffix}",
                email=f"{mailbox}.{city_slug}@example.org",
                opening_hours=site_data.OPENING_HOURS,
            )
            for name, street, suffix, mailbox in contacts
        ]
        page.materials = pick(materials, material_slugs)
        sites[city] = ensure_page(index, page, tally, "sites")
    return sites


def build_messengers(
    index: MessengerIndexPage,
    terms: Terms,
    sites: dict[str, ProgrammeSitePage],
    today: datetime.date,
    tally: Tally,
) -> dict[str, MessengerPage]:
    messengers = {}
    for number, entry in enumerate(MESSENGERS, start=1):
        private = entry["identity"]
        consent_given_on = today - datetime.timedelta(days=private["consent_days_ago"])
        reference = f"EW-{consent_given_on.year}-{number:03d}"
        photo = None
        if entry["photo"]:
            photo = ensure_image(
                f"Porträt {entry['title']}",
                lambda entry=entry: png_bytes(render_portrait(entry["photo"], entry["title"])),
                f"portraet-{entry['slug']}.png",
                f"Platzhalterbild für das Porträt von {entry['title']}",
                tally,
                shows_people=True,
                consent_reference=reference,
            )
        page = MessengerPage(
            title=entry["title"],
            slug=entry["slug"],
            introduction=entry["introduction"],
            role=entry["role"],
            languages_spoken=entry["languages"],
            quote=entry["quote"],
            story=stream(entry["story"]),
            photo=photo,
        )
        page.sites = pick(sites, entry["sites"])
        page.approaches = pick(terms["approaches"], entry["approaches"])
        page = ensure_page(index, page, tally, "messengers")
        email = ".".join(slugify(part.replace("ı", "i")) for part in private["real_name"].split())
        MessengerIdentity.objects.get_or_create(
            messenger=page,
            defaults={
                "real_name": private["real_name"],
                "email": f"{email}@example.org",
                "phone": private["phone"],
                "consent_given_on": consent_given_on,
                "consent_web": True,
                "consent_print": private.get("consent_print", False),
                "consent_social": private.get("consent_social", False),
                "consent_photo": photo is not None,
                "consent_expires_on": consent_given_on
                + datetime.timedelta(days=private.get("consent_days_valid", 400)),
                "consent_reference": reference,
                "safety_notes": private["safety_notes"],
            },
        )
        messengers[entry["slug"]] = page
    return messengers


def build_narratives(
    index: NarrativeIndexPage,
    terms: Terms,
    sites: dict[str, ProgrammeSitePage],
    messengers: dict[str, MessengerPage],
    materials: dict[str, Material],
    today: datetime.date,
    progress: Progress,
    tally: Tally,
) -> dict[str, NarrativePage]:
    narratives = {}
    for entry in NARRATIVES:
        linked = pick(materials, entry["materials"])
        teaser = next((m.image for m in linked if m.kind == Material.Kind.IMAGE), None)
        page = NarrativePage(
            title=entry["title"],
            slug=entry["slug"],
            introduction=entry["introduction"],
            negative_narrative=entry["negative"],
            counter_narrative=entry["counter"],
            key_messages=key_messages(entry["key_messages"]),
            body=stream(narrative_body(entry)),
            image=teaser,
            talking_points=entry["talking_points"],
            sources=[{"type": "source", "value": SOURCES[key]} for key in entry["sources"]],
            review_by=today + datetime.timedelta(days=entry["review_in_days"]),
        )
        for field in ("topics", "audiences", "values", "approaches"):
            setattr(page, field, pick(terms[field], entry[field]))
        page.sites = pick(sites, entry["sites"])
        page.messengers = pick(messengers, entry["messengers"])
        page.materials = linked
        narratives[entry["slug"]] = ensure_page(index, page, tally, "narratives")
    progress(f"Narratives… {len(narratives)}/{len(NARRATIVES)}")
    return narratives


def build_campaigns(
    index: CampaignIndexPage,
    terms: Terms,
    sites: dict[str, ProgrammeSitePage],
    narratives: dict[str, NarrativePage],
    messengers: dict[str, MessengerPage],
    materials: dict[str, Material],
    today: datetime.date,
    tally: Tally,
) -> dict[str, CampaignPage]:
    campaigns = {}
    for entry in CAMPAIGNS:
        page = CampaignPage(
            title=entry["title"],
            slug=entry["slug"],
            introduction=entry["introduction"],
            goal=entry["goal"],
            starts_on=today + datetime.timedelta(days=entry["starts_in_days"]),
            ends_on=today + datetime.timedelta(days=entry["ends_in_days"]),
            image=materials[entry["image"]].image,
            body=stream(entry["body"]),
            indicators=indicators(entry["indicators"]),
        )
        page.audiences = pick(terms["audiences"], entry["audiences"])
        page.channels = pick(terms["channels"], entry["channels"])
        page.sites = pick(sites, entry["sites"])
        page.narratives = pick(narratives, entry["narratives"])
        page.messengers = pick(messengers, entry["messengers"])
        page.materials = pick(materials, entry["materials"])
        campaigns[entry["slug"]] = ensure_page(index, page, tally, "campaigns")
    return campaigns


def _content_page(
    parent: Page, model: type[Page], entry: dict, tally: Tally, **extra: object
) -> Page:
    fields = {key: value for key, value in entry.items() if key != "body"}
    if "body" in entry:
        fields["body"] = stream(entry["body"])
    return ensure_page(parent, model(**fields, **extra), tally, "other pages")


def build_about_and_legal(home: HomePage, site: Site, today: datetime.date, tally: Tally) -> None:
    """About pages, legal pages, the easy-read section and the site settings that link them."""
    about = _content_page(home, ContentPage, site_data.ABOUT, tally, show_in_menus=True)
    _content_page(about, ContentPage, site_data.TRAININGS, tally, show_in_menus=True)
    _content_page(about, ContentPage, site_data.EVALUATION, tally, show_in_menus=True)
    reviewed = today - datetime.timedelta(days=30)
    _content_page(home, LegalPage, site_data.IMPRINT, tally, last_reviewed=reviewed)
    _content_page(home, LegalPage, site_data.PRIVACY, tally, last_reviewed=reviewed)
    _content_page(
        home,
        AccessibilityStatementPage,
        site_data.ACCESSIBILITY,
        tally,
        conformance=AccessibilityStatementPage.Conformance.PARTIAL,
        prepared_on=today - datetime.timedelta(days=60),
    )
    easy_read = _content_page(home, EasyReadIndexPage, site_data.EASY_READ_INDEX, tally)
    for entry in site_data.EASY_READ_PAGES:
        _content_page(easy_read, EasyReadPage, entry, tally)
    build_sign_language_page(home, tally)

    if not (home.organisation and home.contact_email):
        home.organisation = home.organisation or site_data.ORGANISATION
        home.contact_email = home.contact_email or site_data.CONTACT_EMAIL
        home.save_revision().publish()


def build_sign_language_page(home: HomePage, tally: Tally) -> SignLanguagePage:
    """The explanation in German Sign Language, with a placeholder video and its captions."""
    entry = site_data.SIGN_LANGUAGE
    video = ensure_document(
        entry["video_title"],
        (ASSETS / "dgs-platzhalter.webm").read_bytes,
        "dgs-platzhalter.webm",
        tally,
    )
    captions = ensure_document(
        entry["captions_title"],
        (ASSETS / "dgs-platzhalter.vtt").read_bytes,
        "dgs-platzhalter.vtt",
        tally,
    )
    videos = [
        {
            "type": "video",
            "value": {
                "title": entry["video_heading"],
                "video": video.pk,
                "captions": captions.pk,
                "transcript": entry["transcript"],
            },
        }
    ]
    page = SignLanguagePage(
        title=entry["title"], slug=entry["slug"], introduction=entry["introduction"], videos=videos
    )
    return ensure_page(home, page, tally, "other pages")


def add_home_links(home: HomePage, sections: dict[str, Page]) -> None:
    """Calls to action on a new home page, once the sections they point to exist."""
    home.body = stream(
        [
            *site_data.HOME["body"],
            ("cta", "Zu den Narrativen und Gegenerzählungen", sections["narratives"].pk),
            ("cta", "Materialien und Kartenset herunterladen", sections["library"].pk),
        ]
    )
    home.save_revision().publish()
