"""The XSS corpus in every text field, rich text and block reaches visitors and staff only as
text: every public page, search, the listings' filters, and the admin views that show content
(listings, edit, history, compare, previews, snippets, images, documents, choosers, workflow).

Each test renders each view once with the whole corpus planted, and reports every view that
lets something through, not just the first.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page, Workflow
from wagtail.snippets.models import get_snippet_models

from cms.access import roles
from cms.models import Topic
from media_library.models import CustomDocument, CustomImage
from narratives.models import MessengerIdentity
from tests.factories.cms import UserFactory
from tests.factories.hostile import build_hostile_site
from tests.factories.second_factor import log_in_with_second_factor
from tests.factories.site import SiteTree, library_urls
from tests.xss_corpus import (
    MARKER,
    PAYLOADS,
    bidi_controls_in,
    executable_traces,
    packed,
    read_page,
)

# A page that shows hostile content shows a good part of the corpus as text; fewer would mean
# the content never reached it and the test proved nothing.
ENOUGH_MARKERS = 10


@pytest.fixture
def hostile(home) -> SiteTree:
    return build_hostile_site(home)


@pytest.fixture
def staff_client(client, db):
    log_in_with_second_factor(client, UserFactory(is_superuser=True, is_staff=True))
    return client


def what_runs(client, urls: list[str], min_markers: int = ENOUGH_MARKERS) -> dict[str, object]:
    """Per URL, what of the corpus a browser would run, or why the check could not tell."""
    problems: dict[str, object] = {}
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            problems[url] = f"status {response.status_code}"
            continue
        html = response.content.decode()
        if response["Content-Type"].startswith("application/json"):
            html = response.json().get("html", "")  # a chooser's modal
        traces, shown = read_page(html)
        if traces:
            problems[url] = traces
        elif len(shown) < min_markers:
            problems[url] = f"only {len(shown)} payloads shown: not planted?"
    return problems


def test_public_pages_show_the_corpus_as_text_and_titles_without_overrides(client, hostile):
    urls = [page.url for page in hostile.pages.values()] + list(library_urls(hostile).values())
    assert what_runs(client, urls) == {}
    for url in urls:
        html = client.get(url).content.decode()
        head, _, body = html.partition("</head>")
        title = head.partition("<title>")[2].partition("</title>")[0]
        heading = body.partition("<h1")[2].partition("</h1>")[0]
        assert bidi_controls_in(title + heading) == [], url
    assert bidi_controls_in("".join(CustomImage.objects.values_list("alt_text", flat=True))) == []
    assert bidi_controls_in("".join(Topic.objects.values_list("name", flat=True))) == []


def test_search_suggestions_and_listing_filters_show_queries_and_results_as_text(client, hostile):
    problems = {}
    # Queries are cut at 200 characters: the corpus goes in, a few payloads per query.
    queries, start = [], 0
    while start < len(PAYLOADS):
        queries.append(packed(200, start))
        start += len(set(MARKER.findall(queries[-1])))
    for query in queries:
        for url in ("/de/suche/", hostile.url("narrative_index"), hostile.url("library")):
            response = client.get(url, {"q": query})
            if response.status_code != 200:
                problems[(url, query)] = response.status_code
            elif traces := executable_traces(response.content.decode()):
                problems[(url, query)] = traces
        suggestions = client.get("/de/suche/vorschlaege/", {"q": query})
        # JSON is never sniffed as a page; the script inserts titles as text (suggest.js).
        assert suggestions["Content-Type"] == "application/json"
        assert suggestions["X-Content-Type-Options"] == "nosniff"
    assert problems == {}
    # Words of the corpus find the hostile pages; their titles and highlighted snippets come
    # back from the index and must be escaped like the pages themselves.
    assert what_runs(client, ["/de/suche/?q=alert", "/de/suche/?q=script"], min_markers=3) == {}
    assert client.get("/de/suche/vorschlaege/", {"q": "alert"}).json()["suggestions"]


def page_admin_urls(page: Page) -> list[str]:
    revisions = list(page.revisions.order_by("created_at").values_list("pk", flat=True))
    return [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, revisions[0], revisions[-1]]
        ),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revisions[-1]]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
    ]


def test_admin_page_views_show_the_corpus_as_text(staff_client, hostile, role_users):
    narrative = hostile.pages["narrative"]
    # role_users set up the programme's workflows; the hostile narrative goes into review.
    Workflow.objects.filter(active=True).first().start(narrative, role_users[roles.COMMUNICATION])
    task_state = Page.objects.get(pk=narrative.pk).current_workflow_task_state
    urls = [
        reverse("wagtailadmin_pages:search") + "?q=alert",
        reverse("wagtailadmin_choose_page") + "?q=alert",
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:aging_pages"),
        reverse("wagtailadmin_reports:workflow"),
        reverse("wagtailadmin_pages:workflow_history", args=[narrative.pk]),
        reverse("wagtailadmin_pages:workflow_preview", args=[narrative.pk, task_state.task_id]),
    ]
    for page in hostile.pages.values():
        urls += page_admin_urls(page)
        if page.numchild:
            urls.append(reverse("wagtailadmin_explore", args=[page.pk]))
    # Compare views show both revisions' text only where they differ: fewer markers.
    assert what_runs(staff_client, urls, min_markers=3) == {}
    # The dashboard lists pages in review by title only.
    assert what_runs(staff_client, [reverse("wagtailadmin_home")], min_markers=1) == {}


def test_admin_snippet_image_and_document_views_show_the_corpus_as_text(staff_client, hostile):
    urls = []
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        urls.append(reverse(viewset.get_url_name("list")))
        for obj in model.objects.all()[:2]:
            urls.append(reverse(viewset.get_url_name("edit"), args=[obj.pk]))
            if hasattr(obj, "revisions"):
                urls.append(reverse(viewset.get_url_name("history"), args=[obj.pk]))
    identity = MessengerIdentity.objects.first()
    urls += [
        reverse("messenger_identities:index"),
        reverse("messenger_identities:edit", args=[identity.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=[CustomImage.objects.first().pk]),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:edit", args=[CustomDocument.objects.first().pk]),
        reverse("wagtaildocs_chooser:choose"),
    ]
    assert what_runs(staff_client, urls, min_markers=1) == {}
