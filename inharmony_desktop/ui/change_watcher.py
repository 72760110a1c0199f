"""Showing what the other PCs changed, when the office shares a server database.

Every few seconds, and whenever the window becomes active again, the watcher
asks the database for `concurrency.change_marker()` (two index reads). Only
when it moved does it read which rows changed, and announce them through the
same broadcaster the commands use, so each view reloads just what it shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from inharmony_desktop.core.services import concurrency

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 5_000
# While the server does not answer, look less often: each try may wait for the
# connect timeout, and the window must stay usable.
MAX_INTERVAL_MS = 60_000


class ChangeWatcher(QObject):
    """Polls for changes made by others.

    Signals:
        others_changed(changed): a dict entity kind -> list of ids that another
            PC changed since the previous look (kinds as in the audit log:
            "prestation", "customer", "user_number", "order", ...).
    """

    others_changed = Signal(dict)

    def __init__(self, broadcaster=None, *, interval_ms: int = DEFAULT_INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._broadcaster = broadcaster
        self._marker: concurrency.ChangeMarker | None = None
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check_now)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        """Remember where the others are now, then look regularly."""
        self._marker = self._read_marker()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self.is_active():
            self.check_now()

    @Slot()
    def check_now(self) -> bool:
        """Look once; True when others changed something (and it was announced)."""
        marker = self._read_marker()
        if marker is None or self._marker is None or marker == self._marker:
            self._marker = marker or self._marker
            return False
        try:
            changed = concurrency.changed_since(self._marker)
        except concurrency.server_away_errors() as exc:
            log.warning("could not read the changes of others: %s", exc)
            return False
        self._marker = marker
        plain = {kind: sorted(ids) for kind, ids in changed.items()}
        self.others_changed.emit(plain)
        if self._broadcaster is not None:
            for kind, ids in plain.items():
                self._broadcaster.announce(kind, ids)
        return True

    def interval_ms(self) -> int:
        return self._timer.interval()

    def _read_marker(self) -> concurrency.ChangeMarker | None:
        # A server that is briefly away must not interrupt the user: try again later.
        try:
            marker = concurrency.change_marker()
        except concurrency.server_away_errors() as exc:
            log.warning("could not look for changes of others: %s", exc)
            self._timer.setInterval(min(self._timer.interval() * 2, MAX_INTERVAL_MS))
            return None
        self._timer.setInterval(self._interval_ms)
        return marker
