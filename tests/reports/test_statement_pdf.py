"""The yearly statement as a reader sees it: the text of the PDF (pypdf)."""

from __future__ import annotations

import datetime as dt
import re

from pypdf import PdfReader

from inharmony_desktop.core.services.statements import statement_for
from inharmony_desktop.reports.statement import render_statement, statement_pdf
from tests.statement_fixtures import make_helper, pdf_text


def _pdf(household, year: int) -> bytes:
    return statement_pdf(statement_for(household.user_number_id, year,
                                       issued_on=dt.date(2026, 11, 27)))


def test_year_with_a_reduction_under_the_ceiling(household):
    household.order("2023-03-10", 100)
    text = pdf_text(_pdf(household, 2023))
    assert "Jaaroverzicht dienstencheques 2023" in text
    assert "10/03/2023 100 elektronisch € 9,00 € 900,00" in text
    assert "Fiscaal plafond per belastingplichtige € 1.720,00" in text
    assert "Aftrekbaar bedrag € 900,00" in text
    assert "Geschatte belastingvermindering (20 %) € 180,00" in text
    assert "hoger dan het plafond" not in text
    assert "Quotum 2023: 100 van 500" in text
    assert "Opgemaakt op 27/11/2026" in text


def test_year_above_the_ceiling(household):
    household.order("2024-02-01", 250)
    text = pdf_text(_pdf(household, 2024))
    assert "Netto bedrag € 2.250,00" in text
    assert "Aftrekbaar bedrag € 1.790,00" in text
    assert "Geschatte belastingvermindering (20 %) € 358,00" in text
    assert "alleen € 1.790,00 komt in aanmerking" in text


def test_2025_has_no_reduction(household):
    household.order("2025-03-01", 100)
    text = pdf_text(_pdf(household, 2025))
    assert "01/03/2025 100 elektronisch € 10,00 € 1.000,00" in text
    assert "geen belastingvermindering" in text
    assert "Geschatte belastingvermindering" not in text
    assert "Aftrekbaar" not in text


def test_order_across_the_400_step_shows_both_prices(household):
    household.order("2024-01-10", 350)
    household.order("2024-06-10", 100)
    text = pdf_text(_pdf(household, 2024))
    assert "10/06/2024 50 elektronisch € 9,00 € 450,00" in text
    assert "10/06/2024 50 elektronisch (vanaf 401) € 10,00 € 500,00" in text
    assert "Totaal gekocht 450 € 4.100,00" in text
    assert "Quotum 2024: 450 van 500" in text


def test_refund_in_the_same_year(household):
    household.order("2023-01-05", 150)
    household.refund("2023-09-01", 20)
    text = pdf_text(_pdf(household, 2023))
    assert "01/09/2023 20 elektronisch € 180,00" in text
    assert "Totaal terugbetaald 20 € 180,00" in text
    assert "Terugbetaald in 2023 (20 cheques) − € 180,00" in text
    assert "Netto bedrag € 1.170,00" in text
    assert "Geschatte belastingvermindering (20 %) € 234,00" in text


def test_holder_with_accents_and_apostrophe_and_the_letterhead(household):
    household.order("2024-02-01", 10)
    pdf = _pdf(household, 2024)
    text = pdf_text(pdf)
    assert "Zoë D'Hondt-Müller" in text
    assert "Familie D'Hondt" in text
    assert "Kerkstraat 12" in text and "3940 Hechtel-Eksel" in text
    assert "Gebruikersnummer 1234 5678 9012" in text
    assert not re.search(r"\b\d{12}\b", text)  # the number is read out in groups everywhere
    assert "Erkenningsnummer 01234" in text
    assert "niet het officiële fiscale attest van Pluxee" in text
    fonts = PdfReader(__import__("io").BytesIO(pdf)).pages[0]["/Resources"]["/Font"]
    names = {str(font.get_object()["/BaseFont"]) for font in fonts.values()}
    assert any("DejaVuSans" in name for name in names)
    assert not any("Helvetica" in name for name in names)


def test_long_statement_needs_three_pages_with_repeated_headers(household, helper_id, tmp_path):
    for month in range(1, 5):
        household.order(f"2024-{month:02d}-03", 40)
    household.paid_prestations(helper_id, dt.date(2024, 1, 2), 60)
    target = tmp_path / "out" / "statement.pdf"
    target.parent.mkdir()
    pages = render_statement(statement_for(household.user_number_id, 2024), target)
    reader = PdfReader(target)
    assert pages == len(reader.pages) == 3
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    for number, text in enumerate(texts, start=1):
        assert f"pagina {number} van 3" in text
        assert "Inharmony" in text and "Erkenningsnummer 01234" in text
    assert "Bijlage: prestaties betaald in 2024" in texts[1]
    # The appendix table goes on over page 3 and repeats its header row there.
    assert "Datum Medewerker Activiteit Uren Papier Elektronisch" in texts[2]
    assert "Totaal 60 prestaties 180 60 120" in texts[2]
    assert [p.name for p in target.parent.iterdir()] == ["statement.pdf"]  # no temp file left


def test_statement_without_orders_says_so(household):
    text = pdf_text(_pdf(household, 2024))
    assert "Geen bestellingen in 2024." in text
    assert "Geen terugbetalingen in 2024." in text
    assert "Netto bedrag € 0,00" in text


def test_a_long_helper_name_wraps_in_its_column(household):
    long_name = "Marie-Christine Vanderstraeten-Van den Bossche de Ghellinck"
    helper = make_helper("M02", long_name)
    household.paid_prestations(helper, dt.date(2024, 5, 6), 1)
    text = pdf_text(_pdf(household, 2024))
    assert long_name in text
    assert "06/05/2024" in text


def test_special_quota_is_named(household):
    from inharmony_desktop.core.models import UserNumber

    UserNumber.update(quota="special").where(UserNumber.id == household.user_number_id).execute()
    household.order("2024-02-01", 600)
    text = pdf_text(_pdf(household, 2024))
    assert "Quotum 2024: 600 van 2000 cheques besteld (bijzonder quotum)" in text
    assert "01/02/2024 600 elektronisch € 9,00 € 5.400,00" in text
