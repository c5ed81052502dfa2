"""Load from wrk (Debian's package): one URL at a fixed number of open connections for a fixed
time; the summary comes back as JSON from bench/wrk_summary.lua."""

import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.stack import VISITOR_HEADERS

SUMMARY_SCRIPT = Path(__file__).with_name("wrk_summary.lua")


@dataclass(frozen=True)
class LoadResult:
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    # Socket errors (connect, read, write, timeout) and responses with status >= 400.
    errors: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def run_wrk(url: str, connections: int, seconds: int) -> LoadResult:
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    for name, value in VISITOR_HEADERS.items():
        command += ["-H", f"{name}: {value}"]
    command += ["-s", str(SUMMARY_SCRIPT), url]
    finished = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60)
    lines = [line for line in finished.stdout.splitlines() if line.startswith("{")]
    if finished.returncode != 0 or not lines:
        raise RuntimeError(f"wrk failed on {url}: {finished.stderr.strip() or finished.stdout}")
    summary = json.loads(lines[-1])
    return LoadResult(
        requests=summary["requests"],
        seconds=summary["duration_us"] / 1e6,
        p50_ms=summary["p50_us"] / 1000,
        p99_ms=summary["p99_us"] / 1000,
        errors=summary["socket_errors"] + summary["status_errors"],
    )
