"""Translations go through the same review as their source before they are public.

wagtail-localize writes a translation into its page (or snippet) only when someone publishes it
from the translation editor, and it offers "publish immediately" when translations are
updated after the source changed; both need the publish permission that only Administration
holds. Everyone else takes the route here: the translated strings become a draft revision of
the translation, and that revision enters the item's workflow like any other edit.
"""

from django.contrib import messages
from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import DraftStateMixin, Page, TranslatableMixin, WorkflowMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import Translation

from cms.upstream.localize import (
    UpdateTranslationsWithPublishingFor,
    after_draft_save_of_live_translation,
)


def can_publish(user: User | AnonymousUser, instance: models.Model) -> bool:
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "publish")


def can_submit(user: User | AnonymousUser, instance: models.Model) -> bool:
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        # Wagtail lets anyone submit a page they can see; a translation is submitted by those
        # who may edit it.
        return permissions.can_edit() and permissions.can_submit_for_moderation()
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, "change")


class GuardedUpdateTranslationsView(UpdateTranslationsWithPublishingFor):
    """wagtail-localize's "update translations" without "publish immediately" for anyone who
    may not publish (it checks only the permission to submit translations)."""

    may_publish = staticmethod(can_publish)


# Set on rows of admin listings (cms.localisation.admin_listings): the translation's id, or None.
AWAITING_ANNOTATION = "cms_translation_awaiting_review_id"


def translation_awaiting_review(instance: TranslatableMixin) -> Translation | None:
    """The enabled wagtail-localize translation whose target is `instance`, if any.

    Rows of admin listings know already (cms.localisation.admin_listings): no query for most
    of them.
    """
    translations = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    )
    if hasattr(instance, AWAITING_ANNOTATION):
        if getattr(instance, AWAITING_ANNOTATION) is None:
            return None
        translations = translations.filter(pk=getattr(instance, AWAITING_ANNOTATION))
    return translations.select_related("source", "target_locale").first()


def submission_target(translation: Translation, user: User | AnonymousUser) -> WorkflowMixin | None:
    """The translation's target when `user` may submit it for review, else None."""
    target = translation.get_target_instance()
    if not isinstance(target, DraftStateMixin | Page) or not isinstance(target, WorkflowMixin):
        return None
    if not can_submit(user, target) or target.get_workflow() is None:
        return None
    return target


def review_running(target: WorkflowMixin) -> bool:
    state = target.current_workflow_state
    return state is not None and state.status == state.STATUS_IN_PROGRESS


@require_http_methods(["GET", "POST"])
def submit_translation_for_review(request: HttpRequest, translation_id: int) -> HttpResponse:
    """GET asks for confirmation; POST saves the translation as a draft and submits it.

    The translation editor posts here directly (cms/templatetags/translation_editor.py).
    """
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), pk=translation_id
    )
    target = submission_target(translation, request.user)
    if target is None:
        raise PermissionDenied
    edit_url = AdminURLFinder(request.user).get_edit_url(target) or reverse("wagtailadmin_home")
    if review_running(target):
        messages.warning(request, _("This translation is already in review."))
        return redirect(edit_url)
    workflow = target.get_workflow()
    if request.method == "GET":
        return TemplateResponse(
            request,
            "cms/admin/submit_translation.html",
            {
                "object": target,
                "language": translation.target_locale.get_display_name(),
                "workflow": workflow,
                "total": translation.get_progress()[0],
                "done": translation.get_progress()[1],
            },
        )
    try:
        with transaction.atomic():
            translation.save_target(user=request.user, publish=False)
            target.refresh_from_db()
            state = target.current_workflow_state
            if state is None:
                workflow.start(target, request.user)
            elif state.status == state.STATUS_NEEDS_CHANGES:
                state.resume(request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation could not be saved: %(errors)s")
            % {"errors": "; ".join(error.messages)},
        )
    else:
        messages.success(
            request,
            _("The %(language)s translation of “%(title)s” was submitted for review.")
            % {
                "language": translation.target_locale.get_display_name(),
                "title": str(target),
            },
        )
    return redirect(edit_url)


def keep_public_content_of_translations() -> None:
    """Makes wagtail-localize's draft saves of a live translation drafts in fact.

    Its draft save writes the translated strings into the object's row, which is what visitors
    see of a live page: a live alias (the German page standing in) became an unreviewed
    translation at once, and a live translation changed without review. A live translated
    snippet (material, card set) went offline instead. Wagtail's own editor never writes a live
    object's row on a draft save; after wagtail-localize's save this restores the row, so only
    the new revision carries the translation, and it goes live when its review publishes it.
    Installed from CmsConfig.ready().
    """
    after_draft_save_of_live_translation(restore_public_content)


def restore_public_content(before: DraftStateMixin) -> None:
    """Puts back what visitors saw of `before` (a live page or snippet), keeping its newest
    revision as the draft."""
    model = type(before)
    current = model._default_manager.get(pk=before.pk)
    draft = current.latest_revision
    if isinstance(before, Page) and before.alias_of_id:
        # Still the German page standing in, until the reviewed translation is published.
        Page.objects.filter(pk=before.pk).update(alias_of_id=before.alias_of_id)
        Page.objects.get(pk=before.alias_of_id).specific.update_aliases()
    elif current.live_revision is not None:
        public = current.live_revision.as_object()
        public.live = True
        public.save(**({"clean": False} if isinstance(public, Page) else {}))
    draft_state = {"latest_revision": draft, "has_unpublished_changes": True}
    if isinstance(before, Page):
        # As Wagtail's own draft save does: the admin (explorer, review dashboards) names a
        # page by its draft's title, here the translated one, not the German stand-in's.
        draft_state["draft_title"] = draft.content.get("title") or current.title
    model._default_manager.filter(pk=before.pk).update(**draft_state)
