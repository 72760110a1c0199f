"""`pip install .` gives a Dutch program without `make`: the wheel carries the program's
own files and the Dutch catalogue, compiled by the build in pure Python."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from inharmony_desktop.catalogue import compile_ts, read_ts
from inharmony_desktop.resources import translation_source

ROOT = Path(__file__).parents[1]


def _lrelease() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    return str(local) if local.exists() else shutil.which("pyside6-lrelease")


def test_the_catalogue_is_what_lrelease_makes_of_the_translation(tmp_path):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease is not installed here")
    ours = compile_ts(translation_source("nl"), tmp_path / "ours.qm")
    subprocess.run([tool, "-silent", str(translation_source("nl")), "-qm",
                    str(tmp_path / "qt.qm")], check=True)
    assert ours.read_bytes() == (tmp_path / "qt.qm").read_bytes()


def test_qt_translates_every_message_and_plural_from_the_compiled_catalogue(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    language, messages = read_ts(translation_source("nl"))
    assert language.startswith("nl") and len(messages) > 600
    translator = QTranslator()
    assert translator.load(str(compile_ts(translation_source("nl"), tmp_path / "nl.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        for message in messages:
            context, source = message.context.decode(), message.source.decode()
            if len(message.translations) == 1:
                assert QCoreApplication.translate(context, source) == message.translations[0]
            else:
                one = QCoreApplication.translate(context, source, None, 1)
                many = QCoreApplication.translate(context, source, None, 3)
                expected = [form.replace("%n", str(n)) for form, n in
                            zip(message.translations, (1, 3), strict=True)]
                assert [one, many] == expected
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_wheel_carries_resources_and_the_compiled_catalogue(tmp_path):
    source = tmp_path / "src"
    for name in ("inharmony_desktop", "resources"):
        shutil.copytree(ROOT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm", "_resources"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(tmp_path / "dist"), str(source)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    wheel = next((tmp_path / "dist").glob("inharmony_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    folder = "inharmony_desktop/_resources"
    for needed in ("translations/inharmony_nl.qm", "translations/inharmony_nl.ts",
                   "fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "icons/inharmony-256.png",
                   "manual/index.html", "manual/stijl.css", "manual/images/welkom.png"):
        assert f"{folder}/{needed}" in names
    packed = zipfile.ZipFile(wheel).read(f"{folder}/translations/inharmony_nl.qm")
    assert packed == compile_ts(translation_source("nl"), tmp_path / "nl.qm").read_bytes()
