from wagtail.models import Page

from cms.upstream.pages import child_path, known_parent, path_step, remember_parent
from tests.factories.cms import ContentPageFactory


def test_a_remembered_parent_costs_no_query(home, django_assert_num_queries):
    page = Page.objects.get(pk=ContentPageFactory(parent=home).pk)
    remember_parent(page, home)
    with django_assert_num_queries(0):
        assert page.get_parent() is home
    assert known_parent(page) is home


def test_wagtail_routing_leaves_the_parent_known(home, rf):
    section = ContentPageFactory(parent=home)
    child = ContentPageFactory(parent=section)
    routed = Page.objects.get(pk=section.pk).specific.route(rf.get("/"), [child.slug]).page
    assert known_parent(routed).pk == section.pk
    assert known_parent(Page.objects.get(pk=child.pk)) is None


def test_the_next_child_path_is_the_one_treebeard_gives(home):
    first = ContentPageFactory(parent=home)
    expected = child_path(home, path_step(first.path) + 1)
    assert ContentPageFactory(parent=home).path == expected
