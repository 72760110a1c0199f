"""Numbered schema migrations run by `playhouse.migrations`.

A fresh database is created from the current models and stamped with
`LATEST`. An older database runs every script above its version, in order,
each in its own transaction. A script is a module `mNNNN_<what>.py` with a
function `migrate(migrator, database)`.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType

MigrationStep = Callable[..., None]


def _discover() -> dict[int, ModuleType]:
    steps: dict[int, ModuleType] = {}
    for info in pkgutil.iter_modules(__path__):
        name = info.name
        if name.startswith("m") and name[1:5].isdigit():
            steps[int(name[1:5])] = importlib.import_module(f"{__name__}.{name}")
    return dict(sorted(steps.items()))


STEPS = _discover()
LATEST = max(STEPS) if STEPS else 1
