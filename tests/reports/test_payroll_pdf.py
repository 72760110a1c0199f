"""The monthly statements as a reader sees them (pypdf), and the payroll batch."""

from __future__ import annotations

import threading

import pytest

from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services import helpers, payroll_codes
from inharmony_desktop.core.services.payroll import Month, payroll_month
from inharmony_desktop.reports.payroll import statement_pdf
from inharmony_desktop.reports.payroll_batch import PayrollCancelled, write_payroll
from tests.core import factories
from tests.payroll_world import day, make_world
from tests.statement_fixtures import page_count, pdf_text

OCTOBER = Month(2026, 10)


@pytest.fixture
def world(db):
    return make_world()


def _maria(data):
    return next(h for h in data.helpers if h.reference == "M01")


def test_the_helpers_copy_shows_her_days_and_totals(world):
    data = payroll_month(OCTOBER)
    text = pdf_text(statement_pdf(_maria(data), data))
    assert "Maandstaat oktober 2026" in text
    assert "Medewerker Maria Vos Medewerkernummer M01 INSZ 68.02.27-549.83" in text
    assert "Exemplaar voor de medewerker" in text
    # Totals per code, the month's total against the contract.
    assert "Huishoudhulp DC01 13 Strijkatelier DC03 2 Ziekte ZIEK 7 Klant afwezig KLAF 4" in text
    assert "Totaal gewerkt en afwezig 26" in text
    assert "Contracturen: 19 u/week × 4,4 weken (22 werkdagen) 83,6" in text
    assert "Verschil met het contract −57,6" in text
    # Every day: worked, not counted (a dash), absent, customer away.
    assert "ma 05/10/2026 Janssens 3562 3137 8057 huishoudhulp uitgevoerd DC01 3" in text
    assert "do 08/10/2026 Aerts 4444 5555 6666 strijkatelier geregistreerd DC03 2" in text
    assert "vr 09/10/2026 Peeters 1111 2222 3333 huishoudhulp betwist DC01 3" in text
    assert "ma 12/10/2026 Janssens 3562 3137 8057 huishoudhulp gepland –" in text
    assert "di 13/10/2026 Janssens 3562 3137 8057 huishoudhulp geannuleerd –" in text
    assert "wo 14/10/2026 Afwezig: ziekte ZIEK 3 do 15/10/2026 Afwezig: ziekte ZIEK 4" in text
    assert "do 22/10/2026 Peeters 1111 2222 3333 huishoudhulp klant afwezig KLAF 4" in text
    assert "Totaal 5 dagen gewerkt 26 Geplande en geannuleerde prestaties staan er met een " \
           "streepje bij" in text
    assert "Klant afwezig: de uren van het uurrooster" in text
    assert "pagina 1 van 1" in text
    # Warnings are for the office only.
    assert "Aandachtspunten" not in text and "gepland op een voorbije dag" not in text


def test_the_office_copy_carries_her_warnings(world):
    data = payroll_month(OCTOBER)
    text = pdf_text(statement_pdf(_maria(data), data, office=True))
    assert "KANTOOREXEMPLAAR" in text
    assert "Aandachtspunten voor het kantoor • 1 prestatie staat nog op gepland op een " \
           "voorbije dag (12/10)" in text
    assert "• 1 betwiste prestatie telt mee als gewerkt (09/10)." in text
    assert "Maria Vos (M01):" not in text  # her own statement: no need to name her


def test_a_fraction_of_an_hour_has_a_decimal_comma(world):
    data = payroll_month(OCTOBER)
    els = next(h for h in data.helpers if h.reference == "M03")
    text = pdf_text(statement_pdf(els, data))
    assert "do 29/10/2026 Afwezig: vakantie VAK 3,8 vr 30/10/2026 Afwezig: vakantie VAK 3,8" \
        in text
    assert "Vakantie VAK 7,6" in text
    assert "streepje" not in text and "Klant afwezig:" not in text  # nothing to explain


