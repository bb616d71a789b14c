import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from reintegra.assessments.instruments import loader
from reintegra.assessments.models import Instrument


class Command(BaseCommand):
    help = "Validate, import or list structured-assessment instruments (docs/instruments.md)."

    def add_arguments(self, parser):
        parser.add_argument("verb", choices=["validate", "import", "list"])
        parser.add_argument("files", nargs="*", help="Instrument files (YAML or JSON).")

    def handle(self, *args, verb, files, **options):
        if verb == "list":
            for instrument in Instrument.objects.order_by("code", "version"):
                flag = " (restricted)" if instrument.restricted else ""
                self.stdout.write(f"{instrument.code:<16} {instrument.version:<8} {instrument.status:<10}"
                                  f" {instrument.name('en')}{flag}")
            return
        if not files:
            raise CommandError("Name at least one instrument file.")
        # All or nothing: every file is checked before any is stored, and they are stored together.
        checked, failed = [], False
        for path in files:
            try:
                data = loader.check(Path(path).read_text(encoding="utf-8"))
                checked.append((path, data))
                if verb == "validate":
                    self.stdout.write(self.style.SUCCESS(f"{path}: valid ({data['code']} {data['version']})"))
            except loader.InstrumentError as error:
                failed = True
                for problem in error.problems:
                    self.stderr.write(self.style.ERROR(f"{path}: {problem}"))
            except OSError as error:
                failed = True
                self.stderr.write(self.style.ERROR(f"{path}: {error.strerror}"))
        if failed:
            if verb == "import":
                self.stderr.write(self.style.ERROR("Nothing was imported."))
            sys.exit(1)
        if verb == "validate":
            return
        stored, path = [], None
        try:
            with transaction.atomic():
                for path, data in checked:
                    stored.append((path, *loader.store(data)))
        except loader.InstrumentError as error:
            for problem in error.problems:
                self.stderr.write(self.style.ERROR(f"{path}: {problem}"))
            self.stderr.write(self.style.ERROR("Nothing was imported."))
            sys.exit(1)
        for path, instrument, created in stored:
            word = "imported" if created else "already stored, unchanged"
            self.stdout.write(self.style.SUCCESS(f"{path}: {instrument} {word}"))
