"""The command line, run as a user would: a real process on real files."""

import subprocess
import sys

import pytest

KINDS = ["customers", "user-numbers", "helpers", "orders", "prestations"]


def cli(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "inharmony_desktop", *map(str, args)],
                            capture_output=True, text=True, timeout=120)
    if check and result.returncode != 0:
        raise AssertionError(result.stderr)
    return result


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    cli("demo", "--db", path)
    return path


def test_demo_export_import_round_trip(demo_db, tmp_path):
    empty = tmp_path / "empty.db"
    for kind in KINDS:
        cli("export", kind, tmp_path / f"{kind}.csv", "--db", demo_db)
    for kind in KINDS:
        cli("import", kind, tmp_path / f"{kind}.csv", "--db", empty)
    for kind in KINDS:
        cli("export", kind, tmp_path / f"again-{kind}.csv", "--db", empty)
        first = (tmp_path / f"{kind}.csv").read_bytes()
        assert first == (tmp_path / f"again-{kind}.csv").read_bytes(), kind
    prestations = (tmp_path / "prestations.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(prestations) > 3000


def test_demo_is_realistic(demo_db, tmp_path):
    import sqlite3

    conn = sqlite3.connect(demo_db)
    count = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT COUNT(*) FROM customer") == 40
    assert 55 <= count("SELECT COUNT(*) FROM user_number") <= 65
    assert count("SELECT COUNT(*) FROM helper") == 8
    assert count("SELECT COUNT(*) FROM (SELECT customer_id FROM user_number GROUP BY customer_id "
                 "HAVING COUNT(*) = 2)") >= 15
    switched = count("SELECT COUNT(DISTINCT user_number_id) FROM payment_mode_change "
                     "WHERE mode = 'electronic' AND user_number_id IN (SELECT user_number_id "
                     "FROM payment_mode_change WHERE mode = 'paper')")
    assert switched >= 5
    assert count("SELECT COUNT(*) FROM \"order\" WHERE medium = 'paper' "
                 "AND order_date > '2025-05-31'") == 0
    assert count("SELECT COUNT(*) FROM \"order\" WHERE higher_quantity > 0 "
                 "OR unit_price_cents IN (1000, 1100)") > 0
    conn.close()


def test_import_with_bad_row_exits_nonzero_and_reports_lines(tmp_path):
    db = tmp_path / "x.db"
    csv = tmp_path / "k.csv"
    csv.write_text("reference,name,postal_code,city\nK1,Jan,3940,Peer\nK2,,3940,Peer\n",
                   encoding="utf-8")
    result = cli("import", "customers", csv, "--db", db, check=False)
    assert result.returncode == 1
    assert "lijn 3, kolom name" in result.stderr
    out = tmp_path / "out.csv"
    cli("export", "customers", out, "--db", db)
    header = "reference;name;street;postal_code;city;phone;email;language;notes"
    assert out.read_text(encoding="utf-8-sig").strip() == header


def test_bad_arguments_are_one_line_errors(tmp_path):
    result = cli("import", "shoes", tmp_path / "x.csv", check=False)
    assert result.returncode == 2 and "fout" in result.stderr
    result = cli("export", "customers", tmp_path / "out.csv", "--db", tmp_path / "missing.db",
                 check=False)
    assert result.returncode == 1 and "bestaat niet" in result.stderr
    assert not (tmp_path / "missing.db").exists()


def test_demo_refuses_an_existing_database(demo_db):
    result = cli("demo", "--db", demo_db, check=False)
    assert result.returncode == 1 and "bestaat al" in result.stderr


def test_db_option_before_the_subcommand(demo_db, tmp_path):
    cli("--db", demo_db, "export", "helpers", tmp_path / "h.csv")
    assert (tmp_path / "h.csv").read_text(encoding="utf-8-sig").count("\n") == 9


def test_the_usage_and_help_of_every_command_are_dutch():
    from inharmony_desktop.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, text in [("", parser.format_help()),
                       *[(name, sub.format_help()) for name, sub in commands.items()]]:
        assert text.startswith(f"gebruik: inharmony-desktop {name}".rstrip()), name
        assert "opties:" in text and "toon deze hulp en stop" in text, name
        for english in ("usage:", "options:", "positional arguments", "show this help message",
                        "show program's version"):
            assert english not in text, (name, english)
