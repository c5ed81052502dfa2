"""Admin confirm views for taking a messenger down and for erasing them (wagtail_hooks)."""

import logging
from collections.abc import Iterator

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.widgets import BaseButton, Button
from wagtail.permissions import page_permission_policy

from .erasure import erase_messenger
from .erasure_ledger import LedgerUnavailable
from .models import MessengerIdentity, MessengerPage
from .permissions import can_change_identity, can_erase, can_take_down
from .takedown import images_shown, profile_copies, referring_pages, take_down_messenger

logger = logging.getLogger(__name__)


def messenger_action_buttons(
    page: MessengerPage, user: User, button_class: type[BaseButton] = Button, next_url: str = ""
) -> Iterator[BaseButton]:
    """Take down and erase, for the people allowed to: on the profile's editor and on its
    private record, so a threat situation is one click from wherever it is noticed."""
    query = f"?{urlencode({'next': next_url})}" if next_url else ""
    if can_take_down(user):
        yield button_class(
            _("Take down now"),
            reverse("narratives_take_down", args=[page.pk]) + query,
            icon_name="warning",
            priority=91,
        )
    if can_erase(user):
        yield button_class(
            _("Erase messenger"),
            reverse("narratives_erase", args=[page.pk]) + query,
            icon_name="bin",
            priority=92,
        )


def back_after_take_down(request: HttpRequest, messenger: MessengerPage) -> str:
    """Where the person returns: where they came from, else an admin page they may open (the
    privacy officers have no page editor or explorer, so those would refuse them)."""
    next_url = request.POST.get("next") or request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    if page_permission_policy.user_has_permission_for_instance(request.user, "change", messenger):
        return reverse("wagtailadmin_pages:edit", args=[messenger.pk])
    if can_change_identity(request.user):
        record = MessengerIdentity.objects.filter(messenger=messenger).values_list("pk").first()
        if record:
            return reverse("messenger_identities:edit", args=record)
        return reverse("messenger_identities:index")
    return reverse("wagtailadmin_home")


def preview(messenger: MessengerPage) -> dict:
    """What the confirm page lists: the profile in every language and the pages it is on."""
    copies = list(profile_copies(messenger))
    images: set[int] = set()
    for copy in copies:
        images |= images_shown(copy)
    return {"copies": copies, "affected_pages": referring_pages(copies, images)}


def not_recorded_message() -> str:
    return _(
        "Nothing was changed: the erasure ledger, which keeps erasures and takedowns safe from "
        "restored backups, cannot be written. Tell the administrators."
    )


def take_down_view(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_take_down(request.user):
        raise PermissionDenied
    messenger = get_object_or_404(MessengerPage, pk=page_id)
    if request.method == "POST":
        try:
            result = take_down_messenger(messenger, request.user)
        except LedgerUnavailable:
            logger.exception("Takedown of profile %s not recorded", messenger.pk)
            messages.error(request, not_recorded_message())
            return redirect(back_after_take_down(request, messenger))
        messages.warning(
            request,
            _(
                "The profile is off the website in every language (%(pages)s versions), "
                "%(images)s images withdrawn. The privacy officers have the list of pages that "
                "showed it."
            )
            % {"pages": len(result.profiles), "images": len(result.withdrawn_images)},
        )
        return redirect(back_after_take_down(request, messenger))
    return TemplateResponse(
        request,
        "narratives/admin/take_down.html",
        {
            "page": messenger,
            "action": reverse("narratives_take_down", args=[messenger.pk]),
            "next": back_after_take_down(request, messenger),
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
        try:
            result = erase_messenger(messenger, request.user)
        except LedgerUnavailable:
            logger.exception("Erasure of profile %s not recorded", messenger.pk)
            messages.error(request, not_recorded_message())
            return redirect("wagtailadmin_pages:edit", messenger.pk)
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
