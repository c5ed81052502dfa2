"""The filterable, paginated listing every index page builds on: its GET filters, their options
labelled in the visitor's language, and the free-text filter search registers."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import models
from django.db.models import Exists, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from cms.localisation.languages import language_attributes
from cms.models.pagination import KeyFirstPaginator

from .base import BasePage


class LanguageMarkedSelect(forms.Select):
    """A select whose options in another language than the page's say which (lang, dir)."""

    def __init__(self, languages: dict[str, str]) -> None:
        super().__init__()
        self.languages = languages

    def create_option(self, *args: object, **kwargs: object) -> dict:
        option = super().create_option(*args, **kwargs)
        option["attrs"].update(language_attributes(self.languages.get(str(option["value"]), "")))
        return option


# Fixed choices, or a QuerySet of (value, label, language) rows (read together in one query).
Choices = Iterable[tuple[str, str]]


@dataclass(frozen=True)
class ListingFilter:
    """One GET filter of a listing: ?topic=schule keeps items whose `lookup` equals the value."""

    param: str
    label: str
    lookup: str
    options: Callable[[Page], Choices]


def localised_options(queryset: QuerySet, locale_id: int, label: str) -> QuerySet:
    """(slug, label, language) of the German objects, labelled in the given language where
    translated; language is German where the label is (not translated yet), "" otherwise.

    Relations are stored between German objects, so the German slug is what filters a listing
    in every language; the visitor reads the label in theirs (German until translated).
    """
    translations = queryset.model._default_manager.filter(
        translation_key=OuterRef("translation_key"), locale_id=locale_id
    )
    if issubclass(queryset.model, Page):
        translations = translations.filter(alias_of__isnull=True)  # a stand-in is German
    return (
        queryset.filter(locale__language_code=settings.LANGUAGE_CODE)
        .annotate(
            option_label=Coalesce(Subquery(translations.values(label)[:1]), F(label)),
            option_language=models.Case(
                models.When(Exists(translations), then=models.Value("")),
                default=models.Value(settings.LANGUAGE_CODE),
            ),
        )
        .values_list("slug", "option_label", "option_language")
    )


def taxonomy_options(model_label: str) -> Callable[[Page], Choices]:
    """Options of a taxonomy filter: every term, named in the listing page's language."""

    def options(page: Page) -> Choices:
        from django.apps import apps  # noqa: PLC0415 (resolved lazily: models may not be ready)

        model = apps.get_model(model_label)
        return localised_options(model.objects.all(), page.locale_id, "name")

    options.model_label = model_label  # what the page cache purges the listing for
    return options


def page_options(model_label: str) -> Callable[[Page], Choices]:
    """Options of a filter by page (e.g. a programme site): the visible ones, by title."""

    def options(page: Page) -> Choices:
        from django.apps import apps  # noqa: PLC0415 (resolved lazily: models may not be ready)

        model = apps.get_model(model_label)
        return localised_options(model.objects.visible(), page.locale_id, "title")

    options.model_label = model_label
    return options


# Narrows a listing to the items matching words (queryset, words, locale, content type). The
# search app registers its service from SearchConfig.ready(): the platform imports no app.
ListingTextFilter = Callable[[QuerySet, str, Locale, str], QuerySet]
listing_text_filter: ListingTextFilter | None = None


def register_listing_text_filter(text_filter: ListingTextFilter) -> None:
    global listing_text_filter  # noqa: PLW0603 (set once, from SearchConfig.ready())
    listing_text_filter = text_filter


class ListingPage(BasePage):
    """An index page that lists its live children with filters and pagination."""

    per_page = 12
    listing_filters: tuple[ListingFilter, ...] = ()
    # The content type (search.documents) the free-text filter searches; none without it.
    search_content_type: str = ""

    @classmethod
    def is_filtered_by(cls, model: type) -> bool:
        """Whether the filter form names objects of this model (their titles are options)."""
        labels = {getattr(f.options, "model_label", "").lower() for f in cls.listing_filters}
        return any(
            klass._meta.label_lower in labels for klass in model.__mro__ if hasattr(klass, "_meta")
        )

    class Meta:
        abstract = True

    def get_listing_queryset(self) -> QuerySet:
        """The items this page lists; subclasses narrow the model and prefetch what cards show."""
        raise NotImplementedError

    def load_filter_options(self) -> list[list[tuple[str, str, str]]]:
        """The options of every filter, (value, label, language of the label if it is not the
        page's), with all database-backed ones read in one query."""
        loaded = [listing_filter.options(self) for listing_filter in self.listing_filters]
        options: list[list[tuple[str, str, str]]] = [
            [] if isinstance(choices, QuerySet) else [(*c, "") for c in choices]
            for choices in loaded
        ]
        parts = [
            choices.order_by().annotate(listing_filter=models.Value(index))
            for index, choices in enumerate(loaded)
            if isinstance(choices, QuerySet)
        ]
        if parts:
            for value, label, language, index in parts[0].union(*parts[1:], all=True):
                options[index].append((value, label, language))
            for index, choices in enumerate(loaded):
                if isinstance(choices, QuerySet):
                    options[index].sort(key=lambda option: option[1].casefold())
        return options

    def build_filter_form(self, request: HttpRequest) -> forms.Form:
        fields = {}
        if self.search_content_type:
            fields["q"] = forms.CharField(
                label=_("Words"),
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
            )
        for listing_filter, options in zip(
            self.listing_filters, self.load_filter_options(), strict=True
        ):
            choices = [("", _("All")), *((value, label) for value, label, _lang in options)]
            languages = {value: language for value, _label, language in options if language}
            fields[listing_filter.param] = forms.ChoiceField(
                label=listing_filter.label,
                choices=choices,
                required=False,
                widget=LanguageMarkedSelect(languages),
            )
        form_class = type("ListingFilterForm", (forms.Form,), fields)
        return form_class(request.GET or None)

    def filter_listing(self, queryset: QuerySet, form: forms.Form) -> QuerySet:
        if not form.is_bound or not form.is_valid():
            return queryset
        if form.cleaned_data.get("q") and listing_text_filter is not None:
            queryset = listing_text_filter(
                queryset, form.cleaned_data["q"], self.locale, self.search_content_type
            )
        for listing_filter in self.listing_filters:
            value = form.cleaned_data.get(listing_filter.param)
            if value:
                queryset = queryset.filter(**{listing_filter.lookup: value}).distinct()
        return queryset

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        form = self.build_filter_form(request)
        items = self.filter_listing(self.get_listing_queryset(), form)
        paginator = KeyFirstPaginator(items, self.per_page)
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
