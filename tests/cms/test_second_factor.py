"""Every admin user needs a second factor: a stolen password alone opens nothing in the admin."""

import re
import time

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils.html import escape
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from cms.access import roles
from cms.second_factor import services
from cms.second_factor.forms import CodeForm
from cms.security.throttling import LOCKED_OUT_MESSAGE
from tests.factories.cms import UserFactory
from tests.factories.second_factor import (
    TOTPDeviceFactory,
    log_in_with_second_factor,
    totp_code,
)

PASSWORD = "correct-horse-battery"  # UserFactory's
ADMIN = "/admin/"


def wrong_code() -> str:
    """The message for a wrong code, as the page shows it in its language."""
    return escape(str(CodeForm.wrong_code_message))


def sign_in_with_password(client: Client, user: object) -> None:
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content.decode()


def recovery_codes(html: str) -> list[str]:
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", html)


@pytest.fixture
def editor_with_app(editor):
    return editor, TOTPDeviceFactory(user=editor)


@pytest.mark.parametrize(
    "path",
    [
        ADMIN,
        "/admin/pages/",
        "/admin/account/",
        "/admin/users/",
        "/admin/second-factor/recovery-codes/",
        # Mounted in cms/urls.py, outside Wagtail's own URL patterns.
        "/admin/localize/update/1/",
    ],
)
def test_a_password_alone_opens_nothing_in_the_admin(client, home, editor_with_app, path):
    editor, _device = editor_with_app
    sign_in_with_password(client, editor)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("second_factor_verify") + "?next=")


def test_the_steps_pages_load_the_admins_icons_and_translations(client, home, editor):
    sign_in_with_password(client, editor)
    for name in ("wagtailadmin_sprite", "wagtailadmin_javascript_catalog"):
        assert client.get(reverse(name)).status_code == 200, name


def test_the_verify_step_lets_in_with_the_apps_code_once(client, home, editor_with_app):
    editor, device = editor_with_app
    sign_in_with_password(client, editor)
    page = client.get(reverse("second_factor_verify"), {"next": "/admin/pages/"})
    assert 'autocomplete="one-time-code"' in page.content.decode()
    code = totp_code(device)
    response = client.post(reverse("second_factor_verify"), {"code": code, "next": "/admin/pages/"})
    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get(ADMIN).status_code == 200

    # Someone who saw the code (over a shoulder, a phishing page) cannot use it again.
    attacker = Client()
    sign_in_with_password(attacker, editor)
    replay = attacker.post(reverse("second_factor_verify"), {"code": code})
    assert replay.status_code == 200
    assert attacker.get(ADMIN).status_code == 302


def test_wrong_codes_are_refused_and_then_throttled(client, home, editor_with_app):
    editor, device = editor_with_app
    sign_in_with_password(client, editor)
    for _ in range(5):
        response = client.post(reverse("second_factor_verify"), {"code": "000000"})
        assert wrong_code() in response.content.decode()
    # Locked for this account now: even the right code is refused, with the lock-out message.
    response = client.post(reverse("second_factor_verify"), {"code": totp_code(device)})
    assert escape(str(LOCKED_OUT_MESSAGE)) in response.content.decode()
    assert client.get(ADMIN).status_code == 302


def test_the_verify_step_does_not_redirect_to_another_host(client, home, editor_with_app):
    editor, device = editor_with_app
    sign_in_with_password(client, editor)
    response = client.post(
        reverse("second_factor_verify"),
        {"code": totp_code(device), "next": "https://evil.example/admin/"},
    )
    assert response["Location"] == ADMIN


def test_first_sign_in_sets_up_the_app_and_shows_recovery_codes_once(client, home, editor):
    sign_in_with_password(client, editor)
    response = client.get(ADMIN)
    assert response["Location"].startswith(reverse("second_factor_enrol"))

    html = client.get(response["Location"]).content.decode()
    # The QR code is drawn here, as inline SVG: no image from elsewhere, no script.
    assert '<svg width="' in html and 'class="second-factor-qr"' in html
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert "otpauth://" not in html  # in the QR code only, not as a link anything could follow
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert all("src=" in tag or 'type="application/json"' in tag for tag in scripts), scripts
    assert "<img" not in html.split('id="main"')[1]

    wrong = client.post(reverse("second_factor_enrol"), {"code": "123456"})
    assert wrong_code() in wrong.content.decode()
    assert client.get(ADMIN).status_code == 302
    time.sleep(1.1)  # django-otp's pause after a wrong code (1 s after the first)

    shown = client.post(reverse("second_factor_enrol"), {"code": totp_code(pending)})
    assert shown.status_code == 200
    assert shown["Cache-Control"].startswith("max-age=0")
    codes = recovery_codes(shown.content.decode())
    assert len(codes) == services.RECOVERY_CODE_COUNT == len(set(codes))
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get(ADMIN).status_code == 200
    # Shown once: nothing in the admin lists them again.
    assert not recovery_codes(client.get(reverse("wagtailadmin_account")).content.decode())
    assert ModelLogEntry.objects.filter(action=services.ENROLLED_ACTION).count() == 1


def test_a_recovery_code_works_once(client, home, editor_with_app):
    editor, _device = editor_with_app
    code = services.regenerate_recovery_codes(editor)[0]
    sign_in_with_password(client, editor)
    response = client.post(reverse("second_factor_verify"), {"code": code.upper()})
    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200

    again = Client()
    sign_in_with_password(again, editor)
    response = again.post(reverse("second_factor_verify"), {"code": code})
    assert wrong_code() in response.content.decode()
    assert StaticToken.objects.filter(device__user=editor).count() == 9


