"""Filters of the narratives listing in the admin explorer."""

import django_filters
from django.db.models import QuerySet
from django.forms import RadioSelect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.listing import PageFilterSet

from .models import NarrativePage


class NarrativeFilterSet(PageFilterSet):
    due_for_review = django_filters.ChoiceFilter(
        label=_("Review-by date"),
        empty_label=_("Any"),
        choices=[("due", _("Due for review"))],
        method="filter_due_for_review",
        widget=RadioSelect,
    )

    class Meta(PageFilterSet.Meta):
        model = NarrativePage

    def filter_due_for_review(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if value != "due":
            return queryset
        due = NarrativePage.objects.due_for_review().values("pk")
        return queryset.filter(pk__in=due)
