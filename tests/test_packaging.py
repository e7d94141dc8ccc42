"""The built wheel carries data/models/ and works in a fresh environment.

Builds the wheel, installs it (without dependencies) into a new virtual
environment that borrows this environment's third-party packages through a
.pth file — but not ctdocs itself — and parses a text there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return next(out.glob("ctdocs-*.whl"))


def test_wheel_contains_the_knowledge_files(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for f in ("actors.toml", "dates.toml", "domains.toml", "layout.toml", "language.toml"):
        assert f"ctdocs/_data/models/{f}" in names
    assert "ctdocs/schema/document.schema.json" in names


def _env_without_pythonpath() -> dict[str, str]:
    """The caller's PYTHONPATH would let the source tree shadow the installed wheel."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def test_wheel_parses_a_text_in_a_fresh_environment(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "env"
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True, timeout=120
    )
    py = env_dir / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(
        subprocess.check_output(
            [str(py), "-c", purelib], text=True, env=_env_without_pythonpath()
        ).strip()
    )
    # install the wheel's files (a wheel is a zip laid out for site-packages)
    zipfile.ZipFile(wheel).extractall(site)
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    code = (
        "import ctdocs, pathlib;"
        "assert 'env' in ctdocs.__file__, ctdocs.__file__;"
        "from ctdocs._knowledge import models_dir; assert '_data' in str(models_dir());"
        "d = ctdocs.parse_text('Plan\\n\\n1. L\\'OTAN et le COR renforceront "
        "le partage du renseignement le 6 juin 2002.');"
        "print(d.clauses()[0].number, [a.id for a in d.actors],"
        " [x.value for x in d.dates], d.domains)"
    )
    out = subprocess.run(
        [str(py), "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env=_env_without_pythonpath(),
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[0] == "1"
    assert "'nato'" in out.stdout and "2002-06-06" in out.stdout and "INTEL" in out.stdout
