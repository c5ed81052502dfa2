"""Admin users with a second factor, and the codes their authenticator app would show."""

import time

import factory
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from factory.django import DjangoModelFactory

from .cms import UserFactory


class TOTPDeviceFactory(DjangoModelFactory):
    """A confirmed authenticator app, as after the set-up in the admin."""

    user = factory.SubFactory(UserFactory)
    name = "authenticator"
    confirmed = True

    class Meta:
        model = TOTPDevice


def totp_code(device: TOTPDevice) -> str:
    """The code the app shows now. A device takes each time step's code once; when this
    step's is used already, the next step's (accepted too: tolerance 1), or after a wait."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    while True:
        totp.time = time.time()
        if totp.t() > device.last_t:
            break
        if totp.t() + device.tolerance > device.last_t:
            totp.time += device.step
            break
        time.sleep(1)
    return f"{totp.token():0{device.digits}d}"


def log_in_with_second_factor(client: Client, user: object) -> TOTPDevice:
    """Logs an admin user in with a verified second factor, as django_otp.login leaves the
    session after the verify step."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDeviceFactory(user=user)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device
