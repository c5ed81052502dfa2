"""Creates the content languages as Wagtail locales, each kept in sync with the German tree.

Codes are frozen here (cms/localisation/languages.py is the live table): a migration must not change when
that table does.
"""

from django.db import migrations

SOURCE = "de"
TARGETS = ["de-x-ls", "en", "tr", "ar", "kmr"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    source, _ = Locale.objects.get_or_create(language_code=SOURCE)
    for code in TARGETS:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0004_emergency_publication"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
