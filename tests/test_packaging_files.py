"""The installation files: Linux desktop entry and AppStream data, the app icon,
the Inno Setup script and the build scripts."""

from __future__ import annotations

import configparser
import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QImage

from inharmony_desktop import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_program_with_its_icon():
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == APP_NAME
    assert entry["Exec"].split()[0] == APP_ID
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Comment[nl]"]  # a Dutch comment for Dutch desktops


def test_metainfo_is_well_formed_and_matches_the_package():
    root = ET.parse(PACKAGING / "linux" / "be.inharmony.desktop.metainfo.xml").getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == "be.inharmony.desktop"
    assert root.findtext("name") == APP_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == APP_ID
    versions = [release.get("version") for release in root.iter("release")]
    assert __version__ in versions, "add a <release> for the new version"


def test_every_icon_size_is_rendered():
    for size in ICON_SIZES:
        image = QImage(str(ICONS / f"inharmony-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()  # transparent corners around the rounded tile
        assert image.pixelColor(0, 0).alpha() == 0


def test_windows_icon_holds_every_size_as_png():
    data = (ICONS / "inharmony.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(ICON_SIZES))
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert tuple(sizes) == ICON_SIZES


def test_installer_keeps_its_app_id_and_is_dutch_and_per_machine():
    script = (PACKAGING / "windows" / "installer.iss").read_text(encoding="utf-8")
    assert "AppId={{B04F4129-0845-4F8C-B88F-5D2FDE3320A1}" in script
    assert 'MessagesFile: "compiler:Languages\\Dutch.isl"' in script
    assert "PrivilegesRequired=admin" in script
    assert "AppVersion={#AppVersion}" in script
    assert "{autodesktop}" in script and "{autoprograms}" in script
    # The uninstaller must never reach the user's data folder.
    assert not re.search(r"^\[UninstallDelete\]", script, re.MULTILINE)
    assert "localappdata" not in script.lower().replace("%localappdata%", "")


def test_build_scripts_fail_loudly_and_test_the_bundle():
    linux = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "set -euo pipefail" in linux
    assert linux.count("--smoke-test") == 2
    assert "xvfb-run" in linux and "QT_QPA_PLATFORM=offscreen" in linux
    assert "du -sh" in linux
    windows = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '$ErrorActionPreference = "Stop"' in windows
    assert "--smoke-test" in windows and "/DAppVersion=" in windows


def test_spec_builds_one_folder_with_the_resources():
    spec = (PACKAGING / "pyinstaller" / "inharmony.spec").read_text(encoding="utf-8")
    assert "COLLECT(" in spec  # one folder: COLLECT, never a one-file EXE
    assert 'collect_submodules("inharmony_desktop.core.migrations")' in spec
    for folder in ("resources/translations", "resources/fonts", "resources/icons"):
        assert f'"{folder}"' in spec
    assert "qtbase_nl.qm" in spec


def test_the_window_icon_is_the_app_icon(qapp):
    from inharmony_desktop.ui.app import app_icon

    icon = app_icon()
    assert [size.width() for size in icon.availableSizes()] == list(ICON_SIZES)
    # The tile's teal, not a missing-image placeholder.
    colour = icon.pixmap(64, 64).toImage().pixelColor(32, 8)
    assert colour.blue() > colour.red() and colour.alpha() == 255


def test_the_program_lets_a_frozen_batch_worker_start_before_anything_else(monkeypatch):
    """The yearly batch starts worker processes with `spawn`; in the frozen program each
    is the program itself again, and `freeze_support()` must run first to make it a
    worker instead of a second window or command line."""
    import multiprocessing

    from inharmony_desktop import __main__ as entry

    calls: list[str] = []
    monkeypatch.setattr(multiprocessing, "freeze_support", lambda: calls.append("freeze"))
    monkeypatch.setattr("inharmony_desktop.cli.main", lambda argv: calls.append("cli") or 0)
    assert entry.main(["--version"]) == 0
    assert calls == ["freeze", "cli"]
    launch = (PACKAGING / "pyinstaller" / "launch.py").read_text(encoding="utf-8")
    assert "from inharmony_desktop.__main__ import main" in launch
