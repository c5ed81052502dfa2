"""Configuration of the proxy purge, the CDN and object storage, read from the environment as a
deploy sets it (in a fresh interpreter, since settings are read once)."""

import pytest

from tests.other_settings import production_environment, run_python, settings_values

S3 = {
    "AWS_STORAGE_BUCKET_NAME": "kk-renditions",
    "AWS_PRIVATE_STORAGE_BUCKET_NAME": "kk-originals",
    "AWS_S3_ENDPOINT_URL": "https://objects.example.org",
}


def test_nothing_is_purged_unless_a_proxy_or_cdn_is_configured():
    assert (
        settings_values(
            "cms.settings.production", "s.WAGTAILFRONTENDCACHE", **production_environment()
        )
        == {}
    )


def test_the_proxy_and_a_cdn_are_purged_as_configured():
    configured = settings_values(
        "cms.settings.production",
        "[s.WAGTAILFRONTENDCACHE, s.WAGTAILFRONTENDCACHE_LANGUAGES]",
        **production_environment(
            FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:6081",
            FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
            FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN="token",
        ),
    )

    assert configured == [
        {
            "proxy": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": "http://127.0.0.1:6081",
            },
            "cloudflare": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
                "BEARER_TOKEN": "token",
                "ZONEID": "zone",
            },
        },
        # A purge of /de/… stays in German: each language version is named by the invalidation.
        [],
    ]


def test_media_stay_local_files_without_object_storage():
    backends = settings_values(
        "cms.settings.production",
        "{alias: entry['BACKEND'] for alias, entry in s.STORAGES.items()}",
        **production_environment(),
    )

    assert backends["default"] == "django.core.files.storage.FileSystemStorage"
    assert backends["private"] == "media_library.storage.PrivateFileStorage"


def test_object_storage_keeps_originals_private_and_allows_the_rendition_host():
    storages, image_sources = settings_values(
        "cms.settings.production",
        "[s.STORAGES, s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']]",
        **production_environment(**S3),
    )

    public, private = storages["default"]["OPTIONS"], storages["private"]["OPTIONS"]
    assert storages["private"]["BACKEND"] == "media_library.object_storage.PrivateObjectStorage"
    assert (public["bucket_name"], private["bucket_name"]) == ("kk-renditions", "kk-originals")
    assert public["querystring_auth"] is False
    assert public["file_overwrite"] is private["file_overwrite"] is False
    assert image_sources == ["'self'", "https://objects.example.org"]


@pytest.mark.parametrize(
    "private_bucket", ["", "kk-renditions"], ids=["no private bucket", "same bucket"]
)
def test_originals_never_share_the_public_bucket(private_bucket):
    started = run_python(
        "cms.settings.production",
        "import django; django.setup()",
        **production_environment(**{**S3, "AWS_PRIVATE_STORAGE_BUCKET_NAME": private_bucket}),
    )

    assert started.returncode != 0
    assert "AWS_PRIVATE_STORAGE_BUCKET_NAME must name a bucket of its own" in started.stderr


def test_private_object_storage_gives_no_url_even_when_configured_to():
    from media_library.object_storage import PrivateObjectStorage

    storage = PrivateObjectStorage(
        bucket_name="kk-originals",
        endpoint_url="https://objects.example.org",
        default_acl="public-read",
        querystring_auth=True,
    )

    assert (storage.default_acl, storage.querystring_auth) == ("private", False)
    with pytest.raises(NotImplementedError):
        storage.url("original_images/plakat.png")
