import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scopes_disabled

from reintegra.core import audit_verify
from reintegra.core.models import Service


class Command(BaseCommand):
    help = "Audit trail tools. `audit verify` recomputes every service's hash chain."

    def add_arguments(self, parser):
        parser.add_argument("verb", choices=["verify"])
        parser.add_argument("--service", action="append", help="Service code (repeatable); default all.")

    @scopes_disabled()
    def handle(self, *args, verb, service, **options):
        ids = None
        if service:
            found = dict(Service.objects.filter(code__in=service).values_list("code", "pk"))
            missing = sorted(set(service) - set(found))
            if missing:
                raise CommandError(f"Unknown service code(s): {', '.join(missing)}")
            ids = list(found.values())
        started = time.monotonic()
        checked, breaks = audit_verify.verify(ids)
        seconds = time.monotonic() - started
        for broken in breaks:
            self.stderr.write(self.style.ERROR(str(broken)))
        if breaks:
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS(f"OK: {checked} events verified in {seconds:.1f} s; every chain intact."))
