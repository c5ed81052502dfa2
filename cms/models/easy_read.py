"""The easy-read German section ("Leichte Sprache")."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.models.blocks import BodyBlock

from .base import BasePage


class EasyReadIndexPage(BasePage):
    """Entry point of the easy-read section; lists its pages as large, plain links."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.EasyReadPage"]
    is_creatable = True
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("easy-read section")

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["items"] = EasyReadPage.objects.child_of(self).visible().order_by("path")
        return context


class EasyReadPage(BasePage):
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        help_text=_("Short sentences, one statement each. Explain difficult words."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["cms.EasyReadIndexPage"]
    subpage_types: list[str] = []
    is_creatable = True

    class Meta:
        verbose_name = _("easy-read page")
