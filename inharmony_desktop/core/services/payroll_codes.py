"""The code table of the payroll file: which code the social secretariat gets for
each kind of hours (SPEC §4.9). Every secretariat has its own codes, so the
office edits them in Settings.

One code per activity (worked hours), per absence reason of a helper, and one
for a customer's absence inside the helper's schedule. Shipped defaults:

    home_help DC01 · ironing DC03 · holiday VAK · sickness ZIEK ·
    training OPL (opleiding) · stop STOP (stopzetting) · other AFW (afwezig) ·
    customer absence KLAF

Rules for a code: 1 to 10 characters, ASCII letters, digits, `-` and `_`,
starting with a letter or digit (a leading `-` is a formula to a spreadsheet);
never empty. Two subjects of the same side may share a code (a secretariat
may pay home help and ironing under one code; the CSV then adds their hours
up, which is what it asks for). A worked code may not be the code of an
absence, though: the CSV would add worked and not-worked hours together and
nobody could tell them apart again. Codes compare case-insensitively for that
rule and are kept as typed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from inharmony_desktop.core.errors import ValidationError
from inharmony_desktop.core.formatting import ACTIVITY_WORDS
from inharmony_desktop.core.models import PayrollCode
from inharmony_desktop.core.services import audit
from inharmony_desktop.core.services.absences import REASON_LABELS
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.core.vocabulary import AbsenceReason, Activity

ACTIVITY = "activity"
ABSENCE = "absence"
CUSTOMER_ABSENCE = "customer_absence"
ANY = "any"  # the one subject of a customer absence

MAX_LENGTH = 10
# A leading `-` would read as a formula in a spreadsheet (and be neutralised in the CSV).
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")

ACTIVITY_LABELS = ACTIVITY_WORDS
CUSTOMER_ABSENCE_LABEL = "klant afwezig"

DEFAULTS: dict[tuple[str, str], str] = {
    (ACTIVITY, Activity.HOME_HELP): "DC01",
    (ACTIVITY, Activity.IRONING): "DC03",
    (ABSENCE, AbsenceReason.HOLIDAY): "VAK",
    (ABSENCE, AbsenceReason.SICKNESS): "ZIEK",
    (ABSENCE, AbsenceReason.TRAINING): "OPL",
    (ABSENCE, AbsenceReason.STOP): "STOP",
    (ABSENCE, AbsenceReason.OTHER): "AFW",
    (CUSTOMER_ABSENCE, ANY): "KLAF",
}


def field_name(kind: str, subject: str) -> str:
    """The name of a code's field in `ValidationError.fields` and in the dialog."""
    return f"{kind}.{subject}"


def label(kind: str, subject: str) -> str:
    """Dutch: 'huishoudhulp', 'ziekte', 'klant afwezig'."""
    if kind == ACTIVITY:
        return ACTIVITY_LABELS.get(subject, subject)
    if kind == ABSENCE:
        return REASON_LABELS.get(subject, subject)
    return CUSTOMER_ABSENCE_LABEL


@dataclass(frozen=True)
class CodeRow:
    """One line of the table as the Settings tab shows it."""

    kind: str
    subject: str
    label: str  # Dutch
    code: str
    default: str

    @property
    def field(self) -> str:
        return field_name(self.kind, self.subject)

    @property
    def worked(self) -> bool:
        return self.kind == ACTIVITY


@dataclass(frozen=True)
class CodeTable:
    """The codes in force, for reading; a missing code is None."""

    codes: Mapping[tuple[str, str], str]

    def activity(self, activity: str) -> str | None:
        return self.codes.get((ACTIVITY, activity))

    def absence(self, reason: str) -> str | None:
        return self.codes.get((ABSENCE, reason))

    def customer_absence(self) -> str | None:
        return self.codes.get((CUSTOMER_ABSENCE, ANY))


