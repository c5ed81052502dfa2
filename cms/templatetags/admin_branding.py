"""The programme's name in the admin, where Wagtail names itself."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def programme_name() -> str:
    return str(settings.WAGTAIL_SITE_NAME)
