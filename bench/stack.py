"""The served stack of the site benchmark: cms.server with the production settings, varnishd with
the repository's VCL in front of it, and nginx serving saved copies of the same pages.

Each server runs in the foreground as a child of the benchmark, with its files and log in the
benchmark's work directory, and is stopped by `Stack.stop()`.
"""

import http.client
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.live_servers import VARNISHD, application_command, stop, vcl_for_backends
from tests.other_settings import ROOT

# What a visitor's request looks like once the TLS terminator has handled it: the site's host
# name (set by `visit_as`) and HTTPS, so production's HTTPS redirect lets it through.
VISITOR_HEADERS = {"Host": "localhost", "X-Forwarded-Proto": "https"}
TOOLS = {"wrk": "wrk", "varnishd": VARNISHD, "nginx": "nginx"}


def visit_as(hostname: str) -> None:
    """Visitors ask for `hostname` from here on. It must be the Site's: purges name the pages
    by their Site's host, and the proxy keeps one copy per host, so a visitor who came by
    another name would keep seeing the old version."""
    VISITOR_HEADERS["Host"] = hostname


class StackError(Exception):
    """A server did not start or answered wrongly; the message names it and its log."""


def run_benchmark(main: Callable[[], int]) -> None:
    """Exits with what `main` returns, or 1 with one line when the stack failed."""
    try:
        sys.exit(main())
    except StackError as error:
        print(f"The stack failed: {error}")
        sys.exit(1)


def missing_tools() -> list[str]:
    return [name for name, path in TOOLS.items() if not shutil.which(path)]


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log: Path
    # How it was started, for `Stack.restart`.
    command: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Stack:
    workdir: Path
    servers: list[Server] = field(default_factory=list)

    def stop(self) -> None:
        for server in reversed(self.servers):
            stop(server.process)
        self.servers.clear()

    def _spawn(self, name: str, port: int, command: list[str], env: dict[str, str]) -> Server:
        with socket.socket() as probe:
            # As the servers bind: connections of an earlier run waiting to close don't count.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                raise StackError(f"port {port} for {name} is in use (see --port-base)") from None
        log = self.workdir / f"{name}.log"
        server = Server(name, port, launch(command, env, log), log, command, env)
        self.servers.append(server)
        wait_for_port(server)
        return server

    def restart(self, server: Server, pause: float = 0.0) -> None:
        """Stops `server`, waits `pause` seconds and starts it again as before (its log goes
        on); returns once it accepts connections again."""
        stop(server.process)
        time.sleep(pause)
        server.process = launch(server.command, server.env, server.log, append=True)
        if server.port:
            wait_for_port(server)

    def start_redis(self, port: int) -> Server:
        """A redis-server of the benchmark's own, nothing saved to disk: a restart empties it,
        as the restart of a cache without persistence does."""
        command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.workdir)]
        return self._spawn("redis", port, command, dict(os.environ))

    def start_application(self, name: str, port: int, env: dict[str, str]) -> Server:
        """`python -m cms.server`, as docs/deploy.md says, once the health
        check answers."""
        server = self._spawn(
            name,
            port,
            application_command(port),
            {
                **os.environ,
                **env,
                "DJANGO_SETTINGS_MODULE": "cms.settings.production",
                # No recycling: a worker that grows must show it (and no connection is dropped
                # mid-measurement by a restart).
                "GRANIAN_WORKERS_MAX_RSS": str(1024 * 1024),
            },
        )
        status, _headers, _body = fetch(server.base_url + "/health/")
        if status != 200:
            raise StackError(f"{name}: /health/ answered {status}; log: {server.log}")
        return server

    def start_task_worker(self, env: dict[str, str]) -> None:
        """`manage.py db_worker`, production's separate task worker: the renditions made at
        publish time are made there (proxy purges are sent by the publishing request)."""
        log = self.workdir / "task-worker.log"
        command = [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--no-reload"]
        env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
        self.servers.append(Server("task worker", 0, launch(command, env, log), log, command, env))

    def start_varnish(self, port: int, backend_port: int) -> Server:
        """varnishd with docs/deploy/varnish.vcl, its backend pointed at `backend_port`."""
        vcl = self.workdir / "varnish.vcl"
        vcl.write_text(vcl_for_backends([backend_port]))
        command = [VARNISHD, "-F", "-f", str(vcl), "-a", f"127.0.0.1:{port}"]
        command += ["-n", str(self.workdir / "varnish"), "-s", "malloc,256m", "-T", "none"]
        # No system account to switch to: it runs as whoever runs the benchmark.
        command += ["-j", "none"]
        return self._spawn("varnish", port, command, dict(os.environ))

    def start_nginx(self, port: int, html: Path) -> Server:
        """nginx serving the files in `html` as they are: the limit for serving a page."""
        prefix = self.workdir / "nginx"
        prefix.mkdir(exist_ok=True)
        temp = {
            name: prefix / name for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        }
        temp_paths = "".join(f"    {name}_temp_path {path};\n" for name, path in temp.items())
        config = prefix / "nginx.conf"
        config.write_text(
            f"worker_processes {os.cpu_count() or 1};\n"
            f"pid {prefix / 'nginx.pid'};\n"
            f"error_log {prefix / 'error.log'};\n"
            "events { worker_connections 1024; }\n"
            "http {\n"
            "    access_log off;\n"
            "    default_type text/html;\n"
            "    sendfile on;\n"
            "    tcp_nopush on;\n"
            "    keepalive_requests 1000000;\n"
            "    open_file_cache max=100;\n"
            f"{temp_paths}"
            f"    server {{ listen 127.0.0.1:{port}; root {html}; }}\n"
            "}\n"
        )
        command = ["nginx", "-p", str(prefix), "-e", str(prefix / "error.log")]
        command += ["-c", str(config), "-g", "daemon off;"]
        return self._spawn("nginx", port, command, dict(os.environ))


def launch(
    command: list[str], env: dict[str, str], log: Path, append: bool = False
) -> subprocess.Popen:
    with log.open("a" if append else "w") as output:
        return subprocess.Popen(  # noqa: S603 (Debian's servers or this interpreter, our configuration)
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )


def wait_for_port(server: Server, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
            return
        except OSError:
            if server.process.poll() is not None or time.monotonic() > deadline:
                tail = server.log.read_text()[-2000:]
                message = f"{server.name} did not start on port {server.port}:\n{tail}"
                raise StackError(message) from None
            time.sleep(0.2)


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """One visitor's GET (redirects not followed); header names in lower case."""
    host, _, rest = url.removeprefix("http://").partition("/")
    hostname, _, port = host.partition(":")
    connection = http.client.HTTPConnection(hostname, int(port or 80), timeout=60)
    try:
        connection.request("GET", "/" + rest, headers=VISITOR_HEADERS)
        response = connection.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, response.read()
    finally:
        connection.close()
