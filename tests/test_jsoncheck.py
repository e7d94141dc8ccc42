"""``validate --json`` checks meaning, not only shape.

Modules: ctdocs.views._jsoncheck, ctdocs.views._jsonmeaning.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ctdocs import parse_text
from ctdocs.views._jsoncheck import validate_json_file

TEXTS = {
    "fr": "Résolution 2396 (2017)\n\nLe Conseil de sécurité,\n\n1. Demande à l'OTAN et à "
    "l'Union européenne de renforcer les contrôles aux frontières le 5 juin 2003 ;\n\n"
    "2. Décide de rester saisi de la question.\n",
    "en": "Resolution 2396 (2017)\n\nThe Security Council,\n\n1. Calls upon NATO and the "
    "European Union to strengthen border controls on 5 June 2003;\n\n"
    "2. Decides to remain seized of the matter.\n",
}


def _export(lang: str) -> dict[str, Any]:
    exported: dict[str, Any] = json.loads(
        parse_text(TEXTS[lang], lang).model_dump_json()  # type: ignore[arg-type]
    )
    return exported


def _check(
    tmp_path: Path, data: dict[str, Any] | str, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    path = tmp_path / "doc.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    code = validate_json_file(str(path))
    return code, capsys.readouterr().out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_fresh_export_is_clean(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _check(tmp_path, _export(lang), capsys) == (0, "")


def _span_out(d: dict[str, Any]) -> str:
    d["blocks"][1]["end"] = len(d["text"]) + 5
    return "$.blocks[1]: span"


def _mention_moved(d: dict[str, Any]) -> str:
    m = d["actors"][0]["mentions"][0]
    m["start"] += 1
    m["end"] += 1
    return "$.actors[0].mentions[0].text:"


def _date_text(d: dict[str, Any]) -> str:
    d["dates"][0]["text"] = "1 janvier 1999"
    return "$.dates[0].text:"


def _same_id(d: dict[str, Any]) -> str:
    d["blocks"][2]["id"] = d["blocks"][1]["id"]
    return "$.blocks[2].id:"


def _lost_parent(d: dict[str, Any]) -> str:
    d["blocks"][-1]["parent"] = "b999"
    return "$.blocks[-1].parent".replace("-1", str(len(d["blocks"]) - 1))


def _lost_actor(d: dict[str, Any]) -> str:
    k = next(k for k, b in enumerate(d["blocks"]) if b.get("actors"))
    d["blocks"][k]["actors"] = ["no-such-actor"]
    return f"$.blocks[{k}].actors[0]:"


BREAKS: list[Callable[[dict[str, Any]], str]] = [
    _span_out,
    _mention_moved,
    _date_text,
    _same_id,
    _lost_parent,
    _lost_actor,
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("spoil", BREAKS, ids=[f.__name__ for f in BREAKS])
def test_an_export_that_says_something_false_is_reported(
    lang: str,
    spoil: Callable[[dict[str, Any]], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _export(lang)
    where = spoil(data)
    code, out = _check(tmp_path, data, capsys)
    assert code == 1
    assert where in out, out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_repeated_keys_are_reported(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps(_export(lang))
    raw = raw.replace('"language": ', '"language": "de", "language": ', 1)
    code, out = _check(tmp_path, raw, capsys)
    assert code == 1 and "'language'" in out and "repeats" in out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_surrogate_is_reported(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps(_export(lang)).replace('"text": "', '"text": "\\ud800', 1)
    code, out = _check(tmp_path, raw, capsys)
    assert code == 1 and "$.text:" in out and "surrogate" in out


@pytest.mark.parametrize("digits", [20, 5_000])
def test_a_huge_integer_is_a_finding_not_a_crash(
    digits: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.dumps(_export("fr"))
    raw = raw.replace('"start": 0', '"start": ' + "9" * digits, 1)
    code, out = _check(tmp_path, raw, capsys)
    assert code == 1
    assert f"an integer of {digits} digits" in out
    assert len(out.splitlines()) < 10 and "Traceback" not in out
