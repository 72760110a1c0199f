"""Version 4: the prestations' (status, date) index also carries the user number and the
electronic vouchers.

The wallet looks at two years of electronic usage of every user number (the
customer tree's attention marks, the checks of a generation): with these two
columns in the index SQLite reads the index alone instead of each row it
names. The wider index serves everything the old one did (same leading columns).
"""

from __future__ import annotations


def migrate(migrator, database) -> None:
    database.execute_sql('DROP INDEX IF EXISTS "prestation_status_date"')
    database.execute_sql(
        'CREATE INDEX IF NOT EXISTS "prestation_status_date_user_number_id_electronic" '
        'ON "prestation" ("status", "date", "user_number_id", "electronic")')
