"""Where each German page stands in every other language, for editors.

wagtail-localize's own report lists translation requests; editors also need to see which pages
are not translated at all, which translations wait for review, and which are out of date because
the German page was published again after its text was last sent for translation.
"""

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from django import forms
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from cms.localisation.languages import CONTENT_LANGUAGES, SOURCE_LANGUAGE

PAGES_PER_REPORT_PAGE = 50


class State(StrEnum):
    MISSING = "missing"
    REQUESTED = "requested"
    IN_REVIEW = "in-review"
    OUT_OF_DATE = "out-of-date"
    CURRENT = "current"


STATE_LABELS = {
    State.MISSING: _("not translated"),
    State.REQUESTED: _("in translation"),
    State.IN_REVIEW: _("in review"),
    State.OUT_OF_DATE: _("out of date: the German page changed"),
    State.CURRENT: _("up to date"),
}


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    state: State
    edit_url: str

    @property
    def label(self) -> str:
        return str(STATE_LABELS[self.state])


@dataclass(frozen=True)
class PageStatus:
    page: Page
    languages: list[LanguageStatus]


def target_languages() -> list[tuple[str, str]]:
    return [(code, name) for code, name in CONTENT_LANGUAGES if code != SOURCE_LANGUAGE]


def translation_status(pages: list[Page]) -> list[PageStatus]:
    """The status of each German page in every other language; four queries for any number."""
    keys = [page.translation_key for page in pages]
    versions = {
        (version.translation_key, version.locale.language_code): version
        for version in Page.objects.filter(translation_key__in=keys)
        .exclude(locale__language_code=SOURCE_LANGUAGE)
        .select_related("locale")
        .only("id", "translation_key", "alias_of_id", "locale__language_code")
    }
    synced = dict(
        TranslationSource.objects.filter(
            object_id__in=keys, locale__language_code=SOURCE_LANGUAGE
        ).values_list("object_id", "last_updated_at")
    )
    requested = set(
        Translation.objects.filter(source__object_id__in=keys, enabled=True).values_list(
            "source__object_id", "target_locale__language_code"
        )
    )
    in_review = set(
        WorkflowState.objects.active()
        .filter(
            base_content_type__isnull=False, object_id__in=[str(v.pk) for v in versions.values()]
        )
        .values_list("object_id", flat=True)
    )
    statuses = []
    for page in pages:
        languages = []
        for code, _name in target_languages():
            version = versions.get((page.translation_key, code))
            if version is not None and str(version.pk) in in_review:
                # Under review, though the German page still stands in for it publicly.
                state = State.IN_REVIEW
            elif version is None or version.alias_of_id:
                state = (
                    State.REQUESTED if (page.translation_key, code) in requested else State.MISSING
                )
            elif (
                page.last_published_at
                and page.translation_key in synced
                and page.last_published_at > synced[page.translation_key]
            ):
                state = State.OUT_OF_DATE
            else:
                state = State.CURRENT
            edit_url = reverse("wagtailadmin_pages:edit", args=[version.pk]) if version else ""
            languages.append(LanguageStatus(code, state, edit_url))
        statuses.append(PageStatus(page, languages))
    return statuses


class ReportFilters(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(
        label=_("State"),
        required=False,
        choices=[("", _("All states")), *((str(state), STATE_LABELS[state]) for state in State)],
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *target_languages()]


@dataclass(frozen=True)
class LanguageCounts:
    code: str
    name: str
    counts: list[tuple[State, int]]  # in the order of State


def counts_by_language(statuses: list[PageStatus]) -> list[LanguageCounts]:
    tally = Counter(
        (language.code, language.state) for status in statuses for language in status.languages
    )
    return [
        LanguageCounts(code, name, [(state, tally[code, state]) for state in State])
        for code, name in target_languages()
    ]


def translation_status_view(request: HttpRequest) -> HttpResponse:
    """Report of the German pages, in tree order, with their state in each language; how many
    pages each language has in each state; filtered by language and state."""
    filters = ReportFilters(request.GET)
    language = state = ""
    if filters.is_valid():
        language, state = filters.cleaned_data["language"], filters.cleaned_data["state"]
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    pages = Page.objects.filter(locale=source, depth__gt=1).order_by("path")
    statuses = translation_status(list(pages))
    counts = counts_by_language(statuses)
    languages = [(code, name) for code, name in target_languages() if language in ("", code)]
    shown = [
        PageStatus(status.page, [lang for lang in status.languages if language in ("", lang.code)])
        for status in statuses
    ]
    if state:
        shown = [s for s in shown if any(lang.state == state for lang in s.languages)]
    paginator = Paginator(shown, PAGES_PER_REPORT_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "cms/admin/translation_status.html",
        {
            "languages": languages,
            "states": [(state, STATE_LABELS[state]) for state in State],
            "counts": counts,
            "filters": filters,
            "statuses": page_obj.object_list,
            "page_obj": page_obj,
            "requests_url": reverse("wagtail_localize:translations_report"),
        },
    )
