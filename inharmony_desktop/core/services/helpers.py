"""Helpers (huishoudhulpen / medewerkers)."""

from __future__ import annotations

from dataclasses import dataclass

from inharmony_desktop.core import validation as v
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.models import Helper, Prestation
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.base import snapshot, transaction


@dataclass
class HelperInput:
    reference: str
    name: str
    phone: str = ""
    insz: str | None = None
    contract_hours: float | str | None = None
    active: bool = True


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
    if reference:
        clash = Helper.select(Helper.id).where(Helper.reference == reference)
        if existing_id is not None:
            clash = clash.where(Helper.id != existing_id)
        if clash.exists():
            c.fail("reference", f"Medewerkernummer {reference} bestaat al.")
    c.raise_if_any()
    return values


def create_helper(data: HelperInput) -> int:
    values = clean(data)
    with transaction():
        helper = Helper.create(**values)
        audit.record("helper", helper.id, "create", f"Medewerker {helper.reference} aangemaakt",
                     after=snapshot(helper))
    return helper.id


def update_helper(helper_id: int, data: HelperInput) -> None:
    values = clean(data, existing_id=helper_id)
    with transaction():
        helper = get_helper(helper_id)
        before = snapshot(helper)
        for key, value in values.items():
            setattr(helper, key, value)
        helper.save()
        audit.record("helper", helper.id, "update", f"Medewerker {helper.reference} gewijzigd",
                     before=before, after=snapshot(helper))


def delete_helper(helper_id: int) -> None:
    with transaction():
        helper = get_helper(helper_id)
        if Prestation.select().where(Prestation.helper == helper).exists():
            raise KnownError(
                "Deze medewerker heeft prestaties en kan niet verwijderd worden; "
                "zet hem of haar op niet-actief."
            )
        before = snapshot(helper)
        helper.delete_instance(recursive=False)
        audit.record("helper", helper_id, "delete", f"Medewerker {before['reference']} verwijderd",
                     before=before)


def get_helper(helper_id: int) -> Helper:
    helper = Helper.get_or_none(Helper.id == helper_id)
    if helper is None:
        raise KnownError("Deze medewerker bestaat niet (meer).")
    return helper


def by_reference(reference: str) -> Helper | None:
    return Helper.get_or_none(Helper.reference == reference.strip())


def to_input(helper: Helper) -> HelperInput:
    return HelperInput(
        reference=helper.reference, name=helper.name, phone=helper.phone, insz=helper.insz,
        contract_hours=helper.contract_hours, active=helper.active,
    )
