"""Links to pages in rich text lead only to pages visitors can open.

Wagtail links to a page whatever its state; a messenger profile taken offline in a threat
situation (narratives.takedown) would still be pointed at, under its alias, from every text
that links it. The link is checked when the text is rendered, so nobody has to edit the pages
that link it, and it comes back by itself when the page is published again.
"""

from django.utils.html import escape
from wagtail.rich_text.pages import PageLinkHandler


class LivePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        # "<a>" without a target is what Wagtail renders for a deleted page: the words stay,
        # the link goes.
        return [
            f'<a href="{escape(page.localized.url)}">' if page is not None and page.live else "<a>"
            for page in cls.get_many(attrs_list)
        ]
