"""Small helpers the builders share: find-or-create pages, pick related objects, the tally."""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from wagtail.models import Page

PageT = TypeVar("PageT", bound=Page)
Progress = Callable[[str], None]


class DemoContentError(Exception):
    """The database holds something the demo content cannot build on; the message says what."""


@dataclass
class Tally:
    """How many objects of each kind exist after the run and how many this run created."""

    total: Counter = field(default_factory=Counter)
    created: Counter = field(default_factory=Counter)

    def add(self, kind: str, created: bool) -> None:
        self.total[kind] += 1
        if created:
            self.created[kind] += 1


def ensure_page(parent: Page, page: PageT, tally: Tally, kind: str) -> PageT:
    """The child of parent with page's slug; if missing, add page and publish it.

    Existing pages are left as they are, so that editors' changes survive a second run.
    """
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        if not isinstance(existing, type(page)):
            raise DemoContentError(
                f"{parent.url_path}{page.slug}/ is a {type(existing).__name__}, "
                f"not a {type(page).__name__}"
            )
        tally.add(kind, created=False)
        tally.add("pages", created=False)
        return existing
    if page.locale_id is None:
        page.locale = parent.locale
    parent.add_child(instance=page)
    page.save_revision().publish()
    tally.add(kind, created=True)
    tally.add("pages", created=True)
    return page


def pick(objects: dict, keys: Iterable[str]) -> list:
    """The objects for the given keys (checked to exist when the data files are read)."""
    return [objects[key] for key in keys]
