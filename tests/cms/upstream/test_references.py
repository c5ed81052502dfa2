from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cms.upstream.references import base_content_type, references_in
from narratives.models import NarrativePage
from tests.factories.media_library import ImageFactory
from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory


def test_references_are_read_from_the_object_as_it_is(home):
    """Not from the stored index: an unsaved change counts (a draft revision is judged so)."""
    page = NarrativePageFactory(parent=NarrativeIndexPageFactory(parent=home))
    page.image = ImageFactory()  # not saved
    image_type = ContentType.objects.get_for_model(type(page.image)).pk
    assert (image_type, str(page.image.pk)) in set(references_in(page))


def test_the_index_files_every_page_under_page(db):
    assert base_content_type(NarrativePage) == ContentType.objects.get_for_model(Page)
