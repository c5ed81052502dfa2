"""Admin forms whose relation fields list only the edited item's language.

Every translatable model exists once per language (six versions of each narrative, topic or
material); a picker that lists them all invites relating a German campaign to a Turkish
narrative. The forms here keep the fields' choices to the item's own locale.
"""

from collections.abc import Iterable

from django import forms
from django.db.models import Model, Q, QuerySet
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin


def in_own_language(queryset: QuerySet, locale_id: int, keep: Iterable[object] = ()) -> QuerySet:
    """The objects of the locale, pages without the aliases that stand in for German pages
    not translated yet, plus those in `keep` (pks or objects).

    Kept are the ones already chosen: a translation copies its relations from the German
    original, and refusing those on save would lose what the editor did not touch.
    """
    own = Q(locale_id=locale_id)
    if issubclass(queryset.model, Page):
        own &= Q(alias_of__isnull=True)
    kept = [getattr(item, "pk", item) for item in keep if item not in (None, "")]
    return queryset.filter(own | Q(pk__in=kept)) if kept else queryset.filter(own)


def limit_to_locale(form: forms.BaseForm, locale_id: int) -> None:
    """Restricts the form's choices of translatable objects to the locale."""
    for name, field in form.fields.items():
        if not isinstance(field, forms.ModelChoiceField):
            continue
        if not issubclass(field.queryset.model, TranslatableMixin):
            continue
        chosen = form.initial.get(name)
        # Several for a many-to-many field (a list, or a queryset of a page's revision).
        keep = [chosen] if chosen is None or isinstance(chosen, str | int | Model) else chosen
        field.queryset = in_own_language(field.queryset, locale_id, keep)


def _localised_child_form(form_class: type[forms.BaseForm], locale_id: int) -> type:
    # Inline children (e.g. the cards of a card set) have no locale of their own until saved,
    # and the formset builds its forms, the empty one too, from this class when first asked.
    class LocalisedChildForm(form_class):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            limit_to_locale(self, locale_id)

    return LocalisedChildForm


class LocalisedRelationsMixin:
    """Choices of translatable objects, in this form and its inline forms, in the instance's
    locale (set from the parent page or the ?locale= of a new snippet before the form)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        limit_to_locale(self, locale_id)
        for formset in getattr(self, "formsets", {}).values():
            formset.form = _localised_child_form(formset.form, locale_id)


class LocalisedRelationsPageForm(LocalisedRelationsMixin, WagtailAdminPageForm):
    pass


class LocalisedRelationsForm(LocalisedRelationsMixin, WagtailAdminModelForm):
    pass
