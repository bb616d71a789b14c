from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import translation

from reintegra.core.registry import permissions_markdown


class Command(BaseCommand):
    help = "Write docs/permissions.md from the permissions the apps register."

    def handle(self, *args, **options):
        with translation.override("en"):
            text = permissions_markdown()
        path = Path(settings.BASE_DIR) / "docs" / "permissions.md"
        path.write_text(text)
        self.stdout.write(f"wrote {path}")
