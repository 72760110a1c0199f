"""Build step of the wheel: the program's own files go inside the package.

`resources/` (fonts, icons, the Dutch translation) lives beside the package in
the repository; a wheel carries a copy in `inharmony_desktop/_resources/`,
with the Dutch catalogue compiled there (`inharmony_desktop/catalogue.py`, pure
Python), so that `pip install .` gives a Dutch program without `make`.
Everything else is declared in pyproject.toml.
"""

import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads resources/ in the checkout
        target = Path(self.build_lib) / "inharmony_desktop" / "_resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(HERE / "resources", target,
                        ignore=shutil.ignore_patterns("*.qm", "*.tmp"))
        sys.path.insert(0, str(HERE))
        from inharmony_desktop.catalogue import compile_ts

        for source in sorted((target / "translations").glob("*.ts")):
            compile_ts(source, source.with_suffix(".qm"))


setup(cmdclass={"build_py": BuildWithResources})
