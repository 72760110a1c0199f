"""Help › Manual (F1): the Dutch manual of `resources/manual/` in a window of its own.

The chapters and their sections are listed on the left (the table of contents);
the page is a QTextBrowser, so links between pages and to a section work as in a
web browser, with Back and Forward. The search field finds a word in the page
(every hit marked, Enter or F3 for the next, Shift+F3 for the previous) and goes
on in the next chapter that has it when the page has no more.

The window is not modal: it can stay open beside the main window while working.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inharmony_desktop import manual

PAGE_ROLE = Qt.ItemDataRole.UserRole  # a contents entry: "page.html" or "page.html#anchor"
HIT_COLOUR = QColor("#fff1a8")
NOT_FOUND_STYLE = "background: #fde2e1;"


class ManualDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual_dialog")
        self.setWindowTitle(self.tr("Manual"))
        self.folder = manual.manual_dir()
        self.pages = manual.all_pages(self.folder)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.folder)])
        self.contents = QTreeWidget(self)
        self.contents.setObjectName("manual_contents")
        self.contents.setHeaderHidden(True)
        self._fill_contents()
        self.search = QLineEdit(self)
        self.search.setObjectName("manual_search")
        self.search.setPlaceholderText(self.tr("Search the manual"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(100)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.previous_button.setToolTip(self.tr("Previous hit (Shift+F3)"))
        self.next_button.setToolTip(self.tr("Next hit (Enter or F3)"))
        self.search_result = QLabel(self)
        self.search_result.setObjectName("manual_search_result")
        self.back_button = QPushButton(self.tr("◀ Back"), self)
        self.back_button.setEnabled(False)
        self.home_button = QPushButton(self.tr("Contents"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (self.previous_button, self.next_button, self.back_button,
                       self.home_button, self.close_button):
            button.setAutoDefault(False)  # Enter in the search field finds, it closes nothing
        self.search_result.setSizePolicy(QSizePolicy.Policy.Ignored,
                                         QSizePolicy.Policy.Preferred)
        self._lay_out()
        self._connect()
        self._fit_screen()
        self.open_page(manual.START_PAGE)

    # --- building -----------------------------------------------------------------------------
    def _fill_contents(self) -> None:
        for page in self.pages:
            item = QTreeWidgetItem(self.contents, [page.title or page.name])
            item.setData(0, PAGE_ROLE, page.name)
            for section in page.sections:
                child = QTreeWidgetItem(item, [section.title])
                child.setData(0, PAGE_ROLE, f"{page.name}#{section.anchor}")

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.back_button)
        bar.addWidget(self.home_button)
        bar.addSpacing(16)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.search_result, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 930])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.browser.sourceChanged.connect(self._page_changed)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.clicked.connect(self.browser.backward)
        self.home_button.clicked.connect(lambda: self.open_page(manual.START_PAGE))
        self.close_button.clicked.connect(self.close)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.find_next)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindNext), self, self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self, self.find_previous)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

    def _fit_screen(self) -> None:
        available = self.screen().availableGeometry() if self.screen() else None
        width = min(1200, available.width() - 40) if available is not None else 1200
        height = min(820, available.height() - 40) if available is not None else 820
        self.resize(width, height)

    # --- pages --------------------------------------------------------------------------------
    def open_page(self, target: str) -> None:
        """Show a page of the manual: "03-verplaatsen.html" or "03-verplaatsen.html#slepen"."""
        name, _, anchor = target.partition("#")
        url = QUrl.fromLocalFile(str(self.folder / name))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)

    def current_page(self) -> str:
        return self.browser.source().fileName()

    @Slot(QTreeWidgetItem, int)
    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.open_page(str(item.data(0, PAGE_ROLE)))

    @Slot(QUrl)
    def _page_changed(self, url: QUrl) -> None:
        name = url.fileName()
        wanted = f"{name}#{url.fragment()}" if url.fragment() else name
        for index in range(self.contents.topLevelItemCount()):
            chapter = self.contents.topLevelItem(index)
            for item in [chapter, *(chapter.child(i) for i in range(chapter.childCount()))]:
                if item.data(0, PAGE_ROLE) == wanted:
                    self.contents.blockSignals(True)
                    self.contents.setCurrentItem(item)
                    self.contents.blockSignals(False)
            # Only the chapter shown is unfolded: the list stays short.
            chapter.setExpanded(chapter.data(0, PAGE_ROLE) == name)
        self._mark_hits()

    # --- searching ----------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    @Slot(str)
    def _search_changed(self, _text: str) -> None:
        self.search.setStyleSheet("")
        self._mark_hits()
        if self.search.text().strip():
            cursor = self.browser.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.browser.setTextCursor(cursor)
            self.find_next()

    @Slot()
    def find_next(self) -> bool:
        return self._find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, *, backward: bool) -> bool:
        """Select the next (or previous) hit; at the end of the page go on in the next chapter
        (or the previous one) that holds the word. False when the manual does not have it."""
        text = self.search.text().strip()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            self._say_hits()
            return True
        for name in self._other_pages_with(text, backward=backward):
            self.open_page(name)
            self.browser.moveCursor(QTextCursor.MoveOperation.End if backward
                                    else QTextCursor.MoveOperation.Start)
            if self.browser.find(text, flags):
                self._say_hits()
                return True
        self.search.setStyleSheet(NOT_FOUND_STYLE)
        self.search_result.setText(self.tr("Not found in the manual."))
        return False

    def _other_pages_with(self, text: str, *, backward: bool) -> list[str]:
        """The pages that hold `text`, starting after (or before) the current one and
        coming round to the current page itself last (its start or end)."""
        names = [page.name for page in self.pages]
        current = self.current_page()
        start = names.index(current) if current in names else 0
        step = -1 if backward else 1
        order = [names[(start + step * offset) % len(names)] for offset in range(1, len(names) + 1)]
        wanted = text.casefold()
        having = {page.name for page in self.pages if wanted in page.text.casefold()}
        return [name for name in order if name in having]

    def _hits_in_page(self, text: str) -> list[QTextCursor]:
        document = self.browser.document()
        hits: list[QTextCursor] = []
        cursor = document.find(text, 0)
        while not cursor.isNull() and len(hits) < 1000:
            hits.append(cursor)
            cursor = document.find(text, cursor)
        return hits

    def _mark_hits(self) -> None:
        text = self.search.text().strip()
        selections = []
        if text:
            marked = QTextCharFormat()
            marked.setBackground(HIT_COLOUR)
            for cursor in self._hits_in_page(text):
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marked
                selections.append(selection)
        self.browser.setExtraSelections(selections)
        self._say_hits()

    def _say_hits(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.search_result.clear()
            return
        here = len(self._hits_in_page(text))
        wanted = text.casefold()
        elsewhere = [page.title for page in self.pages if page.name != self.current_page()
                     and wanted in page.text.casefold()]
        said = self.tr("%n hit(s) on this page", "", here)
        if elsewhere:
            said += " · " + self.tr("also in %n other chapter(s)", "", len(elsewhere))
        self.search_result.setText(said)
        self.search_result.setToolTip("\n".join(elsewhere))
