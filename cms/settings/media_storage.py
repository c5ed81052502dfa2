"""Where media live: local files by default; S3-compatible object storage when
AWS_STORAGE_BUCKET_NAME is set, so that several application instances share them.

Two buckets: renditions (public, pages link to them) and originals (private: full-resolution
images as uploaded, documents of restricted collections). A prefix inside the public bucket would
be one bucket-policy edit away from publishing the originals, so they need a bucket of their own.
Credentials come from boto3's usual chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, an instance
role), never from these settings.
"""

from typing import Any
from urllib.parse import urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured


def object_storages(env: environ.Env) -> dict[str, dict[str, Any]]:
    """STORAGES entries "default" (renditions) and "private" (originals) on object storage, or
    nothing when AWS_STORAGE_BUCKET_NAME is unset."""
    public_bucket = env.str("AWS_STORAGE_BUCKET_NAME", default="")
    if not public_bucket:
        return {}
    private_bucket = env.str("AWS_PRIVATE_STORAGE_BUCKET_NAME", default="")
    if not private_bucket or private_bucket == public_bucket:
        raise ImproperlyConfigured(
            "AWS_PRIVATE_STORAGE_BUCKET_NAME must name a bucket of its own for originals, "
            "apart from AWS_STORAGE_BUCKET_NAME (public renditions)."
        )
    endpoint_url = env.str("AWS_S3_ENDPOINT_URL", default="") or None
    custom_domain = env.str("AWS_S3_CUSTOM_DOMAIN", default="") or None
    if not (endpoint_url or custom_domain):
        raise ImproperlyConfigured(
            "With AWS_STORAGE_BUCKET_NAME, set AWS_S3_CUSTOM_DOMAIN (the host that serves "
            "renditions) or AWS_S3_ENDPOINT_URL (an S3-compatible service)."
        )
    connection = {
        "endpoint_url": endpoint_url,
        "region_name": env.str("AWS_S3_REGION_NAME", default="") or None,
        # Links of the form endpoint/bucket/key: one origin for the Content-Security-Policy.
        "addressing_style": "path" if endpoint_url else None,
        # Uploads with the same file name must not replace each other.
        "file_overwrite": False,
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **connection,
                "bucket_name": public_bucket,
                "custom_domain": custom_domain,
                # Empty for buckets that refuse ACLs and are public by their policy instead.
                "default_acl": env.str("AWS_DEFAULT_ACL", default="public-read") or None,
                "querystring_auth": False,
            },
        },
        "private": {
            "BACKEND": "media_library.object_storage.PrivateObjectStorage",
            "OPTIONS": {**connection, "bucket_name": private_bucket},
        },
    }


def media_origin(storages: dict[str, dict[str, Any]]) -> str | None:
    """The origin public pages load renditions from, when it is not this site."""
    options = storages.get("default", {}).get("OPTIONS", {})
    if options.get("custom_domain"):
        return f"https://{options['custom_domain'].split('/')[0]}"
    if options.get("endpoint_url"):
        parts = urlsplit(options["endpoint_url"])
        return f"{parts.scheme}://{parts.netloc}"
    return None
