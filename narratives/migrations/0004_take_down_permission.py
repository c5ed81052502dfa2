from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("narratives", "0003_video_embed_block"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="messengeridentity",
            options={
                "permissions": [
                    ("take_down_messengeridentity", "Can take the messenger down at once")
                ],
                "verbose_name": "private messenger record",
                "verbose_name_plural": "private messenger records",
            },
        ),
    ]
