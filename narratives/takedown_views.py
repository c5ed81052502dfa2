"""Admin confirm views for taking a messenger down and for erasing them (wagtail_hooks)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from .erasure import erase_messenger
from .models import MessengerPage
from .permissions import can_erase, can_take_down
from .takedown import images_shown, profile_copies, referring_pages, take_down_messenger


def preview(messenger: MessengerPage) -> dict:
    """What the confirm page lists: the profile in every language and the pages it is on."""
    copies = list(profile_copies(messenger))
    images: set[int] = set()
    for copy in copies:
        images |= images_shown(copy)
    return {"copies": copies, "affected_pages": referring_pages(copies, images)}


def take_down_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_take_down(request.user):
        raise PermissionDenied
    messenger = get_object_or_404(MessengerPage, pk=page_id)
    if request.method == "POST":
        result = take_down_messenger(messenger, request.user)
        messages.warning(
            request,
            _(
                "The profile is off the website in every language (%(pages)s versions), "
                "%(images)s images withdrawn. The privacy officers have the list of pages that "
                "showed it."
            )
            % {"pages": len(result.profiles), "images": len(result.withdrawn_images)},
        )
        return redirect("wagtailadmin_pages:edit", messenger.pk)
    return TemplateResponse(
        request,
        "narratives/admin/take_down.html",
        {
            "page": messenger,
            "action": reverse("narratives_take_down", args=[messenger.pk]),
            **preview(messenger),
        },
    )


class ErasureForm(forms.Form):
    confirmation = forms.CharField(
        label=gettext_lazy("Type the profile number to confirm"), max_length=20
    )

    def __init__(self, *args: object, page_id: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.page_id = page_id

    def clean_confirmation(self) -> str:
        value = self.cleaned_data["confirmation"].strip()
        if value != str(self.page_id):
            raise forms.ValidationError(
                _("That is not the number of this profile (%(number)s); nothing was erased.")
                % {"number": self.page_id}
            )
        return value


def erase_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_erase(request.user):
        raise PermissionDenied
    messenger = get_object_or_404(MessengerPage, pk=page_id)
    form = ErasureForm(request.POST or None, page_id=messenger.pk)
    if request.method == "POST" and form.is_valid():
        parent_id = messenger.get_parent().pk
        result = erase_messenger(messenger, request.user)
        messages.success(request, str(result))
        return redirect("wagtailadmin_explore", parent_id)
    return TemplateResponse(
        request,
        "narratives/admin/erase.html",
        {
            "page": messenger,
            "form": form,
            "action": reverse("narratives_erase", args=[messenger.pk]),
            **preview(messenger),
        },
    )
