"""Whether a view shows its header titles and cell texts whole at its current widths."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QTableView, QTreeView

ROWS_LOOKED_AT = 40


def _depth(index: QModelIndex) -> int:
    depth = 0
    while index.parent().isValid():
        index = index.parent()
        depth += 1
    return depth


def cut_off(view: QAbstractItemView, name: str) -> list[str]:
    """Every header title and cell text of `view` that does not fit its column."""
    model = view.model()
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    found = []
    columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    style, metrics = header.style(), header.fontMetrics()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for column in columns:
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        need = max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
            need += arrow + margin  # the sorted column also draws its arrow
        if need > header.sectionSize(column) + 1:
            found.append(f"{name}: kolomtitel {title!r} ({need} > {header.sectionSize(column)} px)")
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    indexes = []
    if isinstance(view, QTreeView):  # every row of the tree, children too (it is expanded)
        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                indexes.append(index)
                if view.isExpanded(index):
                    walk(index)

        walk(QModelIndex())
    else:
        indexes = [model.index(row, 0) for row in range(min(model.rowCount(), ROWS_LOOKED_AT))]
    for first in indexes:
        for column in columns:
            index = first.siblingAtColumn(column)
            text = index.data()
            if text in (None, ""):
                continue
            need = view.itemDelegateForIndex(index).sizeHint(option, index).width()
            room = view.columnWidth(column)
            if isinstance(view, QTreeView) and column == 0:
                room -= view.indentation() * (_depth(index) + (1 if view.rootIsDecorated() else 0))
            if need > room + 1:
                found.append(f"{name}: {str(text)!r} in kolom "
                             f"{model.headerData(column, Qt.Orientation.Horizontal)!r} "
                             f"({need} > {room} px)")
    return found
