"""English admin: Django's English formats, and reading the date pickers' German dates."""

from django.conf.locale.en.formats import *  # noqa: F403 (extends Django's module)
from django.conf.locale.en.formats import DATE_INPUT_FORMATS, DATETIME_INPUT_FORMATS

DATE_INPUT_FORMATS = [*DATE_INPUT_FORMATS, "%d.%m.%Y"]
DATETIME_INPUT_FORMATS = [*DATETIME_INPUT_FORMATS, "%d.%m.%Y %H:%M"]
