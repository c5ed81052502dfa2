"""The project shell and the platform every app builds on, told apart by place.

The top-level modules of `cms/` are the project shell, the only code that may import every
app: settings/, urls.py, wsgi.py, asgi.py, server.py, api/, health.py, management/ (the
scheduled-jobs command and the other commands), apps.py, views.py (the site-wide views),
sitemap.py and wagtail_hooks.py (the admin's registrations). Every other piece of `cms/` is
platform, in a package named for its concern (models, review, access, publishing,
localisation, relations, security, second_factor, media, page_cache, upstream, templatetags);
it imports no domain app (docs/architecture.md, "Layering"; `lint-imports` keeps it).
"""
