"""`{% responsive_image image "card" class="card__image" %}`: a <picture> in modern formats.

Renders Wagtail's own Picture (AVIF and WebP <source>s, a JPEG or PNG <img> with srcset, sizes,
width and height from the rendition) for a place named in cms.media.renditions, the same list that
publishing uses to make the renditions beforehand.
"""

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

from cms.localisation.language_versions import content_language
from cms.localisation.languages import language_attributes
from cms.media.renditions import PLACES, POSTER_PLACE

register = template.Library()

NOT_FOUND = "not-found"  # Wagtail's stand-in when the original is gone or withdrawn


@register.simple_tag
def responsive_image(image: Any, place: str, css_class: str = "") -> SafeString:
    if not image:
        return mark_safe("")
    layout = PLACES[place]
    renditions = get_renditions_or_not_found(image, layout.specs(image))
    if all(rendition.file.name == NOT_FOUND for rendition in renditions.values()):
        # A withdrawn photo or a lost original: no empty frame, no broken image.
        return mark_safe("")
    attrs = {"alt": image.alt, "sizes": layout.sizes}
    if image.alt:
        attrs.update(language_attributes(content_language(image)))
    if css_class:
        attrs["class"] = css_class
    if layout.hero:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    return Picture(renditions, attrs).__html__()


@register.simple_tag
def poster_url(image: Any) -> str:
    """The URL of a video's poster: one of the material place's renditions."""
    if not image:
        return ""
    spec = PLACES[POSTER_PLACE].largest_fallback_spec(image)
    rendition = get_renditions_or_not_found(image, [spec])[spec]
    return "" if rendition.file.name == NOT_FOUND else rendition.url
