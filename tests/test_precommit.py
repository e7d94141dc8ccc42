"""``ctdocs validate`` as a gate: the exit-code contract, and the shipped pre-commit hooks.

The first half drives the command in-process: many files at once (as
pre-commit and CI pass them), every one checked, the worst outcome as exit
code (2 unusable input > 1 problems > 0 clean), one ``file:line:`` or
``file: $.path:`` line per finding.

The second half is the issue's "done when": another local git repository
uses the hooks of ``.pre-commit-hooks.yaml`` through ``pre-commit run``. The
hook repository is a snapshot of this working tree committed into a
temporary repository, so the test checks the code and manifest as they are
now, not the last commit. pre-commit builds the hooks' virtualenv by
pip-installing that snapshot (about 20 s here, once per module, in a
temporary ``PRE_COMMIT_HOME`` that leaves the user's cache alone).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pytest

from ctdocs import parse_text
from ctdocs.cli import main

ROOT = Path(__file__).resolve().parents[1]

CLEAN = {
    "fr": (
        "clean_fr.txt",
        "Plan d'action du Partenariat contre le terrorisme\n\n"
        "1. Les Partenaires renforceront les consultations politiques.\n"
        "2. Les Partenaires échangeront des renseignements.\n"
        "2.1 Ils partageront les évaluations de la menace.\n"
        "2.2 Ils coordonneront la formation et les exercices.\n"
        "3. Le Conseil examinera la mise en œuvre chaque année.\n",
    ),
    "en": (
        "clean_en.md",
        "# Partnership Action Plan against Terrorism\n\n"
        "1. Partners will intensify political consultations.\n"
        "2. Partners will exchange intelligence.\n"
        "   2.1 They will share threat assessments.\n"
        "   2.2 They will coordinate training and exercises.\n"
        "3. The Council will review implementation every year.\n",
    ),
}
# Clause 3 is missing; "4." stands on line 5 (title, blank line, 1., 2., 4.).
GAP = {
    "fr": "Plan d'action\n\n1. Les Partenaires se consulteront.\n"
    "2. Ils échangeront des renseignements.\n4. Le Conseil examinera la mise en œuvre.\n",
    "en": "Action Plan\n\n1. Partners will consult.\n"
    "2. They will exchange intelligence.\n4. The Council will review implementation.\n",
}
GAP_LINE = 5

Lang = Literal["fr", "en"]


def _export(lang: Lang) -> dict[str, object]:
    """A genuine export of a clean text, as ``ctdocs parse --format json`` writes it."""
    text = CLEAN[lang][1]
    data: dict[str, object] = json.loads(parse_text(text, language=lang).model_dump_json())
    return data


def _first_clause(data: dict[str, object]) -> int:
    blocks = data["blocks"]
    assert isinstance(blocks, list)
    return next(i for i, b in enumerate(blocks) if b["kind"] == "clause")


def _broken_export(lang: Lang) -> tuple[dict[str, object], int]:
    """An export with two known violations: a clause whose start is text, no language."""
    data = _export(lang)
    k = _first_clause(data)
    data["blocks"][k]["start"] = "zero"  # type: ignore[index]
    del data["language"]
    return data, k


# --------------------------------------------------------------------------- the command


def _write(path: Path, content: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_clean_texts_and_export_exit_0_and_print_nothing(
    tmp_path: Path, lang: Lang, capsys: pytest.CaptureFixture[str]
) -> None:
    name, text = CLEAN[lang]
    t = _write(tmp_path / name, text)
    j = _write(tmp_path / "doc.json", json.dumps(_export(lang)))
    assert main(["validate", t, "--json", j]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_problems_only_exit_1_and_every_file_is_reported(
    tmp_path: Path, lang: Lang, capsys: pytest.CaptureFixture[str]
) -> None:
    gap = _write(tmp_path / f"gap_{lang}.txt", GAP[lang])
    clean = _write(tmp_path / CLEAN[lang][0], CLEAN[lang][1])
    data, k = _broken_export(lang)
    bad = _write(tmp_path / "bad.json", json.dumps(data))
    assert main(["validate", gap, clean, "--json", bad]) == 1
    out = capsys.readouterr().out.splitlines()
    assert f"{gap}:{GAP_LINE}: gap before clause 4: 1 number(s) missing after 2" in out
    assert f"{bad}: $.blocks[{k}].start: 'zero' is not of type 'integer'" in out
    assert f"{bad}: $: 'language' is a required property" in out
    assert not any(line.startswith(clean) for line in out)


PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


@pytest.mark.parametrize(
    "name,content,expected",
    [
        ("missing.txt", None, ": error: no such file"),
        ("empty.txt", b"", ": error: the document is empty"),
        ("image.txt", PNG, ": error: this is a PNG image"),
        ("missing.json", None, ": error: no such file"),
        ("broken.json", b'{"title": 1,\n "blocks": }', ":2:12: error: not valid JSON"),
        ("array.json", b"[1, 2]", ": error: the top level is an array, not an object"),
        ("latin1.json", b'{"title": "caf\xe9"}', ": error: not UTF-8 text"),
        ("future.json", b'{"schema_version": "9.0"}', ": error: schema_version 9.0 cannot"),
    ],
    ids=[
        "missing",
        "empty",
        "binary",
        "json-missing",
        "json-syntax",
        "json-array",
        "json-latin1",
        "json-newer-major",
    ],
)
def test_unusable_input_exits_2_yet_the_other_files_are_still_checked(
    tmp_path: Path,
    name: str,
    content: bytes | None,
    expected: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    unusable = str(tmp_path / name) if content is None else _write(tmp_path / name, content)
    gap = _write(tmp_path / "gap.txt", GAP["en"])
    data, k = _broken_export("fr")
    bad = _write(tmp_path / "z_bad.json", json.dumps(data))
    # The unusable file sits between two files with problems: neither may be skipped.
    assert main(["validate", gap, unusable, bad]) == 2
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(unusable + expected) for line in out), out
    assert f"{gap}:{GAP_LINE}: gap before clause 4: 1 number(s) missing after 2" in out
    assert f"{bad}: $.blocks[{k}].start: 'zero' is not of type 'integer'" in out
    assert not any(line.startswith("Traceback") for line in out)


def test_json_option_takes_many_files_and_directories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pre-commit runs ``entry FILE FILE ...``: every file after ``--json`` is an export."""
    data, k = _broken_export("en")
    a = _write(tmp_path / "one" / "a.json", json.dumps(data))
    b = _write(tmp_path / "one" / "b.json", json.dumps(data))
    assert main(["validate", "--json", a, b]) == 1
    out = capsys.readouterr().out
    assert f"{a}: $.blocks[{k}].start" in out and f"{b}: $.blocks[{k}].start" in out
    assert main(["validate", "--json", str(tmp_path / "one")]) == 1
    out = capsys.readouterr().out
    assert f"{a}: $.blocks[{k}].start" in out and f"{b}: $.blocks[{k}].start" in out
    empty = tmp_path / "none"
    empty.mkdir()
    assert main(["validate", "--json", str(empty)]) == 2
    assert f"{empty}: error: no .json files" in capsys.readouterr().out


