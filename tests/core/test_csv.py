import datetime as dt

import pytest

from inharmony_desktop.core.errors import ImportFailed, KnownError
from inharmony_desktop.core.models import Customer, Order, PaymentModeChange, Prestation, UserNumber
from inharmony_desktop.core.services import exports, imports
from tests.core import factories


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_customers_with_bom_semicolons_and_dutch_headers(db, tmp_path):
    path = write(tmp_path, "k.csv",
                 "\ufeffklantnr;naam;straat;postcode;gemeente;telefoon;email;taal;opmerkingen\n"
                 "K1;D'Hondt;Kerkstraat 1;3940;Hechtel-Eksel;011 75 87 94;a@b.be;fr;sleutel\n"
                 "K2;Müller;;3990;Peer;;;;\n")
    assert imports.import_file("customers", path) == 2
    k1, k2 = Customer.select().order_by(Customer.reference)
    assert (k1.name, k1.language, k1.notes) == ("D'Hondt", "fr", "sleutel")
    assert (k2.street, k2.language) == ("", "nl")


def test_one_bad_row_leaves_the_database_unchanged(db, tmp_path):
    factories.customer("K0")
    path = write(tmp_path, "k.csv",
                 "reference,name,postal_code,city,email\n"
                 "K1,Janssens,3940,Hechtel,\n"
                 "K2,,3940,Peer,niet-een-adres\n"
                 "K3,Peeters,3940,Peer,\n"
                 "K0,Dubbel,3940,Peer,\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("customers", path)
    lines = info.value.details
    assert "lijn 3, kolom name: De naam is verplicht." in lines
    assert any(line.startswith("lijn 3, kolom email") for line in lines)
    assert any(line.startswith("lijn 5, kolom reference") for line in lines)
    assert Customer.select().count() == 1


def test_user_number_history_and_errors(db, tmp_path):
    factories.customer("K1")
    factories.customer("K2")
    good = write(tmp_path, "u.csv",
                 "gebruikersnummer,klantnr,naam,betaalwijze,sinds,quotum\n"
                 "111111111111,K1,Jan,papier,01/01/2020,\n"
                 "111111111111,K1,Jan,elektronisch,2025-03-01,\n"
                 "222222222222,K1,Els,electronic,,special\n")
    assert imports.import_file("user-numbers", good) == 3
    jan = UserNumber.get(UserNumber.number == "111111111111")
    assert [m.mode for m in PaymentModeChange.select().where(
        PaymentModeChange.user_number == jan).order_by(PaymentModeChange.effective_date)] == [
        "paper", "electronic"]
    assert UserNumber.get(UserNumber.number == "222222222222").quota == "special"
    bad = write(tmp_path, "bad.csv",
                "user_number,customer_reference,holder,payment_mode,mode_since\n"
                "333333333333,K1,An,paper,2020-01-01\n"
                "333333333333,K1,An,paper,2020-01-01\n"
                "444444444444,K1,Bo,paper,2020-01-01\n"
                "444444444444,K2,Bo,paper,2021-01-01\n"
                "111111111111,K1,Jan,paper,2019-01-01\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("user-numbers", bad)
    text = "\n".join(info.value.details)
    assert "lijn 3, kolom mode_since" in text
    assert "lijn 5, kolom customer_reference" in text
    assert "lijn 6, kolom user_number" in text and "bestaat al" in text
    assert UserNumber.select().count() == 2


def test_orders_with_decimal_comma_and_quota_error(db, tmp_path):
    c = factories.customer()
    factories.user_number(c, "111111111111")
    path = write(tmp_path, "o.csv",
                 "user_number;date;quantity;medium;unit_price\n"
                 "111111111111;15/01/2024;100;electronic;9,00\n"
                 "111111111111;2024-02-01;450;;\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("orders", path)
    assert "lijn 3" in info.value.details[0] and "met 50" in info.value.details[0]
    assert Order.select().count() == 0


def test_prestations_defaults_and_split_check(db, tmp_path):
    c = factories.customer()
    factories.user_number(c, "111111111111", mode="paper", since=dt.date(2020, 1, 1))
    factories.helper("M1")
    path = write(tmp_path, "p.csv",
                 "date,user_number,helper_reference,hours,paper,electronic\n"
                 "2024-03-01,111111111111,M1,3,,\n"
                 "2024-03-08,111111111111,M1,3,1,2\n")
    assert imports.import_file("prestations", path) == 2
    first, second = Prestation.select().order_by(Prestation.date)
    assert (first.paper, first.status, first.split_manual) == (3, "performed", False)
    assert (second.paper, second.electronic, second.split_manual) == (1, 2, True)
    bad = write(tmp_path, "bad.csv",
                "date,user_number,helper_reference,hours,paper,electronic,status\n"
                "2024-03-15,111111111111,M1,3,2,2,\n"
                "2024-13-01,111111111111,M9,0,,,done\n")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("prestations", bad)
    text = "\n".join(info.value.details)
    for expected in ("lijn 2, kolom paper", "lijn 3, kolom date", "lijn 3, kolom helper_reference",
                     "lijn 3, kolom hours", "lijn 3, kolom status"):
        assert expected in text
    assert Prestation.select().count() == 2


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "leeg"),
        (b"naam,gemeente\nJan,Peer\n", "verplichte kolom ontbreekt"),
        (b"reference,name,postal_code,city,shoe_size\n", "onbekende kolom"),
        ("reference,name,postal_code,city\nK1,Jos\xe9,3940,Peer\n".encode("latin-1"), "UTF-8"),
        (b"reference,name,postal_code,city\nK1,Jan\n", "velden"),
    ],
)
def test_bad_files_are_refused_whole(db, tmp_path, content, reason):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as info:
        imports.import_file("customers", path)
    assert reason in "\n".join(info.value.details)


def test_missing_file(db, tmp_path):
    with pytest.raises(KnownError, match="bestaat niet"):
        imports.import_file("customers", tmp_path / "nope.csv")


def test_export_neutralises_formulas_and_import_reads_them_back(db, tmp_path):
    factories.customer("K1", name="=HYPERLINK(\"http://x\")")
    out = tmp_path / "out.csv"
    exports.export_file("customers", out)
    text = out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and ';=HYPERLINK' not in text
    Customer.delete().execute()
    imports.import_file("customers", out)
    assert Customer.get().name == "=HYPERLINK(\"http://x\")"


def test_export_with_ids(db, tmp_path):
    c = factories.customer()
    un = factories.user_number(c, "111111111111")
    pid = factories.prestation(un, factories.helper("M1"), dt.date(2024, 3, 1))
    out = tmp_path / "p.csv"
    exports.export_file("prestations", out, with_ids=True)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("id;date;user_number")
    assert lines[1].startswith(f"{pid};2024-03-01;111111111111;M1")
