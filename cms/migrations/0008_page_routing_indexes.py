"""Indexes on Wagtail's page table for the lookups every public request makes.

HomePage.route finds the pages along a URL by url_path and brings the home page's sections
(depth) in the same query; without these indexes that query reads the whole page table, which
with 10,000 narratives costs more than the rest of the routing. Wagtail indexes neither column.
Plain B-tree indexes, so they exist on SQLite too.
"""

from django.db import migrations

INDEXES = {
    "cms_page_url_path_idx": "url_path",
    "cms_page_depth_idx": "depth",
}


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0007_video_embed_block"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page ({column})",
            f"DROP INDEX IF EXISTS {name}",
        )
        for name, column in INDEXES.items()
    ]
