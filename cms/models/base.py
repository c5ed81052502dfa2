"""Abstract bases every page type builds on: shared fields, panels and the filterable listing."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail.utils.decorators import cached_classmethod


class BasePage(Page):
    """Every public page: a short introduction that doubles as the teaser text."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences shown below the title and in listings."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    # Subclasses list extra tabs here, e.g. [(_("Relations"), relation_panels)].
    extra_tabs: list = []

    is_creatable = False

    class Meta:
        abstract = True

    def related_queryset(self, field_name: str) -> QuerySet:
        """The objects a many-to-many field selects, as one database query.

        In previews the field holds unsaved in-memory selections that cannot be filtered with
        `.live()` and friends; going through the target model works in both cases.
        """
        field = self._meta.get_field(field_name)
        selected = getattr(self, field_name).all()
        if not isinstance(selected, QuerySet):
            selected = [obj.pk for obj in selected]
        return field.related_model._default_manager.filter(pk__in=selected)

    def reverse_related(self, accessor: str) -> QuerySet:
        """Objects that point at this page (e.g. the campaigns of a narrative); none for a
        page that is previewed before its first save."""
        model = self._meta.get_field(accessor).related_model
        if self.pk is None:
            return model._default_manager.none()
        return getattr(self, accessor).all()

    def grouped_terms(self, groups: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
        """(label, names) for each taxonomy field in `groups` that has terms, in one query."""
        querysets = [
            self.related_queryset(field_name)
            .order_by()  # SQLite refuses ORDER BY inside the parts of a UNION
            .annotate(group=models.Value(index))
            .values_list("group", "name")
            for index, (field_name, _label) in enumerate(groups)
        ]
        rows = querysets[0].union(*querysets[1:], all=True).order_by("group", "name")
        names: dict[int, list[str]] = {}
        for group, name in rows:
            names.setdefault(group, []).append(name)
        return [(label, names[i]) for i, (_field, label) in enumerate(groups) if i in names]

    @cached_classmethod
    def get_edit_handler(cls) -> TabbedInterface:  # noqa: N805 (Wagtail's cached classmethod)
        """Content first, then each extra tab (relations, internal notes...), then promote."""
        tabs = [ObjectList(cls.content_panels, heading=_("Content"))]
        tabs += [ObjectList(panels, heading=heading) for heading, panels in cls.extra_tabs]
        tabs += [
            ObjectList(cls.promote_panels, heading=_("Promote")),
            ObjectList(cls.settings_panels, heading=_("Settings")),
        ]
        return TabbedInterface(tabs, base_form_class=cls.base_form_class).bind_to_model(cls)


Choices = Iterable[tuple[str, str]]


@dataclass(frozen=True)
class ListingFilter:
    """One GET filter of a listing: ?topic=schule keeps items whose `lookup` equals the value."""

    param: str
    label: str
    lookup: str
    options: Callable[[Page], Choices]


def taxonomy_options(model_label: str) -> Callable[[Page], Choices]:
    """Options of a taxonomy filter: every term of the listing page's language, by name."""

    def options(page: Page) -> Choices:
        from django.apps import apps  # noqa: PLC0415 (resolved lazily: models may not be ready)

        model = apps.get_model(model_label)
        return model.objects.filter(locale_id=page.locale_id).values_list("slug", "name")

    return options


class ListingPage(BasePage):
    """An index page that lists its live children with filters and pagination."""

    per_page = 12
    listing_filters: tuple[ListingFilter, ...] = ()
    # "app.Model" of the children; lets routing fetch a child in one query instead of two.
    child_model_label: str | None = None

    class Meta:
        abstract = True

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        if not path_components or self.child_model_label is None:
            return super().route(request, path_components)
        from django.apps import apps  # noqa: PLC0415 (apps import cms, not the reverse)

        child_model = apps.get_model(self.child_model_label)
        try:
            child = child_model.objects.child_of(self).get(slug=path_components[0])
        except child_model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def get_listing_queryset(self) -> QuerySet:
        """The items this page lists; subclasses narrow the model and prefetch what cards show."""
        raise NotImplementedError

    def build_filter_form(self, request: HttpRequest) -> forms.Form:
        fields = {}
        for listing_filter in self.listing_filters:
            choices = [("", _("All"))]
            choices += list(listing_filter.options(self))
            fields[listing_filter.param] = forms.ChoiceField(
                label=listing_filter.label, choices=choices, required=False
            )
        form_class = type("ListingFilterForm", (forms.Form,), fields)
        return form_class(request.GET or None)

    def filter_listing(self, queryset: QuerySet, form: forms.Form) -> QuerySet:
        if not form.is_bound or not form.is_valid():
            return queryset
        for listing_filter in self.listing_filters:
            value = form.cleaned_data.get(listing_filter.param)
            if value:
                queryset = queryset.filter(**{listing_filter.lookup: value}).distinct()
        return queryset

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        form = self.build_filter_form(request)
        items = self.filter_listing(self.get_listing_queryset(), form)
        paginator = Paginator(items, self.per_page)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter_form=form,
            page_obj=page_obj,
            items=page_obj.object_list,
            filter_query=query.urlencode(),
            is_filtered=any(form.is_bound and v for v in form.data.values()),
        )
        return context
