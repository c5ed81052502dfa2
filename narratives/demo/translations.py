"""Demo translations: the home page in every content language, and the narrative, campaign and
site overviews, several narratives, two campaigns and the site pages in some of them (the texts
are in content_translations). Everything else stays a German stand-in (an alias) until someone
translates it, as on a real site; Arabic shows right to left.

Relations stay between German pages, as everywhere on the site; a translation only gets its own
texts.
"""

from wagtail.models import Page

from cms.models import HomePage
from cms.upstream.localize import sync_locale_trees_except
from narratives.models import CampaignPage, NarrativePage, ProgrammeSitePage

from . import content_translations as texts
from .pages import Tally, indicators, key_messages, narrative_body, stream
from .scale import SLUG_PREFIX


def sync_language_trees() -> None:
    """Give every language's tree the German pages it lacks, as stand-ins (aliases).

    What wagtail-localize's sync_locale_trees does, less the generated load-test narratives
    (--scale): five stand-ins each for thousands of pages would take minutes and test nothing.
    """
    scaled = set(
        Page.objects.filter(slug__startswith=SLUG_PREFIX).values_list("translation_key", flat=True)
    )
    sync_locale_trees_except(scaled)


def translate_stand_in(source: Page, code: str, fields: dict, tally: Tally) -> Page | None:
    """Turn the stand-in of source in language `code` into a translation with these field
    values and publish it, once: a page that is already a translation is left as it is, so an
    editor's work survives another run. None when the language's tree lacks the page."""
    page = (
        Page.objects.filter(translation_key=source.translation_key, locale__language_code=code)
        .specific()
        .first()
    )
    if page is None:
        return None
    if not page.alias_of_id:
        tally.add("translations", created=False)
        return page
    Page.objects.filter(pk=page.pk).update(alias_of=None)
    page.refresh_from_db()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    tally.add("translations", created=True)
    return page


def build_translations(
    home: HomePage,
    sections: dict[str, Page],
    narratives: dict[str, NarrativePage],
    campaigns: dict[str, CampaignPage],
    sites: dict[str, ProgrammeSitePage],
    tally: Tally,
) -> None:
    """Translate the pages content_translations has texts for, parents before children."""
    for code, entry in texts.HOME.items():
        fields = {**entry, "body": stream(entry["body"])}
        translate_stand_in(home, code, fields, tally)
    for key, languages in texts.SECTIONS.items():
        for code, fields in languages.items():
            translate_stand_in(sections[key], code, fields, tally)
    for slug, languages in texts.NARRATIVES.items():
        for code, entry in languages.items():
            fields = {
                "title": entry["title"],
                "introduction": entry["introduction"],
                "negative_narrative": entry["negative"],
                "counter_narrative": entry["counter"],
                "key_messages": key_messages(entry["key_messages"]),
                "body": stream(narrative_body(entry, texts.NARRATIVE_HEADINGS[code])),
            }
            translate_stand_in(narratives[slug], code, fields, tally)
    for slug, languages in texts.CAMPAIGNS.items():
        for code, entry in languages.items():
            fields = {
                "title": entry["title"],
                "introduction": entry["introduction"],
                "goal": entry["goal"],
                "body": stream(entry["body"]),
                "indicators": indicators(entry["indicators"]),
            }
            translate_stand_in(campaigns[slug], code, fields, tally)
    for city, languages in texts.SITES.items():
        for code, introduction in languages.items():
            fields = {"introduction": introduction, "body": stream(texts.site_body(code, city))}
            translate_stand_in(sites[city], code, fields, tally)
