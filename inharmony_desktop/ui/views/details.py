"""The details panel on the right: what the office needs to know about the
selected customer or user number.

To add a section: subclass `DetailsSection`, implement `show_for(customer_id,
user_number_id)` (either may be None) and call `panel.add_section(section)`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.rules import QUOTA_WARNING_FRACTION
from inharmony_desktop.ui.formatting import date_text
from inharmony_desktop.ui.labels import medium_label, quota_label, user_number_text


class DetailsSection(QGroupBox):
    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        raise NotImplementedError



def _details():
    """The details service, loaded when a row is first selected (the window opens
    with nothing selected)."""
    from inharmony_desktop.core.services import details

    return details


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AddressSection(DetailsSection):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer"), parent)
        layout = QVBoxLayout(self)
        self.text = _label(self)
        self.text.setObjectName("address")
        layout.addWidget(self.text)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        customer = _details().customer_card(customer_id) if customer_id else None
        if customer is None:
            self.hide()
            return
        lines = [f"<b>{customer.name}</b> ({customer.reference})",
                 customer.street, f"{customer.postal_code} {customer.city}"]
        lines += [x for x in (customer.phone, customer.email) if x]
        if not customer.active:
            lines.append(f"<i>{self.tr('Not active')}</i>")
        self.text.setText("<br>".join(x for x in lines if x))
        self.show()


class UserNumberSection(DetailsSection):
    """The number, its holder and quota category, and its payment-mode history.
    Wallet, expiring vouchers and quota use are in the wallet & quota section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User number"), parent)
        # A plain column: a form layout gave a wrapped label the height of one line less
        # than it needs in the narrow panel, and its last line was cut off.
        layout = QVBoxLayout(self)
        self.number = _label(self)
        self.modes = _label(self)
        self.modes.setObjectName("mode_history")
        for caption, label in ((self.tr("Number"), self.number),
                               (self.tr("Payment mode"), self.modes)):
            layout.addWidget(QLabel(caption, self))
            layout.addWidget(label)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        card = _details().user_number_card(user_number_id) if user_number_id else None
        if card is None:
            self.hide()
            return
        self.number.setText(f"<b>{user_number_text(card.number)}</b> — {card.holder}<br>"
                            + self.tr("Quota: {quota}").format(quota=quota_label(card.quota)))
        self.modes.setText("<br>".join(
            self.tr("from {date}: {mode}").format(date=date_text(day), mode=medium_label(mode))
            for day, mode in card.modes) or "—")
        self.show()


class CustomerNumbersSection(DetailsSection):
    """For a selected customer: each user number with its mode, wallet and quota."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("User numbers"), parent)
        layout = QVBoxLayout(self)
        self.text = _label(self)
        self.text.setObjectName("customer_numbers")
        layout.addWidget(self.text)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        if customer_id is None or user_number_id is not None:
            self.hide()
            return
        lines = []
        for number in _details().customer_numbers(customer_id):
            near = number.ordered >= QUOTA_WARNING_FRACTION * number.personal_max
            quota = self.tr("{ordered} of {maximum} ordered").format(
                ordered=number.ordered, maximum=number.personal_max)
            if near:
                quota = f"<span style='color:#c0392b'>{quota}</span>"
            lines.append(
                f"<b>{user_number_text(number.number)}</b> — {number.holder}<br>"
                f"{medium_label(number.mode)} · "
                + self.tr("{count} available").format(count=number.available)
                + f" · {quota}")
        self.text.setText("<br><br>".join(lines) or self.tr("No user numbers yet."))
        self.show()


class DetailsPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        # The sections wrap their text; a sideways scroll bar would only hide the right edge.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there: a scroll bar that comes and goes narrows the text after it was
        # wrapped, and the last line of a wrapped label was cut off.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body = QWidget(self)
        self.sections_layout = QVBoxLayout(body)
        self.placeholder = QLabel(self.tr("Select a customer or user number on the left."), body)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sections_layout.addWidget(self.placeholder)
        self.sections: list[DetailsSection] = []
        self.add_section(AddressSection(body))
        self.add_section(UserNumberSection(body))
        self.add_section(CustomerNumbersSection(body))
        self.sections_layout.addStretch(1)
        self.setWidget(body)
        self.show_for(None, None)

    def add_section(self, section: DetailsSection) -> None:
        self.sections.append(section)
        self.sections_layout.insertWidget(len(self.sections), section)

    def show_for(self, customer_id: int | None, user_number_id: int | None) -> None:
        self.customer_id, self.user_number_id = customer_id, user_number_id
        self.placeholder.setVisible(customer_id is None and user_number_id is None)
        for section in self.sections:
            section.show_for(customer_id, user_number_id)

    def refresh(self) -> None:
        self.show_for(self.customer_id, self.user_number_id)
