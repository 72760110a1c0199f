"""Which database this PC opens when no `--db` is given.

In order: the INHARMONY_DB environment variable, then the database saved in
this PC's own settings file (`local.json` in the local, never synced, config
folder; the office server's URL goes there), then the SQLite file in the
local user data folder. The choice belongs to the PC, not to the database,
so it cannot live in the database's own settings table.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import peewee
from platformdirs import user_config_dir

from inharmony_desktop import APP_NAME, ORG_NAME
from inharmony_desktop.core.db import default_database_path, display_name, is_url
from inharmony_desktop.core.errors import KnownError

ENVIRONMENT_VARIABLE = "INHARMONY_DB"
DATABASE_KEY = "database"


def local_settings_file() -> Path:
    return Path(user_config_dir(APP_NAME, ORG_NAME, roaming=False)) / "local.json"


def _read(file: Path) -> dict:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_database(file: Path | None = None) -> str | None:
    """The database saved for this PC, or None."""
    value = _read(file or local_settings_file()).get(DATABASE_KEY)
    text = str(value).strip() if value else ""
    return text or None


def save_database(target: str | Path | None, file: Path | None = None) -> None:
    """Remember `target` (a file path or a server URL) for this PC; None forgets it.

    The file is replaced atomically and keeps the other entries in it.
    """
    file = file or local_settings_file()
    data = _read(file)
    if target is None or not str(target).strip():
        data.pop(DATABASE_KEY, None)
    else:
        text = str(target).strip()
        if not is_url(text) and not Path(text).is_absolute():
            raise KnownError(f"Geef een volledig pad of een databank-URL op, niet '{text}'.")
        data[DATABASE_KEY] = text
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        temp = file.with_name(file.name + ".tmp")
        temp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, file)
    except OSError as exc:
        raise KnownError(f"De instelling kon niet bewaard worden in {file} ({exc}).") from exc


def default_target(file: Path | None = None) -> str | Path:
    """What this PC opens without `--db` (see the module docstring)."""
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    return saved_database(file) or default_database_path()


def describe(target: str | Path) -> str:
    """One line for the status bar or a dialog: which database, password hidden."""
    if is_url(target):
        return f"Server: {display_name(target)}"
    return f"Bestand: {target}"


@dataclass(frozen=True)
class ServerAddress:
    """The parts of a server URL, as a settings form shows them."""

    host: str
    port: int = 5432
    database: str = "inharmony"
    user: str = "inharmony"
    password: str = ""

    def url(self) -> str:
        user = quote(self.user, safe="")
        password = f":{quote(self.password, safe='')}" if self.password else ""
        return f"postgresql://{user}{password}@{self.host}:{self.port}/{quote(self.database)}"

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        parts = urlsplit(url)
        return cls(
            host=parts.hostname or "",
            port=parts.port or 5432,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
        )


def probe(target: str | Path) -> str:
    """Connect once without changing anything; a Dutch line saying what is there.

    Raises `KnownError` when the server cannot be reached or refuses the login.
    """
    from inharmony_desktop.core import migrations
    from inharmony_desktop.core.db import connect, schema_version
    from inharmony_desktop.core.models import Customer, SchemaInfo

    db = connect(target)
    try:
        db.connect()
        with db.bind_ctx([SchemaInfo, Customer]):
            version = schema_version(db)
            if version == 0:
                if db.get_tables():
                    raise KnownError("Deze databank bevat tabellen van een ander programma.")
                return "Verbinding gelukt: een lege databank, ingericht bij de eerste start."
            if version > migrations.LATEST:
                raise KnownError("Deze databank is van een nieuwere versie van het programma.")
            return f"Verbinding gelukt: {Customer.select().count()} klanten."
    except peewee.OperationalError as exc:
        raise KnownError(
            f"Geen verbinding met {display_name(target)}: {' '.join(str(exc).split())}"
        ) from exc
    finally:
        db.close()
