"""The admin dashboard per role: what waits for each person first, their own work after it,
pages and snippets alike, and language stand-ins counted nowhere."""

import datetime
import html as html_entities
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.access import roles
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor

AWAITING = "Ihre Überprüfung steht aus"
RETURNED = "Zurück an Sie: Änderungen angefordert"
IN_REVIEW = "Ihre Einreichungen in Prüfung"
DRAFTS = "Ihre Entwürfe"
GOING_LIVE = "Demnächst online"
DUE = "Zur Wiedervorlage fällige Narrative"
CONSENTS = "Einwilligungen abgelaufen oder bald endend"
OVERDUE = datetime.date(2020, 1, 1)


@pytest.fixture
def index(home):
    return NarrativeIndexPageFactory(parent=home, slug="narrative")


def dashboard(client, user) -> str:
    log_in_with_second_factor(client, user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def text_of(html: str) -> str:
    """What a person reads: tags and scripts gone, white space collapsed."""
    html = re.sub(r"<(script|svg)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(html_entities.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def headings(html: str) -> list[str]:
    """The dashboard's panel headings, top to bottom."""
    return [text_of(h) for h in re.findall(r"data-panel-heading-text>(.*?)</span>", html, re.S)]


def panel(html: str, heading: str) -> str:
    """The text of the dashboard panel with this heading ('' when it is not shown)."""
    for section in re.split(r'(?=<section class="w-panel)', html)[1:]:
        if headings(section) == [heading]:
            return text_of(section)
    return ""


def draft(page_or_snippet: object, user: object) -> object:
    page_or_snippet.save_revision(user=user)
    return page_or_snippet


def submit(obj: object, user: object) -> None:
    revision = obj.save_revision(user=user)
    obj.get_workflow().start(obj, user)
    assert obj.current_workflow_state.current_task_state.revision == revision


def act(obj: object, user: object, action: str, comment: str = "") -> None:
    obj.refresh_from_db()
    task_state = obj.current_workflow_task_state
    task_state.task.specific.on_action(task_state, user, action, comment=comment)


def test_reviewer_finds_pages_and_snippets_awaiting_them_first(client, index, role_users):
    officer = role_users[roles.COMMUNICATION]
    narrative = NarrativePageFactory(parent=index, title="Schule bringt nichts", live=False)
    material = MaterialFactory(title="Flyer für Eltern", live=False)
    submit(narrative, officer)
    submit(material, officer)
    NarrativePageFactory(parent=index, review_by=OVERDUE)

    for role in (roles.SUBJECT_REVIEW, roles.SIGN_OFF):
        html = dashboard(client, role_users[role])
        if role == roles.SUBJECT_REVIEW:
            assert headings(html)[0] == AWAITING
            awaiting = panel(html, AWAITING)
            assert "Schule bringt nichts" in awaiting
            assert "Flyer für Eltern" in awaiting
        # Sign-off may edit pages, but review-by dates are the writers' work.
        assert DUE not in headings(html)

    assert DUE in headings(dashboard(client, officer))


def test_returned_item_shows_the_reviewers_comment_on_the_dashboard(client, index, role_users):
    officer = role_users[roles.COMMUNICATION]
    reviewer = role_users[roles.SUBJECT_REVIEW]
    narrative = NarrativePageFactory(parent=index, title="Knast bringt Ansehen", live=False)
    material = MaterialFactory(title="Plakat Schule", live=False)
    submit(narrative, officer)
    submit(material, officer)
    act(narrative, reviewer, "reject", comment="Bitte das Gegennarrativ konkreter.")

    html = dashboard(client, officer)
    returned = panel(html, RETURNED)
    assert "Knast bringt Ansehen" in returned
    assert "Bitte das Gegennarrativ konkreter." in returned
    assert roles.SUBJECT_REVIEW in returned
    assert reviewer.get_full_name() in returned
    assert "Plakat Schule" not in returned

    in_review = panel(html, IN_REVIEW)
    assert "Plakat Schule" in in_review
    assert f"Plakat Schule Material Deutsch {roles.SUBJECT_REVIEW}" in in_review
    assert timezone.localtime().strftime("%d.%m.%Y") in in_review
    assert "Knast bringt Ansehen" not in in_review
    # Wagtail's own list of the same items (without the comment) is gone.
    assert "Ihre Seiten und Schnipsel in einem Workflow" not in html
    assert headings(html).index(RETURNED) < headings(html).index(IN_REVIEW)


def test_drafts_are_the_users_own_unsubmitted_changes(client, index, role_users):
    officer = role_users[roles.COMMUNICATION]
    colleague = role_users[roles.ADMINISTRATION]
    draft(NarrativePageFactory(parent=index, title="Mein Entwurf", live=False), officer)
    draft(MaterialFactory(title="Mein Materialentwurf", live=False), officer)
    draft(NarrativePageFactory(parent=index, title="Fremder Entwurf", live=False), colleague)
    submit(NarrativePageFactory(parent=index, title="Eingereicht", live=False), officer)
    published = NarrativePageFactory(parent=index, title="Veröffentlicht")
    published.save_revision(user=officer).publish()
    scheduled = NarrativePageFactory(parent=index, title="Geplant", live=False)
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=officer).publish()

    drafts = panel(dashboard(client, officer), DRAFTS)
    assert "Mein Entwurf" in drafts
    assert "Mein Materialentwurf" in drafts
    for other in ("Fremder Entwurf", "Eingereicht", "Veröffentlicht", "Geplant"):
        assert other not in drafts


def test_going_live_soon_lists_scheduled_pages_and_snippets(client, index, role_users):
    officer = role_users[roles.COMMUNICATION]
    soon = timezone.now() + datetime.timedelta(days=3)
    narrative = NarrativePageFactory(parent=index, title="Bald online", live=False)
    narrative.go_live_at = soon
    narrative.save_revision(user=officer).publish()
    material = MaterialFactory(title="Flyer ab Montag", live=False)
    material.go_live_at = soon
    material.save_revision(user=officer).publish()
    NarrativePageFactory(parent=index, title="Schon online")

    going_live = panel(dashboard(client, role_users[roles.SUBJECT_REVIEW]), GOING_LIVE)
    assert "Bald online" in going_live
    assert "Flyer ab Montag" in going_live
    assert timezone.localtime(soon).strftime("%d.%m.%Y") in going_live
    assert "Schon online" not in going_live


def test_language_stand_ins_count_nowhere(client, index, role_users):
    officer = role_users[roles.COMMUNICATION]
    english = Locale.objects.get(language_code="en")
    narrative = NarrativePageFactory(parent=index, title="Familie über dem Gesetz")
    narrative.review_by = OVERDUE
    narrative.save()
    stand_in = narrative.copy_for_translation(english, copy_parents=True, alias=True)
    assert stand_in.alias_of_id == narrative.pk
    pages = Page.objects.exclude(depth=1).filter(alias_of__isnull=True).count()

    html = dashboard(client, officer)
    due = panel(html, DUE)
    assert "1 Narrativ hat sein Wiedervorlagedatum überschritten." in due
    assert due.count("Familie über dem Gesetz") == 1
    assert f"{pages} Seiten" in text_of(html)


def test_privacy_officers_see_ending_consents_by_alias(client, home, role_users):
    today = timezone.localdate()
    expired = MessengerIdentityFactory(
        messenger__parent=home, messenger__title="Leyla A.", real_name="Leyla Klarname"
    )
    expired.consent_expires_on = today - datetime.timedelta(days=3)
    expired.save()
    MessengerIdentityFactory(
        messenger__parent=home,
        messenger__title="Coach Deniz",
        consent_expires_on=today + datetime.timedelta(days=20),
    )
    MessengerIdentityFactory(messenger__parent=home, messenger__title="Samira K.")

    html = dashboard(client, role_users[roles.PRIVACY_REVIEW])
    consents = panel(html, CONSENTS)
    assert "Leyla A." in consents
    assert f"abgelaufen am {(expired.consent_expires_on):%d.%m.%Y}" in consents
    assert "Coach Deniz" in consents
    assert "endet am" in consents
    assert "Samira K." not in consents  # a year to go
    assert "Klarname" not in html

    for role in (roles.COMMUNICATION, roles.SUBJECT_REVIEW, roles.ADMINISTRATION):
        assert CONSENTS not in dashboard(client, role_users[role]), role


def test_dashboard_queries_do_not_grow_with_its_rows(client, index, role_users):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    officer = role_users[roles.COMMUNICATION]
    reviewer = role_users[roles.SUBJECT_REVIEW]
    log_in_with_second_factor(client, officer)

    def add_one_of_each() -> None:
        draft(NarrativePageFactory(parent=index, live=False), officer)
        draft(MaterialFactory(live=False), officer)
        submit(MaterialFactory(live=False), officer)
        returned = NarrativePageFactory(parent=index, live=False)
        submit(returned, officer)
        act(returned, reviewer, "reject", comment="Bitte ändern.")
        scheduled = NarrativePageFactory(parent=index, live=False)
        scheduled.go_live_at = timezone.now() + datetime.timedelta(days=2)
        scheduled.save_revision(user=officer).publish()

    def queries() -> int:
        client.get(reverse("wagtailadmin_home"))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("wagtailadmin_home")).status_code == 200
        return len(captured)

    add_one_of_each()
    few = queries()
    for _ in range(4):  # below MAX_ROWS: a full list adds one count
        add_one_of_each()
    assert queries() == few


@pytest.mark.parametrize(
    "role, offered",
    [
        (roles.COMMUNICATION, True),
        (roles.SIGN_OFF, True),
        (roles.PRIVACY_REVIEW, False),
        (roles.SUBJECT_REVIEW, False),
    ],
)
def test_page_search_is_offered_only_to_those_who_may_open_its_results(
    client, index, role_users, role, offered
):
    """The dashboard's page search leads into the explorer; reviewers without one got an
    access-denied page from it."""
    html = dashboard(client, role_users[role])
    assert ('role="search"' in html.split('id="main"', 1)[-1].split("w-dashboard", 1)[-1]) is (
        offered
    )
    if offered:
        search = reverse("wagtailadmin_explore", args=[index.get_parent().pk])
        assert client.get(search, {"q": "Narrative"}).status_code == 200
