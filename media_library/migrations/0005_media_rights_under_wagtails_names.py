"""Media rights under the names Wagtail's image and document permission policies check.

Grants of media_library.*_customimage / *_customdocument on collections did nothing: Wagtail
asks for wagtailimages.*_image and wagtaildocs.*_document. Existing collection grants (of any
group) move to those names; the two "choose" permissions of our own go.
"""

from django.db import migrations

MOVES = {
    "customimage": ("wagtailimages", "image"),
    "customdocument": ("wagtaildocs", "document"),
}
ACTIONS = ("add", "change", "delete", "choose")


def move_grants(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for old_model, (app_label, model) in MOVES.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in ACTIONS:
            old = Permission.objects.filter(
                content_type__app_label="media_library", codename=f"{action}_{old_model}"
            ).first()
            if old is None:
                continue
            new, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            for grant in GroupCollectionPermission.objects.filter(permission=old):
                GroupCollectionPermission.objects.get_or_create(
                    group_id=grant.group_id, collection_id=grant.collection_id, permission=new
                )
            GroupCollectionPermission.objects.filter(permission=old).delete()
    Permission.objects.filter(
        content_type__app_label="media_library",
        codename__in=["choose_customimage", "choose_customdocument"],
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("media_library", "0004_image_withdrawal"),
        ("wagtailcore", "0026_group_collection_permission"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="customdocument",
            options={"verbose_name": "document", "verbose_name_plural": "documents"},
        ),
        migrations.AlterModelOptions(
            name="customimage",
            options={"verbose_name": "image", "verbose_name_plural": "images"},
        ),
        migrations.RunPython(move_grants, migrations.RunPython.noop),
    ]
