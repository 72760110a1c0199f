"""Reading Pluxee's prestation export: columns by name, values as Pluxee and Excel write them,
and every bad row reported while the whole file is refused."""

import datetime as dt

import pytest

from inharmony_desktop.core import pluxee_file as pf
from inharmony_desktop.core import pluxee_table
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.vocabulary import Activity, Status
from tests import pluxee_fixture as fx

HEADER = ["Work ID", "User number", "Date of work", "Worker INSZ", "Worker name", "Activity",
          "Hours", "Status", "Status date"]
GOOD = ["900001", "111111111111", "03/11/2026", "85.07.30-033.28", "VOS Maria", "1", "3",
        "Bevestigd", "09/11/2026"]


def csv_file(tmp_path, lines, *, delimiter=";", encoding="utf-8", name="export.csv"):
    path = tmp_path / name
    text = "\r\n".join(delimiter.join(cells) for cells in lines) + "\r\n"
    path.write_bytes(text.encode(encoding))
    return path


def read(path, mapping=None):
    return pf.read_export(path, mapping)


def test_a_plain_row_is_read_whole(tmp_path):
    export = read(csv_file(tmp_path, [HEADER, GOOD]))
    (row,) = export.rows
    assert row == pf.PluxeeRow(
        line=2, work_id="900001", user_number="111111111111", date=dt.date(2026, 11, 3),
        hours=3, status=Status.CONFIRMED, refund_requested=False, status_text="Bevestigd",
        worker_insz="85073003328", worker_name="VOS Maria", activity_code=1,
        activity=Activity.HOME_HELP, status_date=dt.date(2026, 11, 9))
    assert export.period == (dt.date(2026, 11, 3), dt.date(2026, 11, 3))


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_separators_and_encodings_as_excel_and_pluxee_write_them(tmp_path, delimiter, encoding):
    lines = [HEADER, [*GOOD[:4], "DAENS Zoë", *GOOD[5:]]]
    export = read(csv_file(tmp_path, lines, delimiter=delimiter, encoding=encoding))
    assert export.rows[0].worker_name == "DAENS Zoë"


def test_columns_in_any_order_with_dutch_and_french_names_and_extra_columns(tmp_path):
    header = ["Statut", "Firma", "Uren", "NISS travailleur", "Prestatie-ID", "Naam werknemer",
              "Numéro d'utilisateur", "datum  PRESTATIE", "Activité", "Opmerking"]
    cells = ["Encodé", "Inharmony", "2,00", "85073003328", "77", "Maria Vos", "1111 1111 1111",
             "2026-11-03", "Strijken buitenshuis", "=cmd()"]
    (row,) = read(csv_file(tmp_path, [header, cells])).rows
    assert (row.work_id, row.user_number, row.hours, row.status) == (
        "77", "111111111111", 2, Status.REGISTERED)
    assert row.activity == Activity.IRONING and row.activity_code == 3


@pytest.mark.parametrize(("text", "day"), [
    ("2026-11-03", dt.date(2026, 11, 3)), ("03/11/2026", dt.date(2026, 11, 3)),
    ("3/11/26", dt.date(2026, 11, 3)), ("46329", dt.date(2026, 11, 3)),
    ("03/11/2026 00:00:00", dt.date(2026, 11, 3)), ("03-11-2026", dt.date(2026, 11, 3)),
])
def test_dates_as_iso_belgian_short_or_excel_serial(tmp_path, text, day):
    (row,) = read(csv_file(tmp_path, [HEADER, [*GOOD[:2], text, *GOOD[3:]]])).rows
    assert row.date == day


@pytest.mark.parametrize(("text", "hours"), [("3", 3), ("3,0", 3), ("3.00", 3), ("12", 12)])
def test_whole_hours_in_any_notation(tmp_path, text, hours):
    (row,) = read(csv_file(tmp_path, [HEADER, [*GOOD[:6], text, *GOOD[7:]]])).rows
    assert row.hours == hours


