"""Hostile CSV files for every import kind: never a crash, never a partial import;
formulas never reach a spreadsheet from an export."""

from __future__ import annotations

import csv
import io
import os
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from inharmony_desktop.core.csvio import FORMATS, FORMULA_STARTS, KINDS
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import MODELS, Customer
from inharmony_desktop.core.services import customers, exports, imports
from tests.core.safety_data import fill

# A longer hunt: INHARMONY_FUZZ_EXAMPLES=2000 pytest tests/core/test_hostile_csv.py
EXAMPLES = int(os.environ.get("INHARMONY_FUZZ_EXAMPLES", "40"))
HYPOTHESIS = settings(max_examples=EXAMPLES, deadline=None,
                      derandomize="INHARMONY_FUZZ_EXAMPLES" not in os.environ,
                      suppress_health_check=[HealthCheck.function_scoped_fixture,
                                             HealthCheck.too_slow])

INJECTIONS = ["=cmd|' /C calc'!A0", "+SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
              "@SUM(1+1)", "=HYPERLINK(\"http://evil.example\",\"klik\")", "\t=1+1", "\r=1+1"]

# Plausible values per column, so that many generated files get deep into the importer.
GOOD = {
    "reference": ["K0001", "K0002", "N1", "M1"], "name": ["Jan Peeters", "Zoë Dubois"],
    "street": ["Kerkstraat 1", ""], "postal_code": ["3940", "3500", "99999", ""],
    "city": ["Hechtel-Eksel", "Peer"], "phone": ["011 75 87 94", ""],
    "email": ["jan@example.be", "geen-mail", ""], "language": ["nl", "fr", "xx", ""],
    "notes": ["", "sleutel bij de buren"], "user_number": ["100000000000", "100000000001",
                                                           "123", "999999999999"],
    "customer_reference": ["K0001", "K0002", "K9999"], "holder": ["Jan Peeters"],
    "payment_mode": ["paper", "elektronisch", "cash", ""],
    "mode_since": ["2024-01-01", "31/12/2023", "2024-02-30", ""],
    "quota": ["standard", "special", "vip", ""], "contract_hours": ["19", "38,5", "-1", ""],
    "date": ["2025-03-03", "03/03/2025", "2025-13-01", "gisteren"],
    "quantity": ["10", "0", "-5", "100000", "x"], "medium": ["paper", "electronic", "goud", ""],
    "unit_price": ["9,00", "9.00", "€ 10,50", "-1", ""], "helper_reference": ["M1", "M9"],
    "activity": ["home_help", "ironing", "koken", ""], "hours": ["3", "0", "13", "2.5"],
    "paper": ["0", "3", "-1", ""], "electronic": ["0", "3", "x", ""],
    "status": ["performed", "planned", "done", ""],
}

HOSTILE_CELLS = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=30),
    st.text(alphabet=string.printable, min_size=2001, max_size=2500),  # a huge field
    st.just("x" * 100_000),
    st.sampled_from(["\x00", "\ufeff", "\u202e", "'", '"', '""', ";", ",", "\n", "\r\n"]),
)


SMALL_HOSTILE_CELLS = st.one_of(
    st.sampled_from(INJECTIONS),
    st.text(max_size=12).filter(lambda x: "\x00" not in x),
    st.sampled_from(["\ufeff", "\u202e", "'", '"', ";", ",", " ", "0", "٣", "Ⅻ", "１２"]),
)


def _cell(column: str) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(GOOD.get(column, [""])), HOSTILE_CELLS)