def test_block_kind_violations_name_the_kind_not_the_whole_union(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A block is one of four kinds; its ``kind`` says which, so its errors come from that kind."""
    data = _export("fr")
    blocks = data["blocks"]
    assert isinstance(blocks, list) and len(blocks) >= 3
    k = _first_clause(data)
    blocks[k]["number"] = 5
    # copies under fresh ids, so that only their kinds are wrong (a repeated id is a
    # finding of its own since validate checks meaning)
    blocks.append({**blocks[k], "kind": "footnote", "id": "b-copy-1"})
    missing_kind = {key: v for key, v in blocks[k].items() if key != "kind"}
    blocks.append({**missing_kind, "id": "b-copy-2"})
    f = _write(tmp_path / "doc.json", json.dumps(data))
    assert main(["validate", "--json", f]) == 1
    out = capsys.readouterr().out.splitlines()
    n = len(blocks)
    kinds = "'clause', 'heading', 'list_item', 'paragraph'"
    assert out == [
        f"{f}: $.blocks[{k}].number: 5 is not of type 'string'",
        f"{f}: $.blocks[{n - 2}].kind: 'footnote' is not one of {kinds}",
        f"{f}: $.blocks[{n - 1}]: 'kind' is a required property (one of {kinds})",
    ]


def test_a_json_file_named_without_the_option_is_checked_as_an_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Parsed as a policy text it would have no clauses and always pass."""
    data, k = _broken_export("en")
    f = _write(tmp_path / "doc.json", json.dumps(data))
    assert main(["validate", f]) == 1
    assert f"{f}: $.blocks[{k}].start" in capsys.readouterr().out


def test_the_shipped_manifest_is_valid_for_pre_commit() -> None:
    from pre_commit.clientlib import load_manifest  # type: ignore[import-untyped]

    hooks = {h["id"]: h for h in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert set(hooks) == {"ctdocs-validate", "ctdocs-validate-json"}
    assert {h["language"] for h in hooks.values()} == {"python"}
    assert hooks["ctdocs-validate"]["entry"] == "ctdocs validate"
    assert hooks["ctdocs-validate-json"]["entry"] == "ctdocs validate --json"
    texts, exports = hooks["ctdocs-validate"]["files"], hooks["ctdocs-validate-json"]["files"]
    for name in ("texts/a.txt", "b.MD", "c/d.html", "e.htm", "f.pdf"):
        assert re.search(texts, name) and not re.search(exports, name), name
    for name in ("exports/a.ctdocs.json",):
        assert re.search(exports, name) and not re.search(texts, name), name
    for name in ("package.json", "setup.py", "a.ctdocs.json.bak"):
        assert not re.search(texts, name) and not re.search(exports, name), name


# --------------------------------------------------------------------------- pre-commit

_GIT_IDENTITY = [
    "-c",
    "user.name=ctdocs test",
    "-c",
    "user.email=test@ctdocs.invalid",
    "-c",
    "commit.gpgsign=false",
]


def _clean_env(**extra: str) -> dict[str, str]:
    """The environment minus what a surrounding git hook or pre-commit run would leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.pop("SKIP", None)
    env.update(extra)
    return env


def _git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", *_GIT_IDENTITY, *args],
        cwd=repo,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return proc.stdout


def _working_tree_files() -> list[Path]:
    """What the lead would commit: tracked and untracked-but-not-ignored files that exist."""
    if (ROOT / ".git").exists() and shutil.which("git"):
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            env=_clean_env(),
            capture_output=True,
            timeout=120,
            check=True,
        ).stdout
        names = [n for n in out.decode("utf-8", "surrogateescape").split("\0") if n]
        return [Path(n) for n in names if (ROOT / n).is_file()]
    skip = {
        ".git",
        ".venv",
        "build",
        "dist",
        "__pycache__",
        ".pytest_cache",
        ".mypy_cache",
        ".ruff_cache",
        ".hypothesis",
    }
    return [
        p.relative_to(ROOT)
        for p in ROOT.rglob("*")
        if p.is_file()
        and not skip.intersection(p.relative_to(ROOT).parts)
        and not any(part.endswith(".egg-info") for part in p.parts)
    ]


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str, Path]]:
    """(snapshot repository, its HEAD sha, a PRE_COMMIT_HOME shared by this module's runs)."""
    if shutil.which("git") is None:
        pytest.fail("git is needed to test the pre-commit hooks and was not found on PATH")
    base = tmp_path_factory.mktemp("precommit")
    repo = base / "ctdocs-hooks"
    for rel in _working_tree_files():
        (repo / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, repo / rel)
    assert (repo / ".pre-commit-hooks.yaml").is_file()
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "snapshot of the ctdocs working tree")
    yield repo, _git(repo, "rev-parse", "HEAD").strip(), base / "pre-commit-home"


def _consumer(base: Path, repo: Path, sha: str, files: dict[str, str | bytes]) -> Path:
    """Another project's repository: the two shipped hooks with their default settings."""
    consumer = base / "consumer"
    consumer.mkdir()
    _git(consumer, "init", "-q")
    config = (
        "repos:\n"
        f"  - repo: {repo.as_uri()}\n"
        f"    rev: {sha}\n"
        "    hooks:\n"
        "      - id: ctdocs-validate\n"
        "      - id: ctdocs-validate-json\n"
    )
    _write(consumer / ".pre-commit-config.yaml", config)
    for name, content in files.items():
        _write(consumer / name, content)
    _git(consumer, "add", "-A")
    return consumer


def _pre_commit(consumer: Path, home: Path) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=consumer,
        env=_clean_env(PRE_COMMIT_HOME=str(home)),
        capture_output=True,
        text=True,
        timeout=900,
    )
    return proc.returncode, proc.stdout + proc.stderr


def _status(output: str, hook_name: str) -> str:
    """'Passed', 'Failed' or 'Skipped...' on the hook's summary line."""
    line = next(ln for ln in output.splitlines() if ln.startswith(hook_name + "."))
    return line.rsplit(".", 1)[-1].strip()


TEXT_HOOK = "ctdocs validate (clause numbering)"
JSON_HOOK = "ctdocs validate --json (exports against the JSON Schema)"


def _clean_files() -> dict[str, str | bytes]:
    return {
        f"texts/{CLEAN['fr'][0]}": CLEAN["fr"][1],
        f"texts/{CLEAN['en'][0]}": CLEAN["en"][1],
        "exports/plan_fr.ctdocs.json": json.dumps(_export("fr"), ensure_ascii=False),
        "exports/plan_en.ctdocs.json": json.dumps(_export("en"), ensure_ascii=False),
        "notes.py": "print('not a policy text')\n",
    }


def test_pre_commit_clean_repository_passes(
    hook_repo: tuple[Path, str, Path], tmp_path: Path
) -> None:
    repo, sha, home = hook_repo
    code, out = _pre_commit(_consumer(tmp_path, repo, sha, _clean_files()), home)
    assert code == 0, out
    assert _status(out, TEXT_HOOK) == "Passed" and _status(out, JSON_HOOK) == "Passed", out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pre_commit_numbering_gap_fails_naming_the_line(
    hook_repo: tuple[Path, str, Path], tmp_path: Path, lang: Lang
) -> None:
    repo, sha, home = hook_repo
    files = {**_clean_files(), f"texts/gap_{lang}.txt": GAP[lang]}
    code, out = _pre_commit(_consumer(tmp_path, repo, sha, files), home)
    assert code == 1, out
    assert _status(out, TEXT_HOOK) == "Failed" and _status(out, JSON_HOOK) == "Passed", out
    assert "- exit code: 1" in out
    lines = out.splitlines()
    gap = f"texts/gap_{lang}.txt:{GAP_LINE}: gap before clause 4: 1 number(s) missing after 2"
    assert gap in lines, out
    assert "clean_fr.txt" not in out and "clean_en.md" not in out


def test_pre_commit_schema_violations_fail_with_json_paths(
    hook_repo: tuple[Path, str, Path], tmp_path: Path
) -> None:
    repo, sha, home = hook_repo
    fr, k_fr = _broken_export("fr")
    en, k_en = _broken_export("en")
    en["title"] = 7
    files = {
        **_clean_files(),
        "exports/a_bad.ctdocs.json": json.dumps(fr),
        "exports/b_bad.ctdocs.json": json.dumps(en),
        # Not named like an export: the JSON hook's default `files` leaves it alone.
        "config/other.json": json.dumps(fr),
    }
    code, out = _pre_commit(_consumer(tmp_path, repo, sha, files), home)
    assert code == 1, out
    assert _status(out, JSON_HOOK) == "Failed" and _status(out, TEXT_HOOK) == "Passed", out
    lines = out.splitlines()
    for name, k in (("a_bad", k_fr), ("b_bad", k_en)):
        assert f"exports/{name}.ctdocs.json: $: 'language' is a required property" in lines
        start = f"exports/{name}.ctdocs.json: $.blocks[{k}].start: 'zero' is not of type 'integer'"
        assert start in lines, out
    assert any(ln.startswith("exports/b_bad.ctdocs.json: $.title: 7 is not") for ln in lines), out
    assert "other.json" not in out and "plan_fr" not in out


def test_pre_commit_unusable_export_reports_exit_code_2(
    hook_repo: tuple[Path, str, Path], tmp_path: Path
) -> None:
    repo, sha, home = hook_repo
    files = {**_clean_files(), "exports/broken.ctdocs.json": "{"}
    code, out = _pre_commit(_consumer(tmp_path, repo, sha, files), home)
    assert code == 1, out  # pre-commit's own code: some hook failed
    assert _status(out, JSON_HOOK) == "Failed", out
    assert "- exit code: 2" in out
    broken = "exports/broken.ctdocs.json:1:2: error: not valid JSON"
    assert any(ln.startswith(broken) for ln in out.splitlines()), out
