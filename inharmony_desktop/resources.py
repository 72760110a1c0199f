"""Where the program's own files live: translations, icons, fonts.

One lookup for everyone, so that a PyInstaller bundle only has to change
`resources_dir()`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import inharmony_desktop


def resources_dir() -> Path:
    """The program's own files: inside a frozen bundle, inside an installed wheel
    (`_resources/`, see setup.py), or `resources/` beside the package in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    package = Path(inharmony_desktop.__file__).resolve().parent
    installed = package / "_resources"
    return installed if installed.is_dir() else package.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def translation_file(language: str) -> Path:
    """The compiled catalogue (`.qm`) of `language`, e.g. `inharmony_nl.qm`."""
    return translations_dir() / f"inharmony_{language}.qm"


def translation_source(language: str) -> Path:
    """The translation source (`.ts`) of `language`, which the catalogue is compiled from."""
    return translations_dir() / f"inharmony_{language}.ts"


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / name


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def catalogue(language: str) -> Path | None:
    """The `.qm` to load for `language`: the compiled one when it is at least as new as
    its source, else one compiled now into this user's cache folder (a checkout that
    never ran `make`); None when there is no translation at all."""
    compiled, source = translation_file(language), translation_source(language)
    if compiled.exists() and (not source.exists()
                              or compiled.stat().st_mtime >= source.stat().st_mtime):
        return compiled
    if not source.exists():
        return None
    from platformdirs import user_cache_dir

    from inharmony_desktop import APP_NAME, ORG_NAME
    from inharmony_desktop.catalogue import compile_ts

    cached = Path(user_cache_dir(APP_NAME, ORG_NAME)) / compiled.name
    if cached.exists() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        return compile_ts(source, cached)
    except OSError:
        return None
