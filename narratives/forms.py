"""The private record's form: which profile it belongs to and who looks after the person."""

from django import forms
from django.contrib.auth.models import User
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.access.permissions import staff_members

from .models import MessengerIdentity, MessengerPage


class StaffMemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        name = obj.get_full_name()
        return f"{name} ({obj.username})" if name else obj.username


class MessengerIdentityForm(forms.ModelForm):
    """One record per person: the profile is picked in the source language, once per
    messenger, among those without a record yet (the record covers every translation)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        recorded = MessengerIdentity.objects.filter(
            messenger__translation_key=OuterRef("translation_key")
        ).exclude(pk=self.instance.pk)
        self.fields["messenger"].queryset = (
            MessengerPage.objects.filter(
                Q(locale=Locale.get_default(), alias_of__isnull=True)
                | Q(pk=self.instance.messenger_id)
            )
            .exclude(Exists(recorded))
            .order_by("title")
        )
        coordinator = self.fields["coordinator"]
        self.fields["coordinator"] = StaffMemberChoiceField(
            staff_members().order_by("last_name", "first_name", "username"),
            label=_("Coordinator (staff member)"),
            required=False,
            help_text=coordinator.help_text,
        )

    class Meta:
        model = MessengerIdentity
        fields = ("messenger", "coordinator")  # the viewset lists the rest
