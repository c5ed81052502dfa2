"""What visitors may see, as filters that add no extra query."""

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.db.models.lookups import StartsWith
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, TranslatableMixin
from wagtail.query import PageQuerySet

from cms.upstream.pages import known_parent, remember_parent


def view_restricted() -> Exists:
    """True for a page when it or an ancestor carries a view restriction.

    Wagtail's `.public()` loads every restriction first (a query of its own); here the check is
    a subquery: a restriction applies when its page's tree path is a prefix of the page's path.
    """
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


class VisiblePageQuerySet(PageQuerySet):
    def visible(self) -> "VisiblePageQuerySet":
        """Live and not restricted to logged-in users, groups or a password."""
        return self.live().exclude(view_restricted())

    def without_stand_ins(self) -> "VisiblePageQuerySet":
        """No language stand-ins: the aliases of German pages that fill other languages'
        trees until a translation exists."""
        return self.filter(alias_of__isnull=True)


def load_for_serving(page: Page) -> Page:
    """The specific page, with the relations its template shows joined into the same query.

    Carries over what routing learnt (parent, restriction flag), so serving asks nothing twice.
    """
    model = page.specific_class
    if model is None:
        return page.specific
    related = getattr(model, "serve_select_related", ())
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    remember_parent(specific, known_parent(page))
    if hasattr(page, "view_restricted"):
        specific.view_restricted = page.view_restricted
    return specific


def not_expired(field: str = "expires_at") -> Q:
    return Q(**{f"{field}__isnull": True}) | Q(**{f"{field}__gte": timezone.localdate()})


def in_locale(queryset: QuerySet, locale_id: int) -> QuerySet:
    """The same objects as they exist in the given locale: each one's translation (or the
    alias that stands in for it) where there is one, the object itself otherwise.

    Relations are stored between German objects (wagtail-localize copies them unchanged), so a
    translated page reads its related pages and terms through this. One query.
    """
    model = queryset.model
    if not issubclass(model, TranslatableMixin):
        return queryset
    manager = model._default_manager
    selected = queryset.order_by()
    translated = manager.filter(translation_key=OuterRef("translation_key"), locale_id=locale_id)
    # The translation keys first: the index on (translation_key, locale) narrows 10,000
    # narratives to the few candidates before the rest is checked (an OR of subqueries alone
    # would be tested on every row of the table).
    return manager.filter(translation_key__in=selected.values("translation_key")).filter(
        Q(locale_id=locale_id) | (Q(pk__in=selected.values("pk")) & ~Exists(translated))
    )
