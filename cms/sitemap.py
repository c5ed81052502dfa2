"""The sitemap lists every language's pages, but only real ones: a page that nobody has
translated yet exists in the other languages' trees as an alias showing the German page
(`noindex` there), and search engines are not offered it."""

from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LanguageSitemap(Sitemap):
    def items(self) -> QuerySet:
        home = self.get_wagtail_site().root_page
        homes = Page.objects.filter(translation_key=home.translation_key).values_list(
            "path", flat=True
        )
        return (
            Page.objects.filter(reduce(or_, (Q(path__startswith=path) for path in homes)))
            .filter(alias_of__isnull=True)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
