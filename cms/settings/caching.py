"""What is kept between requests and how it is purged: Django's cache (memory here, Redis in
production.py), the page cache of whole pages and their parts (cms/page_cache), and the caching
proxy or CDN in front, purged through wagtail.contrib.frontend_cache."""

import environ

env = environ.Env()

CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}
# Whole pages for anonymous visitors (cms/page_cache): in the cache above (Redis in production)
# and in the caching proxy in front. Both are purged exactly when content changes, so the
# limits only bound what a missed purge could cost; 0 switches a layer off.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=3600)
PROXY_CACHE_SECONDS = env.int("DJANGO_PROXY_CACHE_SECONDS", default=86400)
# After a purge or an emptied cache, the first request for a page renders it and the others
# for it wait for that copy (or get the copy from before a deploy purge, marked stale): for at
# most this many seconds, after which they render too (page_cache/flight.py); 0 switches it off.
PAGE_CACHE_SINGLE_FLIGHT = env.int("DJANGO_PAGE_CACHE_SINGLE_FLIGHT", default=5)
# Parts of those pages kept between renders (cms/page_cache/parts.py): the routed page, the
# header, footer, language versions and related lists, valid under the same tokens; what a page
# costs when the whole page is not cached (a new query string, the page cache switched off).
PAGE_PARTS_SECONDS = env.int("DJANGO_PAGE_PARTS_SECONDS", default=3600)
# With Redis as the cache, each worker also keeps the pages it served in its own memory, for at
# most this long and up to this size, and forgets them at every purge (page_cache/local.py).
PAGE_CACHE_LOCAL_SECONDS = env.int("DJANGO_PAGE_CACHE_LOCAL_SECONDS", default=60)
PAGE_CACHE_LOCAL_BYTES = env.int("DJANGO_PAGE_CACHE_LOCAL_BYTES", default=32 * 1024 * 1024)

# The caching proxy (docs/deploy/varnish.vcl) and an optional CDN, purged through
# wagtail.contrib.frontend_cache; nothing is purged when none is configured.
WAGTAILFRONTENDCACHE: dict[str, dict[str, str]] = {}
if env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env.str("FRONTEND_CACHE_PURGE_URL"),
    }
if env.str("FRONTEND_CACHE_CLOUDFLARE_ZONEID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env.str("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env.str("FRONTEND_CACHE_CLOUDFLARE_ZONEID"),
    }
if env.str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env.str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"),
    }
# Purged URLs go to the proxy as they are. Wagtail would copy each to every language prefix
# (/de/… to /en/…, /tr/…); cms.page_cache names every language version of a page itself, and
# its purge of one language (`/de/*`) must not clear the others.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []
