"""The programme's pages: the seven sites, the messengers with their private records, the
narratives and the campaigns, related to each other as the data files name them."""

import datetime

from django.utils.text import slugify

from media_library.models import Material
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

from .blocks import for_city, indicators, key_messages, narrative_body, stream
from .files import png_bytes, render_portrait
from .media import Terms, ensure_image
from .pages import Progress, Tally, ensure_page, pick
from .texts import DemoTexts


def build_sites(
    index: ProgrammeSiteIndexPage, materials: dict[str, Material], tally: Tally, texts: DemoTexts
) -> dict[str, ProgrammeSitePage]:
    text = texts.site
    sites = {}
    for entry in text.sites:
        city = entry.city
        city_slug = slugify(city)
        page = ProgrammeSitePage(
            title=city,
            slug=city_slug,
            introduction=entry.introduction,
            body=stream(for_city(text.site_body, city)),
        )
        page.contact_points = [
            ContactPoint(
                name=contact.name,
                address=f"{contact.street}\n{entry.postcode} {city}",
                phone=f"0221 4710 {contact.phone_suffix}",
                email=f"{contact.mailbox}.{city_slug}@example.org",
                opening_hours=text.opening_hours,
            )
            for contact in entry.contacts
        ]
        page.materials = pick(materials, entry.materials)
        sites[city] = ensure_page(index, page, tally, "sites")
    return sites


def build_messengers(
    index: MessengerIndexPage,
    terms: Terms,
    sites: dict[str, ProgrammeSitePage],
    today: datetime.date,
    tally: Tally,
    texts: DemoTexts,
) -> dict[str, MessengerPage]:
    messengers = {}
    for number, entry in enumerate(texts.messengers.messengers, start=1):
        private = entry.identity
        consent_given_on = today - datetime.timedelta(days=private.consent_days_ago)
        reference = f"EW-{consent_given_on.year}-{number:03d}"
        photo = None
        if entry.photo:
            photo = ensure_image(
                f"Porträt {entry.title}",
                lambda entry=entry: png_bytes(render_portrait(entry.photo, entry.title)),
                f"portraet-{entry.slug}.png",
                f"Platzhalterbild für das Porträt von {entry.title}",
                tally,
                texts.media,
                shows_people=True,
                consent_reference=reference,
            )
        page = MessengerPage(
            title=entry.title,
            slug=entry.slug,
            introduction=entry.introduction,
            role=entry.role,
            languages_spoken=entry.languages,
            quote=entry.quote,
            story=stream(entry.story),
            photo=photo,
        )
        page.sites = pick(sites, entry.sites)
        page.approaches = pick(terms["approaches"], entry.approaches)
        page = ensure_page(index, page, tally, "messengers")
        email = ".".join(slugify(part.replace("ı", "i")) for part in private.real_name.split())
        MessengerIdentity.objects.get_or_create(
            messenger=page,
            defaults={
                "real_name": private.real_name,
                "email": f"{email}@example.org",
                "phone": private.phone,
                "consent_given_on": consent_given_on,
                "consent_web": True,
                "consent_print": private.consent_print,
                "consent_social": private.consent_social,
                "consent_photo": photo is not None,
                "consent_expires_on": consent_given_on
                + datetime.timedelta(days=private.consent_days_valid),
                "consent_reference": reference,
                "safety_notes": private.safety_notes,
            },
        )
        messengers[entry.slug] = page
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
    texts: DemoTexts,
) -> dict[str, NarrativePage]:
    text = texts.narratives
    narratives = {}
    for entry in text.narratives:
        linked = pick(materials, entry.materials)
        teaser = next((m.image for m in linked if m.kind == Material.Kind.IMAGE), None)
        page = NarrativePage(
            title=entry.title,
            slug=entry.slug,
            introduction=entry.introduction,
            negative_narrative=entry.negative,
            counter_narrative=entry.counter,
            key_messages=key_messages(entry.key_messages),
            body=stream(narrative_body(entry, text.headings)),
            image=teaser,
            talking_points=entry.talking_points,
            sources=[
                {"type": "source", "value": text.sources[key].value()} for key in entry.sources
            ],
            review_by=today + datetime.timedelta(days=entry.review_in_days),
        )
        for field in ("topics", "audiences", "values", "approaches"):
            setattr(page, field, pick(terms[field], getattr(entry, field)))
        page.sites = pick(sites, entry.sites)
        page.messengers = pick(messengers, entry.messengers)
        page.materials = linked
        narratives[entry.slug] = ensure_page(index, page, tally, "narratives")
    progress(f"Narratives… {len(narratives)}/{len(text.narratives)}")
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
    texts: DemoTexts,
) -> dict[str, CampaignPage]:
    campaigns = {}
    for entry in texts.campaigns.campaigns:
        page = CampaignPage(
            title=entry.title,
            slug=entry.slug,
            introduction=entry.introduction,
            goal=entry.goal,
            starts_on=today + datetime.timedelta(days=entry.starts_in_days),
            ends_on=today + datetime.timedelta(days=entry.ends_in_days),
            image=materials[entry.image].image,
            body=stream(entry.body),
            indicators=indicators(entry.indicators),
        )
        page.audiences = pick(terms["audiences"], entry.audiences)
        page.channels = pick(terms["channels"], entry.channels)
        page.sites = pick(sites, entry.sites)
        page.narratives = pick(narratives, entry.narratives)
        page.messengers = pick(messengers, entry.messengers)
        page.materials = pick(materials, entry.materials)
        campaigns[entry.slug] = ensure_page(index, page, tally, "campaigns")
    return campaigns
