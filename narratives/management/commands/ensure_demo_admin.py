from django.conf import settings
from django.core.management.base import BaseCommand

from narratives.demo.accounts import (
    ADMIN_USERNAME,
    PRACTITIONER_USERNAME,
    ensure_admin,
    ensure_practitioner,
)


class Command(BaseCommand):
    help = (
        "Create the demo superuser 'admin' and the practitioner 'fachkraft' (group "
        "Fachkräfte, may read internal material) if they are missing. New passwords are "
        "random and printed once; existing users keep theirs."
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
        practitioner = ensure_practitioner()
        if practitioner.password:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Practitioner (public site login): user {PRACTITIONER_USERNAME} "
                    f"password {practitioner.password}"
                )
            )
        else:
            self.stdout.write(
                f"Practitioner: user {PRACTITIONER_USERNAME} exists already; set a new "
                f"password with: manage.py changepassword {PRACTITIONER_USERNAME}"
            )
