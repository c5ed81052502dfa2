"""Login throttling: failed attempts counted per account and per client IP in the cache.

The cache is Redis in production, shared by every instance, so the counts are too; locally it
is the process's own memory. Counting the submitted name whether or not an account has it
keeps a lock-out from telling an attacker which names exist.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

LOCKED_OUT_MESSAGE = _(
    "Too many failed attempts. For your security, please wait 15 minutes and try again."
)


def client_ip(request: HttpRequest) -> str:
    """The address the request came from, as the last trusted proxy saw it.

    Behind TRUSTED_PROXY_COUNT reverse proxies the client is that many entries from the end of
    X-Forwarded-For (each proxy appends what it saw); anything further left was written by the
    client and is ignored, so a forged header cannot move an attacker into another bucket.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        header = request.headers.get("X-Forwarded-For", "")
        forwarded = [part.strip() for part in header.split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _digest(value: str) -> str:
    # Names and e-mail addresses stay out of the cache; the digest is enough to count them.
    return hashlib.sha256(value.strip().casefold().encode()).hexdigest()


@dataclass(frozen=True)
class Throttle:
    """At most `per_account` counted attempts for one account and `per_ip` from one address
    within `window` seconds (a fixed window from the first counted attempt)."""

    scope: str
    per_account: int
    per_ip: int
    window: int

    def _account_key(self, account: str) -> str:
        return f"throttle:{self.scope}:account:{_digest(account)}"

    def _ip_key(self, request: HttpRequest) -> str:
        return f"throttle:{self.scope}:ip:{_digest(client_ip(request))}"

    def is_locked(self, request: HttpRequest, account: str) -> bool:
        account_key, ip_key = self._account_key(account), self._ip_key(request)
        counts = cache.get_many([account_key, ip_key])
        return (
            counts.get(account_key, 0) >= self.per_account or counts.get(ip_key, 0) >= self.per_ip
        )

    def record(self, request: HttpRequest, account: str) -> None:
        for key in (self._account_key(account), self._ip_key(request)):
            # add() starts the window only for the first attempt; incr() is atomic in both
            # locmem and Redis, so parallel attempts are all counted.
            cache.add(key, 0, self.window)
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, self.window)

    def forget_account(self, account: str) -> None:
        """After a success the account's count starts again; the IP's count stays, so an
        attacker cannot clear it by logging in to an account of their own."""
        cache.delete(self._account_key(account))


# Both password forms (admin and practitioners) share one count: alternating between them
# gains an attacker nothing.
LOGIN = Throttle("login", per_account=5, per_ip=20, window=15 * 60)
SECOND_FACTOR = Throttle("second-factor", per_account=5, per_ip=20, window=15 * 60)
# Every reset request counts, successful or not: each one may send an e-mail.
PASSWORD_RESET = Throttle("password-reset", per_account=3, per_ip=10, window=60 * 60)
