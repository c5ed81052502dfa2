"""Builds the demo site: home page, taxonomies, sections, then the programme's pages (programme),
the about and legal pages (about) and the translations, from the texts in data/.

Everything is looked up before it is created (pages by slug under their parent, snippets by slug
and locale, images and documents by title), so a second run adds nothing and changes nothing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.models import Approach, Audience, Channel, HomePage, Topic, Value
from media_library.models import LibraryPage
from narratives.models import (
    CampaignIndexPage,
    MessengerIndexPage,
    NarrativeIndexPage,
    ProgrammeSiteIndexPage,
)

from .about import build_about_and_legal
from .blocks import stream
from .content import load_texts
from .media import Terms, build_card_set, build_materials
from .pages import DemoContentError, Progress, Tally, ensure_page
from .programme import build_campaigns, build_messengers, build_narratives, build_sites
from .scale import build_scaled_narratives
from .texts import DemoTexts, Section
from .translations import build_translations, sync_language_trees

TAXONOMY_MODELS = {
    "topics": Topic,
    "audiences": Audience,
    "values": Value,
    "approaches": Approach,
    "channels": Channel,
}


@transaction.atomic
def build_demo_content(progress: Progress, scale: int = 0) -> Tally:
    """Create whatever part of the demo content is missing; returns what exists and is new."""
    texts = load_texts()  # all of it first: bad data stops the run before anything is written
    tally = Tally()
    locale = Locale.get_default()
    today = timezone.localdate()
    home, site = build_home(locale, tally, texts)
    terms = build_taxonomies(locale, tally, texts)
    progress(f"Taxonomies… {tally.total['taxonomy terms']}")
    materials = build_materials(locale, terms, tally, texts)
    build_card_set(locale, tally, texts)
    progress(f"Materials… {tally.total['materials']} (card set: {tally.total['cards']} cards)")
    sections = build_sections(home, tally, texts)
    sites = build_sites(sections["sites"], materials, tally, texts)
    progress(f"Sites… {len(sites)}")
    messengers = build_messengers(sections["messengers"], terms, sites, today, tally, texts)
    progress(f"Messengers… {len(messengers)}")
    narratives = build_narratives(
        sections["narratives"],
        terms,
        sites,
        messengers,
        materials,
        today,
        progress,
        tally,
        texts,
    )
    campaigns = build_campaigns(
        sections["campaigns"],
        terms,
        sites,
        narratives,
        messengers,
        materials,
        today,
        tally,
        texts,
    )
    progress(f"Campaigns… {tally.total['campaigns']}")
    build_about_and_legal(home, site, today, tally, texts)
    if tally.created["home page"]:
        add_home_links(home, sections, texts)
    progress(f"Pages… {tally.total['pages']}")
    if scale:
        build_scaled_narratives(sections["narratives"], scale, terms, sites, progress, tally)
    sync_language_trees()
    build_translations(home, sections, narratives, campaigns, sites, tally, texts)
    progress(f"Languages… {tally.total['translations']} translated pages")
    return tally


def demo_host() -> tuple[str, int]:
    """Host and port the demo is served on (WAGTAILADMIN_BASE_URL, 127.0.0.1:8000 by default):
    the site's, so that the sitemap's addresses are the ones visitors use."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return address.hostname or "localhost", address.port or (
        443 if address.scheme == "https" else 80
    )


def build_home(
    locale: Locale, tally: Tally, texts: DemoTexts | None = None
) -> tuple[HomePage, Site]:
    """The HomePage the default site points at, replacing Wagtail's "Welcome" page."""
    text = (texts or load_texts()).site
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
            title=text.home.title,
            slug="home",
            site_name=text.site_name,
            hero_heading=text.home.hero_heading,
            introduction=text.home.introduction,
            body=stream(text.home.body),
            locale=locale,
        )
        home = ensure_page(root, home, tally, "home page")
    site.root_page = home
    site.is_default_site = True
    site.site_name = site.site_name or text.site_name
    site.save()
    if welcome is not None:
        Page.objects.get(pk=welcome.pk).delete()
    return home, site


def build_taxonomies(locale: Locale, tally: Tally, texts: DemoTexts) -> Terms:
    terms: Terms = {}
    for key, model in TAXONOMY_MODELS.items():
        terms[key] = {}
        for entry in getattr(texts.taxonomies, key):
            term, created = model.objects.get_or_create(
                locale=locale,
                slug=entry.slug,
                defaults={"name": entry.name, "description": entry.description},
            )
            terms[key][entry.slug] = term
            tally.add("taxonomy terms", created)
    return terms


def _section(home: HomePage, model: type[Page], text: Section, tally: Tally) -> Page:
    page = model(
        title=text.title, slug=text.slug, introduction=text.introduction, show_in_menus=True
    )
    return ensure_page(home, page, tally, "sections")


def build_sections(home: HomePage, tally: Tally, texts: DemoTexts) -> dict[str, Page]:
    text = texts.site
    sections = text.sections
    return {
        "narratives": _section(home, NarrativeIndexPage, sections.narratives, tally),
        "messengers": _section(home, MessengerIndexPage, sections.messengers, tally),
        "campaigns": _section(home, CampaignIndexPage, sections.campaigns, tally),
        "sites": _section(home, ProgrammeSiteIndexPage, text.site_index, tally),
        "library": _section(home, LibraryPage, sections.library, tally),
    }


def add_home_links(home: HomePage, sections: dict[str, Page], texts: DemoTexts) -> None:
    """Calls to action on a new home page, once the sections they point to exist."""
    text = texts.site
    links = [("cta", link.text, sections[link.section].pk) for link in text.home.calls_to_action]
    home.body = stream([*text.home.body, *links])
    home.save_revision().publish()
