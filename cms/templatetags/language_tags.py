"""Language versions of what is shown: hreflang alternates, the language switcher and the
notice on pages not translated yet (see cms.localisation.language_versions)."""

from dataclasses import dataclass, field

from django import template
from django.http import HttpRequest
from django.template import Context
from django.utils.html import format_html_join
from django.utils.safestring import SafeString
from wagtail.models import Page

from cms.localisation.language_versions import (
    LanguageVersion,
    content_language,
    page_versions,
    path_versions,
)
from cms.localisation.languages import SOURCE_LANGUAGE, language_attributes
from cms.localisation.translation_review import translation_awaiting_review
from cms.page_cache import parts

register = template.Library()


@dataclass(frozen=True)
class LanguageVersions:
    versions: list[LanguageVersion]
    # False on a page that shows the German content in another language's tree.
    translated: bool = True
    alternates: list[LanguageVersion] = field(default_factory=list)
    default: LanguageVersion | None = None


@register.simple_tag(takes_context=True)
def language_versions(context: Context) -> LanguageVersions:
    request = context.get("request")
    if request is None:
        return LanguageVersions(versions=[])
    # Kept with the page's parts: a translation published or withdrawn purges every version.
    return parts.value(request, "language_versions", lambda: _language_versions(context, request))


def _language_versions(context: Context, request: HttpRequest) -> LanguageVersions:
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk or context.get("detail_title"):
        # Search, login, errors and routed sub-pages (materials, card sets) of a library; a
        # material not translated yet is shown in German like a page that is not.
        versions = path_versions(request)
        return LanguageVersions(
            versions=versions, translated=context.get("detail_translated", True)
        )
    versions = page_versions(page, request)
    current = next((version for version in versions if version.current), None)
    alternates = [version for version in versions if version.translated]
    default = next((version for version in alternates if version.code == SOURCE_LANGUAGE), None)
    translated = current.translated if current is not None else True
    if getattr(request, "is_preview", False) and not translated:
        # A preview shows the draft being edited: while a translation is under way the public
        # row is still the German page standing in, but the previewed object is the draft.
        translated = not page.alias_of_id or translation_awaiting_review(page) is not None
    return LanguageVersions(
        versions=versions,
        translated=translated,
        # hreflang only between real translations, and only on one of them.
        alternates=alternates if current is None or current.translated else [],
        default=default if current is None or current.translated else None,
    )


@register.simple_tag(takes_context=True)
def absolute_url(context: Context, url: str) -> str:
    request = context.get("request")
    if request is None or "://" in url:
        return url
    return request.build_absolute_uri(url)


@register.filter
def foreign_lang(shown: object) -> SafeString:
    """`<h3{{ item|foreign_lang }}>`: ` lang="de" dir="ltr"` on an element that shows German
    text (an untranslated term, a stand-in page, a German material, an image's alternative
    text) on a page in another language, so that screen readers pronounce it as German and
    right-to-left pages keep its punctuation in place; nothing otherwise."""
    attributes = language_attributes(content_language(shown))
    return format_html_join("", ' {}="{}"', attributes.items())
