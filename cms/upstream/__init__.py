"""Every use of a private Wagtail or wagtail-localize API, and every upstream function we
replace, lives here; an upgrade re-checks this package (tests/cms/upstream/ fails when upstream
changes shape).

hooks         replace_hook: `wagtail.hooks._hooks`, a registered hook swapped for ours
              (Wagtail has no hooks.unregister).
localize      after_draft_save_of_live_translation: replaces
              `TranslationSource.create_or_update_translation` (a draft save writes the live row).
              replace_localize_row_hooks: wagtail-localize's explorer and snippet row buttons
              swapped for ours (no setting to leave them out).
              open_translation_editor: its `edit_translation` view function, called from a hook.
              sync_locale_trees_except: its `PageIndex`, to leave pages out of the tree sync.
              UpdateTranslationsWithPublishingFor: its update view without the
              `publish_translations` field for those who may not publish.
wording       wagtail-localize's msgids whose German we word ourselves.
references    references_in: `ReferenceIndex._extract_references_from_object` (references of an
              unsaved object); base_content_type: `ReferenceIndex._get_base_content_type`.
pages         remember_parent / known_parent: treebeard's `_cached_parent_obj`;
              path_step / child_path: treebeard's `_str2int` and `_get_path` for bulk rows.
routing       Wagtail's request caches `_wagtail_site`, `_wagtail_route_for_request` and
              `_wagtail_cached_site_root_paths`, read and preset to spare queries.
workflows     user_in_task_groups: `AbstractGroupApprovalTask._user_in_groups`.
receivers     Wagtail's review mail receivers (by dispatch_uid) replaced by ours; the
              frontend_cache app's purge receivers taken off page models.
admin_views   Reviewer history views: Wagtail's history and revision views without the
              admin-wide gate their dispatch adds.
media         refresh_file_metadata: `_set_image_file_metadata` / `_set_document_file_metadata`;
              store_pending_uploads_in: `UploadedFile.file`'s storage and deconstruct();
              RenditionCreationMixin: replaces create_rendition() and create_renditions().

Copied Wagtail templates (cms/templates/wagtailadmin/home.html and
home/workflow_objects_to_moderate.html) are checked against Wagtail's in the same tests.
"""
