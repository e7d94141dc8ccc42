"""Build hook: ship the repository's ``data/models/`` inside the wheel.

The knowledge files live at the top of the repository (where researchers and
reviewers look for them); the installed package reads them from
``ctdocs/_data/models``. Copying at build time keeps one source of truth.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithModels(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "data" / "models"
        target = Path(self.build_lib) / "ctdocs" / "_data" / "models"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target)


setup(cmdclass={"build_py": BuildWithModels})
