"""Wagtail's page tree (django-treebeard's materialised path) where its public API costs
queries: the parent a page already knows, and the tree path of a new child."""

from wagtail.models import Page

# treebeard's MP_Node.get_parent() answers from this attribute without a query; Wagtail's own
# routing (Page.route) sets it the same way.
PARENT_ATTRIBUTE = "_cached_parent_obj"


def remember_parent(page: Page, parent: Page | None) -> None:
    """Lets `page.get_parent()` answer `parent` without a query."""
    setattr(page, PARENT_ATTRIBUTE, parent)


def known_parent(page: Page) -> Page | None:
    """The parent `page` already holds (from routing), or None: never a query."""
    return getattr(page, PARENT_ATTRIBUTE, None)


def path_step(path: str) -> int:
    """The position a tree path gives its page among its siblings (the last step)."""
    return Page._str2int(path[-Page.steplen :])


def child_path(parent: Page, step: int) -> str:
    """The tree path of `parent`'s child at position `step`, for rows written in bulk without
    treebeard's add_child() (one query per page)."""
    return Page._get_path(parent.path, parent.depth + 1, step)
