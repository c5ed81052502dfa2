"""What happens when the last review step approves: the reviewed revision goes live.

Wired in as WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail's default publishes the *latest* revision
and needs the approver to hold the publish permission, which would also give the final
approvers the publish button everywhere. Here nobody but Administration holds that permission;
publishing is the workflow's own act, and only the revision the reviewers saw goes live.
Imported by Wagtail while its models load, so this module imports no models at the top.

What follows the publish (renditions, the search outbox, the cache purge) runs in the order
written in pipeline.py.
"""

from typing import Any


def publish_reviewed_revision(workflow_state: Any, user: Any = None) -> None:
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.revision is None:
        return
    revision = task_state.revision
    obj = revision.content_object
    if getattr(obj, "alias_of_id", None) and revision.content.get("alias_of") is None:
        # A reviewed translation replaces the German page that stood in for it until now
        # (cms.localisation.translation_review keeps that alias public while the translation
        # is a draft).
        type(obj).objects.filter(pk=obj.pk).update(alias_of=None)
        obj.alias_of_id = None  # the revision publishes through this cached object
    # Later edits (if any) stay a draft and need a review of their own.
    revision.publish(user=user, skip_permission_checks=True)
