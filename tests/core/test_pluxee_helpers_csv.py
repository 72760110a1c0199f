"""The helpers CSV's optional `insz` column: what matching Pluxee's rows by INSZ needs."""

import pytest

from inharmony_desktop.core.errors import ImportFailed
from inharmony_desktop.core.models import Helper
from inharmony_desktop.core.services import exports, imports


def test_insz_is_checked_stored_as_eleven_digits_and_exported_back(db, tmp_path):
    source = tmp_path / "helpers.csv"
    source.write_text("medewerkernr;naam;INSZ\nM01;Maria Vos;85.07.30-033.28\nM02;Sofie Lambrechts;\n"
                      "M03;Zoë Daniëls;85270303308\n", encoding="utf-8")
    assert imports.import_file("helpers", source) == 3
    assert dict(Helper.select(Helper.reference, Helper.insz).tuples()) == {
        "M01": "85073003328", "M02": None, "M03": "85270303308"}
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    exports.export_file("helpers", first)
    lines = first.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "reference;name;phone;contract_hours;insz"
    assert lines[1] == "M01;Maria Vos;;;85073003328" and lines[2] == "M02;Sofie Lambrechts;;;"
    Helper.delete().execute()
    imports.import_file("helpers", first)
    exports.export_file("helpers", second)
    assert first.read_bytes() == second.read_bytes()


def test_a_wrong_insz_refuses_the_file_with_its_line(db, tmp_path):
    source = tmp_path / "helpers.csv"
    source.write_text("reference;name;insz\nM01;Maria Vos;85073003328\nM02;Sofie;85073003329\n",
                      encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        imports.import_file("helpers", source)
    assert [str(e) for e in info.value.errors] == [
        "lijn 3, kolom insz: Dit INSZ-nummer is ongeldig (controlegetal of geboortedatum klopt "
        "niet)."]
    assert Helper.select().count() == 0
