"""The private record's form: each messenger once, only those without a record; the
coordinator among the staff, never practitioners or public users."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from cms.access import roles
from narratives.forms import MessengerIdentityForm
from tests.cms.localisation.test_language_versions import in_language, translate
from tests.factories.cms import UserFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
)
from tests.factories.second_factor import log_in_with_second_factor


@pytest.fixture
def messengers(home):
    index = MessengerIndexPageFactory(parent=home)
    pages = {
        alias: MessengerPageFactory(parent=index, title=alias)
        for alias in ("Trainer Ali", "Mutter Leyla", "Coach Deniz")
    }
    call_command("sync_locale_trees")
    translate(pages["Mutter Leyla"], "en", title="Mother Leyla")
    MessengerIdentityFactory(messenger=pages["Coach Deniz"])
    return pages


def messenger_labels(form: MessengerIdentityForm) -> list[str]:
    return [label for _value, label in form.fields["messenger"].choices if _value]


def test_each_messenger_once_and_only_those_without_a_record(messengers):
    # Not the six language versions (aliases, the English translation), not Coach Deniz.
    assert messenger_labels(MessengerIdentityForm()) == ["Mutter Leyla", "Trainer Ali"]


def test_editing_a_record_keeps_its_own_messenger(messengers):
    record = messengers["Coach Deniz"].identity
    labels = messenger_labels(MessengerIdentityForm(instance=record))
    assert labels == ["Coach Deniz", "Mutter Leyla", "Trainer Ali"]


def test_a_second_record_for_a_translation_is_refused(messengers):
    """The English profile belongs to the same person as the German one."""
    english = in_language(messengers["Coach Deniz"], "en")
    form = MessengerIdentityForm(data={"messenger": english.pk, "real_name": "Zweitname"})
    assert "messenger" in form.errors


def test_the_coordinator_is_a_member_of_staff(messengers, role_users, admin_user):
    inactive = UserFactory(username="ausgeschieden", is_active=False)
    inactive.groups.add(Group.objects.get(name=roles.COMMUNICATION))
    public = UserFactory(username="besucher")
    redaktion = role_users[roles.COMMUNICATION]
    redaktion.first_name, redaktion.last_name = "Rita", "Redaktion"
    redaktion.save()

    field = MessengerIdentityForm().fields["coordinator"]
    assert str(field.label) == "Koordination (Mitarbeiter/in)"
    offered = {user.username for user in field.queryset}
    staff = {role_users[name].username for name in roles.ROLES if name != roles.PRACTITIONERS}
    assert offered == staff | {admin_user.username}
    assert role_users[roles.PRACTITIONERS].username not in offered
    assert public.username not in offered and inactive.username not in offered
    labels = dict(field.choices)
    assert labels[redaktion.pk] == f"Rita Redaktion ({redaktion.username})"


def test_the_record_button_of_a_translation_opens_the_persons_record(
    client, messengers, privacy_officer
):
    log_in_with_second_factor(client, privacy_officer)
    english = translate(messengers["Coach Deniz"], "en", title="Coach Deniz (en)")
    html = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk])).content.decode()
    record = messengers["Coach Deniz"].identity
    assert reverse("messenger_identities:edit", args=[record.pk]) in html

    # Without a record yet: the new record is preset to the German profile.
    english = in_language(messengers["Mutter Leyla"], "en")
    url = reverse("messenger_identities:add") + f"?messenger={english.pk}"
    form = client.get(url).context["form"]
    assert form.initial["messenger"] == messengers["Mutter Leyla"].pk
