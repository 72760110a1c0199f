"""Work-arounds for bugs in the libraries we run on, each with the reason.

PySide6 6.12 on Python 3.11 drops one reference to `None` on every call of a
Qt method that returns nothing (`QLabel.setText`, `QComboBox.addItem`, ...).
After some ten thousand such calls `None` is "deallocated" and Python aborts
with "Fatal Python error: none_dealloc". Python 3.12 and later make `None`
immortal, so the bug is harmless there; on older Pythons we do the same by
giving `None` a reference count that no session can use up. `Signal.emit()`
does the same to `True`/`False` ("Fatal Python error: bool_dealloc" after a
few thousand emits), so the two booleans get the same protection.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 48


def protect_none() -> None:
    """Make `None`, `True` and `False` practically immortal on Python < 3.12.

    The same PySide6 bug drops one reference to `True` on every `Signal.emit()`
    from Python (it returns `True` without taking a reference): a few hundred
    emits of the change broadcaster would otherwise abort with "bool_dealloc".
    Idempotent enough: adds 2**48 at most once per object.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for immortal in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(immortal))
        if refcount.value < _PLENTY:
            refcount.value += _PLENTY
