"""What the fault benchmark's measurements mean, as pure functions of what it recorded
(tests/bench/test_faults.py): error rates before and after a fault, the time to recover, which
answers are acceptable during an outage, the table and the missed targets."""

from collections.abc import Sequence
from dataclasses import dataclass, field

GOOD_SHARE = 0.99
RECOVERY_WINDOW = 2.0
MAX_ERROR_RATE_AFTER = 0.01


# --- What the measurements mean (pure; tests/bench/test_faults.py) ---------------------------


@dataclass(frozen=True)
class Slice:
    """One wrk run: its requests and errors (socket errors, status >= 400) between two times."""

    start: float
    end: float
    requests: int
    errors: int

    @property
    def good_share(self) -> float:
        total = self.requests + (self.errors if self.requests == 0 else 0)
        return 1.0 - self.errors / total if total else 0.0


def error_rate(slices: Sequence[Slice]) -> float | None:
    requests = sum(s.requests for s in slices)
    errors = sum(s.errors for s in slices)
    # A run with no answer at all (connections refused) is all errors.
    total = requests + sum(s.errors for s in slices if s.requests == 0)
    return errors / total if total else None


def split(slices: Sequence[Slice], fault_start: float, fault_end: float) -> tuple[list, list]:
    """The runs that overlap the fault, and those that started after it ended."""
    during = [s for s in slices if s.end > fault_start and s.start < fault_end]
    after = [s for s in slices if s.start >= fault_end]
    return during, after


def recovery_seconds(
    slices: Sequence[Slice],
    fault_end: float,
    window: float = RECOVERY_WINDOW,
    share: float = GOOD_SHARE,
) -> float | None:
    """Seconds from the end of the fault until the first run from which every run, for at
    least `window` seconds, had `share` of its requests succeed; None if that never came."""
    after = sorted((s for s in slices if s.start >= fault_end), key=lambda s: s.start)
    for index, first in enumerate(after):
        for run in after[index:]:
            if run.good_share < share:
                break
            if run.end - first.start >= window:
                return max(0.0, first.start - fault_end)
    return None


@dataclass(frozen=True)
class Answer:
    """One answer the probe got: a page, a 503 with Retry-After, or something worse."""

    at: float
    path: str
    status: int  # 0: no connection
    retry_after: str | None
    body: str

    @property
    def unacceptable(self) -> bool:
        if "Traceback" in self.body:
            return True
        return self.status >= 500 and not (self.status == 503 and self.retry_after)

    def describe(self) -> str:
        snippet = " ".join(self.body.split())[:120]
        return f"{self.status} on {self.path} (Retry-After {self.retry_after}): {snippet!r}"


@dataclass
class Row:
    fault: str
    during: float | None = None
    after: float | None = None
    recovery: float | None = None
    lost: list[str] = field(default_factory=list)
    bad_answers: list[Answer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    skipped: str = ""


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def format_table(rows: Sequence[Row]) -> str:
    header = ("fault", "errors during", "errors after", "recovered after", "lost", "5xx bad")
    lines = [header]
    for row in rows:
        if row.skipped:
            lines.append((row.fault, "skipped", "", "", "", ""))
            continue
        recovery = "never" if row.recovery is None else f"{row.recovery:.1f} s"
        lost = str(len(row.lost))
        lines.append(
            (row.fault, percent(row.during), percent(row.after), recovery, lost,
             str(len(row.bad_answers)))
        )  # fmt: skip
        # ^ one row of the table, as it prints
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
        for line in lines
    )


def missed_targets(rows: Sequence[Row]) -> list[str]:
    missed = []
    for row in rows:
        if row.skipped:
            continue
        missed += [f"{row.fault}: lost {item}" for item in row.lost]
        missed += [f"{row.fault}: answered {answer.describe()}" for answer in row.bad_answers]
        if row.recovery is None:
            missed.append(f"{row.fault}: not recovered by the end of the phase")
        elif row.after is not None and row.after > MAX_ERROR_RATE_AFTER:
            missed.append(f"{row.fault}: {row.after:.1%} errors after the fault")
    return missed
