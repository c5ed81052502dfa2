"""Queued tasks name their function by import path; these functions moved into packages.

django-tasks' database backend stores `task_path` and imports it when a worker picks the task
up, so a task queued before a deploy under an old path would fail afterwards. Tasks enqueued by
a web process still running the old code after this migration keep the old path: restart the
web processes before the worker, or re-send those mails.
"""

from django.db import migrations

MOVED = {
    "cms.notifications.send_review_notification": (
        "cms.review.notifications.send_review_notification"
    ),
    "cms.password_reset.send_password_reset_mail": (
        "cms.security.password_reset.send_password_reset_mail"
    ),
    "cms.rendition_pregeneration.create_published_renditions": (
        "cms.media.rendition_pregeneration.create_published_renditions"
    ),
}


def follow(apps, schema_editor, moves: dict[str, str]) -> None:
    results = apps.get_model("django_tasks_database", "DBTaskResult").objects
    for old, new in moves.items():
        results.filter(task_path=old).update(task_path=new)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0009_home_page_site_name"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [
        migrations.RunPython(
            lambda apps, editor: follow(apps, editor, MOVED),
            lambda apps, editor: follow(apps, editor, {new: old for old, new in MOVED.items()}),
        ),
    ]
