"""wagtail-localize's strings whose German we word ourselves.

Its German catalogue calls languages "Locale" (the language picker of "translate this page"
reads "Locale"). Our catalogue comes first in LOCALE_PATHS, so its msgstr wins; the msgids must
match wagtail-localize's exactly. Listed here so that makemessages keeps them in our catalogue.
"""

from django.utils.translation import gettext_noop

WAGTAIL_LOCALIZE_STRINGS = (
    gettext_noop("Locales"),
    gettext_noop("{} locales"),
    gettext_noop("This locale cannot be synced into itself."),
    gettext_noop("Synchronise content from another locale"),
    gettext_noop(
        "Choose a locale to synchronise content from. Any existing and future content authored "
        "in the selected locale will be automatically copied to this one."
    ),
)
