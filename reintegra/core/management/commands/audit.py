import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django_scopes import scopes_disabled

from reintegra.core import audit_anchor, audit_verify
from reintegra.core.models import Service


class Command(BaseCommand):
    help = ("Audit trail tools. `audit verify` recomputes every service's hash chain and checks it against the "
            "signed checkpoints; `audit checkpoint` appends a signed checkpoint of every chain head (run it hourly).")

    def add_arguments(self, parser):
        parser.add_argument("verb", choices=["verify", "checkpoint"])
        parser.add_argument("--service", action="append", help="Service code (repeatable); default all.")

    @scopes_disabled()
    def handle(self, *args, verb, service, **options):
        if verb == "checkpoint":
            count = audit_anchor.checkpoint()
            self.stdout.write(self.style.SUCCESS(f"{count} chain heads checkpointed in {audit_anchor.checkpoints_path()}."))
            return
        ids = None
        if service:
            found = dict(Service.objects.filter(code__in=service).values_list("code", "pk"))
            missing = sorted(set(service) - set(found))
            if missing:
                raise CommandError(f"Unknown service code(s): {', '.join(missing)}")
            ids = list(found.values())
        started = time.monotonic()
        checked, breaks = audit_verify.verify(ids)
        breaks = [*breaks, *audit_anchor.check(ids)]
        seconds = time.monotonic() - started
        for broken in breaks:
            self.stderr.write(self.style.ERROR(str(broken)))
        if breaks:
            sys.exit(1)
        self.stdout.write(self.style.SUCCESS(f"OK: {checked} events verified in {seconds:.1f} s; every chain intact and agrees with its checkpoints."))
