"""Erasure: a messenger's personal data removed from everywhere it can linger.

More drastic than the takedown and not reversible. In one transaction:

- the private record and every language version and alias of the profile, with their
  revisions, workflow states, comments, editing sessions, redirects and reference index rows;
- wagtail-localize's copies of the profile's text: its translation sources, segments, the
  translated strings and the source strings nothing else uses;
- the images and documents only the profile used (rows, renditions and files); images others
  use as well are withdrawn as in the takedown;
- Wagtail's database search index rows (by Wagtail's delete signals) and the search engine's
  documents (queued by the publish pipeline, sent after the commit);
- search term counts that hold the person's name, e-mail, phone or the alias (people type
  names into search boxes).

Audit log entries are redacted, not deleted: label and data of every entry about the profile,
the private record and the erased files are replaced, so the history still shows that
something happened, when and by whom, and one entry records the erasure itself.

Nothing here logs or returns what it erased; the result holds numbers only.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _
from wagtail.admin.models import EditingSession
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import (
    ModelLogEntry,
    Page,
    PageLogEntry,
    ReferenceIndex,
    Revision,
    WorkflowState,
)
from wagtail_localize.models import (
    SegmentOverride,
    String,
    StringSegment,
    StringTranslation,
    Template,
    TemplateSegment,
    TranslatableObject,
    TranslationContext,
    TranslationSource,
)

from cms.page_cache.dependants import Dependants
from cms.page_cache.purge import purge, purge_urls
from cms.upstream.references import base_content_type
from search.services import compact_database_index, forget_search_terms, update_index_now

from . import erasure_ledger
from .models import MessengerIdentity, MessengerPage
from .takedown import (
    media_used_by,
    profile_copies,
    referring_pages,
    rendition_names,
    withdraw_images,
)

ERASE_ACTION = "narratives.erase"
# Shorter search terms would match too much of what other people looked for.
MIN_TERM_LENGTH = 4


@dataclass
class Erasure:
    messenger_id: int
    pages: int = 0
    revisions: int = 0
    redacted_log_entries: int = 0
    images: int = 0
    documents: int = 0
    translation_sources: int = 0
    search_terms: int = 0

    def __str__(self) -> str:
        """What the admin and the command report: numbers only, never a name."""
        return _(
            "Messenger profile no. %(number)s erased: %(pages)s pages, %(revisions)s "
            "revisions, %(images)s images, %(documents)s documents; %(logs)s log entries "
            "redacted."
        ) % {
            "number": self.messenger_id,
            "pages": self.pages,
            "revisions": self.revisions,
            "images": self.images,
            "documents": self.documents,
            "logs": self.redacted_log_entries,
        }


def erase_messenger(
    messenger: Page,
    user: AbstractBaseUser | None = None,
    *,
    entry: erasure_ledger.Entry | None = None,
) -> Erasure:
    """Erases the messenger everywhere; see the module docstring. Permissions are the caller's
    business (the admin view checks `can_erase`).

    Every erasure writes an entry in the erasure ledger before it commits; `entry` is one
    from the ledger when it is applied again after a restore (narratives/reapply.py): its
    images and documents are erased too where the restored rows still name the same files.
    """
    result = Erasure(messenger_id=messenger.pk)
    with erasure_ledger.recording(erasure_ledger.ERASURE, entry) as entry, transaction.atomic():
        copies = list(profile_copies(messenger))
        page_ids = [copy.pk for copy in copies]
        identities = list(MessengerIdentity.objects.filter(messenger_id__in=page_ids))
        image_ids: set[int] = set()
        document_ids: set[int] = set()
        # Every version ever saved: an old revision may show a photo the page no longer does.
        versions = [*copies, *(r.as_object() for r in revisions_of(page_ids).iterator())]
        for version in versions:
            version_images, version_documents = media_used_by(version)
            image_ids |= version_images
            document_ids |= version_documents
        if entry.in_ledger:
            image_ids |= same_files(get_image_model(), entry.images, entry.files)
            document_ids |= same_files(get_document_model(), entry.documents, entry.files)
        affected = referring_pages(copies, image_ids)
        urls = [url for copy in copies if (url := copy.full_url)]
        terms = personal_terms(copies, identities)

        shared_images = used_elsewhere(get_image_model(), image_ids, page_ids)
        shared_documents = used_elsewhere(get_document_model(), document_ids, page_ids)
        erased_images = image_ids - shared_images
        erased_documents = document_ids - shared_documents
        if not entry.in_ledger:
            entry.messenger = messenger.pk
            entry.translation_key = str(messenger.translation_key)
            entry.pages = page_ids
            entry.identities = [identity.pk for identity in identities]
            entry.images = sorted(erased_images)
            entry.documents = sorted(erased_documents)
            entry.withdrawn_images = sorted(shared_images)
            entry.files = file_keys(erased_images, image_ids, erased_documents)
        erasure_ledger.write(entry)
        withdraw_images(shared_images)

        log(
            instance=messenger,
            action=ERASE_ACTION,
            user=user,
            title=erased_label(messenger.pk),
            data={"pages": len(page_ids)},
        )
        result.translation_sources = erase_translation_sources(copies)
        result.revisions = erase_revisions(page_ids)
        EditingSession.objects.filter(
            content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in page_ids],
        ).delete()
        MessengerIdentity.objects.filter(pk__in=[i.pk for i in identities]).delete()
        # Aliases first: deleting the page an alias stands in for would turn the alias into a
        # page of its own, with the profile's text.
        for copy in sorted(copies, key=lambda page: (page.alias_of_id is None, -page.pk)):
            copy.delete()
        result.pages = len(copies)
        result.images = erase_files(get_image_model(), erased_images)
        result.documents = erase_files(get_document_model(), erased_documents)
        result.search_terms = forget_search_terms(terms)
        # Last: deleting a page logs its title.
        result.redacted_log_entries = redact_log_entries(
            page_ids, identities, erased_images, erased_documents
        )
        transaction.on_commit(lambda: after_erasure(urls, affected))
    return result


def file_keys(erased_images: set[int], image_ids: set[int], document_ids: set[int]) -> list[str]:
    """The ledger's names of the files that go: originals of the erased images, renditions of
    every image (shared ones are withdrawn), the documents' files."""
    image_model = get_image_model()
    names = [
        *image_model.objects.filter(pk__in=erased_images).values_list("file", flat=True),
        *rendition_names(image_ids),
        *get_document_model().objects.filter(pk__in=document_ids).values_list("file", flat=True),
    ]
    return sorted({erasure_ledger.file_key(name) for name in names if name})


