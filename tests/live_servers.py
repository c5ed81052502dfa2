"""Real servers for tests that cross process boundaries: production's application server,
varnishd with the repository's VCL in front of given backends, and the Redis that CI starts.

A test that needs one is marked `proxy` or `redis`. Locally it skips when varnishd or Redis is
missing; under CI=true it fails, because .ci/run installs and starts both.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

from tests.other_settings import ROOT

IN_CI = os.environ.get("CI") == "true"
VCL = ROOT / "docs" / "deploy" / "varnish.vcl"
VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"


def unavailable(reason: str) -> NoReturn:
    """Missing infrastructure: a failure in CI (which provides it), a skip elsewhere."""
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def application_command(port: int) -> list[str]:
    """Production's application server (docs/deploy.md) on 127.0.0.1:port."""
    return [sys.executable, "-m", "cms.server", "--port", str(port)]


def start_application(port: int, env: dict[str, str], log: Path) -> subprocess.Popen:
    """`python -m cms.server` (Granian, cms/server.py) with the production settings on
    127.0.0.1:port; `env` is its whole environment."""
    with log.open("w") as output:
        return subprocess.Popen(  # noqa: S603 (this interpreter, our server)
            application_command(port),
            cwd=ROOT,
            env={**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )


def wait_for_port(port: int, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    """Until something accepts connections on the port; fails with the log if the process ends."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"{process.args[0]} did not start:\n{log.read_text()}")
            time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def vcl_for_backends(ports: Sequence[int], probe_interval: str | None = None) -> str:
    """The repository's VCL with its one backend replaced by one per port, all of them in the
    round-robin director: what a deploy with several instances writes (see the VCL's header).
    `probe_interval` shortens the health probe for tests that wait for a backend to turn sick."""
    text = VCL.read_text()
    backend = re.search(r"^backend app1 \{\n.*?^\}\n", text, re.MULTILINE | re.DOTALL)
    assert backend, "docs/deploy/varnish.vcl has no `backend app1` block"
    blocks = "\n".join(
        backend.group(0)
        .replace("app1", f"app{number}")
        .replace('.port = "8000";', f'.port = "{port}";')
        for number, port in enumerate(ports, start=1)
    )
    text = text.replace(backend.group(0), blocks)
    additions = "\n".join(f"    app.add_backend(app{n});" for n in range(1, len(ports) + 1))
    text = text.replace("    app.add_backend(app1);", additions)
    if probe_interval:
        text = text.replace(".interval = 5s;", f".interval = {probe_interval};")
    return text


@dataclass
class Varnish:
    port: int
    process: subprocess.Popen
    log: Path

    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    @property
    def purge_location(self) -> str:
        """FRONTEND_CACHE_PURGE_URL for an application behind this proxy."""
        return f"http://127.0.0.1:{self.port}"


def start_varnish(
    backend_ports: Sequence[int],
    workdir: Path,
    probe_interval: str | None = None,
    port: int | None = None,
) -> Varnish:
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "varnish.vcl"
    vcl.write_text(vcl_for_backends(backend_ports, probe_interval))
    port = port or free_port()
    log = workdir / "varnishd.log"
    process = subprocess.Popen(  # noqa: S603 (Debian's varnishd, our VCL)
        [
            VARNISHD,
            "-F",
            "-f",
            str(vcl),
            "-a",
            f"127.0.0.1:{port}",
            "-n",
            str(workdir / "state"),
            "-s",
            "malloc,64m",
            "-T",
            "none",
            # Only this test's user: no system account to switch to.
            "-j",
            "none",
        ],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    wait_for_port(port, process, log)
    return Varnish(port=port, process=process, log=log)


@pytest.fixture
def varnish_proxy(tmp_path: Path) -> Iterator[Callable[..., Varnish]]:
    """Starts varnishd with docs/deploy/varnish.vcl in front of the given backend ports (on
    `port`, when the backends must know it beforehand); every proxy is stopped after the test."""
    if not Path(VARNISHD).exists():
        unavailable("varnishd not found (Debian package `varnish`)")
    started: list[Varnish] = []

    def start(
        backend_ports: Sequence[int], probe_interval: str | None = None, port: int | None = None
    ) -> Varnish:
        workdir = tmp_path / f"varnish{len(started)}"
        proxy = start_varnish(backend_ports, workdir, probe_interval, port)
        started.append(proxy)
        return proxy

    yield start
    for proxy in started:
        stop(proxy.process)


@pytest.fixture
def redis_url() -> str:
    """REDIS_TEST_URL (this test worker's database of it), emptied: the Redis database this
    test may use as it likes."""
    from django.conf import settings

    url = settings.REDIS_TEST_URL
    if not url:
        unavailable("no Redis to test with (set REDIS_TEST_URL=redis://127.0.0.1:6379/<db>)")
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).flushdb()
    except redis.RedisError as error:
        unavailable(f"Redis at REDIS_TEST_URL does not answer: {error}")
    return url
