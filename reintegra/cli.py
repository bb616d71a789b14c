"""The `reintegra` console command: manage.py under the project's own name."""

import os
import sys


def main(argv=None):
    argv = list(argv if argv is not None else sys.argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reintegra.settings")
    if argv[:1] == ["demo"]:
        os.environ.setdefault("REINTEGRA_DEMO", "1")  # settings read it at import
    from django.core.management import execute_from_command_line

    execute_from_command_line(["reintegra", *argv])
