"""Version 6: the prestations' (user number, date) index carries their status and
electronic vouchers too.

A wallet's usage is read through that index: one user number's prestations in date
order, those of a using status with electronic vouchers. With the two columns in the
index SQLite no longer reads each row of the table for them (the attention marks read
a year of usage of thousands of user numbers). The index keeps its place in every
query that used it (its first two columns are the old ones); a move rewrites its entry
as before.
"""

from __future__ import annotations

OLD = "prestation_user_number_id_date"
NEW = "prestation_user_number_id_date_status_electronic"


def migrate(migrator, database) -> None:
    database.execute_sql(
        f'CREATE INDEX IF NOT EXISTS "{NEW}" '
        'ON "prestation" ("user_number_id", "date", "status", "electronic")')
    database.execute_sql(f'DROP INDEX IF EXISTS "{OLD}"')
