"""About pages, legal pages, the easy-read section and the sign-language page."""

import datetime
from dataclasses import asdict
from pathlib import Path

from wagtail.models import Page, Site

from cms.models import (
    AccessibilityStatementPage,
    ContentPage,
    EasyReadIndexPage,
    EasyReadPage,
    HomePage,
    LegalPage,
    SignLanguagePage,
)

from .blocks import stream
from .media import ensure_document
from .pages import Tally, ensure_page
from .texts import DemoTexts, PageText

ASSETS = Path(__file__).resolve().parent / "assets"


def _content_page(
    parent: Page, model: type[Page], text: PageText, tally: Tally, **extra: object
) -> Page:
    fields = {key: value for key, value in asdict(text).items() if key != "body"}
    if text.body:
        fields["body"] = stream(text.body)
    return ensure_page(parent, model(**fields, **extra), tally, "other pages")


def build_about_and_legal(
    home: HomePage, site: Site, today: datetime.date, tally: Tally, texts: DemoTexts
) -> None:
    """About pages, legal pages, the easy-read section and the site settings that link them."""
    text = texts.pages
    about = _content_page(home, ContentPage, text.about, tally, show_in_menus=True)
    _content_page(about, ContentPage, text.trainings, tally, show_in_menus=True)
    _content_page(about, ContentPage, text.evaluation, tally, show_in_menus=True)
    reviewed = today - datetime.timedelta(days=30)
    _content_page(home, LegalPage, text.imprint, tally, last_reviewed=reviewed)
    _content_page(home, LegalPage, text.privacy, tally, last_reviewed=reviewed)
    _content_page(
        home,
        AccessibilityStatementPage,
        text.accessibility,
        tally,
        conformance=AccessibilityStatementPage.Conformance.PARTIAL,
        prepared_on=today - datetime.timedelta(days=60),
    )
    easy_read = _content_page(home, EasyReadIndexPage, text.easy_read_index, tally)
    for entry in text.easy_read_pages:
        _content_page(easy_read, EasyReadPage, entry, tally)
    build_sign_language_page(home, tally, texts)

    if not (home.organisation and home.contact_email):
        home.organisation = home.organisation or texts.site.organisation
        home.contact_email = home.contact_email or texts.site.contact_email
        home.save_revision().publish()


def build_sign_language_page(home: HomePage, tally: Tally, texts: DemoTexts) -> SignLanguagePage:
    """The explanation in German Sign Language, with a placeholder video and its captions."""
    entry = texts.pages.sign_language
    video = ensure_document(
        entry.video_title,
        (ASSETS / "dgs-platzhalter.webm").read_bytes,
        "dgs-platzhalter.webm",
        tally,
        texts.media,
    )
    captions = ensure_document(
        entry.captions_title,
        (ASSETS / "dgs-platzhalter.vtt").read_bytes,
        "dgs-platzhalter.vtt",
        tally,
        texts.media,
    )
    videos = [
        {
            "type": "video",
            "value": {
                "title": entry.video_heading,
                "video": video.pk,
                "captions": captions.pk,
                "transcript": entry.transcript,
            },
        }
    ]
    page = SignLanguagePage(
        title=entry.title, slug=entry.slug, introduction=entry.introduction, videos=videos
    )
    return ensure_page(home, page, tally, "other pages")