@pytest.mark.parametrize(("word", "status", "refund"), [
    ("Ingegeven", Status.REGISTERED, False), ("ENCODÉ", Status.REGISTERED, False),
    ("encoded", Status.REGISTERED, False), ("Automatisch bevestigd", Status.CONFIRMED, False),
    ("Confirmé", Status.CONFIRMED, False), ("Betwist", Status.CONTESTED, False),
    ("Contesté", Status.CONTESTED, False), ("Terugbetaling aangevraagd", Status.CONFIRMED, True),
    ("Remboursement demandé", Status.CONFIRMED, True), ("refund requested", Status.CONFIRMED, True),
    ("Terugbetaald", Status.PAID, False), ("Remboursé", Status.PAID, False),
    ("Geannuleerd", Status.CANCELLED, False), ("Annulé", Status.CANCELLED, False),
    ("Cancelled", Status.CANCELLED, False),
])
def test_every_status_alias(tmp_path, word, status, refund):
    (row,) = read(csv_file(tmp_path, [HEADER, [*GOOD[:7], word, GOOD[8]]])).rows
    assert (row.status, row.refund_requested) == (status, refund)


@pytest.mark.parametrize(("text", "code", "activity"), [
    ("1", 1, Activity.HOME_HELP), ("Huishoudhulp", 1, Activity.HOME_HELP),
    ("1 - Huishoudhulp", 1, Activity.HOME_HELP), ("Aide ménagère", 1, Activity.HOME_HELP),
    ("2", 2, None), ("Boodschappen", 2, None),
    ("3", 3, Activity.IRONING), ("Repassage", 3, Activity.IRONING),
    ("4", 4, None), ("", None, None),
])
def test_activities_as_codes_or_labels(tmp_path, text, code, activity):
    (row,) = read(csv_file(tmp_path, [HEADER, [*GOOD[:5], text, *GOOD[6:]]])).rows
    assert (row.activity_code, row.activity) == (code, activity)


def test_a_bis_number_is_a_valid_insz(tmp_path):
    bis = "85270303308"  # month + 20: a bis number (born 03/07/1985)
    (row,) = read(csv_file(tmp_path, [HEADER, [*GOOD[:3], "85.27.03-033.08", *GOOD[4:]]])).rows
    assert row.worker_insz == bis


def test_every_bad_row_is_reported_and_the_file_refused(tmp_path):
    lines = [HEADER, GOOD,
             ["900002", "111111111111", "31/02/2026", "85073003328", "VOS Maria", "1", "2,5",
              "Bevestigd", ""],
             ["900003", "111111111111", "03/11/2026", "85073003329", "VOS Maria", "7", "3",
              "Verloren", ""],
             GOOD]
    with pytest.raises(pf.ExportRefused) as info:
        read(csv_file(tmp_path, lines))
    assert [str(e) for e in info.value.errors] == [
        "lijn 3, kolom Date of work: datum '31/02/2026' is ongeldig; verwacht DD/MM/JJJJ of "
        "JJJJ-MM-DD",
        "lijn 3, kolom Hours: aantal uren 2,5 is geen geheel getal; een dienstencheque is een "
        "heel uur",
        "lijn 4, kolom Worker INSZ: INSZ 85073003329 is ongeldig (controlegetal of "
        "geboortedatum klopt niet)",
        "lijn 4, kolom Activity: onbekende activiteit '7'; verwacht 1 (huishoudhulp), "
        "2 (boodschappen), 3 (strijken buitenshuis) of 4 (vervoer)",
        "lijn 4, kolom Status: onbekende status 'Verloren'; verwacht o.a. Ingegeven, Bevestigd, "
        "Betwist, Terugbetaling aangevraagd, Terugbetaald of Geannuleerd",
        "lijn 5, kolom Work ID: Work ID 900001 staat ook op lijn 2",
    ]
    assert "niets opgeslagen" in info.value.message


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_a_title_above_the_header_is_passed_over(tmp_path, delimiter):
    lines = [["Prestaties exporteren"], ["Periode van 01/11/2026 tot 30/11/2026"], [], HEADER,
             GOOD]
    export = read(csv_file(tmp_path, lines, delimiter=delimiter))
    assert export.headers == tuple(HEADER) and [r.line for r in export.rows] == [5]


