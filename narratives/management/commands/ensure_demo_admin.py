from django.conf import settings
from django.core.management.base import BaseCommand

from narratives.demo.accounts import ADMIN_USERNAME, ROLE_USERS, ensure_admin, ensure_role_user


class Command(BaseCommand):
    help = (
        "Create the demo superuser 'admin' and one user per role (redaktion, fachpruefung, "
        "datenschutz, freigabe, fachkraft) if they are missing. New passwords are random and "
        "printed once; existing users keep theirs. Staff set up their second factor at the first "
        "sign-in to the admin."
    )

    def handle(self, *args: object, **options: object) -> None:
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        admin = ensure_admin()
        if admin.password:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {base_url}/admin/ user {ADMIN_USERNAME} password {admin.password}"
                )
            )
        else:
            self.stdout.write(
                f"Admin: {base_url}/admin/ user {ADMIN_USERNAME} exists already; "
                f"set a new password with: manage.py changepassword {ADMIN_USERNAME}"
            )
        self.stdout.write(
            "Second factor: at the first sign-in to the admin, every staff account sets up an "
            "authenticator app (TOTP: scan the QR code, or type in the key the page shows) "
            "and receives recovery codes."
        )
        for username, group_name in ROLE_USERS.items():
            account = ensure_role_user(username, group_name)
            if account.password:
                self.stdout.write(f"{group_name}: user {username} password {account.password}")
            else:
                self.stdout.write(f"{group_name}: user {username} exists already")
