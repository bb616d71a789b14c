"""`reintegra decisions remind`: queue today's review reminders (run it daily from cron or a systemd
timer; `reintegra db_worker` runs the queue). `--now` runs them in this process instead."""

from django.core.management.base import BaseCommand

from reintegra.decisions.tasks import send_review_reminders


class Command(BaseCommand):
    help = "Review reminders for restrictive measures."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        remind = sub.add_parser("remind", help="Queue (or, with --now, send) today's review reminders.")
        remind.add_argument("--now", action="store_true", help="Send them in this process.")

    def handle(self, *args, action, now=False, **options):
        if now:
            count = send_review_reminders.call()
            self.stdout.write(f"{count} reminders written.")
        else:
            result = send_review_reminders.enqueue()
            self.stdout.write(f"Queued: {result.id}")
