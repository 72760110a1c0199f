"""Every QAction of the main window, declared in one place.

To add an action: add an attribute in `Actions.__init__` with `self._make()`,
give it a standard shortcut where one exists, and put it in a menu in
`Actions.fill_menus()` (and the toolbar in `fill_toolbar()` if it is used
daily). The main window connects `triggered` to its slot.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

from inharmony_desktop.resources import icon_path


def themed_icon(name: str) -> QIcon:
    """The desktop's icon of this name (Linux themes), else the one shipped in resources/icons
    (Windows has no icon theme)."""
    return QIcon.fromTheme(name, QIcon(str(icon_path(f"{name}.svg"))))


class Actions(QObject):
    """The window's actions; attributes are public so that slots can be connected."""

    def __init__(self, window: QMainWindow, undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self.window = window
        self._make_new()
        self._make_editing(undo_stack)
        self._make_tools()
        self._make_vouchers()
        self._make_file()
        self.window.addActions([self.undo, self.redo])
        self._make_planning()

    def _make_new(self) -> None:
        icon = self.window.style().standardIcon
        pixmap, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.new_prestation = self._make(
            QCoreApplication.translate("Actions", "New &prestation…"), key.New,
            icon(pixmap.SP_FileIcon)
        )
        self.quick_entry = self._make(
            QCoreApplication.translate("Actions", "&Quick entry"), "Ctrl+E"
        )
        self.quick_entry.setStatusTip(QCoreApplication.translate(
            "Actions", "Type date, user number, helper and hours in the Prestations tab; "
            "Enter saves"))
        self.new_customer = self._make(
            QCoreApplication.translate("Actions", "New &customer…"), "Ctrl+Shift+K"
        )
        self.new_user_number = self._make(
            QCoreApplication.translate("Actions", "New &user number…"), "Ctrl+Shift+U"
        )
        self.new_helper = self._make(
            QCoreApplication.translate("Actions", "New &helper…"), "Ctrl+Shift+M"
        )
        self.new_order = self._make(
            QCoreApplication.translate("Actions", "New &order…"), "Ctrl+Shift+B"
        )

    def _make_editing(self, undo_stack: QUndoStack) -> None:
        icon = self.window.style().standardIcon
        pixmap, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.edit = self._make(
            QCoreApplication.translate("Actions", "&Edit…"),
            "F2",
            icon(pixmap.SP_FileDialogDetailedView),
        )
        self.delete = self._make(
            QCoreApplication.translate("Actions", "&Delete…"), key.Delete, icon(pixmap.SP_TrashIcon)
        )
        self.undo = undo_stack.createUndoAction(
            self, QCoreApplication.translate("Actions", "&Undo")
        )
        self.undo.setShortcut(key.Undo)
        self.undo.setIcon(themed_icon("edit-undo"))
        self.undo.setIconText(QCoreApplication.translate("Actions", "Undo"))
        self.redo = undo_stack.createRedoAction(
            self, QCoreApplication.translate("Actions", "&Redo")
        )
        self.redo.setShortcuts(key.Redo)  # Ctrl+Shift+Z everywhere, Ctrl+Y on Windows too
        if QKeySequence("Ctrl+Shift+Z") not in self.redo.shortcuts():
            self.redo.setShortcuts([*self.redo.shortcuts(), QKeySequence("Ctrl+Shift+Z")])
        self.redo.setIcon(themed_icon("edit-redo"))
        self.redo.setIconText(QCoreApplication.translate("Actions", "Redo"))
        self.move_to = self._make(
            QCoreApplication.translate("Actions", "&Move to…"), "Ctrl+M"
        )
        self.history = self._make(
            QCoreApplication.translate("Actions", "&History…"), "Ctrl+H"
        )
        self.show_corrections = self._make(
            QCoreApplication.translate("Actions", "To &correct in Pluxee"), "Ctrl+Shift+P"
        )

    def _make_tools(self) -> None:
        icon = self.window.style().standardIcon
        pixmap, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.find = self._make(
            QCoreApplication.translate("Actions", "&Find customer"),
            key.Find,
            icon(pixmap.SP_FileDialogContentsView),
        )
        self.refresh = self._make(
            QCoreApplication.translate("Actions", "Re&fresh"),
            key.Refresh,
            icon(pixmap.SP_BrowserReload),
        )
        self.settings = self._make(
            QCoreApplication.translate("Actions", "&Settings…"), key.Preferences
        )
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcut("Ctrl+,")

    def _make_vouchers(self) -> None:
        key = QKeySequence.StandardKey
        self.edit_split = self._make(
            QCoreApplication.translate("Actions", "Paper/electronic &split…"), "Ctrl+Shift+S")
        self.switchover = self._make(
            QCoreApplication.translate("Actions", "Switch to &electronic…"))
        self.ironing_basket = self._make(
            QCoreApplication.translate("Actions", "&Ironing basket…"), "Ctrl+Shift+I")
        self.refunds = self._make(
            QCoreApplication.translate("Actions", "&Refunds…"))
        self.refunds.setStatusTip(QCoreApplication.translate(
            "Actions", "Vouchers of the selected user number returned to Pluxee"))
        self.yearly_statement = self._make(
            QCoreApplication.translate("Actions", "&Yearly statement…"), key.Print
        )
        self.print_statements = self._make(
            QCoreApplication.translate("Actions", "Yearly &statements of a year…")
        )
        self.print_statements.setStatusTip(QCoreApplication.translate(
            "Actions", "Write the yearly statement of every user number with orders in a year "
            "as PDFs, and one file with all of them to print"))

    def _make_file(self) -> None:
        key = QKeySequence.StandardKey
        self.import_csv = self._make(QCoreApplication.translate("Actions", "&Import CSV…"),
                                     "Ctrl+Shift+O")
        self.import_csv.setStatusTip(QCoreApplication.translate(
            "Actions", "Read customers, user numbers, helpers, orders or prestations from a CSV file"))
        self.export_csv = self._make(QCoreApplication.translate("Actions", "E&xport CSV…"),
                                     "Ctrl+Shift+X")
        self.export_csv.setStatusTip(QCoreApplication.translate(
            "Actions", "Write customers, user numbers, helpers, orders or prestations to a CSV file"))
        self.read_pluxee = self._make(
            QCoreApplication.translate("Actions", "Read P&luxee export…"))
        self.read_pluxee.setStatusTip(QCoreApplication.translate(
            "Actions", "Compare Pluxee's export of prestations with the prestations here"))
        self.make_backup = self._make(QCoreApplication.translate("Actions", "Make a &backup"))
        self.make_backup.setStatusTip(QCoreApplication.translate(
            "Actions", "Write a checked copy of the database to the backup folder now"))
        self.restore_backup = self._make(
            QCoreApplication.translate("Actions", "&Restore a backup…"))
        self.restore_backup.setStatusTip(QCoreApplication.translate(
            "Actions", "Replace all data by one of the backups"))
        self.choose_database = self._make(
            QCoreApplication.translate("Actions", "&Database…")
        )
        self.manual = self._make(QCoreApplication.translate("Actions", "&Manual"), "F1")
        self.manual.setStatusTip(QCoreApplication.translate(
            "Actions", "The manual: every task step by step, with pictures"))
        self.about = self._make(QCoreApplication.translate("Actions", "&About Inharmony Desktop"))
        self.quit = self._make(QCoreApplication.translate("Actions", "&Quit"), key.Quit)
        if self.quit.shortcut().isEmpty():
            self.quit.setShortcut("Ctrl+Q")

    def _make_planning(self) -> None:
        translate = QCoreApplication.translate
        self.new_schedule = self._make(translate("Actions", "New &schedule…"))
        self.end_schedule = self._make(translate("Actions", "E&nd schedule…"))
        self.new_absence = self._make(translate("Actions", "New &absence…"))
        self.generate_week = self._make(translate("Actions", "Generate &week…"), "Ctrl+Shift+W")
        self.generate_month = self._make(translate("Actions", "Generate &month…"))
        self.review_week = self._make(translate("Actions", "Week &review…"), "Ctrl+Shift+R")
        self.payroll = self._make(translate("Actions", "&Helpers' monthly statements…"))
        self.payroll.setStatusTip(translate(
            "Actions", "Each helper's hours of a month for payroll, and the file for the social "
            "secretariat"))

    def _make(
        self,
        text: str,
        shortcut: QKeySequence.StandardKey | str | None = None,
        icon: QIcon | None = None,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(icon)
        action.setStatusTip(text.replace("&", "").rstrip("…"))
        return action

    def fill_menus(self) -> dict[str, object]:
        """Build the menu bar; returns the menus by name so others can add entries."""
        bar = self.window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
        file_menu.addActions(
            [
                self.new_prestation,
                self.quick_entry,
                self.new_customer,
                self.new_user_number,
                self.new_helper,
                self.new_order,
            ]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.yearly_statement, self.print_statements])
        file_menu.addSeparator()
        file_menu.addActions([self.import_csv, self.export_csv])
        file_menu.addAction(self.read_pluxee)
        file_menu.addSeparator()
        file_menu.addActions([self.make_backup, self.restore_backup, self.choose_database])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit, self.delete, self.move_to, self.history])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.settings])
        voucher_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Vouchers"))
        voucher_menu.addActions([self.edit_split, self.switchover, self.ironing_basket,
                                 self.refunds])
        view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
        view_menu.addActions([self.refresh, self.show_corrections])
        planning_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Planning"))
        planning_menu.addActions([self.generate_week, self.generate_month, self.review_week])
        planning_menu.addSeparator()
        planning_menu.addActions([self.new_schedule, self.end_schedule, self.new_absence])
        planning_menu.addSeparator()
        planning_menu.addAction(self.payroll)
        help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
        for menu in (file_menu, edit_menu, voucher_menu, view_menu, planning_menu, help_menu):
            menu.setToolTipsVisible(True)  # a greyed-out entry says why
        help_menu.addActions([self.manual, self.about])
        return {"file": file_menu, "edit": edit_menu, "view": view_menu,
                "planning": planning_menu, "vouchers": voucher_menu, "help": help_menu}

    def fill_toolbar(self) -> QToolBar:
        toolbar = self.window.addToolBar(QCoreApplication.translate("Actions", "Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        # Words under the icons: a new office worker reads what each button does.
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        translate = QCoreApplication.translate
        for action, short in ((self.new_prestation, translate("Actions", "New")),
                              (self.edit, translate("Actions", "Edit")),
                              (self.delete, translate("Actions", "Delete")),
                              (self.find, translate("Actions", "Find")),
                              (self.refresh, translate("Actions", "Refresh"))):
            action.setIconText(short)
        toolbar.addActions([self.new_prestation, self.edit, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        toolbar.addSeparator()
        toolbar.addActions([self.find, self.refresh])
        return toolbar
