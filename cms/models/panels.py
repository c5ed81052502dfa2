"""Edit-form panels shared by the apps' snippets."""

from django.db.models import Model
from wagtail.admin.panels import TitleFieldPanel


class SlugSourcePanel(TitleFieldPanel):
    """The title (or name) field of a snippet fills its slug as the editor types, as a page's
    title fills the page's slug.

    Only until the item has been published, as for pages; an item without a published state
    (a taxonomy term) only until it is first saved: its slug is in filter links already.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        # A plain labelled field, not the page title's large unlabelled one.
        kwargs.setdefault("classname", "")
        kwargs.setdefault("placeholder", False)
        super().__init__(*args, **kwargs)

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_should_apply(self) -> bool:
            instance: Model | None = self.instance
            if instance is None or instance.pk is None:
                return True
            if not hasattr(instance, "live"):
                return False
            return super().get_should_apply()
