"""What a person must never read in the Dutch program: an ISO date, a bare 12-digit user
number, an untranslated word of the domain, a "(s)" plural, or a file name in a sentence."""

from __future__ import annotations

import re

ISO_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
BARE_USER_NUMBER = re.compile(r"(?<![\d ])\d{12}(?![\d])")
DOMAIN_CODES = re.compile(
    r"\b(planned|performed|registered|confirmed|paid|contested|cancelled|paper|electronic|"
    r"home_help|ironing|standard|special|holiday|sickness|training)\b")
PLURAL_HACK = re.compile(r"\((s|en|'s|n)\)")
FILE_IN_SENTENCE = re.compile(r"\bcombined\.pdf\b")


PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def problems(text: str, *, dutch: bool = True) -> list[str]:
    """Each thing in `text` that a Dutch office worker should not have to read (the names
    of a template's `{placeholders}` do not count). `dutch=False` for the English window,
    where the words of the domain are English on purpose."""
    found = []
    text = PLACEHOLDER.sub("{}", text)
    checks = [("ISO-datum", ISO_DATE), ("kaal gebruikersnummer", BARE_USER_NUMBER),
              ("(s)-meervoud", PLURAL_HACK), ("bestandsnaam in een zin", FILE_IN_SENTENCE)]
    if dutch:
        checks.append(("Engelse code", DOMAIN_CODES))
    for name, pattern in checks:
        match = pattern.search(text)
        if match:
            found.append(f"{name} {match.group(0)!r} in {text!r}")
    return found
