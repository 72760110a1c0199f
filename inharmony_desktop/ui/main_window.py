"""The main window: a thin assembler of the customer tree, the tabs, the details
panel, the actions, the one undo stack and the features.

How to extend it (each is a small, local change):

- **A tab**: write a widget in `ui/tabs/` (give it `refresh()` and, if it follows
  the tree, `set_scope(kind, id)`), then add one `self.add_tab(...)` line in
  `_build_tabs()`. Give `add_tab` an `on_change` set of broadcast kinds
  (`ui/broadcast.py`) after which the tab refreshes, and optional `edit` /
  `delete` callables that receive the selected ids when Edit/Delete is used
  while the tab is shown.
- **An action**: declare it in `ui/actions.py` (`Actions.__init__`, then a menu
  in `fill_menus()`), and connect it in `_connect_actions()` here, or in the
  feature that owns it.
- **A feature**: a module in `ui/features/` with a small dataclass of the window
  parts it uses; build it in `_install_features()`.
- **A context-menu entry**: append a builder to `self.customers.menu_builders`
  (tree: `builder(menu, kind, id)`) or to a table's `menu_builders`
  (`builder(menu, selected_ids)`); see `_add_context_menus()`.
- **A details section**: subclass `views.details.DetailsSection` and call
  `self.details.add_section(section)`.
- **A change to data**: write a `ServiceCommand` in `ui/commands/` and run it
  with `self.editor.run(command)`; views refresh through the broadcaster.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QTabWidget, QWidget

from inharmony_desktop import APP_NAME
from inharmony_desktop.core import safety
from inharmony_desktop.core.db import is_sqlite
from inharmony_desktop.core.errors import KnownError
from inharmony_desktop.core.services.prestations import PrestationInput
from inharmony_desktop.ui import broadcast, messages, window_state
from inharmony_desktop.ui.actions import Actions
from inharmony_desktop.ui.broadcast import ChangeBroadcaster
from inharmony_desktop.ui.change_watcher import ChangeWatcher
from inharmony_desktop.ui.checkpoints import Checkpoints
from inharmony_desktop.ui.commands.base import CommandRunner
from inharmony_desktop.ui.features.availability import ActionAvailability, AvailabilityParts
from inharmony_desktop.ui.features.backups import BackupController, BackupStatus
from inharmony_desktop.ui.features.csv_transfer import CsvParts, CsvTransfer
from inharmony_desktop.ui.features.editing import Editor
from inharmony_desktop.ui.features.help import HelpActions, HelpParts
from inharmony_desktop.ui.features.moves import MoveFeature, MoveParts
from inharmony_desktop.ui.features.parts import IdsAction
from inharmony_desktop.ui.features.payroll import PayrollFeature, PayrollParts
from inharmony_desktop.ui.features.planning import Planning, PlanningParts
from inharmony_desktop.ui.features.pluxee import PluxeeFeature, PluxeeParts
from inharmony_desktop.ui.features.refunds import RefundActions, RefundParts
from inharmony_desktop.ui.features.selection import SelectionActions, SelectionParts
from inharmony_desktop.ui.features.statements import StatementActions
from inharmony_desktop.ui.features.tab_set import TabEntry, TabSet
from inharmony_desktop.ui.features.vouchers import VoucherParts, VoucherTools
from inharmony_desktop.ui.features.welcome import SwitchDatabase, Welcome, WelcomeParts
from inharmony_desktop.ui.models.customer_tree import CustomerTreeModel
from inharmony_desktop.ui.tabs.helpers import HelpersTab
from inharmony_desktop.ui.tabs.orders import OrdersTab
from inharmony_desktop.ui.tabs.prestations import PrestationsTab
from inharmony_desktop.ui.views.customer_tree import CustomerPanel
from inharmony_desktop.ui.views.details import DetailsPanel


class MainWindow(QMainWindow):
    def __init__(self, db_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(f"{APP_NAME} — {Path(db_label).name}")
        self.db_label = db_label
        self.broadcaster = ChangeBroadcaster(self)
        self.undo_stack = QUndoStack(self)
        self.editor = Editor(self, CommandRunner(self.undo_stack, self.broadcaster))
        self.planning = Planning(self, self.editor)
        self.menu_actions = Actions(self, self.undo_stack)
        self.backups = BackupController(self)
        self.statements = StatementActions(self)
        self.menus = self.menu_actions.fill_menus()
        self.toolbar = self.menu_actions.fill_toolbar()

        self.tree_model = CustomerTreeModel(self)
        self.customers = CustomerPanel(self.tree_model, self)
        self.details = DetailsPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tab_set = TabSet(self.tabs)
        self.tab_set.count_changed.connect(self._update_counts)
        self.selection = SelectionActions(SelectionParts(self, self.customers, self.tab_set,
                                                         self.editor))
        # The tabs, or the welcome page on an empty database (ui/features/welcome.py).
        self.central = QStackedWidget(self)
        self.central.addWidget(self.tabs)
        self.setCentralWidget(self.central)
        # Set by the composition root: open another database in this window (the demo).
        self.switch_database: SwitchDatabase | None = None
        # Asked before the window closes; False keeps it open (the session closes it later).
        self.may_close: Callable[[], bool] = lambda: True
        left = self._dock(self.customers, self.tr("Customers"), "customers_dock",
                          Qt.DockWidgetArea.LeftDockWidgetArea)
        right = self._dock(self.details, self.tr("Details"), "details_dock",
                           Qt.DockWidgetArea.RightDockWidgetArea)
        self._build_tabs()
        self._build_status_bar()
        self._connect_actions()
        self._add_context_menus()
        self._install_features()
        self.customers.selection_changed.connect(self._scope_changed)
        self.customers.activated.connect(self.selection.open_in_tree)
        self.broadcaster.entities_changed.connect(self._entities_changed)
        self.checkpoints = Checkpoints(self)  # the WAL written back while the office is idle
        self.broadcaster.entities_changed.connect(self.checkpoints.changed)
        self.broadcaster.command_failed.connect(lambda text: messages.show_error(self, text))
        # On a shared server database, what the other PCs change reaches the views too.
        self.change_watcher = ChangeWatcher(self.broadcaster, parent=self)
        if not is_sqlite():
            self.change_watcher.start()
        self.docks = (left, right)
        available = self.screen().availableGeometry() if self.screen() else None
        self.fit_to(available.width() if available is not None else 1600,
                    available.height() if available is not None else 900)
        self.restore_state()
        self._first_load()

    # --- assembly -----------------------------------------------------------------------------
    def _dock(self, widget: QWidget, title: str, name: str,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    def fit_to(self, screen_width: int, screen_height: int) -> None:
        """The first start's layout for a screen of this size (a 1366x768 laptop too); later
        starts restore the saved geometry. On a small screen the side panels give way first."""
        self.resize(min(1600, screen_width), min(900, screen_height))
        widths = [370, 310] if screen_width >= 1600 else [340, 225]
        self.resizeDocks(list(self.docks), widths, Qt.Orientation.Horizontal)

    def _build_tabs(self) -> None:
        editor = self.editor
        self.prestations = PrestationsTab(self)
        self.add_tab("prestations", self.prestations, self.tr("Prestations"),
                     {broadcast.PRESTATION, broadcast.CUSTOMER, broadcast.USER_NUMBER,
                      broadcast.HELPER},
                     edit=lambda ids: editor.edit_prestation(ids[0]),
                     delete=editor.delete_prestations)
        self.orders = OrdersTab(self)
        self.add_tab("orders", self.orders, self.tr("Orders"),
                     {broadcast.ORDER, broadcast.CUSTOMER, broadcast.USER_NUMBER},
                     edit=lambda ids: editor.edit_order(ids[0]),
                     delete=lambda ids: editor.delete_order(ids[0]))
        self.helpers = HelpersTab(self)
        self.add_tab("helpers", self.helpers, self.tr("Helpers"), {broadcast.HELPER},
                     edit=lambda ids: editor.edit_helper(ids[0]),
                     delete=lambda ids: editor.delete_helper(ids[0]))
        self.prestations.quick_entry.submitted.connect(self._quick_entry)
        self.prestations.table.activated_id.connect(editor.edit_prestation)
        self.prestations.model.edit_requested.connect(editor.change_prestation)
        self.orders.table.activated_id.connect(editor.edit_order)
        self.helpers.table.activated_id.connect(editor.edit_helper)
        self.planning.install(PlanningParts(self.menu_actions, self.tabs, self.add_tab,
                                            self.show_status))
        self.schedules, self.absences = self.planning.schedules, self.planning.absences

    def add_tab(self, key: str, widget: QWidget, title: str, on_change: set[str] | None = None,
                *, edit: IdsAction | None = None, delete: IdsAction | None = None) -> None:
        self.tab_set.add(key, widget, title, on_change, edit=edit, delete=delete)

    def _build_status_bar(self) -> None:
        self.db_status = QLabel(self.tr("Database: {path}").format(path=self.db_label), self)
        self.count_status = QLabel(self)
        self.backup_status = BackupStatus(self)
        self.statusBar().addWidget(self.db_status, 1)
        self.statusBar().addPermanentWidget(self.count_status)
        self.statusBar().addPermanentWidget(self.backup_status)
        self.backup_status.refresh()

    def show_status(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def _connect_actions(self) -> None:
        actions, editor = self.menu_actions, self.editor
        actions.new_prestation.triggered.connect(
            lambda: editor.new_prestation(self._selected_number()))
        actions.quick_entry.triggered.connect(self._start_quick_entry)
        actions.new_customer.triggered.connect(editor.new_customer)
        actions.new_user_number.triggered.connect(
            lambda: editor.new_user_number(self.customers.selected_customer_id()))
        actions.new_helper.triggered.connect(editor.new_helper)
        actions.new_order.triggered.connect(lambda: editor.new_order(self._selected_number()))
        actions.edit.triggered.connect(self.selection.edit)
        actions.delete.triggered.connect(self.selection.delete)
        actions.find.triggered.connect(self._find)
        actions.refresh.triggered.connect(self.refresh_all)
        actions.settings.triggered.connect(self.open_settings)
        actions.yearly_statement.triggered.connect(
            lambda: self.statements.show_statement(self._selected_number()))
        actions.print_statements.triggered.connect(self.statements.print_statements)
        actions.make_backup.triggered.connect(self.backups.make_backup)
        actions.restore_backup.triggered.connect(self.backups.restore_backup)
        self.backups.database_restored.connect(self.database_replaced)
        self.backups.backup_made.connect(self.backup_status.refresh)
        actions.choose_database.triggered.connect(self._choose_database)
        actions.quit.triggered.connect(self.close)

    def _add_context_menus(self) -> None:
        actions = self.menu_actions

        def tree_menu(menu, kind, _id) -> None:
            menu.addActions([actions.new_customer, actions.new_user_number, actions.new_order,
                             actions.new_prestation])
            if kind:
                menu.addSeparator()
                menu.addActions([actions.edit, actions.delete])
            if kind == "user_number":
                menu.addAction(actions.yearly_statement)

        def table_menu(menu, ids) -> None:
            menu.addAction(actions.new_prestation)
            if ids:
                menu.addActions([actions.edit, actions.delete])

        self.customers.menu_builders.append(tree_menu)
        for table in (self.prestations.table, self.orders.table, self.helpers.table):
            table.menu_builders.append(table_menu)

    def _install_features(self) -> None:
        actions, table = self.menu_actions, self.prestations.table
        self.moves = MoveFeature(MoveParts(
            self, self.editor.runner, actions, self.customers, self.tree_model, table,
            self.details, self.tabs, self.add_tab, self.editor.edit_prestation,
            self.selection.tree_has_focus, self.show_status))
        self.move_controller, self.corrections = self.moves.controller, self.moves.panel
        self.csv_transfer = CsvTransfer(CsvParts(self, actions, self.refresh_all,
                                                 self.show_status))
        self.availability = ActionAvailability(AvailabilityParts(
            actions, self.tabs, self.prestations, table, self.customers, self.tree_model,
            lambda: self.current_entry().delete is not None))
        self.voucher_tools = VoucherTools(VoucherParts(self, actions, self.editor,
                                                       self.customers, table, self.details))
        self.refunds = RefundActions(RefundParts(self, actions, self.editor, self.customers))
        self.payroll = PayrollFeature(PayrollParts(
            self, actions, self.tabs, self.prestations, self.editor.edit_helper,
            self.planning.edit_absence, self.broadcaster.entities_changed, self.show_status))
        self.help = HelpActions(HelpParts(self, actions))
        self.welcome = Welcome(WelcomeParts(
            self, self.central, self.tabs, self.broadcaster, self.open_settings,
            self.editor.new_customer, self.csv_transfer.import_kind,
            lambda: self.help.show_manual("01-eerste-dag.html"), lambda: self.switch_database))
        self.pluxee = PluxeeFeature(PluxeeParts(
            self, self.editor, actions, self.tabs, self.add_tab, self.prestations,
            self.move_controller, self.show_status))

    # --- state --------------------------------------------------------------------------------
    def _headers(self) -> dict:
        return {**self.tab_set.headers(), "customer_tree": self.customers.tree.header()}

    def restore_state(self) -> None:
        window_state.restore(self, self.tabs, self._headers())

    def save_state(self) -> None:
        window_state.save(self, self.tabs, self._headers())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():  # e.g. the day's backup is made first (ui/session.py)
            event.ignore()
            return
        self.save_state()
        self.tree_model.wait()  # a read still under way ends before the window goes
        super().closeEvent(event)

    # --- refreshing ---------------------------------------------------------------------------
    @Slot()
    def database_replaced(self) -> None:
        """A backup was put back: nothing on screen or in the undo stack is valid any more."""
        self.undo_stack.clear()
        self.refresh_all()

    def refresh_all(self) -> None:
        self.customers.reload()
        self.prestations.reload_choices()
        self.tab_set.refresh_all()
        self.details.refresh()
        self._update_counts()
        self.welcome.refresh()

    def _first_load(self) -> None:
        """What the first screen shows: the tab on top; the tree arrives from a worker
        thread, the other tabs read their rows when first shown."""
        self.customers.load_in_background()
        self.tree_model.modelReset.connect(self._update_counts)
        self.prestations.reload_choices()
        self.tab_set.refresh_all()
        self._update_counts()
        self.welcome.refresh()

    def is_ready(self) -> bool:
        """The first screen is complete: the customer tree has been read."""
        return not self.tree_model.loading

    @Slot(str, list)
    def _entities_changed(self, kind: str, ids: list) -> None:
        """Reload what shows rows of `kind`: changed user numbers (with their ids) only
        repaint their rows of the tree; anything else reloads the views that show it."""
        self._refresh_tree(kind, ids)
        if kind in (broadcast.USER_NUMBER, broadcast.HELPER):
            self.prestations.reload_choices()
        self.tab_set.refresh_kind(kind)
        self.details.refresh()
        self._update_counts()

    def _refresh_tree(self, kind: str, ids: list[int]) -> None:
        if kind == broadcast.USER_NUMBER and ids and self.tree_model.refresh_numbers(ids):
            return
        if kind in (broadcast.CUSTOMER, broadcast.USER_NUMBER, broadcast.ORDER):
            self.customers.reload()

    @Slot()
    def _update_counts(self, *_args) -> None:
        self.count_status.setText(self.tr(
            "{customers} customers · {numbers} user numbers · {prestations} prestations shown"
        ).format(customers=self.tree_model.customer_count(),
                 numbers=self.tree_model.user_number_count(),
                 prestations=self.prestations.model.rowCount()))

    # --- slots --------------------------------------------------------------------------------
    @Slot(str, int)
    def _scope_changed(self, kind: str, entity_id: int) -> None:
        customer_id = self.customers.selected_customer_id() if kind else None
        self.details.show_for(customer_id, entity_id if kind == "user_number" else None)
        self.tab_set.set_scope(kind, entity_id)
        self._update_counts()

    @Slot(str, int)
    def _selected_number(self) -> int | None:
        kind, entity_id = self.customers.selected()
        return entity_id if kind == "user_number" else None

    def current_entry(self) -> TabEntry:
        return self.tab_set.current()

    @Slot()
    def _start_quick_entry(self) -> None:
        self.tabs.setCurrentWidget(self.prestations)
        self.prestations.quick_entry.start()

    @Slot(object)
    def _quick_entry(self, data: PrestationInput) -> None:
        try:
            new_id = self.editor.add_prestation(data)
        except KnownError as exc:
            self.prestations.quick_entry.show_error(exc)
            return
        if new_id is None:  # the user did not confirm an unusual date
            return
        self.prestations.quick_entry.ready_for_next()
        self.show_status(self.prestations.show_added(new_id), 10_000)

    @Slot()
    def _find(self) -> None:
        self.customers.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.customers.search.selectAll()

    @Slot()
    def _choose_database(self) -> None:
        from inharmony_desktop.ui.dialogs.database import choose_database  # loaded when used

        choose_database(self)

    @Slot()
    def open_settings(self) -> None:
        from inharmony_desktop.ui.commands.settings import SaveSettingsCommand
        from inharmony_desktop.ui.dialogs.settings import SettingsDialog  # loaded when used

        language = str(QSettings().value("ui/language", "nl"))
        change = SettingsDialog.ask(self, language)
        if change is None:
            return
        if change.language != language:
            QSettings().setValue("ui/language", change.language)
        if change.allow_unsafe_location is not None:
            safety.set_local_override(change.allow_unsafe_location)
        self.editor.run(SaveSettingsCommand(self.tr("Change settings"), change.values,
                                            change.rule_rows, change.payroll_codes))
