"""Builds one of every public page type, each linked to `related` items of every kind."""

from dataclasses import dataclass, field

from wagtail.models import Page

from media_library.models import CardSet, Material

from .cms import (
    AccessibilityStatementPageFactory,
    ApproachFactory,
    AudienceFactory,
    ChannelFactory,
    ContentPageFactory,
    EasyReadIndexPageFactory,
    EasyReadPageFactory,
    LegalPageFactory,
    SignLanguagePageFactory,
    TopicFactory,
    ValueFactory,
)
from .media_library import (
    CardFactory,
    CardSetFactory,
    ImageFactory,
    LibraryPageFactory,
    MaterialFactory,
)
from .narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    ContactPointFactory,
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
    ProgrammeSiteIndexPageFactory,
    ProgrammeSitePageFactory,
)


@dataclass
class SiteTree:
    home: Page
    pages: dict[str, Page] = field(default_factory=dict)
    messengers: list = field(default_factory=list)
    materials: list[Material] = field(default_factory=list)
    card_set: CardSet | None = None

    def url(self, key: str) -> str:
        return self.pages[key].url


def build_site(home: Page, related: int = 1) -> SiteTree:
    tree = SiteTree(home=home)
    pages = tree.pages
    pages["home"] = home

    topics = [TopicFactory() for _ in range(related)]
    audiences = [AudienceFactory() for _ in range(related)]
    values = [ValueFactory() for _ in range(related)]
    approaches = [ApproachFactory() for _ in range(related)]
    channels = [ChannelFactory() for _ in range(related)]

    pages["content"] = ContentPageFactory(
        parent=home,
        title="Über das Programm",
        show_in_menus=True,
        body__0__paragraph__value="<p>Was wir tun, zeigt dieses Video.</p>",
        body__1__video_embed__title="Samir erzählt, wie er die Kurve gekriegt hat",
    )
    pages["imprint"] = LegalPageFactory(parent=home, title="Impressum")
    pages["privacy"] = LegalPageFactory(parent=home, title="Datenschutzerklärung")
    pages["accessibility"] = AccessibilityStatementPageFactory(parent=home)
    pages["easy_read_index"] = EasyReadIndexPageFactory(parent=home)
    pages["easy_read"] = EasyReadPageFactory(
        parent=pages["easy_read_index"], title="Was ist Kurve kriegen?"
    )
    pages["sign_language"] = SignLanguagePageFactory(parent=home)
    home.organisation = "Ministerium des Innern NRW"
    home.contact_email = "kontakt@example.org"
    home.save()

    pages["library"] = LibraryPageFactory(parent=home, show_in_menus=True)
    tree.materials = [
        MaterialFactory(image=ImageFactory(), topics=topics, audiences=audiences)
        for _ in range(related)
    ]
    tree.card_set = CardSetFactory(title=f"Werte- und Ressourcenkarten {related}")
    for _ in range(max(related, 2)):
        CardFactory(card_set=tree.card_set, value=values[0])

    pages["site_index"] = ProgrammeSiteIndexPageFactory(parent=home, show_in_menus=True)
    sites = [ProgrammeSitePageFactory(parent=pages["site_index"]) for _ in range(related)]
    pages["site"] = sites[0]
    for site_page in sites:
        for _ in range(related):
            ContactPointFactory(page=site_page)
        site_page.materials.set(tree.materials)
        site_page.save()

    pages["messenger_index"] = MessengerIndexPageFactory(parent=home, show_in_menus=True)
    for _ in range(related):
        messenger = MessengerPageFactory(parent=pages["messenger_index"], photo=ImageFactory())
        messenger.sites.set(sites)
        messenger.approaches.set(approaches)
        messenger.save()
        MessengerIdentityFactory(messenger=messenger)
        tree.messengers.append(messenger)
    pages["messenger"] = tree.messengers[0]

    pages["narrative_index"] = NarrativeIndexPageFactory(parent=home, show_in_menus=True)
    narratives = []
    for _ in range(related):
        narrative = NarrativePageFactory(parent=pages["narrative_index"], image=ImageFactory())
        for name, items in (
            ("topics", topics),
            ("audiences", audiences),
            ("values", values),
            ("approaches", approaches),
            ("sites", sites),
            ("messengers", tree.messengers),
            ("materials", tree.materials),
        ):
            getattr(narrative, name).set(items)
        narrative.save()
        narratives.append(narrative)
    pages["narrative"] = narratives[0]

    pages["campaign_index"] = CampaignIndexPageFactory(parent=home, show_in_menus=True)
    for _ in range(related):
        campaign = CampaignPageFactory(parent=pages["campaign_index"], image=ImageFactory())
        for name, items in (
            ("audiences", audiences),
            ("channels", channels),
            ("sites", sites),
            ("narratives", narratives),
            ("messengers", tree.messengers),
            ("materials", tree.materials),
        ):
            getattr(campaign, name).set(items)
        campaign.save()
        pages.setdefault("campaign", campaign)
    return tree


# Paths of the library's routed detail pages, which are not Wagtail pages of their own.
def library_urls(tree: SiteTree) -> dict[str, str]:
    library = tree.pages["library"]
    return {
        "material": library.material_url(tree.materials[0]),
        "card_set": library.card_set_url(tree.card_set),
    }
