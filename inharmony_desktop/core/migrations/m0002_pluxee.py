"""Version 2: reconciliation with Pluxee's prestation export (SPEC §4.8).

Adds the Work ID link, the version the last reading left and the refund-
requested date to prestations, and the tables of the readings and their work
lists. The two tables are declared here as they were in version 2, not taken
from the current models, so that a later change to them cannot change what
this step creates.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

CATEGORIES = (
    "matched", "hours_differ", "other_user_number", "corrected", "missing_here",
    "unknown_user_number", "unknown_helper", "ambiguous", "status_conflict", "missing_at_pluxee",
)


def migrate(migrator, database) -> None:
    class Base(Model):
        class Meta:
            legacy_table_names = False

    class Prestation(Base):  # only their ids: the targets of the work list's foreign keys
        pass

    class Helper(Base):
        pass

    class PluxeeReading(Base):
        at = DateTimeField()
        who = CharField(max_length=64)
        file_name = CharField(max_length=255)
        period_from = DateField(null=True)
        period_to = DateField(null=True)
        row_count = IntegerField(default=0)
        changed_count = IntegerField(default=0)
        created_count = IntegerField(default=0)
        counts = TextField(default="{}")

    quoted = ", ".join(f"'{c}'" for c in CATEGORIES)

    class PluxeeReadingRow(Base):
        reading = ForeignKeyField(PluxeeReading, on_delete="CASCADE", index=False)
        position = IntegerField()
        line = IntegerField(null=True)
        category = CharField(max_length=20, constraints=[Check(f"category IN ({quoted})")])
        work_id = CharField(max_length=40, null=True)
        date = DateField(null=True)
        user_number = CharField(max_length=12, default="")
        helper_name = CharField(max_length=120, default="")
        helper_insz = CharField(max_length=11, null=True)
        activity = CharField(max_length=10, null=True)
        hours_pluxee = IntegerField(null=True)
        status_pluxee = CharField(max_length=10, null=True)
        status_text = CharField(max_length=60, default="")
        status_date = DateField(null=True)
        prestation = ForeignKeyField(Prestation, null=True, on_delete="SET NULL")
        helper = ForeignKeyField(Helper, null=True, on_delete="SET NULL", index=False)
        date_here = DateField(null=True)
        user_number_here = CharField(max_length=12, null=True)
        helper_here = CharField(max_length=120, null=True)
        hours_here = IntegerField(null=True)
        status_here = CharField(max_length=10, null=True)
        message = TextField(default="")
        handled = BooleanField(default=False)
        before = TextField(null=True)
        after_version = IntegerField(null=True)
        created = BooleanField(default=False)

        class Meta:
            indexes = ((("reading", "position"), True),)

    # Only what is missing: a database that has part of it already (made by a program
    # that had this step) is completed, not refused.
    present = {column.name for column in database.get_columns("prestation")}
    columns = {
        "pluxee_work_id": CharField(max_length=40, null=True, unique=True),
        "pluxee_version": IntegerField(null=True),
        "refund_requested_on": DateField(null=True),
    }
    steps = [migrator.add_column("prestation", name, column)
             for name, column in columns.items() if name not in present]
    if steps:
        from playhouse.migrate import migrate as run  # loaded only to migrate

        run(*steps)
    with database.bind_ctx([PluxeeReading, PluxeeReadingRow, Prestation, Helper]):
        database.create_tables([PluxeeReading, PluxeeReadingRow])  # IF NOT EXISTS
