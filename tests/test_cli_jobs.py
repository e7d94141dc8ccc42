"""``ctdocs parse --jobs N``: one process's output, bad files reported, exit 2, progress bar."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import SEEDS, TEXTS


def run(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "ctdocs", *args], capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with French seeds and English texts, and two unusable files."""
    d = tmp_path_factory.mktemp("corpus")
    for p in [SEEDS[0], SEEDS[3], SEEDS[4]]:
        shutil.copy(p, d / p.name)
    for p in [t for t in TEXTS if t.name.startswith("en_") and t.suffix == ".txt"][:2]:
        shutil.copy(p, d / p.name)
    (d / "b_empty.txt").write_bytes(b"")
    (d / "c_binary.txt").write_bytes(bytes(range(256)) * 20)
    return d


def _good(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.stat().st_size > 0 and p.name[1] != "_")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jobs_output_in_input_order_and_bad_files_one_line_each(corpus: Path, jobs: str) -> None:
    code, out, err = run("parse", str(corpus), "--format", "jsonl", "--jobs", jobs)
    assert code == 2  # some files were unusable
    docs = [json.loads(line) for line in out.splitlines()]
    good = _good(corpus)
    assert len(docs) == len(good) == 5
    assert [d["source"]["name"] for d in docs] == [str(p) for p in good]
    assert {d["language"] for d in docs} == {"fr", "en"}
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert "b_empty.txt" in lines[0] and "c_binary.txt" in lines[1]
    assert "━" not in err and "files" not in err  # no progress bar when stderr is not a terminal


def test_two_jobs_print_exactly_what_one_job_prints(corpus: Path) -> None:
    _, one, _ = run("parse", str(corpus), "--format", "jsonl", "--jobs", "1")
    _, two, _ = run("parse", str(corpus), "--format", "jsonl", "--jobs", "2")
    assert one and one == two


def test_all_good_files_exit_0(tmp_path: Path) -> None:
    for p in SEEDS[3:]:
        shutil.copy(p, tmp_path / p.name)
    code, out, err = run("parse", str(tmp_path), "--jobs", "2")
    assert code == 0 and err == ""
    assert out.count("== ") == 2


def test_progress_on_request_goes_to_stderr_only(corpus: Path, tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    code, out, err = run("parse", str(corpus), "--jobs", "2", "--progress", "--out", str(out_dir))
    assert code == 2 and out == ""
    written = sorted(p.name for p in out_dir.iterdir())
    assert written == sorted(p.name + ".summary.txt" for p in _good(corpus))  # extension kept
    assert "7/7 files" in err and "2 errors" in err and "MB/s" in err
    assert sum("ctdocs: " in line for line in err.splitlines()) == 2


def test_no_progress_flag_wins(corpus: Path) -> None:
    _, _, err = run("parse", str(corpus), "--no-progress")
    assert "files" not in err and len(err.strip().splitlines()) == 2


@pytest.mark.parametrize("command", [["parse"], ["export", "--to", "never-written.duckdb"]])
@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_bad_jobs_value_is_a_usage_error(command: list[str], value: str) -> None:
    code, out, err = run(*command, str(SEEDS[3]), "--jobs", value)
    assert code == 2 and out == ""
    assert "--jobs" in err and "Traceback" not in err


def test_help_states_the_exit_status() -> None:
    code, out, _ = run("parse", "--help")
    assert code == 0
    assert "--jobs" in out and "--progress" in out
    assert "2 if any file was unusable" in " ".join(out.split())
