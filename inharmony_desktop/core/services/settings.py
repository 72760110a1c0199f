"""Company settings shared by every PC, kept in the database."""

from __future__ import annotations

from inharmony_desktop.core.models import Setting
from inharmony_desktop.core.services.base import transaction

DEFAULTS: dict[str, str] = {
    "company_name": "Inharmony",
    "company_street": "Hasseltsebaan 24",
    "company_postal_code": "3940",
    "company_city": "Hechtel-Eksel",
    "company_phone": "011 75 87 94",
    "company_email": "Inharmony@skynet.be",
    "company_licence": "",
    "ironing_handling_minutes": "15",
    "backup_folder": "",
}


def install_defaults() -> None:
    """Write the default of every setting that has no value yet. Refuses nothing of its own."""
    existing = {s.key for s in Setting.select(Setting.key)}
    rows = [{"key": k, "value": v} for k, v in DEFAULTS.items() if k not in existing]
    if rows:
        Setting.insert_many(rows).execute()


def get(key: str) -> str:
    """A setting's value, or its default. Refuses nothing (read only)."""
    row = Setting.get_or_none(Setting.key == key)
    if row is None:
        return DEFAULTS.get(key, "")
    return row.value


def get_int(key: str) -> int:
    """A setting as a whole number; its default when it is empty or not a number. Refuses
    nothing (read only)."""
    try:
        return int(get(key))
    except ValueError:
        return int(DEFAULTS.get(key, "0") or 0)


def all_settings() -> dict[str, str]:
    """Every setting with its value. Refuses nothing (read only)."""
    values = dict(DEFAULTS)
    values.update({s.key: s.value for s in Setting.select()})
    return values


def save(values: dict[str, str]) -> None:
    """Save these settings in one transaction; a database refusal becomes a `KnownError` and
    nothing is written."""
    with transaction():
        for key, value in values.items():
            Setting.upsert(key=key, value=str(value)).execute()
