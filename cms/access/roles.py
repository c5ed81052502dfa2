"""The programme's roles as groups, and what each may do: the one place that says so.

`setup_roles_and_workflows` applies this table idempotently; docs/roles-and-review.md renders
it as the permission matrix.
"""

COMMUNICATION = "Redaktion"
SUBJECT_REVIEW = "Fachprüfung"
PRIVACY_REVIEW = "Datenschutz"
SIGN_OFF = "Freigabe"
ADMINISTRATION = "Administration"
PRACTITIONERS = "Fachkräfte"

ROLES = (COMMUNICATION, SUBJECT_REVIEW, PRIVACY_REVIEW, SIGN_OFF, ADMINISTRATION, PRACTITIONERS)

# Groups Wagtail's own migrations create; the set-up strips their rights.
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")

ADMIN_ACCESS = "wagtailadmin.access_admin"
TAXONOMIES = ("topic", "audience", "value", "approach", "channel")
LIBRARY_SNIPPETS = ("material", "cardset")


def _crud(app: str, models: tuple[str, ...], actions: tuple[str, ...]) -> list[str]:
    return [f"{app}.{action}_{model}" for model in models for action in actions]


# Model permissions (app_label.codename). Nobody but Administration may publish: the review
# workflow publishes what it approved (cms.publishing). Only Datenschutz sees private records.
MODEL_PERMISSIONS: dict[str, list[str]] = {
    COMMUNICATION: [
        ADMIN_ACCESS,
        *_crud("media_library", LIBRARY_SNIPPETS, ("add", "change", "view", "lock")),
        *_crud("cms", TAXONOMIES, ("view",)),
        # Requests and edits translations; they are reviewed like any draft (translation_review).
        "wagtail_localize.submit_translation",
        # What visitors look for (aggregate counts only).
        "search.view_searchtermcount",
    ],
    SUBJECT_REVIEW: [
        ADMIN_ACCESS,
        *_crud("cms", ("emergencypublication",), ("view", "change")),
        *_crud("media_library", LIBRARY_SNIPPETS, ("change", "view")),
        *_crud("cms", TAXONOMIES, ("add", "change", "delete", "view")),
        # They maintain the taxonomies, in every language. (Pages they may not edit stay
        # untranslatable for them: wagtail-localize checks the edit permission per string.)
        "wagtail_localize.submit_translation",
    ],
    PRIVACY_REVIEW: [
        ADMIN_ACCESS,
        *_crud("media_library", LIBRARY_SNIPPETS, ("change", "view")),
        *_crud(
            "narratives", ("messengeridentity",), ("add", "change", "delete", "view", "take_down")
        ),
    ],
    SIGN_OFF: [
        ADMIN_ACCESS,
        *_crud("media_library", LIBRARY_SNIPPETS, ("change", "view")),
        "cms.emergency_publish",
        *_crud("cms", ("emergencypublication",), ("view",)),
    ],
    ADMINISTRATION: [
        ADMIN_ACCESS,
        *_crud(
            "media_library",
            LIBRARY_SNIPPETS,
            ("add", "change", "delete", "view", "lock", "unlock", "publish"),
        ),
        *_crud("cms", TAXONOMIES, ("add", "change", "delete", "view")),
        *_crud("cms", ("emergencypublication",), ("view", "change")),
        # Taking a messenger offline in a threat situation; not their private record.
        "narratives.take_down_messengeridentity",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "wagtail_localize.submit_translation",
        "search.view_searchtermcount",
        # The backup report and the mail when a backup is overdue or failed (cms.backups).
        "cms.view_backuptarget",
        # The integrity report (cms.integrity): counts and ids, never personal data.
        "cms.view_integrityrun",
        "cms.run_integrityrun",
    ],
    PRACTITIONERS: ["cms.view_internal_content"],
}

# Page permissions on the whole tree (granted on the root page).
PAGE_PERMISSIONS: dict[str, list[str]] = {
    COMMUNICATION: ["add_page", "change_page", "lock_page"],
    SUBJECT_REVIEW: ["view_page"],
    PRIVACY_REVIEW: ["view_page"],
    # Sign-off opens any page (to follow up, or to publish in an emergency); four eyes still
    # keeps them from approving their own edits.
    SIGN_OFF: ["change_page", "view_page"],
    ADMINISTRATION: [
        "add_page",
        "change_page",
        "delete_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
        "view_page",
    ],
}


# Image and document permissions on the root collection, under the names Wagtail's permission
# policies check (auth models wagtailimages.Image and wagtaildocs.Document, whatever the custom
# models are called). "add" alone lets people edit and delete what they uploaded themselves;
# "change" covers everyone's (focal point included). Reviewers only choose: they see the pictures
# in the chooser, and each editor shows the consent references read-only (media_library.panels).
def _media(actions: tuple[str, ...]) -> list[str]:
    return [
        *_crud("wagtailimages", ("image",), actions),
        *_crud("wagtaildocs", ("document",), actions),
    ]


COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    COMMUNICATION: _media(("add", "change", "choose")),
    SUBJECT_REVIEW: _media(("choose",)),
    PRIVACY_REVIEW: _media(("choose",)),
    SIGN_OFF: _media(("choose",)),
    ADMINISTRATION: _media(("add", "change", "delete", "choose")),
}

# Review steps: task name -> the group that reviews. The people-in-pictures step is the privacy
# review that runs only when an image of the submitted revision shows people.
PEOPLE_IN_PICTURES = "Datenschutz (Personen auf Bildern)"
REVIEW_STEPS: dict[str, str] = {
    PEOPLE_IN_PICTURES: PRIVACY_REVIEW,
    PRIVACY_REVIEW: PRIVACY_REVIEW,
    SUBJECT_REVIEW: SUBJECT_REVIEW,
    SIGN_OFF: SIGN_OFF,
}

# Review workflows: name -> the steps in order.
PAGE_WORKFLOW = "Fachprüfung → Freigabe"
MESSENGER_WORKFLOW = "Datenschutz → Fachprüfung → Freigabe"
WORKFLOWS: dict[str, tuple[str, ...]] = {
    PAGE_WORKFLOW: (PEOPLE_IN_PICTURES, SUBJECT_REVIEW, SIGN_OFF),
    MESSENGER_WORKFLOW: (PRIVACY_REVIEW, SUBJECT_REVIEW, SIGN_OFF),
}
# Snippets reviewed by the page workflow's steps.
SNIPPET_WORKFLOW_MODELS = ("media_library.Material", "media_library.CardSet")
