"""Sent inside `countersign`'s transaction with `membership` and `assessment`: a countersigned
assessment may change what a sentence plan should address."""

from django.dispatch import Signal

countersigned = Signal()
