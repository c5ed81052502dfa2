"""The narrative listing with 10,000 narratives: page 200 costs what page 1 costs.

Built with the demo's bulk builder (narratives.demo.scale), as the benchmark builds its data.
How much the database handles per page is read from PostgreSQL's plans (rows times row width
of every plan node, as executed): deterministic, unlike a timing on a shared machine. The
measured times are in the pull request.
"""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from narratives.demo.pages import Tally
from narratives.demo.scale import build_scaled_narratives
from tests.cms.test_query_budget import BUDGET
from tests.factories.cms import ApproachFactory, AudienceFactory, TopicFactory, ValueFactory
from tests.factories.narratives import (
    NarrativeIndexPageFactory,
    ProgrammeSiteIndexPageFactory,
    ProgrammeSitePageFactory,
)

pytestmark = pytest.mark.postgres

SCALE = 10_000
FAR_PAGE = 200
# Page 200 may make the database handle at most this much more than page 1.
MAX_WORK_RATIO = 1.5


def plan_work(node: dict) -> int:
    """Bytes a plan node and its children pass on: rows (per loop, times loops) × row width."""
    own = node.get("Actual Rows", 0) * node.get("Actual Loops", 1) * node.get("Plan Width", 0)
    return own + sum(plan_work(child) for child in node.get("Plans", []))


def database_work(queries: list[dict]) -> int:
    total = 0
    with connection.cursor() as cursor:
        for query in queries:
            if not query["sql"].lstrip().upper().startswith(("SELECT", "(SELECT")):
                continue
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query["sql"])
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            total += plan_work(plan[0]["Plan"])
    return total


def visit(client, url: str) -> tuple[str, list[dict]]:
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), queries.captured_queries


def numbers_listed(html: str) -> list[int]:
    # Generated titles read "Narrativ 0042 – …" (narratives/demo/data/narratives.toml).
    return [int(number) for number in re.findall(r"Narrativ (\d{4}) –", html)]


@pytest.fixture
def ten_thousand_narratives(home):
    index = NarrativeIndexPageFactory(parent=home, show_in_menus=True)
    sites_index = ProgrammeSiteIndexPageFactory(parent=home)
    terms = {
        "topics": {topic.slug: topic for topic in TopicFactory.create_batch(4)},
        "audiences": {audience.slug: audience for audience in AudienceFactory.create_batch(3)},
        "values": {value.slug: value for value in ValueFactory.create_batch(3)},
        "approaches": {approach.slug: approach for approach in ApproachFactory.create_batch(3)},
    }
    sites = {
        site.slug: site for site in (ProgrammeSitePageFactory(parent=sites_index) for _ in range(3))
    }
    build_scaled_narratives(
        index, SCALE, terms, sites, lambda message: None, Tally(), search_index=False
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # what autovacuum does after a bulk load in production
    return index, terms


def test_page_200_of_10000_narratives_costs_no_more_than_page_1(client, ten_thousand_narratives):
    index, terms = ten_thousand_narratives
    topic = next(iter(terms["topics"]))
    per_page = index.per_page

    first_html, first = visit(client, index.url)
    far_html, far = visit(client, f"{index.url}?page={FAR_PAGE}")
    filtered_html, filtered = visit(client, f"{index.url}?topic={topic}")
    filtered_far_html, filtered_far = visit(client, f"{index.url}?topic={topic}&page={FAR_PAGE}")

    # The newest first: generated narrative 1 is the newest.
    assert numbers_listed(first_html) == list(range(1, per_page + 1))
    far_start = (FAR_PAGE - 1) * per_page + 1
    assert numbers_listed(far_html) == list(range(far_start, far_start + per_page))
    assert len(numbers_listed(filtered_far_html)) == per_page
    assert set(numbers_listed(filtered_far_html)).isdisjoint(numbers_listed(filtered_html))

    counts = {
        "page 1": len(first),
        f"page {FAR_PAGE}": len(far),
        "filtered page 1": len(filtered),
        f"filtered page {FAR_PAGE}": len(filtered_far),
    }
    assert len(set(counts.values())) == 1, counts
    assert max(counts.values()) <= BUDGET, counts

    first_work, far_work = database_work(first), database_work(far)
    assert far_work <= MAX_WORK_RATIO * first_work, (first_work, far_work)
    filtered_work, filtered_far_work = database_work(filtered), database_work(filtered_far)
    assert filtered_far_work <= MAX_WORK_RATIO * filtered_work, (filtered_work, filtered_far_work)
