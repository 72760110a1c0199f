"""Where the program's own files live: translations, icons, fonts.

One lookup for everyone, so that a PyInstaller bundle only has to change
`resources_dir()`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import inharmony_desktop


def resources_dir() -> Path:
    """The `resources/` folder next to the package (or inside a frozen bundle)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(inharmony_desktop.__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def translation_file(language: str) -> Path:
    """The compiled catalogue (`.qm`) of `language`, e.g. `inharmony_nl.qm`."""
    return translations_dir() / f"inharmony_{language}.qm"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
