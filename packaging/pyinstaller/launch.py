"""Entry script of the frozen program: the same `main` as `python -m inharmony_desktop`."""

import sys

from inharmony_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
