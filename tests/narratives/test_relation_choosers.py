"""Relation pickers offer the edited item's own language: a searchable chooser for narratives,
messengers and materials, checkboxes for the short lists (taxonomies, sites)."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale

from media_library.models import CardSet, Material
from narratives.models import CampaignPage
from tests.cms.localisation.test_language_versions import in_language, translate
from tests.factories.cms import TopicFactory, ValueFactory
from tests.factories.media_library import CardFactory, MaterialFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)


@pytest.fixture
def content(home):
    """Two German narratives, one translated into English (the other has an English alias
    only), a messenger, a campaign translated into English, a material in both languages."""
    narratives = NarrativeIndexPageFactory(parent=home)
    school = NarrativePageFactory(parent=narratives, title="Schule bringt nichts")
    NarrativePageFactory(parent=narratives, title="Polizei ist gegen uns")
    MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home), title="Trainer Ali")
    campaign = CampaignPageFactory(
        parent=CampaignIndexPageFactory(parent=home), title="Hilfe annehmen"
    )
    call_command("sync_locale_trees")
    translate(school, "en", title="School is useless")
    translate(campaign, "en", title="Accepting help")
    material = MaterialFactory(title="Elternflyer")
    english = material.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Parents' flyer"
    english.save()
    return {"school": school, "campaign": campaign, "material": material}


def edit_form(page, user):
    page = page.specific
    form_class = page.get_edit_handler().get_form_class()
    return form_class(instance=page, parent_page=page.get_parent(), for_user=user)


def choice_labels(field) -> set[str]:
    return {str(obj) for obj in field.queryset}


def test_an_english_campaign_offers_english_items_only(content, admin_user):
    english = in_language(content["campaign"], "en")
    form = edit_form(english, admin_user)
    # The untranslated narrative's English alias (German text) is no English narrative.
    assert choice_labels(form.fields["narratives"]) == {"School is useless"}
    assert choice_labels(form.fields["materials"]) == {"Parents' flyer"}
    assert choice_labels(form.fields["messengers"]) == set()

    german = edit_form(content["campaign"], admin_user)
    assert choice_labels(german.fields["narratives"]) == {
        "Schule bringt nichts",
        "Polizei ist gegen uns",
    }
    assert choice_labels(german.fields["materials"]) == {"Elternflyer"}
    assert choice_labels(german.fields["messengers"]) == {"Trainer Ali"}


def test_a_new_page_offers_its_parents_language(content, admin_user):
    parent = in_language(content["campaign"], "en").get_parent()
    page = CampaignPage(locale=parent.locale)
    form_class = CampaignPage.get_edit_handler().get_form_class()
    form = form_class(instance=page, parent_page=parent, for_user=admin_user)
    assert choice_labels(form.fields["narratives"]) == {"School is useless"}


def test_relations_copied_from_the_german_original_stay_valid(content, admin_user):
    """A translation points at the German narrative: saving it must not refuse that."""
    english = in_language(content["campaign"], "en")
    english.narratives.set([content["school"]])
    english.save()
    form = edit_form(english, admin_user)
    assert set(form.fields["narratives"].queryset) >= {content["school"].page_ptr.specific}
    assert "Polizei ist gegen uns" not in choice_labels(form.fields["narratives"])


def test_taxonomies_are_checkboxes_of_the_pages_language(content, admin_user):
    german_topic = TopicFactory(name="Schule")
    english_topic = german_topic.copy_for_translation(Locale.objects.get(language_code="en"))
    english_topic.name = "School"
    english_topic.save()
    form = edit_form(in_language(content["school"], "en"), admin_user)
    assert choice_labels(form.fields["topics"]) == {"School"}
    html = str(form["topics"])
    assert 'type="checkbox"' in html and "School" in html and "Schule" not in html


def test_material_and_card_set_forms_offer_their_language(content, admin_user):
    english = Locale.objects.get(language_code="en")
    value = ValueFactory(name="Respekt")
    english_value = value.copy_for_translation(english)
    english_value.name = "Respect"
    english_value.save()
    topic = TopicFactory(name="Familie")

    material = Material.objects.get(locale=english)
    form_class = Material.edit_handler.bind_to_model(Material).get_form_class()
    form = form_class(instance=material, for_user=admin_user)
    assert choice_labels(form.fields["topics"]) == set()
    german_form = form_class(instance=content["material"], for_user=admin_user)
    assert choice_labels(german_form.fields["topics"]) == {topic.name}

    card = CardFactory()
    card_set = card.card_set.copy_for_translation(english)
    card_set.save()
    form_class = CardSet.edit_handler.bind_to_model(CardSet).get_form_class()
    cards = form_class(instance=card_set, for_user=admin_user).formsets["cards"]
    # The empty form is what "add a card" clones in the browser.
    assert choice_labels(cards.empty_form.fields["value"]) == {"Respect"}
    german_cards = form_class(instance=card.card_set, for_user=admin_user).formsets["cards"]
    assert choice_labels(german_cards.forms[0].fields["value"]) == {"Respekt"}


def test_the_editor_shows_a_chooser_not_a_multiple_select(content, admin_client):
    campaign = content["campaign"]
    campaign.narratives.set([content["school"]])
    campaign.save_revision()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk])).content
    html = html.decode()
    assert 'data-controller="cms-multiple-chooser"' in html
    assert not re.search(r'<select[^>]*name="narratives"', html)
    assert f'<input type="hidden" name="narratives" value="{content["school"].pk}">' in html
    assert "Narrative auswählen" in html
    # Campaigns' channels and the like: short lists as checkboxes.
    assert not re.search(r"<select[^>]*multiple", html)


def test_the_narrative_chooser_lists_and_searches_one_language(content, admin_client):
    url = reverse("narrative_chooser:choose")
    english = admin_client.get(url, {"locale": "en", "multiple": "1"}).json()["html"]
    assert "School is useless" in english
    assert "Schule bringt nichts" not in english and "Polizei" not in english
    # No other language to switch to once the language is fixed.
    assert 'name="locale"' not in english

    results = reverse("narrative_chooser:choose_results")
    found = admin_client.get(results, {"locale": "de", "q": "Schu", "multiple": "1"}).text
    assert "Schule bringt nichts" in found
    assert "School is useless" not in found and "Polizei" not in found
    # Paging and searching keep the language.
    assert "locale=de" in admin_client.get(url, {"locale": "de"}).json()["html"]


def test_the_material_chooser_keeps_to_the_language(content, admin_client):
    url = reverse(Material.snippet_viewset.chooser_viewset.get_url_name("choose"))
    english = admin_client.get(url, {"locale": "en"}).json()["html"]
    assert "Parents&#x27; flyer" in english and "Elternflyer" not in english
    results = reverse(Material.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    found = admin_client.get(results, {"locale": "de", "q": "Eltern"}).text
    assert "Elternflyer" in found and "Parents" not in found
    # Without a language (no translatable item being edited): Wagtail's filter by language.
    everything = admin_client.get(url).json()["html"]
    assert "Elternflyer" in everything and 'name="locale"' in everything


def test_the_chooser_needs_admin_access(content, client, plain_user):
    client.force_login(plain_user)
    response = client.get(reverse("narrative_chooser:choose"), {"locale": "de"})
    assert response.status_code in (302, 403)
