"""Version 5: the index of the prestations' correction source holds only the rows that
have one.

Nearly every prestation has none. In the full index a move or its undo, which sets or
clears the source, rewrote an entry among a million empty ones scattered over the whole
index; the partial index has no entry for them. `correction_from_id = x` implies the
condition, so the corrections list and the foreign key's SET NULL still use it.
"""

from __future__ import annotations


def migrate(migrator, database) -> None:
    database.execute_sql('DROP INDEX IF EXISTS "prestation_correction_from_id"')
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "prestation_correction_from_id" '
        'ON "prestation" ("correction_from_id") WHERE "correction_from_id" IS NOT NULL')
