"""What happens when the last review step approves: the reviewed revision goes live.

Wired in as WAGTAIL_FINISH_WORKFLOW_ACTION. Wagtail's default publishes the *latest* revision
and needs the approver to hold the publish permission, which would also give the final
approvers the publish button everywhere. Here nobody but Administration holds that permission;
publishing is the workflow's own act, and only the revision the reviewers saw goes live.
Imported by Wagtail while its models load, so this module imports no models at the top.
"""

from typing import Any


def publish_reviewed_revision(workflow_state: Any, user: Any = None) -> None:
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.revision is None:
        return
    # Later edits (if any) stay a draft and need a review of their own.
    task_state.revision.publish(user=user, skip_permission_checks=True)
