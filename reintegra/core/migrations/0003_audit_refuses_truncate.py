"""On PostgreSQL the append-only trigger fires per row, which TRUNCATE bypasses: refuse it too.

Not on a test database: Django empties tables between transactional tests with TRUNCATE.
`tests/test_audit_anchor.py` installs the same SQL inside a transaction and proves the refusal.
"""

from django.conf import settings
from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION reintegra_audit_no_truncate() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (TRUNCATE refused)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER core_auditevent_no_truncate BEFORE TRUNCATE ON core_auditevent
    FOR EACH STATEMENT EXECUTE FUNCTION reintegra_audit_no_truncate();
CREATE TRIGGER core_auditchainhead_no_truncate BEFORE TRUNCATE ON core_auditchainhead
    FOR EACH STATEMENT EXECUTE FUNCTION reintegra_audit_no_truncate();
"""
BACKWARD = """
DROP TRIGGER IF EXISTS core_auditevent_no_truncate ON core_auditevent;
DROP TRIGGER IF EXISTS core_auditchainhead_no_truncate ON core_auditchainhead;
DROP FUNCTION IF EXISTS reintegra_audit_no_truncate();
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql" and not settings.TESTING:
        schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_audit_append_only")]
    operations = [migrations.RunPython(forward, backward)]
