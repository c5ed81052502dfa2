"""Demo translations: the home page in every content language, and the narrative, campaign and
site overviews, several narratives, two campaigns and the site pages in some of them (the texts
are in data/translations/). Everything else stays a German stand-in (an alias) until someone
translates it, as on a real site; Arabic shows right to left.

Relations stay between German pages, as everywhere on the site; a translation only gets its own
texts.
"""

from dataclasses import asdict

from wagtail.models import Page

from cms.models import HomePage
from cms.upstream.localize import sync_locale_trees_except
from narratives.models import CampaignPage, NarrativePage, ProgrammeSitePage

from .blocks import for_city, indicators, key_messages, narrative_body, stream
from .pages import Tally
from .scale import SLUG_PREFIX
from .texts import DemoTexts


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
    texts: DemoTexts,
) -> None:
    """Translate the pages data/translations/ has texts for, parents before children."""
    site = texts.site_translations
    for code, entry in site.home.items():
        fields = {**asdict(entry), "body": stream(entry.body)}
        translate_stand_in(home, code, fields, tally)
    for key, languages in site.sections.items():
        for code, section in languages.items():
            translate_stand_in(sections[key], code, asdict(section), tally)
    headings = texts.narrative_translations.headings
    for slug, narrative_languages in texts.narrative_translations.narratives.items():
        for code, narrative in narrative_languages.items():
            fields = {
                "title": narrative.title,
                "introduction": narrative.introduction,
                "negative_narrative": narrative.negative,
                "counter_narrative": narrative.counter,
                "key_messages": key_messages(narrative.key_messages),
                "body": stream(narrative_body(narrative, headings[code])),
            }
            translate_stand_in(narratives[slug], code, fields, tally)
    for slug, campaign_languages in texts.campaign_translations.campaigns.items():
        for code, campaign in campaign_languages.items():
            fields = {
                "title": campaign.title,
                "introduction": campaign.introduction,
                "goal": campaign.goal,
                "body": stream(campaign.body),
                "indicators": indicators(campaign.indicators),
            }
            translate_stand_in(campaigns[slug], code, fields, tally)
    for city, introductions in site.sites.items():
        for code, introduction in introductions.items():
            body = stream(for_city(site.site_body[code], city))
            translate_stand_in(
                sites[city], code, {"introduction": introduction, "body": body}, tally
            )
