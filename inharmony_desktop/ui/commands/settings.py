"""Company settings, yearly rules and payroll codes, saved together from the settings
dialog."""

from __future__ import annotations

from inharmony_desktop.core import rules
from inharmony_desktop.core.services import payroll_codes, settings
from inharmony_desktop.core.services.base import transaction
from inharmony_desktop.ui import broadcast
from inharmony_desktop.ui.commands.base import ServiceCommand


class SaveSettingsCommand(ServiceCommand):
    """Company settings, yearly rules and payroll codes (by field name, e.g.
    `activity.home_help`), saved together from the settings dialog."""

    kind = broadcast.SETTINGS

    def __init__(self, text: str, values: dict[str, str], rule_rows: list[dict],
                 codes: dict[str, str] | None = None) -> None:
        super().__init__(text)
        self._after = (dict(values), [dict(r) for r in rule_rows], dict(codes or {}))
        current = settings.all_settings()
        in_force = {row.field: row.code for row in payroll_codes.code_rows()}
        self._before = (
            {k: current.get(k, "") for k in values},
            [_rules_row(r) for r in rules.all_rules()],
            {name: in_force[name] for name in codes or {} if in_force.get(name)},
        )

    def apply(self) -> list[int]:
        _save(*self._after)
        return []

    def revert(self) -> list[int]:
        _save(*self._before)
        return []


def _rules_row(r: rules.Rules) -> dict:
    data = rules.as_dict(r)
    data.pop("source_year", None)
    return data


def _save(values: dict[str, str], rule_rows: list[dict], codes: dict[str, str]) -> None:
    with transaction():
        settings.save(values)
        for row in rule_rows:
            rules.save_rules(row)
        if codes:
            payroll_codes.save_codes(codes)


