from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask

from cms.upstream.workflows import user_in_task_groups
from tests.factories.cms import UserFactory


def test_the_task_knows_its_reviewing_groups(db):
    reviewers = Group.objects.create(name="Prüfende")
    task = GroupApprovalTask.objects.create(name="Prüfung")
    task.groups.add(reviewers)
    member, outsider = UserFactory(), UserFactory()
    member.groups.add(reviewers)
    assert user_in_task_groups(task, member)
    assert not user_in_task_groups(task, outsider)
