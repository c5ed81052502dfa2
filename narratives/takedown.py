"""Emergency takedown: one messenger off the website at once, in every language.

For a threat situation. In one transaction every language version of the profile (and every
alias standing in for one) is unpublished, pending reviews and scheduled publications of it are
cancelled, and the images it shows are withdrawn: their renditions and rendition files are
deleted, and the image refuses new renditions (media_library CustomImage.withdrawn_at). After
the commit the page caches of the profile and of every page that referred to it are purged, the
search engine drops its documents and the privacy officers get the list of those pages to
review.

Nothing on the other pages is edited: relations and links to the profile are left out when
they render, because they only ever show live profiles (related lists filter `.visible()`,
cms.security.page_links and the call-to-action block check `live`).

Nothing here names the person: log entries and mails carry page numbers, aliases and titles.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex

from cms.page_cache.dependants import Dependants
from cms.page_cache.purge import purge
from cms.upstream.references import base_content_type
from search.services import update_index_now

from . import erasure_ledger
from .models import CampaignPage, MessengerPage, NarrativePage
from .services import mail_privacy_officers

TAKE_DOWN_ACTION = "narratives.take_down"


def profile_copies(messenger: Page) -> Iterable[MessengerPage]:
    """Every language version of the profile and every alias of one, as specific pages."""
    key = messenger.translation_key
    return (
        MessengerPage.objects.filter(Q(translation_key=key) | Q(alias_of__translation_key=key))
        .select_related("locale")
        .order_by("pk")
    )


def media_used_by(page: MessengerPage) -> tuple[set[int], set[int]]:
    """Image and document ids this version of the profile shows: its photo and what its story
    embeds or links."""
    image_model = get_image_model()
    document_model = get_document_model()
    images: set[int] = set()
    documents: set[int] = set()
    if page.photo_id:
        images.add(page.photo_id)
    story_field = MessengerPage._meta.get_field("story")
    for model, object_id, _path, _content in story_field.extract_references(page.story):
        if issubclass(model, image_model):
            images.add(int(object_id))
        elif issubclass(model, document_model):
            documents.add(int(object_id))
    return images, documents


def images_shown(copy: MessengerPage) -> set[int]:
    """What the profile shows now and what its latest draft would show."""
    images = media_used_by(copy)[0]
    if copy.latest_revision_id and copy.latest_revision_id != copy.live_revision_id:
        images |= media_used_by(copy.latest_revision.as_object())[0]
    return images


def referring_pages(copies: list[MessengerPage], image_ids: set[int]) -> list[Page]:
    """Pages that show or link the profile or one of its images, in every language.

    Wagtail's reference index knows links, choosers and image fields; it does not index
    many-to-many relations, so the narratives and campaigns that list the messenger are added,
    and so is the index page that lists the profiles.
    """
    copy_ids = [copy.pk for copy in copies]
    image_model = get_image_model()
    references = ReferenceIndex.get_references_to_in_bulk(
        [*copies, *image_model.objects.filter(pk__in=image_ids)]
    )
    page_ids = {
        int(object_id)
        for base_type, object_id in references.values_list("base_content_type", "object_id")
        if base_type == base_content_type(Page).pk
    }
    for model in (NarrativePage, CampaignPage):
        page_ids.update(model.objects.filter(messengers__in=copy_ids).values_list("pk", flat=True))
    page_ids.update(copy.get_parent().pk for copy in copies if copy.depth > 1)
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return list(
        Page.objects.filter(translation_key__in=keys)
        .exclude(pk__in=copy_ids)
        .select_related("locale")
        .order_by("title", "locale__language_code", "pk")
    )


def rendition_names(image_ids: set[int]) -> list[str]:
    renditions = get_image_model().get_rendition_model().objects
    return list(renditions.filter(image_id__in=image_ids).values_list("file", flat=True))


def withdraw_images(image_ids: set[int]) -> int:
    """Marks the images withdrawn and deletes their renditions (Wagtail deletes the rendition
    files and cache entries once the transaction commits)."""
    image_model = get_image_model()
    image_model.objects.filter(pk__in=image_ids, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
    rendition_model = image_model.get_rendition_model()
    deleted, _details = rendition_model.objects.filter(image_id__in=image_ids).delete()
    return deleted


@dataclass
class Takedown:
    messenger_id: int
    unpublished: list[int] = field(default_factory=list)
    profiles: list[MessengerPage] = field(default_factory=list)
    withdrawn_images: list[int] = field(default_factory=list)
    deleted_renditions: int = 0
    affected_pages: list[Page] = field(default_factory=list)


def take_down_messenger(
    messenger: Page,
    user: AbstractBaseUser | None = None,
    *,
    entry: erasure_ledger.Entry | None = None,
) -> Takedown:
    """Takes the profile off the website in every language; see the module docstring.

    Permissions are the caller's business (the admin view checks `can_take_down`; the command
    is run by whoever operates the server). Every takedown writes an entry in the erasure
    ledger; `entry` is one from the ledger when it is applied again after a restore, which
    mails nobody (the operator who restored sees the command's report).
    """
    with erasure_ledger.recording(erasure_ledger.TAKEDOWN, entry) as entry, transaction.atomic():
        copies = list(profile_copies(messenger))
        result = Takedown(messenger_id=messenger.pk, profiles=copies)
        image_ids: set[int] = set()
        for copy in copies:
            image_ids |= images_shown(copy)
        result.affected_pages = referring_pages(copies, image_ids)
        affected_ids = [page.pk for page in result.affected_pages]
        if not entry.in_ledger:
            entry.messenger = messenger.pk
            entry.translation_key = str(messenger.translation_key)
            entry.pages = [copy.pk for copy in copies]
            entry.withdrawn_images = sorted(image_ids)
            entry.files = sorted({erasure_ledger.file_key(n) for n in rendition_names(image_ids)})
        erasure_ledger.write(entry)
        for copy in copies:
            # A review under way would publish it again on approval; so would a schedule.
            state = copy.current_workflow_state
            if state is not None:
                state.cancel(user=user)
            copy.revisions.update(approved_go_live_at=None)
            copy.refresh_from_db(fields=["live"])  # unpublishing a page unpublishes its aliases
            if copy.live:
                # Privacy officers may not publish, but they may take a person offline.
                UnpublishPageAction(copy, user=user).execute(skip_permission_checks=True)
                result.unpublished.append(copy.pk)
            log(
                instance=copy,
                action=TAKE_DOWN_ACTION,
                user=user,
                data={"affected_pages": affected_ids, "images": sorted(image_ids)},
            )
        result.withdrawn_images = sorted(image_ids)
        result.deleted_renditions = withdraw_images(image_ids)
        notify = not entry.in_ledger
        transaction.on_commit(lambda: after_takedown(result, notify))
    return result


def after_takedown(result: Takedown, notify: bool = True) -> None:
    """What must not hold up or roll back the takedown: caches, the engine and the mail."""
    if notify:
        notify_about_takedown(result)
    purge(Dependants(page_ids={page.pk for page in [*result.profiles, *result.affected_pages]}))
    update_index_now()


def admin_url(page: Page) -> str:
    return settings.WAGTAILADMIN_BASE_URL + reverse("wagtailadmin_pages:edit", args=[page.pk])


def notify_about_takedown(result: Takedown) -> None:
    profiles = "\n".join(
        _("Profile no. %(number)s (“%(alias)s”, %(language)s)")
        % {"number": p.pk, "alias": p.title, "language": p.locale.language_code}
        for p in result.profiles
    )
    pages = "\n".join(
        f"- {page.title} ({page.locale.language_code}): {admin_url(page)}"
        for page in result.affected_pages
    ) or _("(none)")
    body = _(
        "A messenger profile was taken off the website in every language:\n\n%(profiles)s\n\n"
        "Its photos were withdrawn (%(images)s images). These pages showed or linked the "
        "profile; they now render without it. Review them:\n\n%(pages)s"
    ) % {"profiles": profiles, "images": len(result.withdrawn_images), "pages": pages}
    mail_privacy_officers(
        _("Messenger profile no. %(number)s taken down") % {"number": result.messenger_id}, body
    )


def messenger_by_number(number: str) -> MessengerPage:
    """The profile an operator named by page number; LookupError with a readable reason."""
    if not number.strip().isdigit():
        raise LookupError(_("“%(value)s” is not a page number.") % {"value": number})
    page = Page.objects.filter(pk=int(number)).first()
    if page is None:
        raise LookupError(_("There is no page no. %(number)s.") % {"number": number})
    if not issubclass(page.specific_class or Page, MessengerPage):
        raise LookupError(_("Page no. %(number)s is not a messenger profile.") % {"number": number})
    return page.specific
