"""Helpers (huishoudhulpen / medewerkers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.models import Helper, Prestation
from inharmony_desktop.core.services.audited import AuditedRows


@dataclass
class HelperInput:
    reference: str
    name: str
    phone: str = ""
    insz: str | None = None
    contract_hours: float | str | None = None
    active: bool = True


ROWS = AuditedRows(Helper, "helper", "Deze medewerker bestaat niet (meer).",
                   label=lambda helper: f"Medewerker {helper.reference}")


class HelperRow(NamedTuple):
    """One line of the helpers table."""

    id: int
    reference: str
    name: str
    phone: str
    insz: str | None
    contract_hours: float | None
    active: bool


def list_helpers() -> list[HelperRow]:
    """Every helper, active or not, by name. Refuses nothing (read only)."""
    query = Helper.select(
        Helper.id, Helper.reference, Helper.name, Helper.phone, Helper.insz,
        Helper.contract_hours, Helper.active,
    ).order_by(Helper.name)
    return [HelperRow(*row) for row in query.tuples()]


def clean(data: HelperInput, *, existing_id: int | None = None) -> dict:
    """The checked values of a helper; refuses bad fields and a reference another helper has
    (`ValidationError`, every bad field at once)."""
    c = v.Checker()
    values = {
        "reference": c.check("reference", v.required, data.reference, "Het medewerkernummer", 20),
        "name": c.check("name", v.required, data.name, "De naam"),
        "phone": c.check("phone", v.phone, data.phone),
        "insz": c.check("insz", v.insz, data.insz),
        "contract_hours": c.check("contract_hours", v.hours_per_week, data.contract_hours),
        "active": bool(data.active),
    }
    c.unique("reference", Helper.reference, values["reference"], existing_id,
             "Medewerkernummer {value} bestaat al.")
    c.raise_if_any()
    return values


def create_helper(data: HelperInput) -> int:
    """A new helper; refuses bad fields and a taken reference (`ValidationError`)."""
    return ROWS.create(clean(data))


def get_helper(helper_id: int) -> Helper:
    """The helper; `KnownError` when it no longer exists."""
    return ROWS.get(helper_id)


def update_helper(helper_id: int, data: HelperInput) -> None:
    """Change a helper; refuses bad fields and a taken reference (`ValidationError`)
    and a helper that no longer exists (`KnownError`)."""
    ROWS.update(helper_id, clean(data, existing_id=helper_id))


def delete_helper(helper_id: int) -> None:
    """Only a helper without prestations can go (`KnownError` otherwise: deactivate)."""
    ROWS.delete(helper_id, still_used=lambda helper: (
        "Deze medewerker heeft prestaties en kan niet verwijderd worden; "
        "zet hem of haar op niet-actief."
    ) if Prestation.select().where(Prestation.helper == helper).exists() else None)


def by_reference(reference: str) -> Helper | None:
    """The helper with this reference, or None. Refuses nothing."""
    return Helper.get_or_none(Helper.reference == reference.strip())


def to_input(helper: Helper) -> HelperInput:
    """The helper as its dialog edits it. Refuses nothing."""
    return HelperInput(
        reference=helper.reference, name=helper.name, phone=helper.phone, insz=helper.insz,
        contract_hours=helper.contract_hours, active=helper.active,
    )
