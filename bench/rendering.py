"""In-process render time of a page with the page caches off: the whole middleware stack and
view through Django's test client, without HTTP or a server in between (needs Django set up).

Measured twice: as production renders a page the whole-page caches do not hold (its parts kept
from an earlier render, cms/page_cache/parts.py), and from scratch, with the parts off too."""

import statistics
import time
from dataclasses import dataclass

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from bench.stack import VISITOR_HEADERS

WARM_UP = 3


@dataclass(frozen=True)
class RenderResult:
    median_ms: float
    queries: int


def render_uncached(path: str, renders: int, *, parts: bool = True) -> RenderResult:
    """Median over `renders` anonymous renders of `path`, and the queries of one of them.
    With `parts`, the parts of the page stay on (kept by the first renders), as in production;
    without, every render starts from scratch."""
    client = Client(headers=VISITOR_HEADERS)
    samples = []
    off = {"PAGE_CACHE_SECONDS": 0} if parts else {"PAGE_CACHE_SECONDS": 0, "PAGE_PARTS_SECONDS": 0}
    with override_settings(**off):
        for number in range(WARM_UP + renders):
            started = time.perf_counter()
            response = client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                raise RuntimeError(f"{path} answered {response.status_code} in-process")
            if response.get("X-Page-Cache") == "hit":
                raise RuntimeError(f"{path} came from the page cache although it is off")
            if number >= WARM_UP:
                samples.append(elapsed)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
    return RenderResult(statistics.median(samples), len(queries.captured_queries))
