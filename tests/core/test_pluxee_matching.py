"""Matching Pluxee's rows to our prestations (SPEC §4.8): each category, statuses that only
move forward, the Work ID link, and readings that change nothing the second time."""

import datetime as dt

import pytest

from inharmony_desktop.core.models import AuditEntry, Prestation
from inharmony_desktop.core.services import corrections, helpers, moves, prestations
from inharmony_desktop.core.services import pluxee_readings as readings
from inharmony_desktop.core.services import pluxee_worklist as worklist
from inharmony_desktop.core.services.reconciliation import plan_reading
from tests.core import pluxee_world as pw

DAY = pw.DAY


@pytest.fixture
def world(db):
    return pw.build()


def export(tmp_path, rows, kind="csv", name="export"):
    return readings.read_export(pw.write(tmp_path / f"{name}.{kind}", rows, kind))


def categories(plan):
    return [(item.category.value, item.prestation_id) for item in plan.items]


def apply(tmp_path, rows, **options):
    return readings.reconcile(export(tmp_path, rows), **options)


def test_a_match_links_the_work_id_and_brings_the_status_forward(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    row = pw.row(pid, **{"Status": "Bevestigd", "Status date": "09/11/2026",
                         "Confirmation date": "09/11/2026"})
    plan, result = apply(tmp_path, [row])
    assert categories(plan) == [("matched", pid)]
    assert plan.items[0].message == "status geregistreerd → bevestigd"
    p = Prestation.get_by_id(pid)
    assert (p.status, p.confirmed_on, p.pluxee_work_id) == (
        "confirmed", dt.date(2026, 11, 9), row["Work ID"])
    assert p.pluxee_version == p.version == 2
    entries = AuditEntry.select().where((AuditEntry.entity == "prestation")
                                        & (AuditEntry.action == "pluxee"))
    assert [(e.entity_id, e.summary) for e in entries] == [
        (pid, "Pluxee-export export.csv: status geregistreerd → bevestigd")]
    assert result.changed_ids == (pid,)


def test_reading_the_same_file_again_changes_nothing(world, tmp_path):
    ids = [pw.prestation(world.jan, world.maria, DAY + dt.timedelta(days=d), status="confirmed")
           for d in range(3)]
    rows = [pw.row(pid, Status="Terugbetaald", **{"Payment date": "20/11/2026"}) for pid in ids]
    apply(tmp_path, rows)
    before = {p.id: (p.version, p.status, p.paid_on) for p in Prestation.select()}
    audited = AuditEntry.select().where(AuditEntry.entity == "prestation").count()
    plan, result = apply(tmp_path, rows)
    assert [c for c, _ in categories(plan)] == ["matched"] * 3
    assert result.changed_ids == () and not plan.changing
    assert {p.id: (p.version, p.status, p.paid_on) for p in Prestation.select()} == before
    assert AuditEntry.select().where(AuditEntry.entity == "prestation").count() == audited


def test_a_linked_row_is_found_by_its_work_id_after_the_office_changed_the_date(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    rows = [pw.row(pid)]
    apply(tmp_path, rows)
    prestations.update_prestation(pid, {"date": DAY + dt.timedelta(days=1)})
    plan = plan_reading(export(tmp_path, rows))
    assert categories(plan) == [("hours_differ", pid)]
    assert "datum bij Pluxee 03/11/2026, hier 04/11/2026" in plan.items[0].message


def test_hours_differ_still_links_and_brings_the_status(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, hours=3, status="registered")
    plan, _ = apply(tmp_path, [pw.row(pid, Hours="2", Status="Bevestigd")])
    assert categories(plan) == [("hours_differ", pid)]
    assert plan.items[0].message.startswith("Pluxee 2 u, hier 3 u elektronisch")
    p = Prestation.get_by_id(pid)
    assert (p.status, p.hours, p.pluxee_work_id) == ("confirmed", 3, pw.row(pid)["Work ID"])


def test_only_the_electronic_part_is_compared(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, hours=4, paper=1, electronic=3,
                        status="registered")
    plan = plan_reading(export(tmp_path, [pw.row(pid)]))
    assert categories(plan) == [("matched", pid)]
    paper_only = pw.prestation(world.jan, world.sofie, hours=2, paper=2, electronic=0,
                               status="registered")
    row = pw.free_row("W1", pw.JAN, "LAMBRECHTS Sofie", hours=2)
    plan = plan_reading(export(tmp_path, [row], name="second"))
    assert categories(plan) == [("missing_here", None), ("missing_at_pluxee", pid)]
    assert paper_only not in {item.prestation_id for item in plan.items}


def test_names_match_without_insz_ignoring_case_order_and_accents(world, tmp_path):
    sofie = pw.prestation(world.jan, world.sofie, status="registered")
    zoe = helpers.create_helper(helpers.HelperInput("M03", "Zoë Daniëls"))
    other = pw.prestation(world.els, zoe, status="registered")
    rows = [pw.free_row("W1", pw.JAN, "LAMBRECHTS Sofie"),
            pw.free_row("W2", pw.ELS, "DANIELS ZOE")]
    plan = plan_reading(export(tmp_path, rows))
    assert categories(plan) == [("matched", sofie), ("matched", other)]


def test_a_row_with_an_insz_matches_a_helper_we_have_without_one_by_name(world, tmp_path):
    sofie = pw.prestation(world.jan, world.sofie, status="registered")
    row = pw.free_row("W1", pw.JAN, "LAMBRECHTS Sofie", "90.02.01-997.04")
    row["Worker INSZ"] = pw.fx.formatted_insz(pw.fx.valid_insz(dt.date(1990, 2, 1), 997))
    plan = plan_reading(export(tmp_path, [row]))
    assert categories(plan) == [("matched", sofie)]


def test_other_user_number_points_at_ours_and_a_move_then_reads_as_corrected(world, tmp_path):
    pid = pw.prestation(world.els, world.maria, status="registered")
    rows = [pw.row(pid, **{"User number": pw.JAN})]
    plan = plan_reading(export(tmp_path, rows))
    assert categories(plan) == [("other_user_number", pid)]  # not also missing_at_pluxee
    assert "bij Pluxee op 1111 1111 1111, hier op 2222 2222 2222" in plan.items[0].message
    _, result = readings.reconcile(plan.export)
    (work,) = worklist.work_list(result.reading_id)
    assert work.move_target_id == world.jan and work.prestation_id == pid
    moves.move_prestations([pid], work.move_target_id)
    assert corrections.count() == 1
    plan, _ = apply(tmp_path, rows)
    assert categories(plan) == [("corrected", pid)]
    assert corrections.count() == 0


def test_a_moved_prestation_entered_again_in_pluxee_is_corrected_and_ticked_off(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    old = pw.row(pid)
    apply(tmp_path, [old])
    moves.move_prestations([pid], world.els)
    assert Prestation.get_by_id(pid).needs_pluxee_correction
    # Still registered on the old number at Pluxee: the work list says so.
    plan = plan_reading(export(tmp_path, [old]))
    assert categories(plan) == [("other_user_number", pid)]
    assert "hier verplaatst naar 2222 2222 2222" in plan.items[0].message
    # Corrected at Pluxee: the old one cancelled, a new one (new Work ID) on the new number.
    new = pw.row(pid, **{"Work ID": "NEW1"})
    cancelled = dict(old, Status="Geannuleerd")
    plan, _ = apply(tmp_path, [cancelled, new])
    assert categories(plan) == [("matched", pid), ("corrected", pid)]
    p = Prestation.get_by_id(pid)
    assert (p.needs_pluxee_correction, p.correction_from, p.pluxee_work_id, p.status) == (
        False, None, "NEW1", "registered")
    assert corrections.corrections() == []
    # The old registration left active at Pluxee is a double.
    plan = plan_reading(export(tmp_path, [old, new], name="double"))
    assert categories(plan) == [("other_user_number", pid), ("matched", pid)]
    assert plan.items[0].message.startswith("dubbel bij Pluxee")


def test_missing_here_is_created_as_pluxee_has_it_and_matches_next_time(world, tmp_path):
    row = pw.free_row("W9", pw.PIET, "VOS Maria", pw.MARIA_INSZ, hours=4, status="Bevestigd",
                      activity="Strijken buitenshuis")
    plan, result = apply(tmp_path, [row], create_missing=True)
    assert categories(plan) == [("missing_here", None)]
    (pid,) = result.created_ids
    p = Prestation.get_by_id(pid)
    assert (p.date, p.user_number_id, p.helper_id, p.activity, p.hours, p.paper, p.electronic,
            p.status, p.confirmed_on, p.pluxee_work_id) == (
        DAY, world.piet, world.maria, "ironing", 4, 0, 4, "confirmed", DAY + dt.timedelta(days=1),
        "W9")
    plan, result = apply(tmp_path, [row], create_missing=True)
    assert categories(plan) == [("matched", pid)] and result.created_ids == ()


def test_a_cancelled_or_unsupported_row_or_one_on_an_inactive_number_is_never_created(
        world, tmp_path):
    from inharmony_desktop.core.models import UserNumber

    UserNumber.update(active=False).where(UserNumber.id == world.piet).execute()
    rows = [pw.free_row("W1", pw.JAN, "VOS Maria", status="Geannuleerd"),
            pw.free_row("W2", pw.ELS, "VOS Maria", activity="2"),
            pw.free_row("W3", pw.PIET, "VOS Maria"),
            pw.free_row("W4", pw.JAN, "VOS Maria", day=DAY + dt.timedelta(days=1))]
    plan, result = apply(tmp_path, rows, create_missing=True)
    assert [c for c, _ in categories(plan)] == ["missing_here"] * 4
    assert len(result.created_ids) == 1
    assert Prestation.get_by_id(result.created_ids[0]).pluxee_work_id == "W4"
    assert "geannuleerd bij Pluxee" in plan.items[0].message
    assert "boodschappen kan hier niet aangemaakt worden" in plan.items[1].message
    assert plan.items[2].message.endswith("het gebruikersnummer is niet actief")


def test_unknown_user_number_and_unknown_helper(world, tmp_path):
    stranger = pw.fx.formatted_insz(pw.fx.valid_insz(dt.date(1990, 2, 1), 997))
    other_insz = pw.fx.formatted_insz(pw.fx.valid_insz(dt.date(1970, 5, 5), 12))
    rows = [pw.free_row("W1", "999911112222", "VOS Maria", pw.MARIA_INSZ),
            pw.free_row("W2", pw.JAN, "NIEUWMANS Petra", stranger),
            pw.free_row("W3", pw.JAN, "VOS Maria", other_insz)]
    rows[0]["User name"] = "ONBEKEND Iemand"
    plan = plan_reading(export(tmp_path, rows))
    assert [c for c, _ in categories(plan)] == ["unknown_user_number", "unknown_helper",
                                                 "unknown_helper"]
    assert plan.items[0].message == "gebruikersnummer 9999 1111 2222 (ONBEKEND Iemand) bestaat " \
        "hier niet"
    assert plan.items[2].message.endswith("(de naam komt overeen, maar het INSZ verschilt)")


def test_ambiguous_when_more_than_one_prestation_could_be_it(world, tmp_path):
    two = pw.prestation(world.jan, world.maria, hours=2, status="registered")
    four = pw.prestation(world.jan, world.maria, hours=4, status="registered", start_time="13:00")
    plan = plan_reading(export(tmp_path, [pw.free_row("W1", pw.JAN, "VOS Maria", pw.MARIA_INSZ)]))
    assert categories(plan) == [("ambiguous", None), ("missing_at_pluxee", two),
                                ("missing_at_pluxee", four)]
    # Two helpers with the same name and no INSZ, each with a prestation that day.
    twin = helpers.create_helper(helpers.HelperInput("M09", "Sofie Lambrechts"))
    pw.prestation(world.els, world.sofie, status="registered")
    pw.prestation(world.els, twin, status="registered", start_time="14:00")
    plan = plan_reading(export(tmp_path, [pw.free_row("W2", pw.ELS, "LAMBRECHTS Sofie")],
                               name="twins"))
    assert plan.items[0].category == "ambiguous"


def test_equal_prestations_of_one_helper_are_taken_in_turn(world, tmp_path):
    first = pw.prestation(world.jan, world.maria, status="registered", start_time="08:00")
    second = pw.prestation(world.jan, world.maria, status="registered", start_time="13:00")
    rows = [pw.free_row("W1", pw.JAN, "VOS Maria", pw.MARIA_INSZ),
            pw.free_row("W2", pw.JAN, "VOS Maria", pw.MARIA_INSZ)]
    assert categories(plan_reading(export(tmp_path, rows))) == [("matched", first),
                                                                 ("matched", second)]


@pytest.mark.parametrize(("ours", "theirs", "category", "after"), [
    ("paid", "Ingegeven", "status_conflict", "paid"),
    ("confirmed", "Ingegeven", "status_conflict", "confirmed"),
    ("paid", "Geannuleerd", "status_conflict", "paid"),
    ("cancelled", "Ingegeven", "status_conflict", "cancelled"),
    ("registered", "Betwist", "matched", "contested"),
    ("registered", "Geannuleerd", "matched", "cancelled"),
    ("performed", "Terugbetaald", "matched", "paid"),
    ("planned", "Ingegeven", "matched", "registered"),
])
def test_statuses_only_move_forward(world, tmp_path, ours, theirs, category, after):
    pid = pw.prestation(world.jan, world.maria, status=ours)
    plan, _ = apply(tmp_path, [pw.row(pid, Status=theirs)])
    assert categories(plan) == [(category, pid)]
    p = Prestation.get_by_id(pid)
    assert p.status == after
    if category == "status_conflict":  # nothing written, not even the link
        assert (p.version, p.pluxee_work_id) == (1, None)
        assert "Pluxee zegt" in plan.items[0].message


def test_a_sideways_status_never_overwrites_a_change_made_by_hand(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    rows = [pw.row(pid)]
    apply(tmp_path, rows)
    prestations.set_status([pid], "contested")  # the customer phoned the office
    plan, _ = apply(tmp_path, rows)
    assert categories(plan) == [("status_conflict", pid)]
    assert plan.items[0].message == ("Pluxee zegt Ingegeven, hier betwist: na de vorige lezing "
                                      "met de hand gewijzigd")
    assert Prestation.get_by_id(pid).status == "contested"


def test_refund_requested_is_confirmed_with_its_date_kept(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="registered")
    row = pw.row(pid, **{"Status": "Terugbetaling aangevraagd", "Status date": "21/11/2026",
                         "Refund request date": ""})
    apply(tmp_path, [row])
    p = Prestation.get_by_id(pid)
    assert (p.status, p.refund_requested_on) == ("confirmed", dt.date(2026, 11, 21))


def test_status_dates_never_move_back(world, tmp_path):
    pid = pw.prestation(world.jan, world.maria, status="confirmed")
    confirmed_on = Prestation.get_by_id(pid).confirmed_on
    earlier = (confirmed_on - dt.timedelta(days=2)).strftime("%d/%m/%Y")
    plan, _ = apply(tmp_path, [pw.row(pid, **{"Confirmation date": earlier,
                                               "Status date": earlier})])
    assert set(plan.items[0].changes) == {"pluxee_work_id"}
    assert Prestation.get_by_id(pid).confirmed_on == confirmed_on


def test_missing_at_pluxee_lists_our_worked_electronic_prestations_of_the_period(world, tmp_path):
    matched = pw.prestation(world.jan, world.maria, status="registered")
    forgotten = pw.prestation(world.els, world.maria, DAY + dt.timedelta(days=2))
    pw.prestation(world.els, world.sofie, DAY + dt.timedelta(days=1), status="planned")
    pw.prestation(world.els, world.sofie, DAY + dt.timedelta(days=1), hours=2, paper=2,
                  electronic=0, start_time="15:00")
    pw.prestation(world.els, world.sofie, DAY + dt.timedelta(days=30))  # after the period
    last = pw.free_row("W2", pw.JAN, "VOS Maria", pw.MARIA_INSZ, day=DAY + dt.timedelta(days=5))
    plan = plan_reading(export(tmp_path, [pw.row(matched), last]))
    assert categories(plan) == [("matched", matched), ("missing_here", None),
                                ("missing_at_pluxee", forgotten)]
    assert plan.items[-1].row is None and plan.items[-1].ours.user_number == pw.ELS


def test_every_category_in_one_file_and_counts_in_the_order_of_the_spec(world, tmp_path):
    ok = pw.prestation(world.els, world.sofie, status="registered")
    paid = pw.prestation(world.jan, world.maria, status="paid")
    differ = pw.prestation(world.jan, world.sofie, status="registered")
    elsewhere = pw.prestation(world.els, world.maria, DAY + dt.timedelta(days=1),
                              status="registered")
    moved = pw.prestation(world.jan, world.maria, DAY + dt.timedelta(days=2), status="registered")
    moves.move_prestations([moved], world.els)
    pw.prestation(world.piet, world.maria, hours=2, status="registered")
    pw.prestation(world.piet, world.maria, hours=4, status="registered", start_time="13:00")
    forgotten = pw.prestation(world.piet, world.sofie, DAY + dt.timedelta(days=3))
    rows = [pw.row(ok), pw.row(paid, Status="Ingegeven"), pw.row(differ, Hours="2"),
            pw.row(elsewhere, **{"User number": pw.JAN}), pw.row(moved, **{"Work ID": "NEW"}),
            pw.free_row("W1", pw.ELS, "VOS Maria", pw.MARIA_INSZ, day=DAY + dt.timedelta(days=4)),
            pw.free_row("W2", "999900001111", "VOS Maria", pw.MARIA_INSZ),
            pw.free_row("W3", pw.JAN, "NIEUWMANS Petra"),
            pw.free_row("W4", pw.PIET, "VOS Maria", pw.MARIA_INSZ)]
    plan = plan_reading(export(tmp_path, rows))
    assert [c for c, _ in categories(plan)] == [
        "matched", "status_conflict", "hours_differ", "other_user_number", "corrected",
        "missing_here", "unknown_user_number", "unknown_helper", "ambiguous",
        "missing_at_pluxee", "missing_at_pluxee", "missing_at_pluxee"]
    assert ("missing_at_pluxee", forgotten) in categories(plan)
    assert list(plan.counts.items()) == [
        ("matched", 1), ("hours_differ", 1), ("other_user_number", 1), ("corrected", 1),
        ("missing_here", 1), ("unknown_user_number", 1), ("unknown_helper", 1), ("ambiguous", 1),
        ("status_conflict", 1), ("missing_at_pluxee", 3)]


def test_xlsx_and_csv_of_the_same_rows_give_the_same_reading(world, tmp_path):
    a = pw.prestation(world.jan, world.maria, status="registered")
    b = pw.prestation(world.els, world.sofie, DAY + dt.timedelta(days=1), status="confirmed")
    rows = [pw.row(a, Status="Bevestigd", **{"Confirmation date": "10/11/2026"}),
            pw.row(b, Hours="2"), pw.free_row("W1", pw.PIET, "VOS Maria", pw.MARIA_INSZ)]
    from_csv = plan_reading(export(tmp_path, rows, "csv"))
    from_xlsx = plan_reading(export(tmp_path, rows, "xlsx"))
    assert from_xlsx.export.kind == "xlsx" and from_csv.export.kind == "csv"
    assert from_xlsx.export.rows == from_csv.export.rows
    assert from_xlsx.signature() == from_csv.signature()
    assert [i.message for i in from_xlsx.items] == [i.message for i in from_csv.items]
