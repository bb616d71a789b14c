from django.core.management import call_command
from django.core.management.base import BaseCommand

from reintegra.core.apps import refresh_statistics
from reintegra.demo.seed import DEMO_PASSWORD, RegionSeeder, region_is_empty


class Command(BaseCommand):
    help = "Migrate, seed the synthetic demo region if the database is empty, print the logins, and serve."

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="Seed only; do not start the server.")
        parser.add_argument("--addrport", default="127.0.0.1:8000")
        parser.add_argument("--persons", type=int, default=50, help="Persons per service (default 50).")

    def handle(self, *args, no_serve, addrport, persons, **options):
        call_command("migrate", interactive=False, verbosity=0)
        if region_is_empty():
            self.stdout.write("Seeding the synthetic demo region (no real people)...")
            logins = RegionSeeder(persons_per_service=persons).run()
            refresh_statistics()
            self._print_logins(logins)
        else:
            self.stdout.write("The database already holds data; not seeding. Logins are as printed before.")
        if not no_serve:
            self.stdout.write(f"Serving on http://{addrport}/  (Ctrl+C to stop)")
            call_command("runserver", addrport, use_reloader=False, use_threading=True)

    def _print_logins(self, logins):
        self.stdout.write(self.style.SUCCESS(f"\nDemo logins — every password is: {DEMO_PASSWORD}\n"))
        width = max(len(login.username) for login in logins)
        for login in logins:
            self.stdout.write(f"  {login.username:<{width}}  {login.service:<8} {login.role:<24} {login.organisation}")
        self.stdout.write("")
