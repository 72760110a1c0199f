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


def _full_imports(path: Path) -> set[str]:
    """Every module an import statement names, with `from a import b` also as `a.b`."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _touches_the_database(path: Path) -> bool:
    names = _full_imports(path)
    return any(name == "peewee" or name.startswith(("peewee.", "playhouse"))
               or name == "inharmony_desktop.core.models"
               or name.startswith("inharmony_desktop.core.models.")
               for name in names)


def test_the_window_asks_the_core_and_never_queries_the_database_itself():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if _touches_the_database(path)
    ]
    assert offenders == []


def test_the_database_check_catches_every_way_of_importing_the_models(tmp_path):
    for line in ("import peewee", "from peewee import fn", "from playhouse.shortcuts import x",
                 "from inharmony_desktop.core import models",
                 "from inharmony_desktop.core.models import Customer",
                 "import inharmony_desktop.core.models as m"):
        module = tmp_path / "module.py"
        module.write_text(line + "\n", encoding="utf-8")
        assert _touches_the_database(module), line
    module.write_text("from inharmony_desktop.core.services import customers\n",
                      encoding="utf-8")
    assert not _touches_the_database(module)
