"""The payroll code table: shipped defaults, the migration, validation per field, audit."""

from __future__ import annotations

import pytest

from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import close_database, open_database, schema_version
from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.migrations import m0003_payroll_codes
from inharmony_desktop.core.models import AuditEntry, PayrollCode, SchemaInfo
from inharmony_desktop.core.services import payroll_codes
from inharmony_desktop.core.services.payroll_codes import clean_codes, code_rows, save_codes

SHIPPED = {
    "activity.home_help": "DC01", "activity.ironing": "DC03", "absence.holiday": "VAK",
    "absence.sickness": "ZIEK", "absence.training": "OPL", "absence.stop": "STOP",
    "absence.other": "AFW", "customer_absence.any": "KLAF",
}


def _table() -> dict[str, str]:
    return {row.field: row.code for row in code_rows()}


def test_a_new_database_has_every_shipped_code(db):
    assert _table() == SHIPPED
    labels = [row.label for row in code_rows()]
    assert labels == ["huishoudhulp", "strijkatelier", "vakantie", "ziekte", "opleiding",
                      "stopzetting", "andere", "klant afwezig"]


def test_the_migration_ships_the_same_codes_as_a_new_database():
    frozen = {f"{kind}.{subject}": code for kind, subject, code in m0003_payroll_codes.DEFAULT_CODES}
    assert frozen == SHIPPED
    assert migrations.LATEST >= 3


def test_an_older_database_gets_the_table_and_its_defaults(db, db_url):
    db.drop_tables([PayrollCode])
    SchemaInfo.update(version=1).execute()
    close_database()
    migrated = open_database(db_url)
    assert schema_version(migrated) == migrations.LATEST
    assert _table() == SHIPPED


def test_the_migration_leaves_codes_already_there_alone(db):
    save_codes({"activity.home_help": "H100"})
    m0003_payroll_codes.migrate(None, db)
    assert _table()["activity.home_help"] == "H100"
    assert PayrollCode.select().count() == len(SHIPPED)


def test_saving_changes_only_what_changed_and_audits_it(db):
    changed = save_codes({"activity.home_help": " H100 ", "absence.holiday": "VAK"})
    assert changed == ["activity.home_help"]
    assert _table()["activity.home_help"] == "H100"
    entries = list(AuditEntry.select().where(AuditEntry.entity == "payroll_code"))
    assert [e.summary for e in entries] == ["Looncode huishoudhulp: DC01 → H100"]


@pytest.mark.parametrize(("value", "message"), [
    ("", "De code is verplicht."),
    ("   ", "De code is verplicht."),
    ("ABCDEFGHIJK", "hoogstens 10 tekens"),
    ("DC 01", "alleen letters"),
    ("ZIEKTÉ", "alleen letters"),
    ("A;B", "alleen letters"),
    ("-ZIEK", "begin met een letter of cijfer"),
])
def test_a_bad_code_is_refused_beside_its_field_and_nothing_is_written(db, value, message):
    with pytest.raises(ValidationError) as info:
        save_codes({"absence.sickness": value, "activity.ironing": "STR-1"})
    assert list(info.value.fields) == ["absence.sickness"]
    assert message in info.value.fields["absence.sickness"]
    assert _table() == SHIPPED


def test_ten_characters_with_dash_and_underscore_are_fine(db):
    save_codes({"absence.other": "a_B-345678"})
    assert _table()["absence.other"] == "a_B-345678"


def test_activities_may_share_a_code_but_an_absence_may_not_take_a_worked_one(db):
    save_codes({"activity.ironing": "DC01"})
    assert _table()["activity.ironing"] == "DC01"
    with pytest.raises(ValidationError) as info:
        clean_codes({"absence.holiday": "dc01"})
    assert "gewerkte uren" in info.value.fields["absence.holiday"]
    with pytest.raises(ValidationError) as info:
        clean_codes({"activity.home_help": "ZIEK"})
    assert list(info.value.fields) == ["activity.home_help"]
    assert "ziekte" in info.value.fields["activity.home_help"]


def test_an_unknown_field_is_named(db):
    with pytest.raises(ValidationError) as info:
        clean_codes({"activity.shopping": "DC02"})
    assert "activity.shopping" in info.value.fields


def test_a_missing_row_reads_as_no_code_and_install_defaults_restores_it(db):
    PayrollCode.delete().where(PayrollCode.subject == "training").execute()
    assert payroll_codes.load_codes().absence("training") is None
    assert _table()["absence.training"] == ""
    payroll_codes.install_defaults()
    assert payroll_codes.load_codes().absence("training") == "OPL"
