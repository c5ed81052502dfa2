"""Checks of Wagtail's and wagtail-localize's own tables: the page tree, aliases, revisions and
translation sources."""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision
from wagtail_localize.models import TranslationSource

from .registry import Findings, register_integrity_check


@register_integrity_check("pages_without_specific_row", _("Pages without their own row"))
def pages_without_specific_row() -> Findings:
    """A tree row whose page type's row is gone: the page fails wherever it is shown."""
    found = Findings()
    content_types = Page.objects.order_by().values_list("content_type", flat=True).distinct()
    for content_type_id in content_types:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        pages = Page.objects.filter(content_type_id=content_type_id)
        if model is None:
            found += Findings.in_queryset(pages)
        elif model is not Page:
            found += Findings.in_queryset(pages.exclude(pk__in=model._base_manager.values("pk")))
    return found


@register_integrity_check("page_tree", _("Page tree"))
def page_tree() -> Findings:
    """Pages whose parent is missing or whose depth or number of children is wrong (treebeard's
    own check asks once per page; this reads the tree once)."""
    step = Page.steplen
    rows = list(Page.objects.values_list("pk", "path", "depth", "numchild"))
    paths = {path for _pk, path, _depth, _numchild in rows}
    children = Counter(path[:-step] for _pk, path, _depth, _numchild in rows if len(path) > step)
    broken = [
        pk
        for pk, path, depth, numchild in rows
        if len(path) % step
        or depth != len(path) // step
        or (depth > 1 and path[:-step] not in paths)
        or numchild != children[path]
    ]
    return Findings.of(Page, sorted(broken))


@register_integrity_check("page_aliases_without_original", _("Aliases without their original"))
def page_aliases_without_original() -> Findings:
    aliases = Page.objects.filter(alias_of__isnull=False)
    return Findings.in_queryset(aliases.exclude(alias_of_id__in=Page.objects.values("pk")))


@register_integrity_check("revisions_without_content", _("Revisions without content"))
def revisions_without_content() -> Findings:
    return Findings.in_queryset(Revision.objects.filter(Q(content={}) | Q(content__isnull=True)))


@register_integrity_check("revisions_without_object", _("Revisions of deleted objects"))
def revisions_without_object() -> Findings:
    found = Findings()
    for content_type_id in (
        Revision.objects.order_by().values_list("base_content_type", flat=True).distinct()
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        revisions = Revision.objects.filter(base_content_type_id=content_type_id)
        if model is not None:
            keys = model._base_manager.annotate(key=Cast("pk", CharField())).values("key")
            revisions = revisions.exclude(object_id__in=keys)
        found += Findings.in_queryset(revisions)
    return found


@register_integrity_check(
    "translation_sources_without_object", _("Translation sources of deleted objects")
)
def translation_sources_without_object() -> Findings:
    """wagtail-localize's copy of a source text whose object is gone (it keeps that text)."""
    found = Findings()
    for content_type_id in (
        TranslationSource.objects.order_by()
        .values_list("specific_content_type", flat=True)
        .distinct()
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        sources = TranslationSource.objects.filter(specific_content_type_id=content_type_id)
        if model is not None:
            instance = model._base_manager.filter(
                translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
            )
            sources = sources.exclude(Exists(instance))
        found += Findings.in_queryset(sources)
    return found
