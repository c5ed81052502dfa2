"""Creates the role groups, their permissions and the review workflows; safe to run again."""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from cms.access import roles
from cms.models import PeopleInPicturesTask, ReviewTask


@dataclass
class SetupReport:
    groups: int = 0
    permissions: int = 0
    workflows: int = 0
    assignments: list[str] = field(default_factory=list)


def permission(label: str) -> Permission:
    app_label, codename = label.split(".", 1)
    try:
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)
    except Permission.DoesNotExist as error:
        raise LookupError(f"permission {label} does not exist; run migrate first") from error


@transaction.atomic
def setup_roles_and_workflows() -> SetupReport:
    report = SetupReport()
    groups = {}
    for name in roles.ROLES:
        groups[name], created = Group.objects.get_or_create(name=name)
        report.groups += created
    for name, labels in roles.MODEL_PERMISSIONS.items():
        # Set, not add: a permission removed from the table is removed from the group.
        groups[name].permissions.set([permission(label) for label in labels])
        report.permissions += len(labels)

    root_page = Page.get_first_root_node()
    for name, codenames in roles.PAGE_PERMISSIONS.items():
        wanted = set(
            Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
        )
        GroupPagePermission.objects.filter(group=groups[name]).exclude(
            page=root_page, permission__in=wanted
        ).delete()
        for perm in wanted:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root_page, permission=perm
            )
        report.permissions += len(wanted)

    root_collection = Collection.get_first_root_node()
    for name, labels in roles.COLLECTION_PERMISSIONS.items():
        wanted = {permission(label) for label in labels}
        GroupCollectionPermission.objects.filter(group=groups[name]).exclude(
            collection=root_collection, permission__in=wanted
        ).delete()
        for perm in wanted:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=perm
            )
        report.permissions += len(wanted)

    # Wagtail's install creates "Editors" and "Moderators" (who may publish) and a default
    # workflow: they would bypass the roles, so they lose every right and the workflow retires.
    for legacy in Group.objects.filter(name__in=roles.WAGTAIL_DEFAULT_GROUPS):
        legacy.permissions.clear()
        GroupPagePermission.objects.filter(group=legacy).delete()
        GroupCollectionPermission.objects.filter(group=legacy).delete()
    Workflow.objects.exclude(name__in=roles.WORKFLOWS).update(active=False)

    tasks = {}
    for name, group in roles.REVIEW_STEPS.items():
        task_model = PeopleInPicturesTask if name == roles.PEOPLE_IN_PICTURES else ReviewTask
        task = task_model.objects.filter(name=name).first() or task_model.objects.create(name=name)
        task.groups.set([groups[group]])
        tasks[name] = task
    workflows = {}
    for workflow_name, steps in roles.WORKFLOWS.items():
        workflow, created = Workflow.objects.get_or_create(name=workflow_name)
        report.workflows += created
        WorkflowTask.objects.filter(workflow=workflow).delete()
        for order, step in enumerate(steps):
            WorkflowTask.objects.create(workflow=workflow, task=tasks[step], sort_order=order)
        workflows[workflow_name] = workflow

    WorkflowPage.objects.update_or_create(
        page=root_page, defaults={"workflow": workflows[roles.PAGE_WORKFLOW]}
    )
    # What each workflow reaches, one line per workflow.
    reaches: dict[str, list[str]] = {name: [] for name in roles.WORKFLOWS}
    reaches[roles.PAGE_WORKFLOW].append("every page")
    messenger_index = apps.get_model("narratives", "MessengerIndexPage")
    indexes = messenger_index.objects.all()
    for index in indexes:
        WorkflowPage.objects.update_or_create(
            page=index, defaults={"workflow": workflows[roles.MESSENGER_WORKFLOW]}
        )
    # Each language version of the index is a page of its own: counted, not listed.
    reaches[roles.MESSENGER_WORKFLOW].append(f"{len(indexes)} messenger index pages")
    for label in roles.SNIPPET_WORKFLOW_MODELS:
        content_type = ContentType.objects.get_for_model(apps.get_model(label))
        WorkflowContentType.objects.update_or_create(
            content_type=content_type, defaults={"workflow": workflows[roles.PAGE_WORKFLOW]}
        )
        reaches[roles.PAGE_WORKFLOW].append(label)
    report.assignments = [f"{name}: {', '.join(targets)}" for name, targets in reaches.items()]
    return report
