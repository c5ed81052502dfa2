"""Server logs hold no IP addresses for long.

Django stores no visitor's address in the database. Our own log lines never carry one: the
filter below (in LOGGING) replaces IPv4 and IPv6 addresses in every record with "[IP]". The web
server's access logs do hold addresses; they are rotated away after SERVER_LOG_RETENTION_DAYS
(docs/server-log-retention/), and the periodic job deletes rotated files older than that in
SERVER_LOG_DIR when one is set, in case rotation is not configured.
"""

import datetime
import logging
import re
from pathlib import Path

IP_ADDRESS = re.compile(
    r"(?<![\w.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\w.])"
    r"|(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}"
    r"|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?)"
    r"(?![\w:])",
    re.IGNORECASE,
)
REDACTED = "[IP]"


def without_ip_addresses(text: str) -> str:
    return IP_ADDRESS.sub(REDACTED, text)


class RedactIPAddresses(logging.Filter):
    """Rewrites the message (and a traceback's text) of every record before it is written."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            # A malformed call: leave it to the handler, which reports it as a logging error.
            return True
        record.msg = without_ip_addresses(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = without_ip_addresses(record.exc_text)
        return True


def delete_old_server_logs(directory: Path, days: int, now: datetime.datetime | None = None) -> int:
    """Deletes log files (*.log, *.log.1, *.log.2.gz …) last written more than `days` ago."""
    cutoff = (now or datetime.datetime.now(tz=datetime.UTC)).timestamp() - days * 86400
    deleted = 0
    for path in Path(directory).glob("*.log*"):
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink()
            deleted += 1
    return deleted