def test_a_long_month_runs_over_pages_numbered_per_statement(world):
    for number in range(1, 32):
        factories.prestation(world.aerts, world.els, day(number), 2, activity="ironing")
    data = payroll_month(OCTOBER)
    els = next(h for h in data.helpers if h.reference == "M03")
    pdf = statement_pdf(els, data)
    assert page_count(pdf) == 2
    text = pdf_text(pdf)
    assert "pagina 1 van 2" in text and "pagina 2 van 2" in text
    assert "Strijkatelier DC03 62" in text


def test_the_batch_writes_every_file_and_the_csv(world, tmp_path):
    payroll_codes.save_codes({"activity.ironing": "STRIJK"})
    steps = []
    result = write_payroll(payroll_month(OCTOBER), tmp_path / "out",
                           progress=lambda done, total, text: steps.append((done, total)))
    names = ["2026-10_M02_Ann_Peeters.pdf", "2026-10_M03_Els_Wouters.pdf",
             "2026-10_M01_Maria_Vos.pdf"]
    assert [p.name for p in result.files] == names
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        [*names, "combined.pdf", "kantoor.pdf", "payroll-2026-10.csv"])
    singles = [page_count(path) for path in result.files]
    assert page_count(result.combined) == result.combined_pages == sum(singles) == 3
    assert page_count(result.office) == result.office_pages >= 1 + 3  # overview + copies
    office = pdf_text(result.office)
    assert "Maandstaten oktober 2026: overzicht" in office
    assert "M01 Maria Vos 15 7 4 26 83,6 −57,6" in office
    assert "Waarschuwingen (5)" in office and "Ann Peeters (M02): geen INSZ-nummer" in office
    assert "KANTOOREXEMPLAAR" not in pdf_text(result.combined)
    raw = result.csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfhelper_reference;insz;name;date;code;hours\r\n")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[1] == "M02;;Ann Peeters;2026-10-20;DC01;12"
    assert "M03;97040208973;Els Wouters;2026-10-29;VAK;3,8" in lines
    assert "M01;68022754983;Maria Vos;2026-10-08;STRIJK;2" in lines
    assert result.csv_rows == len(lines) - 1 == 11
    assert steps[0] == (0, 11) and steps[-1] == (11, 11)


def test_cancel_leaves_the_folder_as_it_was(world, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "payroll-2026-10.csv").write_text("last run")
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if text.startswith("kantoor.pdf: M01"):  # inside the office file's build
            cancel.set()

    with pytest.raises(PayrollCancelled):
        write_payroll(payroll_month(OCTOBER), out, progress=progress, cancel=cancel)
    assert [p.name for p in out.iterdir()] == ["payroll-2026-10.csv"]
    assert (out / "payroll-2026-10.csv").read_text() == "last run"


def test_a_folder_made_for_a_cancelled_run_goes_again(world, tmp_path):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(PayrollCancelled):
        write_payroll(payroll_month(OCTOBER), tmp_path / "new", cancel=cancel)
    assert not (tmp_path / "new").exists()


def test_file_names_are_safe_on_windows_and_unique(db, tmp_path):
    customer = factories.customer()
    number = factories.user_number(customer)
    for reference, name in (("A/1", "Zoë D'Hondt: *test*"), ("A:1", "Zoë D'Hondt: *test*")):
        helper = helpers.create_helper(helpers.HelperInput(reference=reference, name=name))
        factories.prestation(number, helper, day(5), 3)
    result = write_payroll(payroll_month(OCTOBER), tmp_path)
    assert result.files[0].name == "2026-10_A_1_Zoe_DHondt_test.pdf"
    assert result.files[1].name.startswith("2026-10_A_1_Zoe_DHondt_test_")
    assert len({p.name.lower() for p in result.files}) == 2


def test_an_empty_month_writes_nothing(world, tmp_path):
    with pytest.raises(KnownError, match="niets gewerkt"):
        write_payroll(payroll_month(Month(2025, 3)), tmp_path / "out")
    assert not (tmp_path / "out").exists()
