"""A messenger whose data carries one unique word everywhere it can be planted, and the search
for that word in every column of every table and every stored file."""

import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from narratives.models import MessengerIdentity, MessengerPage
from tests.factories.media_library import DocumentFactory, ImageFactory
from tests.factories.narratives import (
    MessengerIdentityFactory,
    MessengerIndexPageFactory,
    MessengerPageFactory,
)


@dataclass
class Planted:
    canary: str
    messenger: MessengerPage
    english: MessengerPage
    identity: MessengerIdentity


def new_canary() -> str:
    # Lower case: some columns (search term counts) hold case-folded text.
    return "zqkanarie" + uuid.uuid4().hex[:12]


def plant_canary(home: Page, canary: str, photo_file: ContentFile | None = None) -> Planted:
    """A profile with the word in its alias, an old revision's quote, its story, its photo's
    and a subtitle file's title and content, an English translation, and its private record;
    in the photo's file too when one is given."""
    index = MessengerIndexPageFactory(parent=home)
    photo = ImageFactory(title=f"Foto {canary}", **({"file": photo_file} if photo_file else {}))
    story_image = ImageFactory(title=f"Training {canary}")
    subtitles = DocumentFactory(
        title=f"Untertitel {canary}",
        file=ContentFile(
            f"WEBVTT\n\n00:00.000 --> 00:02.000\nIch bin {canary}\n".encode(), name="u.vtt"
        ),
    )
    messenger = MessengerPageFactory(parent=index, title=f"Alias {canary}", photo=photo)
    identity = MessengerIdentityFactory(
        messenger=messenger,
        real_name=f"Amina {canary}",
        email=f"{canary}@example.org",
        safety_notes=f"Wohnt bei {canary} in Essen.",
        consent_reference=f"DS-{canary}",
    )
    # Only an earlier revision holds this quote.
    messenger.quote = f"Früher sagte ich {canary}."
    messenger.save_revision().publish()
    messenger.quote = "Ich habe die Kurve gekriegt."
    messenger.story = [
        ("paragraph", RichText(f"<p>Meine Geschichte, {canary}.</p>")),
        ("image", {"image": story_image, "caption": f"Beim Training mit {canary}"}),
        ("document", {"document": subtitles, "label_text": ""}),
    ]
    messenger.save_revision().publish()

    call_command("sync_locale_trees")
    source, _created = TranslationSource.get_or_create_from_instance(messenger)
    locale = Locale.objects.get(language_code="en")
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        text = segment.string.data
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=f"en-{text}" if segment.context.path == "slug" else f"EN {text} {canary}",
        )
    translation.save_target(publish=True)
    english = MessengerPage.objects.get(translation_key=messenger.translation_key, locale=locale)
    messenger.refresh_from_db()
    return Planted(canary=canary, messenger=messenger, english=english, identity=identity)


def tables_holding(word: str) -> list[str]:
    """Every "table.column" whose value, read as text, contains the word (any case)."""
    found = []
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            for column in connection.introspection.get_table_description(cursor, table):
                cursor.execute(
                    f"SELECT COUNT(*) FROM {quote(table)} "  # noqa: S608 (names from the schema)
                    f"WHERE LOWER(CAST({quote(column.name)} AS TEXT)) LIKE %s",
                    [f"%{word.lower()}%"],
                )
                if cursor.fetchone()[0]:
                    found.append(f"{table}.{column.name}")
    return found


def media_roots() -> list[Path]:
    roots = [Path(settings.MEDIA_ROOT)]
    private = settings.STORAGES.get("private", {}).get("OPTIONS", {}).get("location")
    if private:
        roots.append(Path(private))
    return roots


def files_holding(word: str) -> list[str]:
    """Files under the media roots whose name or bytes contain the word."""
    needle = word.lower().encode()
    return [
        str(path)
        for root in media_roots()
        for path in root.rglob("*")
        if path.is_file()
        and (needle in path.name.lower().encode() or needle in path.read_bytes().lower())
    ]
