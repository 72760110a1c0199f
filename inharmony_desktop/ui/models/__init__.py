"""Qt models: thin adapters over the core services, keyed by entity ids."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
