"""Production's HTTP server: `python -m cms.server` runs Granian with cms.wsgi.

Granian, because its HTTP layer is Rust and only the application runs in Python. Measured on
two cores with wrk at 8 connections against the benchmark's 10,000 narratives: a narrative
from the page cache in Redis 5,950 requests/s against gunicorn's 2,500 (gthread, 5 workers of
4 threads), rendered from its kept parts 400 against 370; and a trivial WSGI application
22,700 against 7,200. It also replaces a worker whose memory grows past a limit. Worker
processes give the parallelism (Django is synchronous); each runs the application in a few
threads, which cover the waits on the database, the cache and the search engine.

Everything is Granian's own configuration (`granian --help`: a `GRANIAN_*` variable or a flag
after the module name); this module only sets our defaults.
"""

import os
import sys

from granian.cli import cli

DEFAULTS = {
    "GRANIAN_INTERFACE": "wsgi",
    # Behind the caching proxy on the same host; DJANGO_TRUSTED_PROXY_COUNT tells Django.
    "GRANIAN_HOST": "127.0.0.1",
    "GRANIAN_PORT": "8000",
    "GRANIAN_HTTP": "1",
    "GRANIAN_WEBSOCKETS": "false",
    "GRANIAN_WORKERS": str(len(os.sched_getaffinity(0))),
    "GRANIAN_BLOCKING_THREADS": "4",
    # A worker is replaced when it crashes, and when it grows past this (MiB; about 150 is
    # normal): whatever a request leaks cannot add up over weeks.
    "GRANIAN_RESPAWN_FAILED_WORKERS": "true",
    "GRANIAN_WORKERS_MAX_RSS": "512",
    "GRANIAN_WORKERS_KILL_TIMEOUT": "30",
    # Access log without the client's address (privacy: no IP addresses in our logs) and
    # without query strings, which may hold what visitors searched for.
    "GRANIAN_LOG_ACCESS_ENABLED": "true",
    "GRANIAN_LOG_ACCESS_FMT": '[%(time)s] "%(method)s %(path)s" %(status)d %(dt_ms).1fms',
}


def main() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)
    cli.main(
        args=["cms.wsgi:application", *sys.argv[1:]],
        prog_name="python -m cms.server",
        auto_envvar_prefix="GRANIAN",
    )


if __name__ == "__main__":
    main()
