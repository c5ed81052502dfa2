"""Originals are never public: pages show renditions, documents pass a permission check."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from wagtail.models import Collection, CollectionViewRestriction

from media_library.models import CustomDocument, CustomImage
from tests.factories.media_library import DocumentFactory, ImageFactory
from tests.factories.site import build_site

ORIGINAL_MIGRATION = "media_library.migrations.0003_originals_in_private_storage"


@pytest.fixture
def tree(home):
    return build_site(home, related=2)


def test_originals_are_stored_outside_the_served_media_root(db):
    image = ImageFactory()
    document = DocumentFactory()
    media_root = Path(settings.MEDIA_ROOT).resolve()
    for stored in (image.file, document.file):
        assert not Path(stored.path).resolve().is_relative_to(media_root)
        assert Path(stored.path).exists()
        with pytest.raises(NotImplementedError):
            stored.url  # noqa: B018 - asking is the point: there is no public address


@pytest.mark.parametrize("key", ["home", "library", "messenger", "narrative", "campaign"])
def test_public_pages_reference_renditions_only(client, tree, key):
    html = client.get(tree.pages[key].url).content.decode()
    image_sources = [
        candidate.strip().split(" ")[0]
        for attribute in re.findall(r'(?:src|srcset|poster|href)="(/media/[^"]+)"', html)
        for candidate in attribute.split(",")
    ]
    assert image_sources, "every one of these pages shows at least one image"
    originals = {Path(image.file.name).stem for image in CustomImage.objects.all()}
    for source in image_sources:
        assert source.startswith("/media/images/"), source
        # A rendition's name carries its filter ("….fill-400x300.jpg"); the original's does not.
        # Wagtail shortens the original's name to keep the rendition's within 60 characters.
        prefix = Path(source).name.split(".")[0]
        assert len(prefix) >= 16 and any(name.startswith(prefix) for name in originals), source
        assert re.search(r"\.(?:fill|max|width|height|min|scale|original)-?", source), source
    assert "original_images" not in html


def test_media_urls_of_originals_are_not_served(client, db):
    image = ImageFactory()
    document = DocumentFactory()
    for name in (image.file.name, document.file.name):
        assert client.get(settings.MEDIA_URL + name).status_code == 404


def restricted_collection(restriction_type: str, groups=(), password: str = "") -> Collection:
    collection = Collection.get_first_root_node().add_child(name=f"Intern ({restriction_type})")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type, password=password
    )
    restriction.groups.set(groups)
    return collection


def test_a_public_pdf_opens_inline_and_cannot_run_anything(client, db):
    document = DocumentFactory()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"].startswith("default-src 'none'")


def test_a_document_in_a_login_collection_needs_a_login(client, db, plain_user):
    document = DocumentFactory(collection=restricted_collection(CollectionViewRestriction.LOGIN))
    anonymous = client.get(document.url)
    assert anonymous.status_code == 302
    assert b"%PDF" not in anonymous.content

    client.force_login(plain_user)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_a_document_for_practitioners_is_refused_to_other_accounts(
    client, db, plain_user, practitioner
):
    group = practitioner.groups.get()
    document = DocumentFactory(
        collection=restricted_collection(CollectionViewRestriction.GROUPS, groups=[group])
    )
    client.force_login(plain_user)
    refused = client.get(document.url)
    assert refused.status_code in (302, 403)
    assert not hasattr(refused, "streaming_content")

    client.force_login(practitioner)
    allowed = client.get(document.url)
    assert allowed.status_code == 200
    assert allowed["Content-Disposition"].startswith("attachment")


def test_a_password_collection_hands_out_nothing_without_the_password(client, db):
    document = DocumentFactory(
        collection=restricted_collection(CollectionViewRestriction.PASSWORD, password="geheim-123")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"%PDF" not in response.content
    assert b"password" in response.content.lower() or b"passwort" in response.content.lower()


def test_a_document_url_with_another_file_name_is_not_found(client, db):
    document = DocumentFactory()
    other = DocumentFactory()
    assert client.get(f"/documents/{document.pk}/{other.filename}").status_code == 404


@pytest.mark.parametrize("model", [CustomImage, CustomDocument])
def test_the_migration_moves_existing_originals_out_of_media(db, model):
    from importlib import import_module

    instance = ImageFactory() if model is CustomImage else DocumentFactory()
    content = instance.file.read()
    # As before the migration: the file under MEDIA_ROOT, nothing in private storage.
    legacy_name = default_storage.save(
        f"{'original_images' if model is CustomImage else 'documents'}/legacy-{instance.pk}.bin",
        ContentFile(content),
    )
    model.objects.filter(pk=instance.pk).update(file=legacy_name)
    import_module(ORIGINAL_MIGRATION).move_originals_out_of_media(apps, None)

    assert not default_storage.exists(legacy_name)
    moved = model.objects.get(pk=instance.pk).file
    assert moved.name == legacy_name
    with moved.open("rb") as stored:
        assert stored.read() == content
