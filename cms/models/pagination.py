"""Listing pages that cost the same far back as at the front.

An OFFSET makes the database produce and throw away every row before the page; with whole page
rows (body, StreamFields, joined images) that work grows with the page number: page 200 of
10,000 narratives sorted 2,400 wide rows for 12. Here the offset runs over the primary keys
alone, which come with the total (a subquery) in the same query, and only the rows shown are
loaded, by key: two queries on every page, as with Django's Paginator (a count and the rows).
"""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Count, IntegerField, QuerySet, Subquery, Value


class KeyFirstPaginator(Paginator):
    """A Paginator over a QuerySet that finds a page's keys (and the total) first, then loads
    those rows with the original query, so items look exactly as without this paginator."""

    def __init__(self, object_list: QuerySet, per_page: int, **kwargs: object) -> None:
        if not isinstance(object_list, QuerySet):
            raise TypeError("KeyFirstPaginator pages QuerySets only.")
        super().__init__(object_list, per_page, **kwargs)

    def _keys(self) -> QuerySet:
        """The listing's keys in its order, one row per item even where it is DISTINCT (a
        count beside DISTINCT would count joined duplicates)."""
        listing = self.object_list
        if not listing.query.distinct:
            return listing
        ordering = listing.query.order_by or listing.model._meta.ordering
        manager = listing.model._default_manager
        return manager.filter(pk__in=listing.order_by().values("pk")).order_by(*ordering)

    def page(self, number: int | str) -> Page:
        try:
            number = int(number)
        except (TypeError, ValueError) as error:
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from error
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        bottom = (number - 1) * self.per_page
        keys = self._keys()
        # A scalar subquery runs once, beside the key scan that stops after the page; a window
        # count would make the database produce every row before it can stop.
        total = Subquery(
            keys.order_by()
            .annotate(listing_group=Value(1))
            .values("listing_group")
            .annotate(listing_count=Count("pk"))
            .values("listing_count"),
            output_field=IntegerField(),
        )
        found = list(
            keys.annotate(listing_total=total).values_list("pk", "listing_total")[
                bottom : bottom + self.per_page + self.orphans
            ]
        )
        if found:
            self.__dict__["count"] = found[0][1]  # Paginator.count is a cached_property
        elif number == 1:
            self.__dict__["count"] = 0
        number = self.validate_number(number)  # past the end: counts, then EmptyPage
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        shown = [key for key, _total in found[: top - bottom]]
        rows = list(self.object_list.filter(pk__in=shown)) if shown else []
        position = {key: index for index, key in enumerate(shown)}
        rows.sort(key=lambda row: position[row.pk])
        return self._get_page(rows, number, self)
