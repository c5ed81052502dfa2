"""Admin views for the private messenger record (registered in wagtail_hooks)."""

from django import forms
from django.forms.models import modelform_factory
from django.http import HttpRequest, HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import log
from wagtail.models import Locale

from .forms import MessengerIdentityForm
from .models import MessengerIdentity, MessengerPage
from .permissions import identity_permission_policy
from .takedown_views import messenger_action_buttons

VIEW_IDENTITY_ACTION = "narratives.view_identity"


class IdentityEditView(generic.EditView):
    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = super().get(request, *args, **kwargs)
        # Every look at a real identity is recorded: who opened which record, and when.
        log(instance=self.object, action=VIEW_IDENTITY_ACTION, user=request.user)
        return response

    @cached_property
    def header_buttons(self) -> list[HeaderButton]:
        # The record is where a threat or an erasure request is handled: the actions on the
        # profile are here too, and bring the officer back to the record.
        return list(
            messenger_action_buttons(
                self.object.messenger,
                self.request.user,
                button_class=HeaderButton,
                next_url=self.request.path,
            )
        )


class IdentityCreateView(generic.CreateView):
    def get_initial(self) -> dict:
        # The "private record" button on a messenger page passes the page along.
        # From a translation, the record is for the German profile: one record per person.
        initial = super().get_initial()
        if self.request.GET.get("messenger", "").isdigit():
            page = MessengerPage.objects.filter(pk=self.request.GET["messenger"]).first()
            if page:
                initial["messenger"] = (
                    page.get_translation_or_none(Locale.get_default()) or page
                ).pk
        return initial


class MessengerIdentityViewSet(ModelViewSet):
    model = MessengerIdentity
    permission_policy = identity_permission_policy
    add_view_class = IdentityCreateView
    edit_view_class = IdentityEditView
    icon = "lock"
    add_to_admin_menu = True
    menu_label = _("Private messenger records")
    menu_order = 900
    name = "messenger_identities"
    list_display = ["__str__", "messenger", "consent_expires_on"]
    list_filter = ["consent_web", "consent_photo"]
    form_fields = [
        "messenger",
        "real_name",
        "email",
        "phone",
        "coordinator",
        "consent_given_on",
        "consent_expires_on",
        "consent_web",
        "consent_print",
        "consent_social",
        "consent_photo",
        "consent_reference",
        "safety_notes",
    ]
    copy_view_enabled = False
    inspect_view_enabled = False

    def get_form_class(self, for_update: bool = False) -> type[forms.ModelForm]:
        return modelform_factory(
            self.model,
            form=MessengerIdentityForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )
