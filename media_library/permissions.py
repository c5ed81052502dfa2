"""Who may do what with images and documents: Wagtail's collection rules, deleting apart."""

from django.db.models import Model
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
    CollectionPermissionPolicy,
)


class MediaPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's policy for images and documents (rights per collection, uploaders edit their
    own), except that deleting someone else's file takes the collection's delete permission.

    Wagtail lets whoever may change a file delete it too; a deleted picture disappears from
    every live page at once, without review, so only Administration holds that right
    (cms.access.roles). Every screen and bulk action asks through user_has_permission_for_instance.
    """

    def __init__(self, model: type[Model], auth_model: str) -> None:
        super().__init__(model, auth_model=auth_model, owner_field_name="uploaded_by_user")
        self._exact = CollectionPermissionPolicy(model, auth_model=auth_model)

    def user_has_any_permission_for_instance(
        self, user: Model, actions: list[str], instance: Model
    ) -> bool:
        others = [action for action in actions if action != "delete"]
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        if "delete" not in actions:
            return False
        if getattr(instance, self.owner_field_name) == user:
            return super().user_has_any_permission_for_instance(user, ["delete"], instance)
        return self._exact.user_has_permission_for_instance(user, "delete", instance)


def register_media_permission_policies() -> None:
    """Replaces the policies wagtail.images and wagtail.documents registered for our models."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import register_permission_policy

    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        register_permission_policy(
            model, MediaPermissionPolicy(model, auth_model=auth_model), exact_class=True
        )
