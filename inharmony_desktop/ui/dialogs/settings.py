"""Settings: company details used on documents, the yearly rules, the language."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core import rules
from inharmony_desktop.core.errors import KnownError, ValidationError
from inharmony_desktop.core.services import payroll_codes, settings
from inharmony_desktop.ui.dialogs.form import FormDialog
from inharmony_desktop.ui.dialogs.payroll_codes_page import PayrollCodesPage
from inharmony_desktop.ui.dialogs.safety_page import SafetyPage
from inharmony_desktop.ui.formatting import date_text

COMPANY_KEYS = ("company_name", "company_street", "company_postal_code", "company_city",
                "company_phone", "company_email", "company_licence")
# (rules field, kind): "euro" is shown in euros and stored in cents.
RULE_COLUMNS = (
    ("year", "int"), ("base_price_cents", "euro"), ("higher_price_cents", "euro"),
    ("tier_threshold", "int"), ("personal_max", "int"), ("household_max", "int"),
    ("special_max", "int"), ("validity_months", "int"), ("validity_since_month", "int"),
    ("tax_rate_percent", "int"), ("fiscal_ceiling_cents", "euro?"),
    ("paper_last_order_date", "date?"), ("source_note", "text"),
)
LANGUAGE_CODES = ("nl", "en")


@dataclass
class SettingsChange:
    values: dict[str, str]
    rule_rows: list[dict]
    language: str
    allow_unsafe_location: bool | None = None  # None: leave this PC's choice as it is
    payroll_codes: dict[str, str] = field(default_factory=dict)  # by field: activity.home_help


def _euro(cents: int | None) -> str:
    return "" if cents is None else f"{cents / 100:.2f}".replace(".", ",")


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None, language: str = "nl") -> None:
        super().__init__(parent, self.tr("Settings"))
        self.setMinimumSize(900, 520)
        tabs = QTabWidget(self)
        self.form.addRow(tabs)
        self.company: dict[str, QLineEdit] = {}
        tabs.addTab(self._company_page(), self.tr("Company"))
        tabs.addTab(self._rules_page(), self.tr("Yearly rules"))
        tabs.addTab(self._language_page(language), self.tr("Language"))
        self.safety = SafetyPage(self)
        tabs.addTab(self.safety, self.tr("Backups"))
        self.payroll_codes = PayrollCodesPage(self)
        tabs.addTab(self.payroll_codes, self.tr("Payroll codes"))
        self.fields.update(self.payroll_codes.fields)
        self.errors.update(self.payroll_codes.errors)
        self.tabs = tabs
        self.company["company_name"].setFocus()  # not a code field on a tab not shown

    def _company_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        labels = {
            "company_name": self.tr("Name"), "company_street": self.tr("Street and number"),
            "company_postal_code": self.tr("Postal code"), "company_city": self.tr("City"),
            "company_phone": self.tr("Phone"), "company_email": self.tr("E-mail"),
            "company_licence": self.tr("Recognition number"),
        }
        current = settings.all_settings()
        for key in COMPANY_KEYS:
            edit = QLineEdit(current.get(key, ""), page)
            edit.setObjectName(key)
            self.company[key] = edit
            form.addRow(labels[key], edit)
        form.addRow(QLabel(self.tr("These details appear on the yearly statements."), page))
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        headers = [self.tr("Year"), self.tr("Price (€)"), self.tr("Higher price (€)"),
                   self.tr("Higher price above"), self.tr("Personal max"),
                   self.tr("Household max"), self.tr("Special max"),
                   self.tr("Valid (months)"), self.tr("Validity from month"),
                   self.tr("Tax reduction (%)"), self.tr("Fiscal ceiling (€)"),
                   self.tr("Last paper order"), self.tr("Source")]
        all_rules = rules.all_rules()
        table = QTableWidget(len(all_rules), len(RULE_COLUMNS), page)
        table.setObjectName("rules_table")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        for row, r in enumerate(all_rules):
            data = rules.as_dict(r)
            for column, (name, kind) in enumerate(RULE_COLUMNS):
                value = data[name]
                if kind.startswith("euro"):
                    text = _euro(value)
                elif kind.startswith("date"):
                    text = date_text(value)
                else:
                    text = "" if value is None else str(value)
                item = QTableWidgetItem(text)
                if name == "year":
                    item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(len(RULE_COLUMNS) - 1,
                                                      QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setStretchLastSection(True)
        self.rules_table = table
        layout.addWidget(table)
        layout.addWidget(QLabel(self.tr("Amounts in euros (e.g. 10,00). Edit a cell to change "
                                        "the rules of that year."), page))
        self.errors["rules"] = self.general_error
        return page

    def _language_page(self, language: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form.addRow(self.tr("Language of the program"), self.language)
        form.addRow(QLabel(self.tr("A new language takes effect when the program restarts."),
                           page))
        return page

    def rule_rows(self) -> list[dict]:
        rows: list[dict] = []
        problems: list[str] = []
        for row in range(self.rules_table.rowCount()):
            values: dict = {}
            for column, (name, kind) in enumerate(RULE_COLUMNS):
                text = self.rules_table.item(row, column).text().strip()
                try:
                    values[name] = _parse(text, kind)
                except ValueError:
                    header = self.rules_table.horizontalHeaderItem(column).text()
                    problems.append(self.tr("Row {row}, {column}: '{text}' is not valid.").format(
                        row=row + 1, column=header, text=text))
            rows.append(values)
        if problems:
            raise ValidationError({"rules": "\n".join(problems)})
        return rows

    def collect(self) -> SettingsChange:
        values = {key: edit.text().strip() for key, edit in self.company.items()}
        if not values["company_name"]:
            raise ValidationError({"company": self.tr("The company name is required.")})
        values.update(self.safety.values())
        return SettingsChange(values, self.rule_rows(), self.language.currentData(),
                              self.safety.allow_unsafe_location(), self.payroll_codes.values())

    def validate(self, value: SettingsChange) -> None:
        payroll_codes.clean_codes(value.payroll_codes)

    def show_errors(self, exc: KnownError) -> None:
        # A message beside a field on another tab would go unseen: show that tab.
        fields = exc.fields if isinstance(exc, ValidationError) else {}
        for name in fields:
            widget = self.fields.get(name)
            page = next((self.tabs.widget(i) for i in range(self.tabs.count())
                         if widget is not None and self.tabs.widget(i).isAncestorOf(widget)),
                        None)
            if page is not None:
                self.tabs.setCurrentWidget(page)
                break
        super().show_errors(exc)


def _parse(text: str, kind: str) -> object:
    optional = kind.endswith("?")
    if optional and not text:
        return None
    if kind == "text":
        return text
    if kind == "int":
        return int(text)
    if kind.startswith("euro"):
        text = text.replace("€", "").strip()
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        return round(float(text) * 100)
    day, month, year = (int(part) for part in text.split("/"))
    return dt.date(year, month, day)
