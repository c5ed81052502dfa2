"""A machine translator for development only (cms/settings/dev.py): no network, no key."""

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.dummy import DummyTranslator


class DevelopmentTranslator(DummyTranslator):
    """wagtail-localize's dummy, named so that nobody takes its reversed German for a
    translation."""

    display_name = _("development test translator (reverses the German words)")
