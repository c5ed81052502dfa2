"""Several related items picked in Wagtail's searchable chooser modal, instead of a
<select multiple> that holds every item in every language."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.telepath import JSContext

from .choosers import chooser_widget


class MultipleChooser(forms.SelectMultiple):
    """The chosen items as a list, each with a button to remove it, and a button that opens
    the model's chooser (several at a time). Submits one hidden input per item, as a
    <select multiple> would; the field's queryset says what may be chosen."""

    template_name = "cms/widgets/multiple_chooser.html"

    @property
    def model(self) -> type:
        return self.choices.queryset.model

    @cached_property
    def _chooser(self) -> tuple[object, forms.Media]:
        context = JSContext()
        return context.pack(chooser_widget(self.model)), context.media

    @property
    def media(self) -> forms.Media:
        return self._chooser[1] + forms.Media(js=[versioned_static("cms/js/multiple_chooser.js")])

    def chosen(self, value: list[str]) -> list[dict]:
        """Id and admin title of each chosen item, in the submitted order (one query)."""
        ids = [pk for pk in value if pk.isdigit()]
        found = {str(obj.pk): obj for obj in self.choices.queryset.filter(pk__in=ids)}
        return [{"id": pk, "title": display_title(found[pk])} for pk in ids if pk in found]

    def get_context(self, name: str, value: object, attrs: dict | None) -> dict:
        # Not SelectMultiple's: that would render (and load) every choice as an <option>.
        context = forms.Widget.get_context(self, name, value, attrs)
        context["widget"].update(
            items=self.chosen(context["widget"]["value"]),
            chooser_definition=self._chooser[0],
            choose_label=_("Choose %(items)s") % {"items": self.model._meta.verbose_name_plural},
            remove_label=_("Remove %(title)s"),
        )
        return context


def display_title(obj: models.Model) -> str:
    get_title = getattr(obj, "get_admin_display_title", None)
    return get_title() if get_title else str(obj)
