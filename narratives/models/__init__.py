from .campaigns import CampaignIndexPage, CampaignPage
from .identity import MessengerIdentity
from .ledger import AppliedLedgerEntry
from .messengers import MessengerIndexPage, MessengerPage
from .narratives import NarrativeIndexPage, NarrativePage
from .programme_sites import ContactPoint, ProgrammeSiteIndexPage, ProgrammeSitePage

__all__ = [
    "AppliedLedgerEntry",
    "CampaignIndexPage",
    "CampaignPage",
    "ContactPoint",
    "MessengerIdentity",
    "MessengerIndexPage",
    "MessengerPage",
    "NarrativeIndexPage",
    "NarrativePage",
    "ProgrammeSiteIndexPage",
    "ProgrammeSitePage",
]
