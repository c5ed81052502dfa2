"""The checks and what they find. Apps register the checks of their own models from their
`apps.py`, so the platform never imports them."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import Model, QuerySet
from django.utils.functional import Promise

# Ids kept per check: enough to start repairing, small enough for the health check's row and a
# mail. The count is always complete.
MAX_IDS = 20


@dataclass(frozen=True)
class Findings:
    """How many objects a check found and the first ids, as "app_label.model:pk"."""

    count: int = 0
    ids: tuple[str, ...] = ()

    def __add__(self, other: "Findings") -> "Findings":
        return Findings(self.count + other.count, (self.ids + other.ids)[:MAX_IDS])

    @classmethod
    def of(cls, model: type[Model], keys: Iterable[object], count: int | None = None) -> "Findings":
        keys = list(keys)
        label = model._meta.label_lower
        shown = tuple(f"{label}:{key}" for key in keys[:MAX_IDS])
        return cls(len(keys) if count is None else count, shown)

    @classmethod
    def in_queryset(cls, queryset: QuerySet, key: str = "pk") -> "Findings":
        """The rows of a queryset: one count and one query for the first ids."""
        count = queryset.count()
        if not count:
            return cls()
        keys = queryset.order_by(key).values_list(key, flat=True)[:MAX_IDS]
        return cls.of(queryset.model, keys, count)


class NotApplicable(Exception):  # noqa: N818 (a verdict, not a failure)
    """Raised by a check that has nothing to look at here (e.g. no search engine configured)."""


@dataclass(frozen=True)
class IntegrityCheck:
    name: str  # stable: stored with each run and used as the anchor in the docs
    label: str | Promise
    run: Callable[[], Findings]


_checks: dict[str, IntegrityCheck] = {}


def register_integrity_check(
    name: str, label: str | Promise
) -> Callable[[Callable[[], Findings]], Callable[[], Findings]]:
    """Decorator: adds the function as a check (registering a name again replaces it)."""

    def register(run: Callable[[], Findings]) -> Callable[[], Findings]:
        _checks[name] = IntegrityCheck(name, label, run)
        return run

    return register


def integrity_checks() -> list[IntegrityCheck]:
    return list(_checks.values())
