"""Two application instances (cms.server, production settings) on different ports behind one
varnishd, sharing nothing but PostgreSQL, Redis and object storage (an S3-compatible server):
what is done through one instance, the other and the proxy serve at once."""

import http.client
import io
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import boto3
import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection
from PIL import Image
from urllib3 import encode_multipart_formdata

from tests.factories.narratives import NarrativeIndexPageFactory, NarrativePageFactory
from tests.factories.second_factor import TOTPDeviceFactory, totp_code
from tests.live_servers import (
    Varnish,
    free_port,
    start_application,
    stop,
    unavailable,
    wait_for_port,
)
from tests.other_settings import production_environment, run_python

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.redis,
    pytest.mark.proxy,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SITE = "localhost"
# What the TLS terminator in front of the proxy adds to every request.
FORWARDED = {"Host": SITE, "X-Forwarded-Proto": "https"}
S3_KEYS = {"AWS_ACCESS_KEY_ID": "scale-out-test", "AWS_SECRET_ACCESS_KEY": "scale-out-test"}


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str


def request(
    port: int, path: str, method: str = "GET", body: bytes | None = None, **headers: str
) -> Answer:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers={**FORWARDED, **headers})
        response = conn.getresponse()
        return Answer(response.status, response.headers, response.read().decode(errors="replace"))
    finally:
        conn.close()


@dataclass
class Browser:
    """A staff member's browser against one instance: cookies kept, forms sent with their CSRF
    token, as over HTTPS (production's cookies are Secure)."""

    port: int
    cookies: dict[str, str] = field(default_factory=dict)

    def get(self, path: str) -> Answer:
        return self._send("GET", path)

    def post(self, path: str, fields: dict[str, object]) -> Answer:
        page = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
        assert token, f"no form on {path}: {page.status}"
        body, content_type = encode_multipart_formdata(
            {"csrfmiddlewaretoken": token.group(1), **fields}
        )
        return self._send(
            "POST",
            path,
            body,
            **{"Content-Type": content_type, "Origin": f"https://{SITE}"},
            Referer=f"https://{SITE}{path}",
        )

    def _send(self, method: str, path: str, body: bytes | None = None, **headers: str) -> Answer:
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        answer = request(
            self.port, path, method, body, **headers, **({"Cookie": cookie} if cookie else {})
        )
        for header in answer.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            self.cookies[name] = rest.split(";", 1)[0]
        return answer

    def sign_in(self, user: object, password: str) -> None:
        # The instances check passwords with production's hasher, not the suite's MD5.
        hasher = PBKDF2PasswordHasher()
        user.password = hasher.encode(password, hasher.salt())
        user.save(update_fields=["password"])
        device = TOTPDeviceFactory(user=user)
        login = self.post("/admin/login/", {"username": user.username, "password": password})
        assert login.status == 302, login.body[:2000]
        verified = self.post("/admin/second-factor/verify/", {"code": totp_code(device)})
        assert verified.status == 302, verified.body[:2000]
        assert self.get("/admin/").status == 200


@dataclass
class ObjectStorage:
    endpoint: str
    public_bucket: str
    private_bucket: str

    def client(self) -> object:
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=S3_KEYS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=S3_KEYS["AWS_SECRET_ACCESS_KEY"],
        )

    def keys(self, bucket: str) -> list[str]:
        listing = self.client().list_objects_v2(Bucket=bucket)
        return [entry["Key"] for entry in listing.get("Contents", [])]

    @property
    def environment(self) -> dict[str, str]:
        return {
            "AWS_STORAGE_BUCKET_NAME": self.public_bucket,
            "AWS_PRIVATE_STORAGE_BUCKET_NAME": self.private_bucket,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            **S3_KEYS,
        }


@pytest.fixture(scope="module")
def production_static(tmp_path_factory: pytest.TempPathFactory) -> Path:
    static_root = tmp_path_factory.mktemp("static")
    collected = run_python(
        "cms.settings.production",
        "manage.py collectstatic --noinput -v0",
        **production_environment(STATIC_ROOT=str(static_root)),
    )
    assert collected.returncode == 0, collected.stderr
    return static_root


