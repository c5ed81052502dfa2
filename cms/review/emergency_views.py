"""Admin views for emergency publishing of pages and the follow-up list."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page

from cms.models import EmergencyPublication
from cms.review.emergency import MIN_REASON_LENGTH, can_emergency_publish, emergency_publish


class EmergencyPublishForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Why can this not wait for the review?"),
        widget=forms.Textarea(attrs={"rows": 4}),
        min_length=MIN_REASON_LENGTH,
    )


def emergency_publish_page(request: HttpRequest, page_id: int) -> HttpResponse:
    if not can_emergency_publish(request.user):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    form = EmergencyPublishForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            emergency_publish(page, request.user, form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.warning(
                request,
                _("“%(title)s” was published without review; it is on the follow-up list.")
                % {"title": page.get_admin_display_title()},
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "cms/admin/emergency_publish.html",
        {"page": page, "form": form, "action": reverse("cms_emergency_publish", args=[page.pk])},
    )


class EmergencyPublicationViewSet(ModelViewSet):
    """The follow-up list: what went live without review, until someone reviewed it."""

    model = EmergencyPublication
    icon = "warning"
    add_to_admin_menu = True
    menu_label = gettext_lazy("Published without review")
    menu_order = 850
    name = "emergency_publications"
    list_display = ["title", "published_by", "published_at", "reason", "followed_up"]
    list_filter = ["followed_up"]
    form_fields = ["followed_up", "follow_up_note"]
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = False
