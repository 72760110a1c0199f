"""A row of the Pluxee work list in words: why an action does not fit it (the
tooltip of a disabled action, "" when it fits), the line above the list that says
which reading it is, and the selected row in full under the list. Plain functions
of `WorkRow`s, for the Pluxee tab (`ui/tabs/pluxee.py`)."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.core.formatting import date_time_text
from inharmony_desktop.core.services.reconciliation_plan import IN_ORDER
from inharmony_desktop.core.vocabulary import PluxeeCategory, Status
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import pluxee_category_label, status_label, user_number_text

if TYPE_CHECKING:
    from inharmony_desktop.core.services.pluxee_worklist import ReadingSummary, WorkRow

translate = QCoreApplication.translate
C = PluxeeCategory


def open_refusal(row: WorkRow | None) -> str:
    """Why the row's prestation cannot be opened ("" when it can)."""
    if row is None:
        return translate("PluxeeTab", "Select a row first.")
    if row.prestation_id is None:
        if row.category == C.AMBIGUOUS:
            return translate("PluxeeTab", "More than one prestation may be it: show the "
                             "candidates.")
        return translate("PluxeeTab", "There is no prestation here for this row.")
    return ""


def move_refusal(rows: Sequence[WorkRow]) -> str:
    """Why the selected row's prestation cannot be moved to Pluxee's user number."""
    if len(rows) != 1:
        return translate("PluxeeTab", "Select one row to move its prestation.")
    row = rows[0]
    if row.category != C.OTHER_USER_NUMBER:
        return translate("PluxeeTab", "Only a prestation that Pluxee has on another user "
                         "number is moved.")
    if row.handled:
        return translate("PluxeeTab", "This row is handled; open it again first.")
    if row.double:
        return translate("PluxeeTab", "Pluxee has this prestation twice: delete this "
                         "registration in Pluxee's zone.")
    if row.user_number_id is None:
        return translate("PluxeeTab", "Pluxee's user number is not in this program.")
    if row.move_target_id is None:
        return translate("PluxeeTab", "The prestation is on Pluxee's user number already.")
    return ""


def create_refusal(rows: Sequence[WorkRow]) -> str:
    """Why the selected rows' prestations cannot be created as Pluxee has them."""
    if not rows:
        return translate("PluxeeTab", "Select the rows missing here first.")
    for row in rows:
        if row.category != C.MISSING_HERE:
            return translate("PluxeeTab", "Only a prestation missing here can be created.")
        if row.created:
            return translate("PluxeeTab", "Already created from this list.")
        if row.handled:
            return translate("PluxeeTab", "This row is handled; open it again first.")
        if row.status_pluxee == Status.CANCELLED:
            return translate("PluxeeTab", "Cancelled at Pluxee: nothing to create.")
        if row.activity is None:
            return translate("PluxeeTab", "Pluxee's activity is not one of this program.")
        if not row.can_create:
            return translate("PluxeeTab", "The helper or the user number is not in this "
                             "program.")
    return ""


def candidates_refusal(row: WorkRow | None) -> str:
    if row is None or row.category != C.AMBIGUOUS:
        return translate("PluxeeTab", "Only for a row that more than one prestation here "
                         "may be.")
    if not row.candidate_ids:
        return translate("PluxeeTab", "The candidates are helpers with the same name: give "
                         "each an INSZ.")
    return ""


def handled_refusal(rows: Sequence[WorkRow]) -> str:
    if not rows:
        return translate("PluxeeTab", "Select a row first.")
    if all(row.category == C.MATCHED for row in rows):
        return translate("PluxeeTab", "In order: nothing to handle.")
    return ""


def summary_html(summary: ReadingSummary | None) -> str:
    """The line above the list: which reading it is."""
    if summary is None:
        return html.escape(translate(
            "PluxeeTab", "No Pluxee export read yet. Download it in Pluxee's zone (Beheer van "
            "prestaties › Prestaties exporteren) and read it with File › Read Pluxee export…"))
    period = ""
    if summary.period_from and summary.period_to:
        period = translate("PluxeeTab", "period {first} – {last}").format(
            first=date_text(summary.period_from), last=date_text(summary.period_to))
    differences = sum(count for code, count in summary.counts.items()
                      if code not in {c.value for c in IN_ORDER})
    parts = [
        translate("PluxeeTab", "{file}, read on {when} by {who}").format(
            file=summary.file_name, when=date_time_text(summary.at), who=summary.who),
        period,
        translate("PluxeeTab", "%n row(s)", None, summary.row_count),
        translate("PluxeeTab", "%n difference(s)", None, differences),
        translate("PluxeeTab", "%n prestation(s) brought up to date", None,
                  summary.changed_count),
    ]
    return "<b>" + html.escape(translate("PluxeeTab", "Last reading:")) + "</b> " + html.escape(
        " · ".join(part for part in parts if part))


def detail_html(row: WorkRow | None) -> str:
    """The selected row in full: Pluxee's side, ours, and what to do."""
    if row is None:
        return ""
    hours = translate("PluxeeTab", "{hours} h")
    if row.line is not None:
        status = row.status_text or status_label(row.status_pluxee or "")
        if row.status_date:
            status += f" ({date_text(row.status_date)})"
        theirs = translate("PluxeeTab", "Work ID {work_id}, line {line}").format(
            work_id=row.work_id or "?", line=row.line)
        theirs = " · ".join(part for part in (
            theirs, date_text(row.date), user_number_text(row.user_number), row.helper_name,
            hours.format(hours=row.hours_pluxee) if row.hours_pluxee is not None else "",
            status) if part)
    else:
        theirs = translate("PluxeeTab", "not in the export")
    if row.prestation_id is not None and row.date_here is not None:
        ours = " · ".join(part for part in (
            translate("PluxeeTab", "prestation {id}").format(id=row.prestation_id),
            date_text(row.date_here), user_number_text(row.user_number_here or ""),
            row.helper_here or "",
            translate("PluxeeTab", "{hours} h electronic").format(hours=row.hours_here),
            status_label(row.status_here or "")) if part)
    elif row.prestation_id is not None:
        ours = translate("PluxeeTab", "prestation {id}, created from this list").format(
            id=row.prestation_id)
    elif row.candidate_ids:
        ours = translate("PluxeeTab", "one of %n prestation(s): {ids}", None,
                         len(row.candidate_ids)).format(
            ids=", ".join(str(i) for i in row.candidate_ids))
    else:
        ours = translate("PluxeeTab", "nothing")
    label = html.escape(pluxee_category_label(row.category))
    lines = [f"<b>Pluxee:</b> {html.escape(theirs)}",
             "<b>" + html.escape(translate("PluxeeTab", "Here:")) + f"</b> {html.escape(ours)}",
             f"<b>{label}:</b> {html.escape(row.message)}"]
    return "<br>".join(lines)
