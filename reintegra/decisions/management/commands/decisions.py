"""`reintegra decisions remind` queues today's review reminders and `reintegra decisions carry-out` the
allocations whose date has come (run both daily from cron or a systemd timer; `reintegra db_worker`
runs the queue). `--now` runs them in this process instead."""

from django.core.management.base import BaseCommand

from reintegra.decisions.tasks import carry_out_allocations, send_review_reminders


class Command(BaseCommand):
    help = "Review reminders for restrictive measures."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        remind = sub.add_parser("remind", help="Queue (or, with --now, send) today's review reminders.")
        remind.add_argument("--now", action="store_true", help="Send them in this process.")
        carry = sub.add_parser("carry-out", help="Queue (or, with --now, carry out) allocations due today.")
        carry.add_argument("--now", action="store_true", help="Carry them out in this process.")

    def handle(self, *args, action, now=False, **options):
        task, done = {"remind": (send_review_reminders, "reminders written"),
                      "carry-out": (carry_out_allocations, "allocations carried out")}[action]
        if now:
            self.stdout.write(f"{task.call()} {done}.")
        else:
            self.stdout.write(f"Queued: {task.enqueue().id}")