def install_defaults() -> None:
    """Add the shipped code of every subject that has none (a new database)."""
    present = {(k, s) for k, s in PayrollCode.select(PayrollCode.kind, PayrollCode.subject)
               .tuples()}
    rows = [{"kind": kind, "subject": subject, "code": code}
            for (kind, subject), code in DEFAULTS.items() if (kind, subject) not in present]
    if rows:
        PayrollCode.insert_many(rows).execute()


def load_codes() -> CodeTable:
    return CodeTable({(kind, subject): code for kind, subject, code in PayrollCode.select(
        PayrollCode.kind, PayrollCode.subject, PayrollCode.code).tuples()})


def code_rows() -> list[CodeRow]:
    """Every subject in a fixed order (activities, absence reasons, customer absence),
    with its code in force ('' when it has none)."""
    table = load_codes().codes
    return [CodeRow(kind, subject, label(kind, subject), table.get((kind, subject), ""),
                    default) for (kind, subject), default in DEFAULTS.items()]


def _check_code(text: str) -> str | None:
    """The problem with one code, or None."""
    if not text:
        return "De code is verplicht."
    if len(text) > MAX_LENGTH:
        return f"Een code heeft hoogstens {MAX_LENGTH} tekens (nu {len(text)})."
    if not _CODE.fullmatch(text):
        return ("Gebruik alleen letters zonder accent, cijfers, - en _ (geen spaties), en begin "
                "met een letter of cijfer.")
    return None


def clean_codes(values: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """Check new codes given by field name (`activity.home_help`: `DC01`; any subset).

    Returns them by (kind, subject), stripped; raises `ValidationError` whose
    `fields` say, per field name, what is wrong, so that each message can stand
    beside its field. Reads the codes in force for the worked/absence rule.
    """
    by_field = {field_name(kind, subject): (kind, subject) for kind, subject in DEFAULTS}
    errors: dict[str, str] = {}
    cleaned: dict[tuple[str, str], str] = {}
    for name, value in values.items():
        key = by_field.get(name)
        if key is None:
            errors[name] = f"Onbekende looncode '{name}'."
            continue
        text = (value or "").strip()
        problem = _check_code(text)
        if problem:
            errors[name] = problem
        else:
            cleaned[key] = text
    merged = {**load_codes().codes, **cleaned}
    worked = {code.upper(): key for key, code in merged.items() if key[0] == ACTIVITY}
    for key, code in merged.items():
        clash = worked.get(code.upper()) if key[0] != ACTIVITY else None
        if clash is None:
            continue
        # The message goes beside the field that was changed.
        if key in cleaned:
            errors.setdefault(field_name(*key), (
                f"{code} is al de code van {label(*clash)} (gewerkte uren); een afwezigheid "
                "heeft een eigen code nodig."))
        elif clash in cleaned:
            errors.setdefault(field_name(*clash), (
                f"{code} is al de code van {label(*key)} (afwezigheid); gewerkte uren hebben "
                "een eigen code nodig."))
    if errors:
        raise ValidationError(errors)
    return cleaned


def save_codes(values: Mapping[str, str]) -> list[str]:
    """Check and store new codes in one transaction, one audit entry per changed code.

    Returns the field names that changed (empty when nothing did).
    """
    cleaned = clean_codes(values)
    changed: list[str] = []
    with transaction():
        rows = {(r.kind, r.subject): r for r in PayrollCode.select()}
        for (kind, subject), code in cleaned.items():
            row = rows.get((kind, subject))
            before = row.code if row is not None else None
            if before == code:
                continue
            if row is None:
                row = PayrollCode.create(kind=kind, subject=subject, code=code)
            else:
                PayrollCode.update(code=code).where(PayrollCode.id == row.id).execute()
            audit.record("payroll_code", row.id, "update",
                         f"Looncode {label(kind, subject)}: {before or '(geen)'} → {code}",
                         before={"kind": kind, "subject": subject, "code": before},
                         after={"kind": kind, "subject": subject, "code": code})
            changed.append(field_name(kind, subject))
    return changed
