from .access import InternalContentAccess
from .backups import BackupTarget
from .base import BasePage
from .easy_read import EasyReadIndexPage, EasyReadPage
from .emergency import EmergencyPublication
from .home import ContentPage, HomePage
from .integrity import IntegrityRun
from .legal import AccessibilityStatementPage, LegalPage
from .listing import ListingFilter, ListingPage, page_options, taxonomy_options
from .review import PeopleInPicturesTask, ReviewTask
from .sign_language import SignLanguagePage
from .taxonomies import Approach, Audience, Channel, Taxonomy, Topic, Value

__all__ = [
    "AccessibilityStatementPage",
    "Approach",
    "Audience",
    "BackupTarget",
    "BasePage",
    "Channel",
    "ContentPage",
    "EasyReadIndexPage",
    "EasyReadPage",
    "EmergencyPublication",
    "HomePage",
    "IntegrityRun",
    "InternalContentAccess",
    "LegalPage",
    "ListingFilter",
    "ListingPage",
    "Taxonomy",
    "PeopleInPicturesTask",
    "ReviewTask",
    "SignLanguagePage",
    "Topic",
    "Value",
    "page_options",
    "taxonomy_options",
]
