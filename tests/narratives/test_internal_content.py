"""Talking points are for practitioners only."""

import pytest

from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory

TALKING_POINTS = "Interner Gesprächsleitfaden: zuerst zuhören."


@pytest.fixture
def narrative(home):
    index = NarrativeIndexPageFactory(parent=home)
    return NarrativePageFactory(parent=index)


@pytest.mark.smoke
def test_anonymous_visitor_does_not_see_talking_points(client, narrative):
    html = client.get(narrative.url).content.decode()
    assert narrative.counter_narrative in html
    assert TALKING_POINTS not in html


def test_logged_in_user_without_permission_does_not_see_talking_points(
    client, narrative, plain_user
):
    client.force_login(plain_user)
    assert TALKING_POINTS not in client.get(narrative.url).content.decode()


def test_practitioner_sees_talking_points(client, narrative, practitioner):
    client.force_login(practitioner)
    assert TALKING_POINTS in client.get(narrative.url).content.decode()


def test_inactive_practitioner_does_not_see_talking_points(client, narrative, practitioner):
    practitioner.is_active = False
    practitioner.save()
    client.force_login(practitioner)
    assert TALKING_POINTS not in client.get(narrative.url).content.decode()
