"""Bad input gets a clear message on the field it concerns."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from media_library.models import CustomImage, Material
from tests.factories.media_library import DocumentFactory, ImageFactory
from tests.factories.narratives import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    MessengerIdentityFactory,
    NarrativeIndexPageFactory,
    NarrativePageFactory,
)


def errors_of(instance) -> dict:
    with pytest.raises(ValidationError) as caught:
        instance.full_clean()
    return caught.value.message_dict


def test_counter_narrative_must_differ(home):
    page = NarrativePageFactory.build(
        negative_narrative="Die Polizei ist gegen uns.",
        counter_narrative="Die Polizei ist gegen uns.",
    )
    with pytest.raises(ValidationError) as caught:
        page.clean()
    assert "counter_narrative" in caught.value.message_dict


def test_campaign_cannot_end_before_it_starts(home):
    index = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=index)
    campaign.ends_on = campaign.starts_on - datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        campaign.clean()
    assert caught.value.message_dict["ends_on"] == [
        "Das Ende der Kampagne darf nicht vor ihrem Beginn liegen."
    ]


@pytest.mark.django_db
def test_image_needs_alt_text_unless_decorative():
    image = ImageFactory.build(alt_text="")
    with pytest.raises(ValidationError) as caught:
        image.clean()
    assert "alt_text" in caught.value.message_dict
    image.is_decorative = True
    image.clean()
    assert image.alt == ""


@pytest.mark.django_db
def test_image_showing_people_needs_consent_reference():
    image = ImageFactory.build(shows_people=True, consent_reference="")
    with pytest.raises(ValidationError) as caught:
        image.clean()
    assert "consent_reference" in caught.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("kind", "field"),
    [("image", "image"), ("document", "file"), ("video", "file"), ("audio", "transcript")],
)
def test_material_needs_the_file_its_kind_names(kind, field):
    material = Material(title="X", slug="x", summary="s", kind=kind, format="flyer")
    if kind == "audio":
        material.file = DocumentFactory()
    with pytest.raises(ValidationError) as caught:
        material.clean()
    assert field in caught.value.message_dict


@pytest.mark.django_db
def test_consent_needs_an_expiry_after_it_was_given(home):
    identity = MessengerIdentityFactory.build(
        consent_given_on=datetime.date(2026, 5, 1), consent_expires_on=None
    )
    with pytest.raises(ValidationError) as caught:
        identity.clean()
    assert "consent_expires_on" in caught.value.message_dict


def test_page_editor_rerenders_with_errors_and_keeps_input(admin_client, home):
    index = NarrativeIndexPageFactory(parent=home)
    url = reverse("wagtailadmin_pages:add", args=["narratives", "narrativepage", index.pk])
    response = admin_client.post(
        url,
        {
            "title": "Wer redet, verrät die Familie",
            "slug": "wer-redet",
            "negative_narrative": "Wer redet, verrät die Familie.",
            "counter_narrative": "Wer redet, verrät die Familie.",
            "key_messages-count": "0",
            "body-count": "0",
            "sources-count": "0",
            "review_by": "2027-01-01",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Wer redet, verrät die Familie" in html  # input kept
    form = response.context["form"]
    assert "counter_narrative" in form.errors or "key_messages" in form.errors
    assert not index.get_children().exists()


@pytest.mark.django_db
def test_uploaded_image_without_alt_text_is_refused(admin_client):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    upload = SimpleUploadedFile("bild.png", buffer.getvalue(), content_type="image/png")
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Ohne Alt", "file": upload, "collection": 1}
    )
    assert response.status_code == 200
    assert "alt_text" in response.context["form"].errors
    assert not CustomImage.objects.filter(title="Ohne Alt").exists()


def test_new_narrative_proposes_a_review_date_a_year_ahead(admin_client, home):
    from narratives.models.narratives import default_review_by

    index = NarrativeIndexPageFactory(parent=home)
    url = reverse("wagtailadmin_pages:add", args=["narratives", "narrativepage", index.pk])
    html = admin_client.get(url).content.decode()
    # In German, as the admin's date picker writes it.
    assert f'value="{default_review_by():%d.%m.%Y}"' in html


def test_unchanged_narrative_form_reports_no_change(home):
    """Review actions in the editor must not save a revision in the reviewer's name."""
    from narratives.models import NarrativePage

    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    form_class = NarrativePage.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=None)
    assert "review_by" not in [
        name for name, field in form.fields.items() if field.show_hidden_initial
    ]
