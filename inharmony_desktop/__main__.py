"""Composition root: parse the command line, then run a sub-command or the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from inharmony_desktop import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
