"""Python's cycle collector paused around bulk work that makes many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while bulk work makes a million small objects that
    hold no cycles (a file's records, a query's rows): it would walk them again and again
    (a third of the reading time). Refuses nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