def test_line_numbers_count_the_text_lines_a_quoted_cell_spans(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(";".join(HEADER) + "\n" + ";".join(GOOD[:4]) + ';"VOS\nMaria";1;3;Bevestigd;\n'
                    + "\n" + ";".join(["900002", *GOOD[1:6], "x", *GOOD[7:]]) + "\n",
                    encoding="utf-8")
    with pytest.raises(pf.ExportRefused) as info:
        read(path)
    assert [e.line for e in info.value.errors] == [5]


@pytest.mark.parametrize("number", ["2,00000E+11", "1.23457E+11", "1,11111E+11", "11111111111",
                                    "1111111111"])
def test_a_user_number_excel_destroyed_is_refused_with_the_advice(tmp_path, number):
    lines = [HEADER, GOOD, ["900002", number, *GOOD[2:]], ["900003", number, *GOOD[2:]]]
    with pytest.raises(pf.ExportRefused) as info:
        read(csv_file(tmp_path, lines))
    assert info.value.excel_lines == [3, 4]
    assert "Excel heeft nummers beschadigd (lijn 3, 4)" in info.value.message
    assert "Download het bestand opnieuw" in info.value.message
    assert "zonder het eerst in Excel te openen" in info.value.message


def test_missing_columns_carry_what_the_mapping_dialog_needs(tmp_path):
    header = ["Prestation", "Client", "Jour", "Travailleur", "Durée", "Etat"]
    path = csv_file(tmp_path, [header, ["1", "111111111111", "03/11/2026", "VOS Maria", "3",
                                        "Bevestigd"]])
    with pytest.raises(pf.UnrecognisedColumns) as info:
        read(path)
    assert info.value.headers == header
    assert info.value.missing == ["work_id", "user_number", "date", "hours"]
    assert "Gebruikersnummer" in info.value.message and "niets opgeslagen" in info.value.message
    mapping = {"work_id": "Prestation", "user_number": "Client", "date": "Jour",
               "worker_name": "Travailleur", "hours": "Durée"}
    (row,) = read(path, mapping).rows
    assert (row.work_id, row.user_number, row.worker_name, row.hours) == (
        "1", "111111111111", "VOS Maria", 3)


def test_two_columns_that_both_look_like_one_field_are_asked_not_guessed(tmp_path):
    path = csv_file(tmp_path, [[*HEADER, "INSZ"], [*GOOD, "85073003328"]])
    with pytest.raises(pf.UnrecognisedColumns) as info:
        read(path)
    assert info.value.doubled == {"worker_insz": ["Worker INSZ", "INSZ"]}
    assert read(path, {"worker_insz": "INSZ"}).rows[0].worker_insz == "85073003328"


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "het bestand is leeg"),
    (b"\n\n  \n", "het bestand is leeg"),
    (b"%PDF-1.4\x00\x01\x02binary", "binaire gegevens"),
    (b"PK\x03\x04this is no workbook", "geen leesbaar Excel-bestand"),
])
def test_files_that_are_no_export_are_refused_clearly(tmp_path, content, reason):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(pf.ExportRefused) as info:
        read(path)
    assert reason in str(info.value.errors[0])


def test_an_old_excel_file_is_refused_with_what_to_do(tmp_path):
    path = tmp_path / "export.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(KnownError, match=r"\.xlsx"):
        read(path)


def test_an_absurd_number_of_rows_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(pluxee_table, "MAX_ROWS", 5)
    lines = [HEADER] + [[str(900000 + i), *GOOD[1:]] for i in range(7)]
    with pytest.raises(pf.ExportRefused, match="rijen"):
        read(csv_file(tmp_path, lines))


def test_a_workbook_with_real_dates_numbers_and_serials(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Work ID", "User number", "Date of work", "Worker name", "Hours", "Status",
                  "Status date", "Number of SV refunded 3"])
    sheet.append([])  # an empty row: the line numbers stay the sheet's row numbers
    sheet.append([900001, 111111111111, dt.datetime(2026, 11, 3), "VOS Maria", 3.0, "Bevestigd",
                  46335, 0])
    sheet.append([900002, 11111111111, dt.date(2026, 11, 4), "VOS Maria", 2, "Bevestigd", None,
                  0])
    path = tmp_path / "export.xlsx"
    book.save(path)
    with pytest.raises(pf.ExportRefused) as info:
        read(path)
    assert [(e.line, e.column) for e in info.value.errors] == [(4, "User number")]
    sheet.delete_rows(4)
    book.save(path)
    (row,) = read(path).rows
    assert (row.line, row.work_id, row.user_number, row.date, row.hours, row.status_date) == (
        3, "900001", "111111111111", dt.date(2026, 11, 3), 3, dt.date(2026, 11, 9))


def test_the_fixture_columns_are_the_known_layout():
    assert len(fx.COLUMNS) == 24
    assert fx.COLUMNS[0] == "Work ID" and fx.COLUMNS[-1] == "Number of SV refunded 3"
