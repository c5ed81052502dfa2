"""The application's own page cache and the exact invalidation of every page cache.

Anonymous visitors read whole pages from the shared cache (Redis in production), answered
before Django's handler (`wsgi`), and from the caching proxy in front
(docs/deploy/varnish.vcl). Publishing anything purges exactly the pages
that show it, in both layers: see `dependants` for what shows what and `purge` for the purge.
"""
