"""``ctdocs parse`` output and input edges: mirrored, atomic, never clobbered; one line, exit 2.

In-process (``main``) where it can be, so each case costs a parse, not a
cold start; the terminal case runs the command on a pseudo-terminal.
"""

from __future__ import annotations

import errno
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

import ctdocs.cli._output as output
from ctdocs.cli import main
from ctdocs.cli._term import printable

FR = "Plan d'action\n\n1. Les Alliés renforceront la coopération.\n2. Les Partenaires.\n"
EN = "Action Plan\n\n1. Allies will strengthen cooperation.\n2. Partners will take part.\n"
ESC = "\x1b]0;owned\x07\x1b[2J\x9b31m\u202e"  # OSC title, clear screen, 8-bit CSI, RTL override


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """a/README.md and b/README.md (one name, two folders), b/x.txt and b/x.md (one stem)."""
    root = tmp_path / "in"
    for rel, text in [("a/README.md", FR), ("b/README.md", EN), ("b/x.txt", FR), ("b/x.md", EN)]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _lines(err: str) -> list[str]:
    return err.strip().splitlines()


def test_out_mirrors_paths_and_keeps_the_extension(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["parse", str(tree), "--format", "json", "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a/README.md.json", "b/README.md.json", "b/x.md.json", "b/x.txt.json"]
    docs = {w: json.loads((out / w).read_text(encoding="utf-8")) for w in written}
    assert docs["a/README.md.json"]["language"] == "fr"  # each output is its own input's
    assert docs["b/README.md.json"]["language"] == "en"
    assert docs["b/x.md.json"]["source"]["name"] == str(tree / "b" / "x.md")
    assert capsys.readouterr().err == ""


def test_a_file_argument_gives_its_name(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["parse", str(tree / "b" / "x.txt"), "--format", "md", "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["x.txt.md"]


def test_two_arguments_meeting_in_one_output_are_refused_before_parsing(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["parse", str(tree / "a"), str(tree / "b"), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and len(_lines(err)) == 1
    assert "README.md" in err and "both be written" in err
    assert not out.exists()  # nothing parsed, nothing written


def test_existing_outputs_are_kept_unless_overwrite(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / "b").mkdir(parents=True)
    (out / "b" / "x.txt.json").write_text("mine", encoding="utf-8")
    code = main(["parse", str(tree), "--format", "json", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and len(_lines(err)) == 1 and "--overwrite" in err and "x.txt.json" in err
    assert (out / "b" / "x.txt.json").read_text(encoding="utf-8") == "mine"
    assert main(["parse", str(tree), "--format", "json", "--out", str(out), "--overwrite"]) == 0
    assert json.loads((out / "b" / "x.txt.json").read_text(encoding="utf-8"))["language"] == "fr"


def test_an_output_that_appears_during_the_run_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "x.txt.json"
    output.write_atomic(target, "first", overwrite=False)
    with pytest.raises(OSError) as caught:
        output.write_atomic(target, "second", overwrite=False)
    assert caught.value.errno == errno.EEXIST
    assert target.read_text(encoding="utf-8") == "first"
    output.write_atomic(target, "third", overwrite=True)
    assert target.read_text(encoding="utf-8") == "third"
    assert [p.name for p in tmp_path.iterdir()] == ["x.txt.json"]  # no temporary file left


def test_an_unwritable_out_is_one_line_and_exit_2(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a_file"
    blocker.write_text("not a directory", encoding="utf-8")
    code = main(["parse", str(tree), "--out", str(blocker / "out")])
    err = capsys.readouterr().err
    assert code == 2 and len(_lines(err)) == 1
    assert err.startswith("ctdocs: cannot write") and "Traceback" not in err


def test_a_full_disk_stops_the_run_with_one_line_and_leaves_no_file(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)  # the os module _output calls
    out = tmp_path / "out"
    code = main(["parse", str(tree), "--format", "json", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and len(_lines(err)) == 1
    assert "no space left on device" in err and "stopped after 0 of 4" in err
    assert [p for p in out.rglob("*") if p.is_file()] == []  # no truncated, no temporary file


def test_an_interrupted_write_leaves_neither_target_nor_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)  # the os module _output calls
    with pytest.raises(KeyboardInterrupt):
        output.write_atomic(tmp_path / "x.json", "{" * 100_000, overwrite=False)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mkfifo, /dev/zero")
def test_fifo_and_device_are_refused_at_once_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer for ever
    code = main(["parse", str(fifo), "/dev/zero", "--timeout", "60"])
    lines = _lines(capsys.readouterr().err)
    assert code == 2 and len(lines) == 2
    assert "named pipe (FIFO), not a regular file" in lines[0] and str(fifo) in lines[0]
    assert "/dev/zero: is a character device" in lines[1]


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses non-UTF-8 file names")
def test_a_non_utf8_name_is_kept_escaped_and_serialisable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9.txt"  # café.txt written in Latin-1
    with open(raw, "wb") as f:
        f.write(FR.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["parse", str(tmp_path), "--format", "json", "--out", str(out)]) == 0
    (written,) = out.iterdir()
    assert os.fsencode(written.name) == b"caf\xe9.txt.json"  # the same bytes, plus .json
    name = json.loads(written.read_text(encoding="utf-8"))["source"]["name"]
    assert name.endswith("caf\\xe9.txt")  # the escape: the undecodable byte as \xe9
    assert main(["parse", os.fsdecode(raw)]) == 0
    assert "== " + str(tmp_path) + "/caf\\xe9.txt" in capsys.readouterr().out


@pytest.mark.parametrize("text", [FR, EN], ids=["fr", "en"])
def test_escape_sequences_from_a_document_never_reach_the_terminal(
    tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / f"evil{ESC}.txt"
    f.write_text(text.replace("\n\n1.", f" {ESC}\n\n1.", 1), encoding="utf-8")
    assert main(["parse", str(f)]) == 0
    out = capsys.readouterr().out
    for ch in "\x1b\x07\x9b\u202e":
        assert ch not in out
    assert "\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202e" in out  # shown, escaped
    bad = tmp_path / f"bad{ESC}.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b" in err and len(_lines(err)) == 1


@pytest.mark.slow  # a cold start of the command
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pty")
def test_markdown_on_a_terminal_is_escaped_too(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text(FR.replace("Plan", f"Plan {ESC}", 1), encoding="utf-8")
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ctdocs", "parse", str(f), "--format", "md"],
        stdout=follower,
        stderr=subprocess.PIPE,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(120)
    os.close(leader)
    shown = b"".join(chunks).decode("utf-8")
    assert proc.returncode == 0 and "Plan" in shown
    assert "\x1b" not in shown and "\x9b" not in shown and "\\x1b" in shown


@pytest.mark.parametrize("value", ["-1", "soon", "inf", "nan"])
def test_bad_timeout_is_a_usage_error(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "x.txt", "--timeout", value]) == 2
    assert "--timeout" in capsys.readouterr().err


def test_help_states_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for needle in ("--overwrite", "--timeout", "130 on SIGINT", "143 on SIGTERM", "x.txt.json"):
        assert needle in text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Résolution 1373 — « texte »", "Résolution 1373 — « texte »"),
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("tab\tkept\nline", "tab\tkept\\x0aline"),
        ("caf\udce9", "caf\\xe9"),
        ("\u202eevil", "\\u202eevil"),
    ],
)
def test_printable(raw: str, shown: str) -> None:
    assert printable(raw) == shown


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork")
def test_a_file_past_timeout_is_one_line_and_the_others_are_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    import ctdocs.views._corpus as corpus_module
    from ctdocs._parse import parse_document as real

    def stuck_on_b(path: object, *args: object, **kwargs: object) -> object:
        if str(path).endswith("b_stuck.txt"):
            time.sleep(3600)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus_module, "parse_document", stuck_on_b)  # the workers fork it
    for name, text in [("a.txt", FR), ("b_stuck.txt", FR), ("c.txt", EN)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    code = main(["parse", str(tmp_path), "--jobs", "2", "--timeout", "3", "--format", "jsonl"])
    captured = capsys.readouterr()
    lines = _lines(captured.err)
    assert code == 2 and len(lines) == 1
    assert "b_stuck.txt" in lines[0] and "timeout of 3 s" in lines[0]
    assert [json.loads(x)["language"] for x in captured.out.splitlines()] == ["fr", "en"]
