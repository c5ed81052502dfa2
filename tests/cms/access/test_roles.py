"""The role groups carry exactly the rights the brief gives them; the set-up is repeatable."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)
from wagtail.permissions import policy_registry

from cms.access import roles
from media_library.models import Material
from tests.factories.narratives import MessengerIndexPageFactory, MessengerPageFactory


@pytest.mark.smoke
def test_setup_is_idempotent_and_creates_every_role(db):
    call_command("setup_roles_and_workflows", verbosity=0)
    first = {
        g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()
    }
    call_command("setup_roles_and_workflows", verbosity=0)
    second = {
        g.name: set(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()
    }
    assert first == second
    assert set(roles.ROLES) <= set(first)
    assert set(Workflow.objects.active().values_list("name", flat=True)) == set(roles.WORKFLOWS)


def test_only_privacy_officers_hold_the_private_record(role_users):
    for name, user in role_users.items():
        assert user.has_perm("narratives.change_messengeridentity") == (
            name == roles.PRIVACY_REVIEW
        )
        assert user.has_perm("narratives.view_messengeridentity") == (name == roles.PRIVACY_REVIEW)


def test_only_administration_may_publish(role_users):
    for name, user in role_users.items():
        assert user.has_perm("media_library.publish_material") == (name == roles.ADMINISTRATION)
    publishers = GroupPagePermission.objects.filter(permission__codename="publish_page")
    assert set(publishers.values_list("group__name", flat=True)) == {roles.ADMINISTRATION}


def test_practitioners_read_internal_content_but_have_no_admin(role_users):
    practitioner = role_users[roles.PRACTITIONERS]
    assert practitioner.has_perm("cms.view_internal_content")
    assert not practitioner.has_perm("wagtailadmin.access_admin")


def test_taxonomies_are_edited_by_subject_review_and_administration_only(role_users):
    editors = {name for name, user in role_users.items() if user.has_perm("cms.change_topic")}
    assert editors == {roles.SUBJECT_REVIEW, roles.ADMINISTRATION}


def test_workflows_reach_pages_messengers_and_materials(role_users, home):
    assert [t.name for t in home.get_workflow().tasks] == [
        roles.PEOPLE_IN_PICTURES,
        roles.SUBJECT_REVIEW,
        roles.SIGN_OFF,
    ]
    # A messenger index created after the set-up still gets the privacy step first.
    messenger = MessengerPageFactory(parent=MessengerIndexPageFactory(parent=home))
    assert [t.name for t in messenger.get_workflow().tasks] == [
        roles.PRIVACY_REVIEW,
        roles.SUBJECT_REVIEW,
        roles.SIGN_OFF,
    ]
    assert Material().get_workflow().name == roles.PAGE_WORKFLOW
    assert Page.objects.get(depth=1).get_workflow().name == roles.PAGE_WORKFLOW


MEDIA_RIGHTS = {
    # "delete": of their own uploads only (Wagtail's ownership rule; the matrix tries it).
    roles.COMMUNICATION: {"add", "change", "delete", "choose"},
    roles.SUBJECT_REVIEW: {"choose"},
    roles.PRIVACY_REVIEW: {"choose"},
    roles.SIGN_OFF: {"choose"},
    roles.ADMINISTRATION: {"add", "change", "delete", "choose"},
    roles.PRACTITIONERS: set(),
}


@pytest.mark.parametrize("model", [get_image_model, get_document_model], ids=["image", "document"])
def test_media_rights_are_the_ones_wagtail_checks(role_users, model):
    """Asked the way Wagtail's image and document views ask: through their permission policy."""
    policy = policy_registry.get_by_type(model())
    for name, user in role_users.items():
        held = {
            action
            for action in ("add", "change", "delete", "choose")
            if policy.user_has_permission(user, action)
        }
        assert held == MEDIA_RIGHTS[name], name


def test_setup_replaces_stale_media_grants(db):
    """A grant the table no longer names (e.g. an image right that was dropped) goes on rerun."""
    call_command("setup_roles_and_workflows", verbosity=0)
    privacy = Group.objects.get(name=roles.PRIVACY_REVIEW)
    stale = Permission.objects.get(content_type__app_label="wagtailimages", codename="change_image")
    GroupCollectionPermission.objects.create(
        group=privacy, collection=Collection.get_first_root_node(), permission=stale
    )
    call_command("setup_roles_and_workflows", verbosity=0)
    held = GroupCollectionPermission.objects.filter(group=privacy)
    assert set(held.values_list("permission__codename", flat=True)) == {
        "choose_image",
        "choose_document",
    }


def test_setup_names_each_workflow_once(home):
    index = MessengerIndexPageFactory(parent=home)
    for slug in ("zwei", "drei"):
        MessengerIndexPageFactory(parent=home, slug=slug, title=index.title)
    out = StringIO()
    call_command("setup_roles_and_workflows", stdout=out)
    lines = [line.strip() for line in out.getvalue().splitlines() if "→" in line]
    assert lines == [
        f"{roles.PAGE_WORKFLOW}: every page, media_library.Material, media_library.CardSet",
        f"{roles.MESSENGER_WORKFLOW}: 3 messenger index pages",
    ]
