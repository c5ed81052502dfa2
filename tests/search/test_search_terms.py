"""Editors see what visitors look for, as aggregate counts that identify nobody."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.access import roles
from search.models import SearchTermCount
from tests.factories.second_factor import log_in_with_second_factor


def test_searches_are_counted_per_normalised_term_language_and_day_only(client, home):
    client.get("/de/suche/", {"q": "Schule"})
    client.get("/de/suche/", {"q": "  SCHULE!! "})
    client.get("/de/suche/", {"q": "Schule", "page": "2"})  # browsing results: no new search
    client.get("/ar/suche/", {"q": "Schule"})
    client.get("/de/suche/", {"q": ""})
    rows = {(r.query, r.language): r.count for r in SearchTermCount.objects.all()}
    assert rows == {("schule", "de"): 2, ("schule", "ar"): 1}
    # Nothing about the visitor is kept: no address, session, user or time of day.
    fields = {field.name for field in SearchTermCount._meta.get_fields()}
    assert fields == {"id", "query", "language", "day", "count"}


def test_editors_see_the_most_frequent_terms(client, home, role_users):
    for _ in range(3):
        client.get("/de/suche/", {"q": "Familie"})
    client.get("/tr/suche/", {"q": "aile"})
    log_in_with_second_factor(client, role_users[roles.COMMUNICATION])
    html = client.get(reverse("search_terms")).content.decode()
    assert "<td>familie</td><td>3</td>" in html and "<td>aile</td><td>1</td>" in html
    turkish = client.get(reverse("search_terms"), {"language": "tr"}).content.decode()
    assert "aile" in turkish and "familie" not in turkish


@pytest.mark.parametrize("role", [roles.PRIVACY_REVIEW, roles.SIGN_OFF, roles.PRACTITIONERS])
def test_others_do_not(client, home, role_users, role):
    log_in_with_second_factor(client, role_users[role])
    response = client.get(reverse("search_terms"))
    assert response.status_code in (302, 403)


def test_counts_are_forgotten_after_the_retention_period(home):
    today = timezone.localdate()
    for days_ago in (0, 89, 91):
        SearchTermCount.objects.create(
            query=f"wort{days_ago}",
            language="de",
            day=today - datetime.timedelta(days=days_ago),
            count=1,
        )
    assert SearchTermCount.forget_old(today) == 1
    assert set(SearchTermCount.objects.values_list("query", flat=True)) == {"wort0", "wort89"}
