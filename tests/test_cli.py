"""The command line: parse, validate, schema; exit codes; one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ctdocs.cli import main

from .conftest import RAW, SEEDS


def run(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "ctdocs", *args], capture_output=True, text=True, timeout=120
    )
    return proc.returncode, proc.stdout, proc.stderr


def test_parse_directory_prints_a_summary_per_document() -> None:
    code, out, _ = run("parse", str(RAW))
    assert code == 0
    assert out.count("== ") == len(SEEDS)
    assert "language: fr" in out and "16.2.5" in out and "noise (web-chrome)" in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "md"])
def test_parse_formats_to_out_dir(tmp_path: Path, fmt: str) -> None:
    assert main(["parse", str(SEEDS[3]), "--format", fmt, "--out", str(tmp_path)]) == 0
    written = list(tmp_path.iterdir())
    assert len(written) == 1
    if fmt != "md":
        data = json.loads(written[0].read_text(encoding="utf-8"))
        numbers = [b["number"] for b in data["blocks"] if b["kind"] == "clause"]
        assert data["schema_version"] and numbers == ["1", "2"]


def test_validate_clean_texts_exit_0() -> None:
    assert main(["validate", str(RAW)]) == 0


@pytest.mark.parametrize(
    "text,message",
    [
        ("1. Un.\n2. Deux.\n4. Quatre.\n", "gap before clause 4"),
        ("1. One.\n2. Two.\n2. Two again.\n", "duplicate clause number 2"),
        ("1. One.\n3. Three.\n2. Two.\n", "out of order"),
        ("1. Un.\n1.1 Un-un.\n1.3.1 Mal placé.\n", "has no clause 1.3"),
    ],
    ids=["gap", "duplicate", "order", "parent"],
)
def test_validate_reports_numbering_problems_with_file_and_line(
    tmp_path: Path, text: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "t.txt"
    f.write_text(text, encoding="utf-8")
    assert main(["validate", str(f)]) == 1
    out = capsys.readouterr().out
    assert message in out and f"{f}:" in out
    line = next(ln for ln in out.splitlines() if message in ln)
    assert line.split(":")[1].isdigit()


@pytest.mark.parametrize(
    "setup",
    ["missing", "empty", "binary"],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, setup: str) -> None:
    f = tmp_path / "bad.txt"
    if setup == "empty":
        f.write_bytes(b"")
    elif setup == "binary":
        f.write_bytes(bytes(range(256)) * 20)
    code, _out, err = run("parse", str(f))
    assert code == 2
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and str(f) in err


def test_schema_command_prints_the_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["title"] == "Document"


def test_validate_json_against_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEEDS[3]), "--format", "json", "--out", str(tmp_path)]) == 0
    good = next(tmp_path.iterdir())
    assert main(["validate", "--json", str(good)]) == 0
    data = json.loads(good.read_text(encoding="utf-8"))
    data["blocks"][0]["start"] = "zero"
    del data["language"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["validate", "--json", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "$.blocks[0].start" in out and "language" in out
