"""The second factor in a real browser: set up at the first sign-in, asked for at the next."""

import re

import pytest
from playwright.sync_api import expect

from .admin_ui import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_first_sign_in_sets_up_the_app_and_the_next_asks_for_its_code(new_context, site_tree):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from cms.access import roles

    officer = site_tree["users"][roles.COMMUNICATION]
    assert not TOTPDevice.objects.filter(user=officer).exists()
    log_in(new_context(), officer)  # the set-up, with the key read off the page
    assert TOTPDevice.objects.get(user=officer).confirmed

    page = log_in(new_context(), officer)  # the verify step, with the app's next code
    page.goto("/admin/account/")
    expect(page).to_have_url(re.compile(r"/admin/account/$"))


def test_without_the_code_the_admin_stays_closed(new_context, site_tree):
    from cms.access import roles

    from .conftest import PASSWORD

    page = new_context().new_page()
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill(site_tree["users"][roles.SIGN_OFF].username)
    page.get_by_label(re.compile("Passw")).fill(PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    for path in ("/admin/", "/admin/pages/", "/admin/account/"):
        page.goto(path)
        expect(page).to_have_url(re.compile(r"/admin/second-factor/set-up/\?next="))
        expect(page.locator("svg.second-factor-qr")).to_be_visible()
