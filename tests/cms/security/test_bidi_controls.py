"""Titles and names lose the bidirectional controls that can disguise text, and keep the marks
Arabic and Kurdish text needs."""

from wagtail.models import Page

from tests.factories.cms import TopicFactory
from tests.factories.media_library import (
    CardFactory,
    CardSetFactory,
    DocumentFactory,
    ImageFactory,
    MaterialFactory,
)
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory

RLO, PDF_, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"


def test_overrides_and_isolates_are_removed_from_page_titles_on_every_save(home):
    page = NarrativePageFactory(
        parent=NarrativeIndexPageFactory(parent=home), title=f"Schule {RLO}txet.exe{PDF_}"
    )
    assert Page.objects.get(pk=page.pk).title == "Schule txet.exe"
    page.title = f"{LRI}Neu{PDI}"
    revision = page.save_revision()
    revision.publish()
    stored = Page.objects.get(pk=page.pk)
    assert stored.title == "Neu" and stored.draft_title == "Neu"


def test_marks_that_arabic_and_kurdish_need_stay(home):
    title = f"الأمل{RLM} في 2026{LRM} Kurve{ALM}"
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home), title=title)
    assert Page.objects.get(pk=page.pk).title == title


def test_names_of_terms_images_and_documents_are_cleaned(db):
    assert TopicFactory(name=f"Familie{RLO}").name == "Familie"
    image = ImageFactory(title=f"Foto{RLO}gpj.exe", alt_text=f"Kinder{LRI}")
    assert (image.title, image.alt_text) == ("Fotogpj.exe", "Kinder")
    document = DocumentFactory(title=f"Flyer{RLO}fdp.exe")
    assert document.title == "Flyerfdp.exe"


def test_titles_of_materials_card_sets_and_cards_are_cleaned(db):
    material = MaterialFactory(title=f"Flyer{RLO}fdp.exe")
    card = CardFactory(title=f"Respekt{LRI}", card_set=CardSetFactory(title=f"Karten{RLO}"))
    titles = (material.title, card.card_set.title, card.title)
    assert titles == ("Flyerfdp.exe", "Karten", "Respekt")


def test_contact_points_of_sites_are_cleaned(home):
    from narratives.models import ContactPoint
    from tests.factories.narratives import ProgrammeSiteIndexPageFactory, ProgrammeSitePageFactory

    site = ProgrammeSitePageFactory(parent=ProgrammeSiteIndexPageFactory(parent=home))
    point = ContactPoint.objects.create(
        page=site, name=f"Beratung{RLO}fdp.exe", opening_hours=f"Mo{LRI}–Fr{PDI}"
    )
    point.refresh_from_db()
    assert (point.name, point.opening_hours) == ("Beratungfdp.exe", "Mo–Fr")
