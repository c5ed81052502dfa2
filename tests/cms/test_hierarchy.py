"""Page types can only be created where the content model says."""

import pytest
from wagtail.models import Page

from cms.models import (
    AccessibilityStatementPage,
    ContentPage,
    EasyReadIndexPage,
    EasyReadPage,
    HomePage,
    LegalPage,
)
from media_library.models import LibraryPage
from narratives.models import (
    CampaignIndexPage,
    CampaignPage,
    MessengerIndexPage,
    MessengerPage,
    NarrativeIndexPage,
    NarrativePage,
    ProgrammeSiteIndexPage,
    ProgrammeSitePage,
)

ALLOWED = {
    HomePage: [Page],
    ContentPage: [HomePage, ContentPage],
    LegalPage: [HomePage],
    AccessibilityStatementPage: [HomePage],
    EasyReadIndexPage: [HomePage],
    EasyReadPage: [EasyReadIndexPage],
    LibraryPage: [HomePage],
    NarrativeIndexPage: [HomePage],
    NarrativePage: [NarrativeIndexPage],
    MessengerIndexPage: [HomePage],
    MessengerPage: [MessengerIndexPage],
    CampaignIndexPage: [HomePage],
    CampaignPage: [CampaignIndexPage],
    ProgrammeSiteIndexPage: [HomePage],
    ProgrammeSitePage: [ProgrammeSiteIndexPage],
}
PARENTS = [Page, *ALLOWED]


@pytest.mark.smoke
@pytest.mark.parametrize("child", list(ALLOWED), ids=lambda m: m.__name__)
def test_each_page_type_lives_only_under_its_parents(child):
    allowed_parents = {parent for parent in PARENTS if child in parent.allowed_subpage_models()}
    allowed_parents &= set(child.allowed_parent_page_models())
    assert allowed_parents == set(ALLOWED[child])


def test_abstract_bases_cannot_be_created():
    from cms.models import BasePage, ListingPage

    assert BasePage._meta.abstract and ListingPage._meta.abstract
    creatable = {m for m in ALLOWED if m.is_creatable}
    assert creatable == set(ALLOWED)


def test_only_one_accessibility_statement_and_library_per_home(home):
    from tests.factories.cms import AccessibilityStatementPageFactory
    from tests.factories.media_library import LibraryPageFactory

    AccessibilityStatementPageFactory(parent=home)
    LibraryPageFactory(parent=home)
    assert not AccessibilityStatementPage.can_create_at(home)
    assert not LibraryPage.can_create_at(home)
    assert NarrativeIndexPage.can_create_at(home)