@st.composite
def csv_bytes(draw, kind: str) -> bytes:
    """A CSV file for `kind` whose header, cells, delimiter and encoding are all suspect."""
    columns = list(FORMATS[kind].columns)
    header = draw(st.lists(st.sampled_from([*columns, "id", "schoenmaat", ""]), min_size=0,
                           max_size=len(columns) + 2)
                  | st.permutations(columns)
                  | st.just(columns[: max(1, len(columns) // 2)]))  # missing columns
    rows = draw(st.lists(st.lists(st.one_of(*[_cell(c) for c in header] or [HOSTILE_CELLS]),
                                  min_size=max(0, len(header) - 1), max_size=len(header) + 1),
                         max_size=6))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter,
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow(header)
    writer.writerows(rows)
    text = buffer.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16",
                                     "utf-16-le"]))
    return text.encode(encoding, errors="replace")


@st.composite
def deep_csv_bytes(draw, kind: str) -> bytes:
    """A well-formed UTF-8 file (right header, right field counts) whose cells are
    plausible or hostile: this reaches the row checks and the writes."""
    fmt = FORMATS[kind]
    optional = [c for c in fmt.columns if c not in fmt.required]
    header = [*fmt.required, *draw(st.lists(st.sampled_from(optional), unique=True))]
    header = draw(st.permutations(header))
    names = {canonical: alias for alias, canonical in fmt.aliases.items()}
    if draw(st.booleans()):  # the Dutch header names
        header = [names.get(c, c) for c in header]
    canonical = [fmt.aliases.get(c, c) for c in header]
    rows = draw(st.lists(st.tuples(*[
        st.one_of(st.sampled_from(GOOD.get(c, [""])), st.sampled_from(GOOD.get(c, [""])),
                  st.sampled_from(GOOD.get(c, [""])), SMALL_HOSTILE_CELLS)
        for c in canonical]), min_size=1, max_size=8))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=draw(st.sampled_from([",", ";"])),
                        lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode(draw(st.sampled_from(["utf-8", "utf-8-sig"])))


def _all_counts() -> dict[str, int]:
    return {model.__name__: model.select().count() for model in MODELS}


@pytest.fixture
def base(db):
    fill(2, 1)  # customers K0001/K0002, user numbers 100000000000/1, helper M1
    return db


def _import_never_crashes_nor_half_writes(kind: str, content: bytes, folder: Path) -> None:
    path = folder / f"{kind}.csv"
    path.write_bytes(content)
    before = _all_counts()
    try:
        count = imports.import_file(kind, path)
    except KnownError as exc:  # ImportFailed is one
        assert _all_counts() == before, "a refused import left rows behind"
        event(f"refused: {(exc.details or [exc.message])[0].split(':', 1)[-1][:40]}")
        return
    event("imported")
    after = _all_counts()
    table = {"customers": "Customer", "user-numbers": "UserNumber", "helpers": "Helper",
             "orders": "Order", "prestations": "Prestation"}[kind]
    if kind == "user-numbers":  # history rows of an existing number add no UserNumber
        assert after["PaymentModeChange"] - before["PaymentModeChange"] == count
    else:
        assert after[table] - before[table] == count


@pytest.mark.parametrize("kind", KINDS)
def test_random_bytes_are_refused_cleanly(base, tmp_path, kind):
    @HYPOTHESIS
    @given(content=st.binary(max_size=2000))
    def check(content: bytes) -> None:
        _import_never_crashes_nor_half_writes(kind, content, tmp_path)

    check()


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_csv_files_never_crash_and_never_half_import(base, tmp_path, kind):
    @HYPOTHESIS
    @given(content=csv_bytes(kind))
    def check(content: bytes) -> None:
        _import_never_crashes_nor_half_writes(kind, content, tmp_path)

    check()


@pytest.mark.parametrize("kind", KINDS)
def test_hostile_rows_in_a_well_formed_file_never_crash_and_never_half_import(base, tmp_path,
                                                                               kind):
    @HYPOTHESIS
    @given(content=deep_csv_bytes(kind))
    def check(content: bytes) -> None:
        _import_never_crashes_nor_half_writes(kind, content, tmp_path)

    check()


@pytest.mark.parametrize("content, reason", [
    ("reference;name;postal_code;city\nK1;José;3940;Peer\n".encode("utf-16"), "UTF-16"),
    ("reference;name;postal_code;city\nK1;José;3940;Peer\n".encode("cp1252"), "UTF-8"),
    (b"reference;name;city\nK1;Jan;Peer\n", "verplichte kolom ontbreekt"),
    (("reference;name;postal_code;city\nK1;" + "x" * 5000 + ";3940;Peer\n").encode(),
     "langer dan"),
    (b"reference;name;postal_code;city\nK1;\"open;3940;Peer\n", "onleesbare CSV"),
])
def test_named_bad_files_are_refused_with_a_reason(base, tmp_path, content, reason):
    path = tmp_path / "k.csv"
    path.write_bytes(content)
    before = _all_counts()
    with pytest.raises(KnownError) as info:
        imports.import_file("customers", path)
    assert reason in str(info.value) + "\n".join(info.value.details)
    assert _all_counts() == before


def _cells(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


@HYPOTHESIS
@given(name=st.one_of(st.sampled_from(INJECTIONS), st.text(min_size=1, max_size=40)),
       notes=st.one_of(st.sampled_from(INJECTIONS), st.text(max_size=40)))
def test_export_never_lets_a_cell_start_a_formula(base, tmp_path, name, notes):
    name = name.strip() or "x"
    try:
        cid = customers.create_customer(customers.CustomerInput(
            reference="F1", name=name, postal_code="3940", city="Peer", notes=notes))
    except KnownError:
        return  # the name itself was refused on entry
    try:
        out = tmp_path / "klanten.csv"
        exports.export_file("customers", out, with_ids=True)
        for row in _cells(out)[1:]:
            for cell in row:
                assert not cell or cell[0] not in FORMULA_STARTS, cell
        exported = next(r for r in _cells(out)[1:] if r[0] == str(cid))
        assert exported[2].lstrip("'") == Customer.get_by_id(cid).name.lstrip("'")
    finally:
        Customer.delete().where(Customer.id == cid).execute()