@pytest.fixture(scope="module")
def object_storage(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ObjectStorage]:
    """moto's S3-compatible server (no real S3 is reachable from tests): anonymous requests
    get what the objects' ACLs allow, nothing more."""
    port = free_port()
    log = tmp_path_factory.mktemp("s3") / "moto.log"
    server = subprocess.Popen(  # noqa: S603 (this interpreter, moto's server)
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    wait_for_port(port, server, log)
    storage = ObjectStorage(f"http://127.0.0.1:{port}", "kk-renditions", "kk-originals")
    for bucket in (storage.public_bucket, storage.private_bucket):
        storage.client().create_bucket(Bucket=bucket)
    yield storage
    stop(server)


@dataclass
class Cluster:
    instances: list[int]
    proxy: Varnish
    storage: ObjectStorage

    def visit(self, path: str) -> Answer:
        return request(self.proxy.port, path)


@pytest.fixture
def cluster(
    transactional_db: None,
    redis_url: str,
    varnish_proxy: object,
    production_static: Path,
    object_storage: ObjectStorage,
    tmp_path: Path,
) -> Iterator[Cluster]:
    database = connection.settings_dict
    if connection.vendor != "postgresql":
        unavailable("two instances share one PostgreSQL database (set DATABASE_URL)")
    database_url = (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
        f"{database['PORT']}/{database['NAME']}"
    )
    proxy_port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    environment.update(
        production_environment(
            DATABASE_URL=database_url,
            DJANGO_ALLOWED_HOSTS=SITE,
            STATIC_ROOT=str(production_static),
            REDIS_URL=redis_url,
            FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{proxy_port}",
            **object_storage.environment,
        ),
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        GRANIAN_WORKERS="1",
        GRANIAN_BLOCKING_THREADS="2",
    )
    ports, servers = [free_port(), free_port()], []
    for number, port in enumerate(ports, start=1):
        # Each instance has its own media folders: nothing may depend on them.
        log = tmp_path / f"instance{number}.log"
        server = start_application(
            port,
            {
                **environment,
                "MEDIA_ROOT": str(tmp_path / f"media{number}"),
                "PRIVATE_MEDIA_ROOT": str(tmp_path / f"private{number}"),
            },
            log,
        )
        servers.append(server)
        wait_for_port(port, server, log)
    proxy = varnish_proxy(ports, port=proxy_port)
    yield Cluster(instances=ports, proxy=proxy, storage=object_storage)
    for server in servers:
        stop(server)


def test_a_publish_through_one_instance_is_served_at_once_by_the_proxy_and_the_other(
    cluster, home, admin_user
):
    first, second = cluster.instances
    index = NarrativeIndexPageFactory(parent=home, slug="narrative")
    narrative = NarrativePageFactory(parent=index, title="Alte Fassung", slug="schule")
    listing = f"{index.url}?page=2"
    for path in (narrative.url, listing):
        cluster.visit(path)
        kept = cluster.visit(path)
        assert (kept.headers["X-Cache"], "Alte Fassung" in kept.body) == ("HIT", True)
    # The application's cache is shared: whichever instance rendered the page, both have it.
    assert request(second, narrative.url).headers["X-Page-Cache"] == "hit"
    assert request(first, narrative.url).headers["X-Page-Cache"] == "hit"

    narrative.title = "Neue Fassung"
    revision = narrative.save_revision(user=admin_user)
    assert "Alte Fassung" in cluster.visit(narrative.url).body  # a draft changes nothing

    editor = Browser(first)
    editor.sign_in(admin_user, "password")
    # The session lives in the database: the other instance knows the editor too.
    assert Browser(second, dict(editor.cookies)).get("/admin/").status == 200
    published = editor.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={narrative.pk}",
        {"include_descendants": ""},
    )
    assert published.status == 302, published.body[:2000]
    narrative.refresh_from_db()
    assert narrative.live_revision_id == revision.pk

    for path in (narrative.url, listing):
        fresh = cluster.visit(path)
        assert fresh.headers["X-Cache"] == "MISS"
        assert "Neue Fassung" in fresh.body and "Alte Fassung" not in fresh.body
        direct = request(second, path)
        assert "Neue Fassung" in direct.body and "Alte Fassung" not in direct.body


def image_upload() -> bytes:
    picture = io.BytesIO()
    Image.new("RGB", (1200, 800), (200, 40, 40)).save(picture, "PNG")
    return picture.getvalue()


def test_media_uploaded_through_one_instance_live_in_object_storage_and_show_on_the_other(
    cluster, home, admin_user
):
    first, second = cluster.instances
    storage = cluster.storage
    editor = Browser(first)
    editor.sign_in(admin_user, "password")
    title = f"Plakat {uuid.uuid4().hex[:8]}"

    added = editor.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": ("plakat.png", image_upload(), "image/png"),
            "collection": "1",
            "alt_text": "Ein Plakat der Kampagne",
            "licence": "Alle Rechte vorbehalten",
            "rights_holder": "Kurve kriegen",
        },
    )
    assert added.status == 302, added.body[:3000]

    from media_library.models import CustomImage

    image = CustomImage.objects.get(title=title)
    # The original sits in the private bucket, out of reach of anonymous requests.
    assert image.file.name in storage.keys(storage.private_bucket)
    assert image.file.name not in storage.keys(storage.public_bucket)
    original = http.client.HTTPConnection(*storage.endpoint.split("//")[1].split(":"))
    original.request("GET", f"/{storage.private_bucket}/{image.file.name}")
    assert original.getresponse().status == 403

    index = NarrativeIndexPageFactory(parent=home, slug="narrative")
    narrative = NarrativePageFactory(parent=index, title="Mit Bild", slug="mit-bild")
    type(narrative).objects.filter(pk=narrative.pk).update(image=image)

    page = request(second, index.url)

    assert page.status == 200
    sources = set(re.findall(r'(?:src|srcset)="([^"]+)"', unescape(page.body)))
    rendition_urls = {
        url.split(" ")[0]
        for source in sources
        for url in source.split(", ")
        if storage.public_bucket in url
    }
    assert rendition_urls, f"no rendition from the bucket in {sources}"
    assert storage.private_bucket not in page.body
    for url in rendition_urls:
        assert url.startswith(f"{storage.endpoint}/{storage.public_bucket}/")
        host, port = url.split("//")[1].split("/")[0].split(":")
        public = http.client.HTTPConnection(host, int(port))
        public.request("GET", url.split(f":{port}", 1)[1])
        response = public.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type", "").startswith("image/")
    # The page allows images from the bucket's host, and only from there.
    assert storage.endpoint in page.headers["Content-Security-Policy"]
