from wagtail.models import Page, Site

from cms.upstream.routing import preset_route, routed_site, share_site_root_paths, site_root_paths
from tests.factories.cms import ContentPageFactory


def test_a_preset_route_is_what_wagtail_serves(home, rf, django_assert_num_queries):
    page = ContentPageFactory(parent=home)
    site = Site.objects.get()
    request = rf.get("/anything/")
    preset_route(request, site, page)
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is site
        assert Page.route_for_request(request, "/anything/").page is page
    assert routed_site(request) is site


def test_the_site_wagtail_found_is_read_back(home, rf):
    request = rf.get("/")
    assert routed_site(request) is None
    site = Site.find_for_request(request)
    assert site is not None
    assert routed_site(request) is site


def test_site_root_paths_are_wagtails_own_per_request_copy(home, rf, django_assert_num_queries):
    page = ContentPageFactory(parent=home)
    request = rf.get("/")
    Site.find_for_request(request)  # get_url() asks for it too; Wagtail caches it as well
    site_root_paths(request)
    with django_assert_num_queries(0):
        page.get_url(request)
    other = rf.get("/")
    page.get_url(other)
    with django_assert_num_queries(0):
        assert site_root_paths(other)


def test_a_page_reuses_the_requests_site_root_paths(home, rf, django_assert_num_queries):
    page = Page.objects.get(pk=ContentPageFactory(parent=home).pk)
    request = rf.get("/")
    site_root_paths(request)
    share_site_root_paths(request, page)
    with django_assert_num_queries(0):
        assert page.url