def same_files(model: type, ids: list[int], keys: list[str]) -> set[int]:
    """Those of the ledger's images (documents) whose restored row still names the file the
    erasure deleted: after a restore, ids may have been given to new uploads."""
    wanted = set(keys)
    return {
        pk
        for pk, name in model.objects.filter(pk__in=ids).values_list("pk", "file")
        if erasure_ledger.file_key(name) in wanted
    }


def erased_label(page_id: int) -> str:
    return _("Erased messenger profile no. %(number)s") % {"number": page_id}


def personal_terms(copies: list[MessengerPage], identities: list[MessengerIdentity]) -> set[str]:
    values = [copy.title for copy in copies]
    for identity in identities:
        values += [identity.real_name, identity.email, identity.phone]
    return {value.casefold() for value in values if len(value.strip()) >= MIN_TERM_LENGTH}


def used_elsewhere(model: type, ids: set[int], page_ids: list[int]) -> set[int]:
    """Those of the images (documents) that something besides the profile refers to."""
    if not ids:
        return set()
    page_type = base_content_type(Page)
    references = (
        ReferenceIndex.get_references_to_in_bulk(list(model.objects.filter(pk__in=ids)))
        .exclude(base_content_type=page_type, object_id__in=[str(pk) for pk in page_ids])
        .values_list("to_object_id", flat=True)
    )
    return {int(object_id) for object_id in references}


def redact_log_entries(
    page_ids: list[int],
    identities: list[MessengerIdentity],
    image_ids: set[int],
    document_ids: set[int],
) -> int:
    """Keeps who did what when; drops titles, names and the data each entry carried."""
    redacted = 0
    for page_id in page_ids:
        redacted += (
            PageLogEntry.objects.filter(page_id=page_id)
            .exclude(action=ERASE_ACTION)
            .update(label=erased_label(page_id), data={}, revision=None)
        )
    for model, ids, label in (
        (MessengerIdentity, [i.pk for i in identities], _("Erased private record no. %(number)s")),
        (get_image_model(), image_ids, _("Erased image no. %(number)s")),
        (get_document_model(), document_ids, _("Erased document no. %(number)s")),
    ):
        content_type = ContentType.objects.get_for_model(model)
        for object_id in ids:
            redacted += ModelLogEntry.objects.filter(
                content_type=content_type, object_id=str(object_id)
            ).update(label=label % {"number": object_id}, data={}, revision=None)
    return redacted


def erase_translation_sources(copies: list[MessengerPage]) -> int:
    """wagtail-localize keeps the text of every page it translated: sources, segments, and
    strings with their translations, shared between pages by content."""
    objects = TranslatableObject.objects.filter(
        translation_key__in={copy.translation_key for copy in copies}
    )
    sources = TranslationSource.objects.filter(object__in=objects)
    string_ids = set(
        StringSegment.objects.filter(source__in=sources).values_list("string_id", flat=True)
    )
    template_ids = set(
        TemplateSegment.objects.filter(source__in=sources).values_list("template_id", flat=True)
    )
    contexts = TranslationContext.objects.filter(object__in=objects)
    StringTranslation.objects.filter(context__in=contexts).delete()
    SegmentOverride.objects.filter(context__in=contexts).delete()
    count = sources.count()
    sources.delete()
    contexts.delete()
    objects.delete()
    # Strings and templates are shared by content: only those no other page uses go.
    String.objects.filter(pk__in=string_ids, segments__isnull=True).delete()
    Template.objects.filter(pk__in=template_ids, segments__isnull=True).delete()
    return count


def revisions_of(page_ids: list[int]) -> QuerySet:
    return Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
    )


def erase_revisions(page_ids: list[int]) -> int:
    """Revisions, and with them the review tasks and workflows that point at them."""
    MessengerPage.objects.filter(pk__in=page_ids).update(latest_revision=None, live_revision=None)
    WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
    ).delete()
    revisions = revisions_of(page_ids)
    count = revisions.count()
    revisions.delete()
    return count


def erase_files(model: type, ids: set[int]) -> int:
    """Rows, renditions and files (Wagtail deletes the files once the transaction commits)."""
    count = 0
    for obj in model.objects.filter(pk__in=ids):
        obj.delete()
        count += 1
    return count


def after_erasure(urls: list[str], affected: list[Page]) -> None:
    purge_urls(urls)
    purge(Dependants(page_ids={page.pk for page in affected}))
    update_index_now()
    compact_database_index()