def test_new_recovery_codes_replace_the_old_ones(client, home, editor):
    log_in_with_second_factor(client, editor)
    old = services.regenerate_recovery_codes(editor)
    assert client.get(reverse("second_factor_recovery_codes")).status_code == 200
    response = client.post(reverse("second_factor_recovery_codes"))
    new = recovery_codes(response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert set(StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)) == (
        set(new)
    )
    logged = ModelLogEntry.objects.filter(action=services.RECOVERY_CODES_ACTION)
    assert logged.filter(object_id=str(editor.pk)).count() == 2


def test_a_password_only_session_cannot_replace_the_app(client, home, editor_with_app):
    """An attacker with the password must not enrol an app of their own over the user's."""
    editor, device = editor_with_app
    sign_in_with_password(client, editor)
    response = client.get(reverse("second_factor_enrol"))
    assert response["Location"].startswith(reverse("second_factor_verify"))
    response = client.post(reverse("second_factor_enrol"), {"code": "123456"})
    assert response["Location"].startswith(reverse("second_factor_verify"))
    assert list(TOTPDevice.objects.filter(user=editor)) == [device]


def test_a_new_app_replaces_the_old_one_only_once_confirmed(client, home, editor_with_app):
    editor, old = editor_with_app
    log_in_with_second_factor(client, editor)
    assert client.get(reverse("second_factor_enrol")).status_code == 200
    new = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert TOTPDevice.objects.filter(pk=old.pk, confirmed=True).exists()
    response = client.post(reverse("second_factor_enrol"), {"code": totp_code(new)})
    assert len(recovery_codes(response.content.decode())) == 10
    assert list(TOTPDevice.objects.filter(user=editor)) == [new]


def test_practitioners_need_no_second_factor_on_the_public_site(client, home, practitioner):
    response = client.post(
        reverse("login"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(home.url).status_code == 200
    # The admin stays closed to them, as before.
    assert client.get(ADMIN)["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.fixture
def user_admin(db):
    group = Group.objects.create(name="Benutzerverwaltung (Test)")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_user", content_type__app_label="auth"),
    )
    user = UserFactory()
    user.groups.add(group)
    return user


def test_a_user_admin_resets_a_lost_phone_and_it_is_logged(client, home, user_admin, editor):
    victim_session = Client()
    log_in_with_second_factor(victim_session, editor)
    services.regenerate_recovery_codes(editor)
    log_in_with_second_factor(client, user_admin)
    assert f"/second-factor/reset/{editor.pk}/" in client.get("/admin/users/").content.decode()

    response = client.post(reverse("second_factor_reset", args=[editor.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=editor).exists()
    assert not StaticDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action=services.RESET_ACTION)
    assert entry.object_id == str(editor.pk) and entry.user_id == user_admin.pk
    # Sessions verified with the old app lose the admin at once and must set up a new one.
    response = victim_session.get(ADMIN)
    assert response["Location"].startswith(reverse("second_factor_enrol"))


def is_refused(response: object) -> bool:
    """Wagtail's answer to a forbidden admin action: back to the dashboard."""
    return response.status_code == 302 and response["Location"] == ADMIN


def test_only_user_admins_may_reset_and_never_a_superuser_unless_superuser(
    client, home, user_admin, editor
):
    superuser = UserFactory(is_superuser=True)
    superuser_device = TOTPDeviceFactory(user=superuser)
    editor_device = TOTPDeviceFactory(user=editor)

    log_in_with_second_factor(client, editor)
    other_editor = UserFactory()
    other_editor.groups.set(editor.groups.all())
    TOTPDeviceFactory(user=other_editor)
    assert is_refused(client.get(reverse("second_factor_reset", args=[other_editor.pk])))
    assert is_refused(client.post(reverse("second_factor_reset", args=[other_editor.pk])))
    assert TOTPDevice.objects.filter(user=other_editor).exists()
    assert (
        f"/second-factor/reset/{other_editor.pk}/"
        not in client.get("/admin/users/").content.decode()
    )

    log_in_with_second_factor(client, user_admin)
    assert is_refused(client.post(reverse("second_factor_reset", args=[superuser.pk])))
    assert TOTPDevice.objects.filter(pk=superuser_device.pk).exists()
    assert ModelLogEntry.objects.filter(action=services.RESET_ACTION).count() == 0

    log_in_with_second_factor(client, superuser)
    assert client.post(reverse("second_factor_reset", args=[editor.pk])).status_code == 302
    assert not TOTPDevice.objects.filter(pk=editor_device.pk).exists()


def test_every_role_with_admin_access_needs_the_second_factor(client, role_users):
    for name, user in role_users.items():
        client.logout()
        sign_in_with_password(client, user)
        response = client.get(ADMIN)
        if name == roles.PRACTITIONERS:
            assert response["Location"].startswith(reverse("wagtailadmin_login"))
        else:
            assert response["Location"].startswith(reverse("second_factor_enrol")), name


def test_the_demo_admin_signs_in_on_a_fresh_machine(client, home):
    """`make demo` prints a password; the first sign-in sets up the app from the page's key."""
    from base64 import b32decode
    from io import StringIO

    from django.core.management import call_command
    from django_otp.oath import totp

    output = StringIO()
    call_command("ensure_demo_admin", stdout=output)
    password = re.search(r"user admin password (\S+)", output.getvalue()).group(1)
    assert "authenticator app" in output.getvalue()

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "admin", "password": password}
    )
    enrol_page = client.get(client.get(response["Location"])["Location"]).content.decode()
    key = re.search(r"<figcaption>.*?<code>([A-Z2-7 ]+)</code>", enrol_page, re.S).group(1)
    code = f"{totp(b32decode(key.replace(' ', ''))):06d}"
    shown = client.post(reverse("second_factor_enrol"), {"code": code})
    assert len(recovery_codes(shown.content.decode())) == 10
    assert client.get(ADMIN).status_code == 200
