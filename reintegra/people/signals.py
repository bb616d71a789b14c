"""Custody events that apps further down the stack react to (a plan opens on admission, its review
comes forward on a transfer). Sent inside the action's transaction: a receiver's writes commit or
roll back with the event. Every signal carries `membership` (who acted) and `episode`."""

from django.dispatch import Signal

admitted = Signal()
transferred = Signal()
released = Signal()
