"""The wallet & quota panel of one user number, for the details area.

Electronic vouchers ordered, used, refunded and available; the vouchers that
expire within 60 days; this year's orders against the personal and the
household maximum with the price tier reached; when the wallet runs out at
the rate of the planned prestations; and why the tree marks the number.
Everything comes from `wallet_outlook.overview()` in one call.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop.core.formatting import amount_text, date_text
from inharmony_desktop.core.rules import QUOTA_WARNING_FRACTION

if TYPE_CHECKING:
    from inharmony_desktop.core.services.wallet_outlook import Overview

WARNING_STYLE = "color: #a04000; font-weight: bold;"
HIGH_QUOTA_STYLE = "QProgressBar::chunk { background-color: #d35400; }"


def _money(cents: int) -> str:
    return amount_text(cents)


class QuotaBar(QProgressBar):
    """A thin bar whose text (`format()`) stands in the label `beside` it, not on it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self.setMaximumHeight(10)
        self.setMinimumWidth(40)
        self.beside = QLabel(parent)


def _bar_with_text(parent: QWidget) -> tuple[QuotaBar, QWidget]:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    bar = QuotaBar(row)
    layout.addWidget(bar, 1)
    layout.addWidget(bar.beside)
    return bar, row


class WalletPanel(QWidget):
    """Call `show_user_number(id)`; `None` empties the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user_number_id: int | None = None
        self.ordered = QLabel(self)
        self.used = QLabel(self)
        self.refunded = QLabel(self)
        self.available = QLabel(self)
        self.available.setStyleSheet("font-weight: bold;")
        wallet_box = QGroupBox(self.tr("Electronic"), self)
        wallet_form = QFormLayout(wallet_box)
        wallet_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        wallet_form.addRow(self.tr("Ordered:"), self.ordered)
        wallet_form.addRow(self.tr("Used:"), self.used)
        wallet_form.addRow(self.tr("Refunded:"), self.refunded)
        wallet_form.addRow(self.tr("Available:"), self.available)
        self.expiring = QLabel(self)
        self.expiring.setWordWrap(True)
        # Title and lots each on a whole row: the panel is narrow on a laptop.
        expiring_title = QLabel(self.tr("Expiring within 60 days:"), wallet_box)
        expiring_title.setWordWrap(True)
        wallet_form.addRow(expiring_title)
        wallet_form.addRow(self.expiring)
        self.forecast = QLabel(self)
        self.forecast.setWordWrap(True)
        wallet_form.addRow(self.forecast)  # a sentence: the whole width

        self.quota_box = QGroupBox(self)
        quota_form = QFormLayout(self.quota_box)
        # A thin bar with its figures beside it, not on it: readable in a narrow panel.
        self.personal, personal_row = _bar_with_text(self)
        self.household, household_row = _bar_with_text(self)
        self.tier = QLabel(self)
        self.tier.setWordWrap(True)
        quota_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        quota_form.addRow(self.tr("Personal:"), personal_row)
        quota_form.addRow(self.tr("Household:"), household_row)
        quota_form.addRow(self.tr("Price tier:"), self.tier)

        self.attention = QLabel(self)
        self.attention.setWordWrap(True)
        self.attention.setStyleSheet(WARNING_STYLE)
        self.attention.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.attention)
        layout.addWidget(wallet_box)
        layout.addWidget(self.quota_box)
        layout.addStretch(1)
        self.setEnabled(False)

    @Slot(int)
    def show_user_number(self, user_number_id: int | None, on: dt.date | None = None) -> None:
        self.user_number_id = user_number_id
        self.setEnabled(user_number_id is not None)
        if user_number_id is None:
            for label in (self.ordered, self.used, self.refunded, self.available, self.forecast,
                          self.tier, self.expiring):
                label.clear()
            self.attention.hide()
            return
        from inharmony_desktop.core.services import wallet_outlook  # loaded on first selection

        data = wallet_outlook.overview(user_number_id, on)
        w = data.wallet
        self.ordered.setText(str(w.ordered))
        self.used.setText(str(w.used) if not w.unpaid else self.tr(
            "{used} (+{unpaid} waiting for an order)").format(used=w.used, unpaid=w.unpaid))
        self.refunded.setText(str(w.refunded))
        self.available.setText(str(w.available))
        lines = [self.tr("{count} on {day} (order of {ordered})").format(
            count=lot.remaining, day=date_text(lot.expiry_date),
            ordered=date_text(lot.order_date)) for lot in data.expiring]
        self.expiring.setText("\n".join(lines) or self.tr("none"))
        self.forecast.setText(self.tr("Forecast: {text}").format(text=data.forecast.explain()))
        self._show_quota(data)
        self.attention.setText("\n".join(data.attention.reasons))
        self.attention.setVisible(bool(data.attention.reasons))

    def _show_quota(self, data: Overview) -> None:
        q = data.quota
        self.quota_box.setTitle(self.tr("Quota {year}").format(year=q.year))
        self._fill(self.personal, q.ordered, q.personal_max)
        if q.special:
            self.household.setFormat(self.tr("special quota: not counted"))
            self.household.setRange(0, 1)
            self.household.setValue(0)
            self.household.beside.setText(self.household.format())
        else:
            self._fill(self.household, q.household_ordered, q.household_max)
        if q.special:
            text = self.tr("special quota: base price {price}")
        elif data.higher_tier:
            text = self.tr("higher price {price} (above {threshold} vouchers)")
        else:
            text = self.tr("base price {price} (up to {threshold} vouchers)")
        self.tier.setText(text.format(price=_money(data.price_cents), threshold=q.tier_threshold))

    def _fill(self, bar: QProgressBar, value: int, maximum: int) -> None:
        bar.setRange(0, max(maximum, 1))
        bar.setValue(min(value, maximum))
        bar.setFormat(self.tr("{value} of {maximum}").format(value=value, maximum=maximum))
        bar.beside.setText(bar.format())
        high = value > QUOTA_WARNING_FRACTION * maximum
        bar.setStyleSheet(HIGH_QUOTA_STYLE if high else "")
