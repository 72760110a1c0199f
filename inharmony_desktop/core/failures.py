"""Which unexpected exceptions are really the environment's fault.

A full disk, a database locked by another program, a read-only folder or a
violated constraint that escaped a service are not bugs in the program: the
user can act on them. `as_known_error` turns them into a `KnownError` with a
clear Dutch message; anything else stays a bug for the crash dialog.
"""

from __future__ import annotations

import errno
import sqlite3

import peewee

from inharmony_desktop.core.errors import KnownError

_OS_MESSAGES = {
    errno.ENOSPC: "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer opnieuw.",
    errno.EDQUOT: "Uw schijfquotum is op: er is niets opgeslagen.",
    errno.EROFS: "De map is alleen-lezen: er is niets opgeslagen. Kies een andere map.",
    errno.EACCES: "U hebt geen toegang tot dit bestand of deze map: er is niets opgeslagen.",
    errno.EPERM: "U hebt geen toegang tot dit bestand of deze map: er is niets opgeslagen.",
    errno.EIO: "De schijf kan niet gelezen of beschreven worden (in- of uitvoerfout).",
}


def as_known_error(exc: BaseException) -> KnownError | None:
    """The `KnownError` a user should see for `exc`, or None when it is a bug."""
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, peewee.IntegrityError | peewee.OperationalError | sqlite3.OperationalError
                  | sqlite3.IntegrityError):
        from inharmony_desktop.core.services.base import _translate, root_database_error

        exc = root_database_error(exc)
        known = _translate(exc)
        if isinstance(exc, peewee.IntegrityError | sqlite3.IntegrityError) or any(
                word in str(exc).lower()
                for word in ("locked", "busy", "disk", "readonly", "read-only")):
            return known
        return None
    if isinstance(exc, OSError) and exc.errno in _OS_MESSAGES:
        where = f" ({exc.filename})" if exc.filename else ""
        return KnownError(_OS_MESSAGES[exc.errno] + where)
    if isinstance(exc, MemoryError):
        return KnownError("Het geheugen van deze PC is vol; sluit andere programma's en "
                          "probeer opnieuw.")
    return None
