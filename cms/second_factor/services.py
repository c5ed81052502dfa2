"""Enrolling, verifying and resetting a user's second factor (django-otp devices).

Each user has at most one confirmed authenticator (a TOTPDevice) and one set of recovery codes
(a StaticDevice whose tokens are deleted as they are used). A new authenticator stays
unconfirmed, and the old one keeps working, until the user has typed a first code from it.
"""

import re

import django_otp
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction
from django.http import HttpRequest
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

from cms.access.roles import ADMIN_ACCESS

AUTHENTICATOR_NAME = "authenticator"
RECOVERY_CODES_NAME = "recovery"
RECOVERY_CODE_COUNT = 10

ENROLLED_ACTION = "second_factor.enrol"
RECOVERY_CODES_ACTION = "second_factor.recovery_codes"
RESET_ACTION = "second_factor.reset"

_TOTP_CODE = re.compile(r"\d{6}")


def needs_second_factor(user: User | AnonymousUser) -> bool:
    """Everyone who may use the admin; practitioners reading the public site do not."""
    return user.is_authenticated and user.has_perm(ADMIN_ACCESS)


def authenticator(user: AbstractBaseUser) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def is_enrolled(user: AbstractBaseUser) -> bool:
    return authenticator(user) is not None


def pending_authenticator(user: AbstractBaseUser) -> TOTPDevice:
    """The unconfirmed authenticator being set up; the same one until it is confirmed, so
    reloading the page does not invalidate a QR code that was already scanned."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def normalised_code(code: str) -> str:
    """Codes as people type them: with spaces or hyphens, recovery codes in capitals."""
    return re.sub(r"[\s-]", "", code).lower()


def mark_verified(request: HttpRequest, device: Device) -> None:
    # A session that gains the second factor gets a new key, like one that gains a login.
    request.session.cycle_key()
    django_otp.login(request, device)


def verify(request: HttpRequest, code: str) -> Device | None:
    """The device that accepts `code` for the request's user, which then counts as verified.

    A six-digit code goes to the authenticator, anything else to the recovery codes: trying
    both would add a failure to the other device's own throttle every time.
    """
    user = request.user
    code = normalised_code(code)
    model = TOTPDevice if _TOTP_CODE.fullmatch(code) else StaticDevice
    for device in model.objects.devices_for_user(user, confirmed=True):
        verified = django_otp.verify_token(user, device.persistent_id, code)
        if verified is not None:
            mark_verified(request, verified)
            return verified
    return None


@transaction.atomic
def confirm_authenticator(request: HttpRequest, device: TOTPDevice, code: str) -> list[str]:
    """Confirms the pending `device` with its first code and replaces any earlier
    authenticator and recovery codes; returns the new recovery codes (empty: wrong code)."""
    user = request.user
    if not user.is_authenticated or device.user_id != user.pk or device.confirmed:
        return []
    if not device.verify_token(normalised_code(code)):
        return []
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    mark_verified(request, device)
    log(instance=_account(user), action=ENROLLED_ACTION, user=user)
    return _new_recovery_codes(user)


@transaction.atomic
def regenerate_recovery_codes(user: AbstractBaseUser) -> list[str]:
    """New recovery codes; the old ones stop working."""
    log(instance=_account(user), action=RECOVERY_CODES_ACTION, user=user)
    return _new_recovery_codes(user)


def _account(user: AbstractBaseUser) -> AbstractBaseUser:
    """The user row itself: request.user is wrapped twice (auth and OTP middleware), and
    Wagtail's audit log unwraps one level only, silently logging nothing otherwise."""
    return get_user_model()._default_manager.get(pk=user.pk)


def _new_recovery_codes(user: AbstractBaseUser) -> list[str]:
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_CODES_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def are_current_recovery_codes(user: AbstractBaseUser, codes: list[str]) -> bool:
    """Whether `codes` are all among the user's unused recovery codes (and not empty)."""
    current = set(
        StaticToken.objects.filter(device__user=user, device__confirmed=True).values_list(
            "token", flat=True
        )
    )
    return bool(codes) and set(codes) <= current


def recovery_codes_left(user: AbstractBaseUser) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def reset_second_factor(user: AbstractBaseUser, by: AbstractBaseUser) -> None:
    """Removes all of `user`'s devices: their sessions lose the second factor at once, and
    their next visit to the admin asks them to set up an authenticator again."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log(instance=_account(user), action=RESET_ACTION, user=by)
