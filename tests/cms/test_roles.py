"""The role groups carry exactly the rights the brief gives them; the set-up is repeatable."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Page, Workflow

from cms import roles
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
