"""The Dutch catalogue is complete, builds, and the window speaks Dutch with it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication

from inharmony_desktop.resources import translations_dir
from inharmony_desktop.ui.app import install_translators


def test_no_unfinished_or_empty_translations():
    tree = ET.parse(translations_dir() / "inharmony_nl.ts")
    problems = []
    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(source)
        elif message.get("numerus") == "yes":
            if not all((f.text or "").strip() for f in translation.iter("numerusform")):
                problems.append(source)
        elif not (translation.text or "").strip():
            problems.append(source)
    assert problems == []


def test_placeholders_survive_translation():
    tree = ET.parse(translations_dir() / "inharmony_nl.ts")
    import re

    for message in tree.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        wanted = set(re.findall(r"\{\w+\}", source))
        for text in texts:
            assert set(re.findall(r"\{\w+\}", text)) == wanted, source


def test_window_is_dutch_with_the_catalogue(qtbot, qapp, dutch_catalogue, sample, open_window):
    translators = install_translators(qapp, "nl")
    try:
        assert len(translators) == 2  # Qt's own qtbase_nl and ours
        window = open_window()
        assert window.tabs.tabText(0) == "Prestaties"
        assert window.prestations.count_label.text() == "10 prestaties"
        header = window.prestations.model.headerData(2, window.prestations.table
                                                     .horizontalHeader().orientation())
        assert header == "Gebruikersnummer"
        assert QCoreApplication.translate("Labels", "performed") == "uitgevoerd"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
