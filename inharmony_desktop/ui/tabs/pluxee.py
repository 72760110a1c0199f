"""The "Pluxee" tab: the work list of the last reading of Pluxee's export.

A line on top says which reading it is; below, the rows (by default those that
ask something of the office, not the handled ones), each with Pluxee's side and
ours next to each other and the message; under the table the selected row in
full and the actions that fit it. An action that does not apply is disabled
with the reason as its tooltip.

Signals (the feature pushes the commands):
    open_requested(row): show the row's prestation in the Prestations tab.
    move_requested(row): move the row's prestation to Pluxee's user number.
    create_requested(rows): create the missing prestations as Pluxee has them.
    candidates_requested(row): show the prestations an ambiguous row may be.
    handled_requested(rows, handled): mark the rows handled, or open them again.
    count_changed(shown): the number of rows shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.services.reconciliation_plan import CATEGORY_ORDER
from inharmony_desktop.core.vocabulary import PluxeeCategory, Status
from inharmony_desktop.ui.labels import (
    pluxee_category_label,
    status_label,
    user_number_text,
)
from inharmony_desktop.ui.models import pluxee_worklist as columns
from inharmony_desktop.ui.models.pluxee_worklist import ALL, NEEDS_ACTION, PluxeeWorkModel
from inharmony_desktop.ui.tabs.pluxee_rows import (
    candidates_refusal,
    create_refusal,
    detail_html,
    handled_refusal,
    move_refusal,
    open_refusal,
    summary_html,
)
from inharmony_desktop.ui.views.id_table import IdTableView

if TYPE_CHECKING:
    from inharmony_desktop.core.services.pluxee_worklist import ReadingSummary, WorkRow

translate = QCoreApplication.translate
C = PluxeeCategory
# The columns that give way, first to last, when the table is too narrow for all of them
# (what they hold is under the table for the selected row, and the message in each row's
# tooltip too); the two sides next to each other stay.
GIVE_WAY = (columns.PRESTATION, columns.WORK_ID, columns.MESSAGE)
MESSAGE_MIN_WIDTH = 220
HELPER_MAX_WIDTH = 170


class PluxeeTab(QWidget):
    open_requested = Signal(object)
    move_requested = Signal(object)
    create_requested = Signal(list)
    candidates_requested = Signal(object)
    handled_requested = Signal(list, bool)
    count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, read_action: QAction | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pluxee_tab")
        self.summary: ReadingSummary | None = None
        self._stale = True
        self.model = PluxeeWorkModel(self)
        self._build_table()
        self._build_actions()
        self._build_filters(read_action)
        self._lay_out()
        self._update_actions()

    # --- building -----------------------------------------------------------------------------
    def _build_table(self) -> None:
        self.table = IdTableView(self)
        self.table.setObjectName("pluxee_table")
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # file order until asked
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated_id.connect(self._open_current)
        self.table.selection_changed_ids.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.menu_builders.append(self._fill_menu)
        self.model.modelReset.connect(self._shown_changed)

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("Show &prestation"), self)
        self.open_action.triggered.connect(self._open_current)
        self.move_action = QAction(self.tr("&Move to Pluxee's number"), self)
        self.move_action.triggered.connect(self._move)
        self.create_action = QAction(self.tr("&Create as Pluxee has it"), self)
        self.create_action.triggered.connect(self._create)
        self.candidates_action = QAction(self.tr("Show c&andidates"), self)
        self.candidates_action.triggered.connect(self._candidates)
        self.handled_action = QAction(self.tr("Mark &handled"), self)
        self.handled_action.triggered.connect(self._toggle_handled)
        self.row_actions = [self.open_action, self.move_action, self.create_action,
                            self.candidates_action, self.handled_action]

    def _build_filters(self, read_action: QAction | None) -> None:
        self.heading = QLabel(self)
        self.heading.setObjectName("pluxee_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shown = QComboBox(self)
        self.shown.setObjectName("pluxee_shown")
        self.shown.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shown.currentIndexChanged.connect(self._apply_filter)
        self.show_handled = QCheckBox(self.tr("Show handled"), self)
        self.show_handled.toggled.connect(self._apply_filter)
        self.count_label = QLabel(self)
        self.read_button: QToolButton | None = None
        if read_action is not None:
            self.read_button = QToolButton(self)
            self.read_button.setDefaultAction(read_action)
            self.read_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.detail = QLabel(self)
        self.detail.setObjectName("pluxee_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(3 * self.fontMetrics().lineSpacing() + 4)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.buttons: list[QToolButton] = []
        for action in self.row_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.append(button)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:"), self))
        filters.addWidget(self.shown)
        filters.addWidget(self.show_handled)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        if self.read_button is not None:
            filters.addWidget(self.read_button)
        actions = QHBoxLayout()
        for button in self.buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)

    # --- content ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload now when shown, else when next shown (a long list costs a moment)."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        # The work list's services (and the Pluxee file reader under them) load when the
        # tab is first read, not with the window.
        from inharmony_desktop.core.services import pluxee_worklist

        self._stale = False
        self.summary = pluxee_worklist.last_reading()
        rows = pluxee_worklist.work_list(self.summary.id) if self.summary else []
        self.heading.setText(summary_html(self.summary))
        self.model.set_rows(rows)
        self._fill_filter_choices()
        self.fit_columns()
        if not self.table.selected_ids() and self.model.rowCount():
            self.select_row(self.model.row_at(0).id)  # its details and actions at once

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _fill_filter_choices(self) -> None:
        keep = self.shown.currentData() or NEEDS_ACTION
        counts = self.summary.counts if self.summary else {}
        self.shown.blockSignals(True)
        self.shown.clear()
        needing = sum(n for code, n in counts.items() if code != C.MATCHED)
        self.shown.addItem(self.tr("Needs action (%n)", "", needing), NEEDS_ACTION)
        self.shown.addItem(self.tr("Everything (%n)", "", sum(counts.values())), ALL)
        for code in CATEGORY_ORDER:
            if counts.get(code.value):
                self.shown.addItem(f"{pluxee_category_label(code)} ({counts[code.value]})",
                                   code.value)
        self.shown.setCurrentIndex(max(self.shown.findData(keep), 0))
        self.shown.blockSignals(False)
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        self.model.set_filter(self.shown.currentData() or NEEDS_ACTION,
                              self.show_handled.isChecked())

    @Slot()
    def _shown_changed(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n row(s) shown", "", count))
        self.count_changed.emit(count)
        self._update_actions()

    def show_category(self, code: str) -> None:
        """Show the rows of one category (or NEEDS_ACTION / ALL)."""
        self.shown.setCurrentIndex(max(self.shown.findData(code), 0))

    # --- columns ------------------------------------------------------------------------------
    def preferred_widths(self) -> list[int]:
        """Each column's width with its header and its longest value fully shown."""
        cells = self.table.fontMetrics()
        heads = self.table.horizontalHeader().fontMetrics()
        rows = self.model.all_rows()
        longest_id = max((row.work_id or "" for row in rows), key=len, default="")
        samples: dict[int, Iterable[str]] = {
            columns.CATEGORY: [pluxee_category_label(c) for c in CATEGORY_ORDER],
            columns.WORK_ID: [longest_id or "700000000"],
            columns.DATE: ["30/12/2026"],
            columns.USER_NUMBER: ["8888 8888 8888"],
            columns.HELPER: {columns.text(row, columns.HELPER) for row in rows},
            columns.HOURS_PLUXEE: ["12"], columns.HOURS_HERE: ["12"],
            columns.STATUS_PLUXEE: [status_label(s) for s in Status],
            columns.STATUS_HERE: [status_label(s) for s in Status],
            columns.PRESTATION: [str(max((row.prestation_id or 0 for row in rows),
                                         default=1_000_000))],
            columns.MESSAGE: [],
        }
        widths = []
        titles = columns.headers()
        for column in range(columns.COLUMN_COUNT):
            head = max(heads.horizontalAdvance(line) for line in titles[column].split("\n"))
            body = max((cells.horizontalAdvance(s) for s in samples[column]), default=0)
            width = max(head + 16, body + 10)  # the margins of a header and of a cell
            if column == columns.HELPER:
                width = min(width, HELPER_MAX_WIDTH)
            widths.append(width)
        widths[columns.MESSAGE] = MESSAGE_MIN_WIDTH
        return widths

    def fit_columns(self) -> None:
        """Every column at a width that shows it whole; those of `GIVE_WAY` hidden, first
        to last, as long as the table is too narrow for them and the message."""
        widths = self.preferred_widths()
        # The room inside the frame, less the vertical scroll bar a longer list shows.
        table = self.table
        available = (table.width() - 2 * table.frameWidth()
                     - table.verticalScrollBar().sizeHint().width())
        hidden: set[int] = set()
        for column in GIVE_WAY:
            if sum(w for c, w in enumerate(widths) if c not in hidden) <= available:
                break
            hidden.add(column)
        header = self.table.horizontalHeader()
        for column, width in enumerate(widths):
            header.setSectionHidden(column, column in hidden)
            if column != columns.MESSAGE:
                self.table.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    # --- selection and actions ----------------------------------------------------------------
    def selected_rows(self) -> list[WorkRow]:
        return self.model.rows_of(self.table.selected_ids())

    def current_row(self) -> WorkRow | None:
        """The selected row with the cursor, else the first selected one."""
        selected = self.selected_rows()
        current = self.table.current_id()
        return next((row for row in selected if row.id == current),
                    selected[0] if selected else None)

    def select_row(self, row_id: int) -> None:
        self.table.select_ids([row_id])
        position = self.model.row_of(row_id)
        if position is not None:
            self.table.scrollTo(self.model.index(position, 0))

    @Slot()
    def _update_actions(self, *_args) -> None:
        rows = self.selected_rows()
        current = self.current_row() if rows else None
        self.detail.setText(detail_html(current))
        move_text = self.tr("&Move to Pluxee's number")
        if len(rows) == 1 and rows[0].user_number and rows[0].category == C.OTHER_USER_NUMBER:
            move_text = self.tr("&Move to {number}").format(
                number=user_number_text(rows[0].user_number))
        self.move_action.setText(move_text)
        mark = not rows or any(not row.handled for row in rows)
        self.handled_action.setText(self.tr("Mark &handled") if mark else self.tr("Open &again"))
        reasons = {
            self.open_action: open_refusal(current),
            self.move_action: move_refusal(rows),
            self.create_action: create_refusal(rows),
            self.candidates_action: candidates_refusal(current),
            self.handled_action: handled_refusal(rows),
        }
        helps = {
            self.open_action: self.tr("Select this prestation in the Prestations tab (Enter)"),
            self.move_action: self.tr("Move the prestation to the user number Pluxee has it "
                                      "on, and mark the row handled"),
            self.create_action: self.tr("Create the prestation as Pluxee has it (all electronic) "
                                        "and mark the row handled"),
            self.candidates_action: self.tr("Select the prestations it may be in the "
                                            "Prestations tab"),
            self.handled_action: self.tr("Nothing more to do for these rows") if mark else
            self.tr("Show these rows as still to do"),
        }
        for action, reason in reasons.items():
            action.setEnabled(not reason)
            action.setToolTip(reason or helps[action])

    def _fill_menu(self, menu: QMenu, _ids: list[int]) -> None:
        menu.setToolTipsVisible(True)
        menu.addActions(self.row_actions)

    @Slot()
    def _open_current(self, *_args) -> None:
        row = self.current_row()
        if row is not None and not open_refusal(row):
            self.open_requested.emit(row)

    @Slot()
    def _move(self) -> None:
        rows = self.selected_rows()
        if not move_refusal(rows):
            self.move_requested.emit(rows[0])

    @Slot()
    def _create(self) -> None:
        rows = self.selected_rows()
        if not create_refusal(rows):
            self.create_requested.emit(rows)

    @Slot()
    def _candidates(self) -> None:
        row = self.current_row()
        if not candidates_refusal(row):
            self.candidates_requested.emit(row)

    @Slot()
    def _toggle_handled(self) -> None:
        rows = [row for row in self.selected_rows() if row.category != C.MATCHED]
        if not rows:
            return
        mark = any(not row.handled for row in rows)
        self.handled_requested.emit([row for row in rows if row.handled != mark], mark)
