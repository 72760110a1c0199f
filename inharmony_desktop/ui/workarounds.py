"""Work-arounds for bugs in the libraries we run on, each with the reason.

PySide6 6.12 on Python 3.11 drops one reference to `None` on every call of a
Qt method that returns nothing (`QLabel.setText`, `QComboBox.addItem`, ...).
After some ten thousand such calls `None` is "deallocated" and Python aborts
with "Fatal Python error: none_dealloc". Python 3.12 and later make `None`
immortal, so the bug is harmless there; on older Pythons we do the same by
giving `None` a reference count that no session can use up. `Signal.emit()`
does the same to `True`/`False` ("Fatal Python error: bool_dealloc" after a
few thousand emits), so the two booleans get the same protection.

PySide6 also reads the source file of every module imported after it, to see
whether the text "PySide6" occurs in it (its `__feature__` switches, such as
`snake_case`, apply only to modules that use PySide). The program uses no such
switch; reading and searching the ~200 files imported while the window opens
costs a noticeable part of the start. `skip_feature_source_scan()` answers the
same question from the module's name instead.
"""

from __future__ import annotations

import ctypes
import sys

_PLENTY = 1 << 48
_OUR_QT_MODULES = ("inharmony_desktop.", "PySide6", "shiboken6", "__main__")


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


def skip_feature_source_scan() -> None:
    """Let PySide6 decide which modules "use PySide" by their name, without reading
    their source: ours, PySide's own and the script that was started do, the others
    (the standard library, peewee, babel, ...) do not. Without a `__feature__`
    import anywhere both answers select the same thing: no feature.

    Does nothing where PySide6 has no such hook (another version)."""
    import PySide6  # noqa: F401  (loads shibokensupport)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    feature._mod_uses_pyside = _uses_pyside


def _uses_pyside(module: object) -> bool:
    return getattr(module, "__name__", "").startswith(_OUR_QT_MODULES)
