"""The public, read-only API: Wagtail's v2 endpoints narrowed to what visitors may see, and
its OpenAPI description. Nothing here writes; nothing here knows who asks."""
