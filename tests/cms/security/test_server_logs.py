"""Server logs: our log lines carry no IP address, and rotated files go after their period."""

import logging
import os
import sys
import time

from django.core.management import call_command

from cms.security.server_logs import RedactIPAddresses


def written(logger_name: str, message: str, *args: object) -> str:
    """The line the configured console handler writes for this record."""
    (handler,) = [h for h in logging.getLogger().handlers if h.get_name() == "console"]
    record = logging.getLogger(logger_name).makeRecord(
        logger_name, logging.WARNING, __file__, 1, message, args, None
    )
    for log_filter in handler.filters:
        log_filter.filter(record)
    return handler.format(record)


def test_our_log_lines_never_carry_an_ip_address():
    line = written(
        "django.security.csrf",
        "Forbidden (CSRF token missing) from %s via %s at 12:30:45, retry 2001:db8::1 later",
        "203.0.113.7",
        "::ffff:198.51.100.23",
    )
    assert "203.0.113.7" not in line and "198.51.100.23" not in line and "2001:db8" not in line
    assert line.count("[IP]") >= 3
    assert "12:30:45" in line  # times and version numbers stay readable


def test_tracebacks_lose_ip_addresses_too():
    try:
        raise ConnectionError("connection refused by 10.0.0.12")
    except ConnectionError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, sys.exc_info())
    RedactIPAddresses().filter(record)
    assert "10.0.0.12" not in logging.Formatter().format(record)


def test_the_periodic_job_deletes_rotated_server_logs_past_their_period(db, settings, tmp_path):
    settings.SERVER_LOG_DIR = str(tmp_path)
    settings.SERVER_LOG_RETENTION_DAYS = 7
    old = tmp_path / "access.log.8.gz"
    recent = tmp_path / "access.log.1"
    current = tmp_path / "access.log"
    unrelated = tmp_path / "notes.txt"
    for path in (old, recent, current, unrelated):
        path.write_text("203.0.113.7 - - GET /de/\n")
    eight_days_ago = time.time() - 8 * 86400
    os.utime(old, (eight_days_ago, eight_days_ago))
    os.utime(unrelated, (eight_days_ago, eight_days_ago))
    os.utime(recent, (time.time() - 6 * 86400,) * 2)

    call_command("run_scheduled_jobs", verbosity=0)

    assert not old.exists()
    assert recent.exists() and current.exists() and unrelated.exists()
