"""Row locks for writes, and optimistic locking for edits of records several people work on.

An edit form carries the `version` of the record it was opened on; the action locks the row and
applies the edit only if nobody saved in between. A submission without the version (an old form,
a hand-made POST, an API client that forgot it) cannot be checked, so it is refused too: accepting
it would silently overwrite whatever was saved meanwhile.
"""

from django.utils.translation import gettext as _

from .access import ActionError, StaleEdit


def locked(queryset, obj):
    """The current row of `obj`, locked until the transaction ends (a queryset already scoped by the
    caller to the member's service). Only that row is locked, not the rows joined in with it: PostgreSQL
    cannot lock the nullable side of an outer join (a decision's optional placement)."""
    return queryset.select_for_update(of=("self",)).get(pk=obj.pk)


def locked_for_edit(queryset, obj, version):
    """`locked`, refusing a missing or stale `version`; the caller saves with `version + 1`."""
    if version in (None, ""):
        raise ActionError(_("This change came without the version of the record it was made on, so it could "
                            "not be checked against changes by others. Nothing was saved: reload the page and "
                            "make your changes again."))
    current = locked(queryset, obj)
    if current.version != int(version):
        raise StaleEdit()
    return current
