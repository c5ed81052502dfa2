"""The fault benchmark's arithmetic and verdicts (bench/faults.py), without its services."""

import pytest

from bench.fault_report import (
    Answer,
    Row,
    Slice,
    error_rate,
    format_table,
    missed_targets,
    recovery_seconds,
    split,
)

FAULT_START, FAULT_END = 10.0, 13.0


def second(start: float, requests: int, errors: int) -> Slice:
    return Slice(start, start + 1, requests, errors)


def test_recovery_is_the_first_moment_from_which_two_seconds_succeed():
    slices = [
        second(9, 100, 0),
        second(13, 100, 50),  # still failing after the service came back
        second(14, 100, 0),
        second(15, 100, 2),  # 98 %: not yet
        second(16, 100, 0),
        second(17, 100, 1),  # 99 % counts as recovered
        second(18, 100, 0),
    ]
    assert recovery_seconds(slices, FAULT_END) == 3.0


def test_recovery_right_away_is_zero_and_never_is_none():
    good = [second(13.2, 100, 0), second(14.2, 100, 0)]
    assert recovery_seconds(good, FAULT_END) == pytest.approx(0.2)
    # One good second is not enough, and runs during the fault do not count.
    assert recovery_seconds([second(12.5, 100, 0), second(13.5, 100, 0)], FAULT_END) is None


def test_runs_that_got_no_answer_at_all_count_as_errors():
    refused = second(11, 0, 32)
    assert refused.good_share == 0.0
    assert error_rate([second(9, 68, 0), refused]) == 0.32
    assert error_rate([]) is None


def test_runs_overlapping_the_fault_are_during_those_after_it_are_after():
    before, overlapping, inside, after = (
        second(8, 1, 0), second(9.5, 1, 0), second(11, 1, 0), second(13, 1, 0)
    )  # fmt: skip
    during, later = split([before, overlapping, inside, after], FAULT_START, FAULT_END)
    assert during == [overlapping, inside]
    assert later == [after]


def test_a_page_or_a_503_with_retry_after_is_acceptable_a_500_or_traceback_is_not():
    assert not Answer(1, "/", 200, None, "").unacceptable
    assert not Answer(1, "/", 503, "30", "Wartungsarbeiten").unacceptable
    assert not Answer(1, "/", 0, None, "").unacceptable  # refused: counted by wrk instead
    assert Answer(1, "/", 503, None, "Backend fetch failed").unacceptable
    assert Answer(1, "/", 500, None, "Server Error (500)").unacceptable
    assert Answer(1, "/", 200, None, "Traceback (most recent call last)").unacceptable


def test_targets_name_every_miss_and_skip_what_did_not_run():
    bad = Answer(1, "/de/", 500, None, "Server Error (500)")
    rows = [
        Row("PostgreSQL restarted", 0.4, 0.0, 1.5),
        Row("Redis restarted", 0.0, 0.05, 0.0, lost=["revision 7 (acknowledged)"]),
        Row("Varnish restarted", 0.2, None, None, bad_answers=[bad]),
        Row("OpenSearch killed", skipped="no node"),
    ]
    assert missed_targets(rows) == [
        "Redis restarted: lost revision 7 (acknowledged)",
        "Redis restarted: 5.0% errors after the fault",
        "Varnish restarted: answered 500 on /de/ (Retry-After None): 'Server Error (500)'",
        "Varnish restarted: not recovered by the end of the phase",
    ]
    table = format_table(rows).splitlines()
    assert table[0].split()[:2] == ["fault", "errors"]
    assert table[1].split() == ["PostgreSQL", "restarted", "40.0%", "0.0%", "1.5", "s", "0", "0"]
    assert "never" in table[3]
    assert table[4].split() == ["OpenSearch", "killed", "skipped"]
