"""The page editor refuses a go-live date in the past, and says why.

Wagtail accepts one: the page then goes live the moment the last review approves it, which is
not what an editor who typed a date meant.
"""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.relations.forms import LocalisedRelationsPageForm

PAST_GO_LIVE_MESSAGE = _(
    "The go-live date is in the past: the page would go live as soon as it is approved. "
    "Choose a later date and time, or clear the field to publish on approval."
)


class BasePageForm(LocalisedRelationsPageForm):
    """Every page type's edit form (BasePage.base_form_class): relation choices in the page's
    language (cms.relations), and no go-live date in the past."""

    def clean(self) -> dict:
        cleaned_data = super().clean()
        go_live_at = cleaned_data.get("go_live_at")
        if go_live_at and go_live_at < timezone.now() and self._go_live_changed(go_live_at):
            self.add_error("go_live_at", forms.ValidationError(PAST_GO_LIVE_MESSAGE, code="past"))
        return cleaned_data

    def _go_live_changed(self, go_live_at: datetime.datetime) -> bool:
        """A date kept from an earlier save is not refused once it has passed. The editor
        shows minutes only, so a stored date with seconds comes back without them."""
        initial = self.initial.get("go_live_at")
        return initial is None or abs(go_live_at - initial) >= datetime.timedelta(minutes=1)
