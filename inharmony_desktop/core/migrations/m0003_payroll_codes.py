"""Version 3: the code table of the payroll file (SPEC §4.9), with its shipped codes.

Self-contained on purpose: it only adds its own table (if missing) and the
rows that are missing, with a frozen copy of the model and the defaults, so it
neither depends on nor disturbs what another migration (such as 0002) does,
and running it on a table that is already there changes nothing.
"""

from __future__ import annotations

from peewee import CharField, Check, Model

# The defaults as shipped with version 3; later changes to the shipped codes
# belong in a later migration, not here.
DEFAULT_CODES = (
    ("activity", "home_help", "DC01"),
    ("activity", "ironing", "DC03"),
    ("absence", "holiday", "VAK"),
    ("absence", "sickness", "ZIEK"),
    ("absence", "training", "OPL"),
    ("absence", "stop", "STOP"),
    ("absence", "other", "AFW"),
    ("customer_absence", "any", "KLAF"),
)


def _model(database) -> type[Model]:
    class PayrollCode(Model):
        kind = CharField(max_length=20, constraints=[Check(
            "kind IN ('activity', 'absence', 'customer_absence')")])
        subject = CharField(max_length=20)
        code = CharField(max_length=10, constraints=[Check("length(code) BETWEEN 1 AND 10")])

        class Meta:
            table_name = "payroll_code"
            legacy_table_names = False  # as BaseModel: the index is payroll_code_kind_subject
            indexes = ((("kind", "subject"), True),)

    PayrollCode._meta.set_database(database)
    return PayrollCode


def migrate(migrator, database) -> None:
    table = _model(database)
    database.create_tables([table], safe=True)
    present = {(kind, subject) for kind, subject in table.select(table.kind, table.subject)
               .tuples()}
    rows = [{"kind": kind, "subject": subject, "code": code}
            for kind, subject, code in DEFAULT_CODES if (kind, subject) not in present]
    if rows:
        table.insert_many(rows).execute()
