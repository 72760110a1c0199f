"""The two kinds of failure the program knows.

`KnownError` is the user's or the environment's fault (bad input, a full disk,
a locked database): it carries a clear Dutch message and guarantees that
nothing was written. Anything else is a bug and reaches the crash handler.
"""

from __future__ import annotations

from dataclasses import dataclass


class KnownError(Exception):
    """An error the user can understand and act on; nothing was written."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = list(details or [])

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """Bad input on one or more fields; `fields` maps field name -> message."""

    def __init__(self, fields: dict[str, str], message: str | None = None) -> None:
        self.fields = dict(fields)
        text = message or "; ".join(self.fields.values())
        super().__init__(text)


class ConflictError(KnownError):
    """The row was changed by someone else since it was read."""


class SchemaTooNewError(KnownError):
    """The database was written by a newer version of the program."""


class DatabaseInUseError(KnownError):
    """Another instance (or another PC) holds the database."""


@dataclass
class RowError:
    """One bad row of an import: `line N, column C: reason`."""

    line: int
    column: str
    reason: str
    duplicate: bool = False  # the row repeats one already there (may be allowed on request)

    def __str__(self) -> str:
        column = self.column or "-"
        return f"lijn {self.line}, kolom {column}: {self.reason}"


class ImportFailed(KnownError):
    """An import refused as a whole; nothing was written."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = sorted(errors, key=lambda e: e.line)
        count = len(self.errors)
        word = "fout" if count == 1 else "fouten"
        super().__init__(
            f"Import geweigerd: {count} {word}, er is niets opgeslagen.",
            details=[str(e) for e in self.errors],
        )

    @property
    def only_duplicates(self) -> bool:
        """Every problem is a repeated row: importing anyway is the user's choice."""
        return bool(self.errors) and all(e.duplicate for e in self.errors)
