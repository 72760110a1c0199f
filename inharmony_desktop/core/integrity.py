"""The full check of a database file, read-only: `inharmony-desktop check`.

`PRAGMA integrity_check` reads every page and index; `PRAGMA
foreign_key_check` finds rows that point to rows that do not exist. Neither
writes, so the check is safe on a damaged file and while the program runs.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from inharmony_desktop.core import db as dbmod
from inharmony_desktop.core.errors import KnownError

MAX_LINES = 50


@dataclass
class CheckReport:
    path: Path
    problems: list[str] = field(default_factory=list)
    tables: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def summary(self) -> str:
        if self.ok:
            return f"{self.path}: in orde ({self.tables} tabellen volledig gecontroleerd)."
        count = len(self.problems)
        word = "probleem" if count == 1 else "problemen"
        return (f"{self.path}: {count} {word} gevonden. Zet de nieuwste goede back-up terug "
                "(menu Bestand > Back-up terugzetten).")


def full_check(target: str | Path | None) -> CheckReport:
    """Check the SQLite file at `target` (default: the usual database) without writing."""
    if target is None:
        from inharmony_desktop.core.db_choice import default_target

        target = default_target()
    if dbmod.is_url(target):
        from inharmony_desktop.core.server_tools import check_server

        return check_server(str(target))
    path = Path(target)
    if path.is_dir():
        raise KnownError(f"{path} is een map, geen databank. Geef het pad van het "
                         "databankbestand zelf (bv. inharmony.db).")
    if not path.is_file():
        raise KnownError(f"De databank {path} bestaat niet.")
    report = CheckReport(path)
    try:
        conn = dbmod.connect_readonly(path)
    except sqlite3.Error as exc:
        report.problems.append(f"kan niet geopend worden: {exc}")
        return report
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        lines = [str(r[0]) for r in rows]
        if lines != ["ok"]:
            report.problems.extend(f"integriteit: {line}" for line in lines[:MAX_LINES])
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check").fetchmany(
                MAX_LINES):
            report.problems.append(
                f"verwijzing: tabel {table}, rij {rowid} verwijst naar een ontbrekende {parent}")
        report.tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    except sqlite3.Error as exc:
        report.problems.append(f"niet leesbaar: {exc}")
    finally:
        conn.close()
    return report
