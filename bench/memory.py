"""Memory of the application server's workers, read from /proc: resident set size now (VmRSS)
and at its peak so far (VmHWM), in KiB, per worker process."""

import math
from pathlib import Path

Snapshot = dict[int, dict[str, int]]


def worker_pids(master: int) -> list[int]:
    """The server's workers: the main process's children."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        # The command name in parentheses may hold spaces: the parent id follows the last ")".
        if int(stat.rpartition(")")[2].split()[1]) == master:
            children.append(int(entry.name))
    return sorted(children)


def snapshot(master: int) -> Snapshot:
    memory = {}
    for pid in worker_pids(master):
        values = {}
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                values[name] = int(value.split()[0])
        memory[pid] = values
    return memory


def growth(before: Snapshot, after: Snapshot) -> float:
    """The largest growth of one worker's RSS; infinite when the server replaced workers (a
    crash or a recycle), which makes the figures incomparable."""
    if not before or set(before) != set(after):
        return math.inf
    return max(after[pid]["VmRSS"] / before[pid]["VmRSS"] - 1 for pid in before)


def describe(before: Snapshot, after: Snapshot) -> str:
    largest = {
        "before": max(m["VmRSS"] for m in before.values()) / 1024,
        "after": max(m["VmRSS"] for m in after.values()) / 1024,
        "peak": max(m["VmHWM"] for m in after.values()) / 1024,
    }
    change = growth(before, after)
    grown = "workers replaced" if math.isinf(change) else f"{change:+.1%}"
    return (
        f"{len(before)} workers, largest RSS {largest['before']:.1f} -> {largest['after']:.1f}"
        f" MiB, peak {largest['peak']:.1f} MiB, largest growth of one worker {grown}"
    )
