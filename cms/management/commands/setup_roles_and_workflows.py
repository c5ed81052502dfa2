from django.core.management.base import BaseCommand, CommandError

from cms.access.role_setup import setup_roles_and_workflows


class Command(BaseCommand):
    help = (
        "Create or update the role groups (Redaktion, Fachprüfung, Datenschutz, Freigabe, "
        "Administration, Fachkräfte), their permissions and the review workflows. Safe to rerun."
    )

    def handle(self, *args: object, **options: object) -> None:
        self.stdout.write("Groups, permissions and workflows…")
        try:
            report = setup_roles_and_workflows()
        except LookupError as error:
            raise CommandError(str(error)) from error
        for assignment in report.assignments:
            self.stdout.write(f"  {assignment}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Roles ready: {report.groups} new groups, {report.permissions} grants, "
                f"{report.workflows} new workflows."
            )
        )
