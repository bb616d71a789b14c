"""Custody events that apps further down the stack react to (a plan opens on admission, its review
comes forward on a transfer, the plan clock starts when a remand detainee is sentenced). Sent inside
the action's transaction: a receiver's writes commit or roll back with the event. Every signal
carries `membership` (who acted) and `episode`; `legal_status_changed` also `previous` (the status
before) and `changed_on`."""

from django.dispatch import Signal

admitted = Signal()
transferred = Signal()
released = Signal()
legal_status_changed = Signal()
# An offence recorded on a custody episode that is not untried (a further conviction during custody);
# carries `membership`, `episode` and `offence`. A charge on remand is not a conviction: not sent.
convicted = Signal()
