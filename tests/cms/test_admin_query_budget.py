"""The admin's editors and listings cost the same with 4 narratives or 21, 2 materials or 19.

Every row of the page explorer and of the material listing carries translation buttons
(wagtail-localize's and ours); cms.localisation.admin_listings answers them from the listing's
own query.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page

from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import NarrativePageFactory
from tests.factories.site import build_site

MORE = 17  # rows added: all still on the first page of each listing (50 rows)
# The most queries any of these admin views may make, whatever the number of pages or items.
# The narrative editor needs 64: besides the form it reads the review path (workflow, tasks,
# the draft's images of people), the draft's images and documents with their rights for the
# "Bilder und Rechte" tab, and each relation's choices in the page's language.
BUDGET = 70
OVERDUE = datetime.date(2020, 1, 1)


def admin_urls(tree) -> dict[str, str]:
    index = tree.pages["narrative_index"]
    explorer = reverse("wagtailadmin_explore", args=[index.pk])
    return {
        **{
            f"{key} editor": reverse("wagtailadmin_pages:edit", args=[tree.pages[key].pk])
            for key in ("narrative", "messenger", "campaign")
        },
        "narrative explorer": explorer,
        "narratives due for review": explorer + "?due_for_review=due",
        "material listing": reverse("wagtailsnippets_media_library_material:list"),
        "dashboard": reverse("wagtailadmin_home"),
    }


def count_queries(client, url: str) -> tuple[int, str]:
    assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


def test_admin_views_cost_the_same_with_many_pages_and_materials(admin_client, home):
    tree = build_site(home, related=2)
    index = tree.pages["narrative_index"]
    for _ in range(2):  # the filter and the dashboard panel list some from the start
        NarrativePageFactory(parent=index, review_by=OVERDUE)
    urls = admin_urls(tree)
    few = {name: count_queries(admin_client, url)[0] for name, url in urls.items()}

    for _ in range(MORE):
        NarrativePageFactory(parent=index, review_by=OVERDUE)  # in the dashboard's panel too
        MaterialFactory()
    many = {}
    html = {}
    for name, url in urls.items():
        many[name], html[name] = count_queries(admin_client, url)

    growing = {name: (few[name], many[name]) for name in urls if many[name] > few[name]}
    assert not growing, f"queries grow with the number of rows: {growing}"
    over = {name: count for name, count in many.items() if count > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"

    # Every row still offers wagtail-localize's "Translate" (no language has a translation).
    for narrative in Page.objects.child_of(index):
        submit = reverse("wagtail_localize:submit_page_translation", args=[narrative.pk])
        assert submit in html["narrative explorer"], narrative.title
    material = tree.materials[0]
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["media_library", "material", material.pk],
    )
    assert submit in html["material listing"]
