"""Two editors on one item: the second, stale save is refused and nothing is lost."""

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cms.access import roles
from media_library.models import Material
from narratives.models import ProgrammeSiteIndexPage
from tests.factories.media_library import MaterialFactory
from tests.factories.narratives import ProgrammeSiteIndexPageFactory
from tests.factories.second_factor import log_in_with_second_factor

LOADED = re.compile(r'name="loaded_revision_(id|created_at)" value="([^"]*)"')


def loaded_revision(html: str) -> dict:
    return {f"loaded_revision_{key}": value for key, value in LOADED.findall(html)}


def page_form(page, introduction: str, loaded: dict) -> dict:
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": introduction,
            "comments": inline_formset([]),
        }
    )
    data.update(loaded)
    return data


@pytest.fixture
def two_officers(role_users):
    first, second = Client(), Client()
    log_in_with_second_factor(first, role_users[roles.COMMUNICATION])
    from django.contrib.auth.models import Group

    from tests.factories.cms import UserFactory

    colleague = UserFactory(first_name="Anna", last_name="Beispiel")
    colleague.groups.add(Group.objects.get(name=roles.COMMUNICATION))
    log_in_with_second_factor(second, colleague)
    return first, second


def test_stale_page_save_is_refused_and_shows_what_changed(home, two_officers):
    first, second = two_officers
    page = ProgrammeSiteIndexPageFactory(parent=home, title="Standorte", live=False)
    page.save_revision()
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    opened_by_first = loaded_revision(first.get(url).content.decode())
    opened_by_second = loaded_revision(second.get(url).content.decode())
    assert opened_by_first and opened_by_first == opened_by_second

    assert second.post(url, page_form(page, "Annas Fassung", opened_by_second)).status_code == 302
    response = first.post(url, page_form(page, "Meine Fassung", opened_by_first))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Anna Beispiel" in html
    assert "Meine Fassung" in html  # the refused input is still in the form
    page = ProgrammeSiteIndexPage.objects.get(pk=page.pk)
    assert page.get_latest_revision().as_object().introduction == "Annas Fassung"

    # Reopening shows the new version, and a save from there goes through.
    reopened = loaded_revision(first.get(url).content.decode())
    assert first.post(url, page_form(page, "Zusammengeführt", reopened)).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().introduction == "Zusammengeführt"


def test_stale_material_save_is_refused(two_officers):
    first, second = two_officers
    material = MaterialFactory(live=False)
    material.save_revision()
    url = reverse("wagtailsnippets_media_library_material:edit", args=[material.pk])
    opened_by_first = loaded_revision(first.get(url).content.decode())
    opened_by_second = loaded_revision(second.get(url).content.decode())

    def data(summary: str, loaded: dict) -> dict:
        return {
            "title": material.title,
            "slug": material.slug,
            "summary": summary,
            "kind": material.kind,
            "format": material.format,
            "file": material.file_id,
            "language": "de",
            "version": "1.0",
            **loaded,
        }

    assert second.post(url, data("Annas Text", opened_by_second)).status_code == 302
    response = first.post(url, data("Mein Text", opened_by_first))
    assert response.status_code == 200
    assert "Anna Beispiel" in response.content.decode()
    material = Material.objects.get(pk=material.pk)
    assert material.get_latest_revision().as_object().summary == "Annas Text"


def test_an_editors_own_newer_revision_is_no_conflict(home, role_users, client):
    officer = role_users[roles.COMMUNICATION]
    log_in_with_second_factor(client, officer)
    page = ProgrammeSiteIndexPageFactory(parent=home, title="Standorte", live=False)
    page.save_revision(user=officer)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    opened = loaded_revision(client.get(url).content.decode())
    # Their own autosave replaced the revision the form was loaded from.
    page.introduction = "Autosave"
    page.save_revision(user=officer)
    assert client.post(url, page_form(page, "Gespeichert", opened)).status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision().as_object().introduction == "Gespeichert"
