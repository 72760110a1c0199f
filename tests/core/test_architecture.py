"""The core and the reports are Qt-free: the CLI, the tests and the GUI share them."""

import ast
from pathlib import Path

import inharmony_desktop

PACKAGE = Path(inharmony_desktop.__file__).parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_and_reports_never_import_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for folder in ("core", "reports")
        for path in (PACKAGE / folder).rglob("*.py")
        if {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []
