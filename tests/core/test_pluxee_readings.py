"""A reading as one undoable command, its work list and the actions on it, the saved column
mapping, and the schema step that adds all of it to an existing database."""

import datetime as dt
import sqlite3

import pytest

from inharmony_desktop.core import migrations
from inharmony_desktop.core.db import close_database, open_database
from inharmony_desktop.core.errors import ConflictError
from inharmony_desktop.core.models import PluxeeReading, PluxeeReadingRow, Prestation
from inharmony_desktop.core.pluxee_file import UnrecognisedColumns
from inharmony_desktop.core.services import corrections, helpers, moves, prestations
from inharmony_desktop.core.services import pluxee_readings as readings
from inharmony_desktop.core.services import pluxee_worklist as worklist
from inharmony_desktop.core.services.reconciliation import plan_reading
from tests.core import pluxee_world as pw

DAY = pw.DAY


@pytest.fixture
def world(db):
    return pw.build()


def export(tmp_path, rows, name="export"):
    return readings.read_export(pw.write(tmp_path / f"{name}.csv", rows))


def state():
    """Every prestation as it stands, but for the version (undo bumps it on purpose)."""
    rows = {}
    for p in Prestation.select().order_by(Prestation.id).dicts():
        p.pop("version")
        rows[p["id"]] = p
    return rows


@pytest.fixture
def busy(world, tmp_path):
    """A reading that links, moves statuses, ticks a correction off and creates one."""
    registered = pw.prestation(world.jan, world.maria, status="registered")
    moved = pw.prestation(world.jan, world.sofie, DAY + dt.timedelta(days=1), status="registered")
    moves.move_prestations([moved], world.els)
    rows = [pw.row(registered, Status="Terugbetaald", **{"Payment date": "20/11/2026"}),
            pw.row(moved, **{"Work ID": "NEW"}),
            pw.free_row("W1", pw.PIET, "VOS Maria", pw.MARIA_INSZ, status="Bevestigd"),
            pw.free_row("W2", "999900001111", "VOS Maria", pw.MARIA_INSZ)]
    return export(tmp_path, rows)


def test_undo_of_a_reading_puts_everything_back_and_redo_applies_it_again(busy):
    before = state()
    plan = plan_reading(busy)
    result = readings.apply_plan(plan, create_missing=True)
    assert len(result.changed_ids) == 2 and len(result.created_ids) == 1
    assert corrections.count() == 0
    applied = state()
    readings.undo_reading(result.reading_id)
    assert state() == before
    assert corrections.count() == 1
    assert PluxeeReading.select().count() == 0 and PluxeeReadingRow.select().count() == 0
    redo = readings.apply_plan(plan, create_missing=True)
    after_redo = state()
    for rows, created in ((after_redo, redo.created_ids[0]), (applied, result.created_ids[0])):
        del rows[created]
        for row in rows.values():
            row.pop("pluxee_version")  # follows the version, which only goes up
    assert after_redo == applied
    assert worklist.last_reading().id == redo.reading_id


