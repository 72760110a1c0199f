"""Helpers (huishoudhulpen / medewerkers)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Helper, Prestation
from inharmony_desktop.core.services.audited import create_row, delete_row, existing, is_taken, update_row
from inharmony_desktop.core.services.base import transaction


@dataclass
class HelperInput:
    reference: str
    name: str
    phone: str = ""
    insz: str | None = None
    contract_hours: float | str | None = None
    active: bool = True


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
    """Every helper, active or not, by name."""
    query = Helper.select(
        Helper.id, Helper.reference, Helper.name, Helper.phone, Helper.insz,
        Helper.contract_hours, Helper.active,
    ).order_by(Helper.name)
    return [HelperRow(*row) for row in query.tuples()]


def clean(data: HelperInput, *, existing_id: int | None = None) -> dict:
    c = v.Checker()
    values = {
        "reference": c.check("reference", v.required, data.reference, "Het medewerkernummer", 20),
        "name": c.check("name", v.required, data.name, "De naam"),
        "phone": c.check("phone", v.optional, data.phone, "Het telefoonnummer", 40),
        "insz": c.check("insz", v.insz, data.insz),
        "contract_hours": c.check("contract_hours", v.hours_per_week, data.contract_hours),
        "active": bool(data.active),
    }
    reference = values["reference"]
    if reference and is_taken(Helper.reference, reference, existing_id):
        c.fail("reference", f"Medewerkernummer {reference} bestaat al.")
    c.raise_if_any()
    return values


def create_helper(data: HelperInput) -> int:
    """A new helper; refuses bad fields and a taken reference (`ValidationError`)."""
    values = clean(data)
    return create_row(Helper, values, "helper",
                      lambda h: f"Medewerker {h.reference} aangemaakt").id


def update_helper(helper_id: int, data: HelperInput) -> None:
    """Change a helper; refuses bad fields and a taken reference (`ValidationError`)
    and a helper that no longer exists (`KnownError`)."""
    values = clean(data, existing_id=helper_id)
    with transaction():
        update_row(get_helper(helper_id), values, "helper",
                   lambda h: f"Medewerker {h.reference} gewijzigd")


def delete_helper(helper_id: int) -> None:
    """Only a helper without prestations can go (`KnownError` otherwise: deactivate)."""
    with transaction():
        helper = get_helper(helper_id)
        if Prestation.select().where(Prestation.helper == helper).exists():
            raise KnownError(
                "Deze medewerker heeft prestaties en kan niet verwijderd worden; "
                "zet hem of haar op niet-actief."
            )
        delete_row(helper, "helper", lambda h: f"Medewerker {h.reference} verwijderd")


def get_helper(helper_id: int) -> Helper:
    """The helper; `KnownError` when it no longer exists."""
    return existing(Helper, helper_id, "Deze medewerker bestaat niet (meer).")


def by_reference(reference: str) -> Helper | None:
    return Helper.get_or_none(Helper.reference == reference.strip())


def to_input(helper: Helper) -> HelperInput:
    return HelperInput(
        reference=helper.reference, name=helper.name, phone=helper.phone, insz=helper.insz,
        contract_hours=helper.contract_hours, active=helper.active,
    )