def test_undo_does_not_make_a_prestation_look_changed_by_hand(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    readings.reconcile(export(tmp_path, [pw.row(pid)]))
    plan = plan_reading(export(tmp_path, [pw.row(pid, Status="Betwist")], name="second"))
    assert plan.items[0].changes["status"] == ("registered", "contested")
    result = readings.apply_plan(plan)
    readings.undo_reading(result.reading_id)
    p = Prestation.get_by_id(pid)
    assert (p.status, p.pluxee_version) == ("registered", p.version)
    readings.apply_plan(plan)  # the redo: still a sideways step Pluxee may take
    assert Prestation.get_by_id(pid).status == "contested"


def test_undo_is_refused_when_a_prestation_changed_since(busy):
    _, result = readings.reconcile(busy)
    pid = result.changed_ids[0]
    prestations.update_prestation(pid, {"note": "telefoon klant"})
    before = state()
    with pytest.raises(ConflictError, match="niet meer ongedaan"):
        readings.undo_reading(result.reading_id)
    assert state() == before and PluxeeReading.select().count() == 1


def test_a_preview_that_no_longer_holds_is_not_applied(busy):
    plan = plan_reading(busy)
    pid = plan.items[0].prestation_id
    prestations.set_status([pid], "confirmed")
    before = state()
    with pytest.raises(ConflictError, match="voorvertoning"):
        readings.apply_plan(plan)
    assert state() == before and PluxeeReading.select().count() == 0


def test_the_last_readings_work_list_with_both_sides_and_the_actions(busy):
    _, result = readings.reconcile(busy)
    summary = worklist.last_reading()
    assert (summary.id, summary.file_name, summary.row_count, summary.period_from) == (
        result.reading_id, "export.csv", 4, DAY)
    assert summary.counts == {"matched": 1, "corrected": 1, "missing_here": 1,
                              "unknown_user_number": 1}
    rows = worklist.work_list()
    assert [(r.category, r.line) for r in rows] == [
        ("matched", 2), ("corrected", 3), ("missing_here", 4), ("unknown_user_number", 5)]
    paid = rows[0]
    assert (paid.status_pluxee, paid.status_text, paid.status_here, paid.hours_pluxee,
            paid.hours_here, paid.user_number, paid.user_number_here) == (
        "paid", "Terugbetaald", "registered", 3, 3, pw.JAN, pw.JAN)
    missing = rows[2]
    assert missing.can_create and missing.prestation_id is None
    (pid,) = worklist.create_missing([missing.id])
    again = worklist.work_list(categories=[worklist.C.MISSING_HERE])[0]
    assert (again.prestation_id, again.created, again.can_create) == (pid, True, False)
    worklist.remove_created([missing.id])
    assert Prestation.get_or_none(Prestation.id == pid) is None
    assert worklist.work_list(categories=[worklist.C.MISSING_HERE])[0].can_create


def test_handled_rows_stay_handled_in_the_next_reading(busy, tmp_path):
    readings.reconcile(busy)
    unknown = worklist.work_list(categories=[worklist.C.UNKNOWN_USER_NUMBER])[0]
    assert worklist.set_handled([unknown.id]) == [unknown.id]
    assert worklist.set_handled([unknown.id]) == []
    assert [r.category for r in worklist.work_list(open_only=True)] == ["missing_here"]
    readings.reconcile(busy)
    assert [r.category for r in worklist.work_list(open_only=True)] == ["missing_here"]
    assert worklist.set_handled([worklist.work_list(categories=[
        worklist.C.UNKNOWN_USER_NUMBER])[0].id], False)


def test_a_double_registration_is_not_offered_as_a_move(world, tmp_path):
    pid = pw.prestation(world.els, world.maria, status="registered")
    rows = [pw.row(pid), pw.row(pid, **{"Work ID": "OLD", "User number": pw.JAN})]
    _, result = readings.reconcile(export(tmp_path, rows))
    matched, double = worklist.work_list(result.reading_id)
    assert (matched.category, matched.move_target_id) == ("matched", None)
    assert (double.category, double.prestation_id, double.double) == (
        "other_user_number", pid, True)
    assert double.move_target_id is None


def test_an_ambiguous_row_names_the_prestations_it_may_be(world, tmp_path):
    two = pw.prestation(world.jan, world.maria, hours=2, status="registered")
    four = pw.prestation(world.jan, world.maria, hours=4, status="registered", start_time="13:00")
    helpers.create_helper(helpers.HelperInput("M09", "Sofie Lambrechts"))
    rows = [pw.free_row("W1", pw.JAN, "VOS Maria", pw.MARIA_INSZ),
            pw.free_row("W2", pw.ELS, "LAMBRECHTS Sofie")]
    _, result = readings.reconcile(export(tmp_path, rows))
    by_line = {r.line: r for r in worklist.work_list(result.reading_id)}
    assert (by_line[2].category, by_line[2].candidate_ids) == ("ambiguous", (two, four))
    # Two helpers of that name: the candidates are helpers, not prestations.
    assert by_line[3].category == "ambiguous" and by_line[3].candidate_ids == ()
    assert all(r.candidate_ids == () for r in by_line.values() if r.category != "ambiguous")


def test_the_report_lists_the_work_list_in_the_columns_of_the_spec(busy, tmp_path):
    _, result = readings.reconcile(busy)
    out = tmp_path / "werklijst.csv"
    worklist.write_report(out, worklist.report_lines(worklist.work_list(result.reading_id)))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ("category;work_id;date;user_number;helper;hours_pluxee;hours_here;"
                        "status_pluxee;status_here;prestation_id;message")
    assert lines[4].startswith("unknown_user_number;W2;2026-11-03;999900001111;VOS Maria;3;;"
                               "registered;;;gebruikersnummer 9999 0000 1111 bestaat hier niet")


def test_a_column_mapping_is_saved_per_set_of_headers(world, tmp_path):
    path = tmp_path / "eigen.csv"
    path.write_text("Nr;Klant;Dag;Wie;Duur;Toestand\n1;111111111111;03/11/2026;VOS Maria;3;"
                    "Ingegeven\n", encoding="utf-8")
    with pytest.raises(UnrecognisedColumns) as info:
        readings.read_export(path)
    mapping = {"work_id": "Nr", "user_number": "Klant", "date": "Dag", "worker_name": "Wie",
               "hours": "Duur", "status": "Toestand"}
    assert readings.saved_mapping(info.value.headers) is None
    readings.save_mapping(info.value.headers, mapping)
    assert readings.saved_mapping(["Toestand", "Duur", "Wie", "Dag", "Klant", "Nr"]) == mapping
    (row,) = readings.read_export(path).rows
    assert (row.work_id, row.hours) == ("1", 3)


@pytest.mark.sqlite_only
def test_an_older_database_gets_the_pluxee_columns_and_tables(tmp_path):
    fresh, old = tmp_path / "fresh.db", tmp_path / "old.db"
    for path in (fresh, old):
        open_database(path)
        close_database()
    conn = sqlite3.connect(old)  # take version 2 back out: what version 1 was
    conn.executescript("""
        DROP TABLE pluxee_reading_row; DROP TABLE pluxee_reading;
        DROP INDEX prestation_pluxee_work_id;
        ALTER TABLE prestation DROP COLUMN pluxee_work_id;
        ALTER TABLE prestation DROP COLUMN pluxee_version;
        ALTER TABLE prestation DROP COLUMN refund_requested_on;
        UPDATE schema_info SET version = 1;""")
    conn.commit()
    conn.close()
    open_database(old)
    close_database()

    def schema(path):  # what version 2 adds (later steps are theirs to check)
        conn = sqlite3.connect(path)
        tables = ["prestation", "pluxee_reading", "pluxee_reading_row"]
        shape = {t: (conn.execute(f'PRAGMA table_info("{t}")').fetchall(),
                     sorted(i[1:] for i in conn.execute(f'PRAGMA index_list("{t}")')))
                 for t in tables}
        version = conn.execute("SELECT version FROM schema_info").fetchone()[0]
        conn.close()
        return shape, version

    assert schema(old) == schema(fresh)
    assert schema(old)[1] == migrations.LATEST
    # Run on a database that has it all already, the step changes nothing.
    from playhouse.migrate import SqliteMigrator

    from inharmony_desktop.core.migrations import m0002_pluxee

    database = open_database(old)
    m0002_pluxee.migrate(SqliteMigrator(database), database)
    close_database()
    assert schema(old) == schema(fresh)
