"""ctdocs.diff_versions and ``ctdocs diff``: two versions of one text in one language.

The expected diffs in tests/texts/diff/*.expected.json were written by hand
from the texts (see tests/texts/diff/README.md); French and English pairs run
side by side.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ctdocs import (
    DiffEntry,
    Document,
    LanguageMismatchError,
    VersionDiff,
    diff_versions,
    parse_text,
)
from ctdocs._cli_research import word_diff
from ctdocs.cli import main

from .conftest import parsed
from .test_align import find_block

DIFF = Path(__file__).parent / "texts" / "diff"
CASES = {
    "fr": DIFF / "fr_plan_action.expected.json",
    "en": DIFF / "en_action_plan.expected.json",
}


def _case(lang: str) -> tuple[Document, Document, list[list[object]]]:
    data = json.loads(CASES[lang].read_text(encoding="utf-8"))
    return parsed(DIFF / data["old"]), parsed(DIFF / data["new"]), data["entries"]


def _as_row(e: DiffEntry) -> tuple[object, ...]:
    return (e.kind, e.old_id, e.new_id, e.renumbered, e.text_changed, e.moved)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_entry_as_written_by_hand(lang: str) -> None:
    old, new, entries = _case(lang)
    want = [
        (
            kind,
            find_block(old, str(ko)) if ko else None,
            find_block(new, str(kn)) if kn else None,
            renumbered,
            text_changed,
            moved,
        )
        for kind, ko, kn, renumbered, text_changed, moved in entries
    ]
    result = diff_versions(old, new)
    assert [_as_row(e) for e in result.entries] == want


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbers_and_similarity_are_consistent(lang: str) -> None:
    old, new, _ = _case(lang)
    for e in diff_versions(old, new).entries:
        if e.kind in ("added", "removed"):
            assert e.similarity is None
            continue
        assert e.similarity is not None and 0 <= e.similarity <= 100
        assert (e.similarity == 100.0) == (not e.text_changed)
        assert e.renumbered == (e.old_number != e.new_number)


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        (
            "fr",
            {"added": 1, "removed": 1, "renumbered": 4, "moved": 0, "changed": 3, "unchanged": 7},
        ),
        (
            "en",
            {"added": 1, "removed": 1, "renumbered": 5, "moved": 1, "changed": 1, "unchanged": 7},
        ),
    ],
)
def test_counts(lang: str, counts: dict[str, int]) -> None:
    old, new, _ = _case(lang)
    result = diff_versions(old, new)
    assert result.counts() == counts
    assert result.has_changes and len(result.changes) == sum(counts.values()) - counts["unchanged"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_version_against_itself_has_no_changes(lang: str) -> None:
    old, _, _ = _case(lang)
    result = diff_versions(old, old)
    assert not result.has_changes
    assert {e.kind for e in result.entries} == {"unchanged"} and len(result.entries) == len(
        old.blocks()
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_new_against_old_inverts_added_and_removed(lang: str) -> None:
    old, new, _ = _case(lang)
    forward, backward = diff_versions(old, new), diff_versions(new, old)
    added = [str(e.new_id) for e in forward.of_kind("added")]
    assert added == [str(e.old_id) for e in backward.of_kind("removed")] != []
    assert forward.counts()["renumbered"] == backward.counts()["renumbered"]


# A plan of six clauses, each unlike the others: insert a new clause at every place in turn.
SIX = [
    "renforcer l'échange d'évaluations de la menace terroriste entre les services compétents ;",
    "organiser chaque année un atelier sur la protection des infrastructures critiques ;",
    "coopérer à la détection des explosifs dissimulés dans le fret aérien ;",
    "échanger des informations sur les mouvements illicites d'armes légères ;",
    "étudier les moyens de prévenir le recrutement terroriste sur Internet ;",
    "recenser les capacités de décontamination disponibles en cas d'urgence ;",
]
NEW = "mettre en place un réseau de points de contact sur le financement du terrorisme ;"


def _plan(lines: list[str]) -> str:
    return (
        "Prévenir le terrorisme\n\n"
        + "\n".join(f"3.{k} {t}" for k, t in enumerate(lines, 1))
        + "\n"
    )


@pytest.mark.parametrize("at", range(7))
def test_an_insertion_renumbers_every_later_clause_and_changes_none(at: int) -> None:
    old = parse_text(_plan(SIX), "fr")
    new = parse_text(_plan([*SIX[:at], NEW, *SIX[at:]]), "fr")
    result = diff_versions(old, new)
    clauses = [e for e in result.entries if e.block_kind == "clause"]
    assert [e.kind for e in clauses] == ["unchanged"] * at + ["added"] + ["renumbered"] * (6 - at)
    assert [(e.old_number, e.new_number) for e in clauses if e.kind == "renumbered"] == [
        (f"3.{k}", f"3.{k + 1}") for k in range(at + 1, 7)
    ]


@pytest.mark.parametrize("at", range(6))
def test_a_deletion_renumbers_every_later_clause(at: int) -> None:
    old = parse_text(_plan(SIX), "fr")
    new = parse_text(_plan([*SIX[:at], *SIX[at + 1 :]]), "fr")
    clauses = [e for e in diff_versions(old, new).entries if e.block_kind == "clause"]
    assert [e.kind for e in clauses] == ["unchanged"] * at + ["removed"] + ["renumbered"] * (5 - at)


def test_a_clause_reworded_in_place_is_changed_not_removed_and_added() -> None:
    """A heavy edit (similarity under 60) keeps its partner when the number is the same."""
    edited = (
        "étudier, avec les partenaires intéressés, les moyens de contrer la propagande en ligne ;"
    )
    old = parse_text(_plan(SIX), "fr")
    new = parse_text(_plan([*SIX[:4], edited, SIX[5]]), "fr")
    entry = next(e for e in diff_versions(old, new).entries if e.new_number == "3.5")
    assert entry.kind == "changed" and entry.old_number == "3.5"
    assert entry.similarity is not None and entry.similarity < 60


def test_english_two_sections_swapped_are_moves() -> None:
    old = parse_text(
        "1. Allies will share intelligence on terrorist threats.\n\n"
        "2. NATO will protect critical infrastructure against attacks.\n\n"
        "3. Allies will train partner forces on request.\n",
        "en",
    )
    new = parse_text(
        "1. Allies will train partner forces on request.\n\n"
        "2. NATO will protect critical infrastructure against attacks.\n\n"
        "3. Allies will share intelligence on terrorist threats.\n",
        "en",
    )
    kinds = [(e.kind, e.old_number, e.new_number) for e in diff_versions(old, new).entries]
    assert ("unchanged", "2", "2") in kinds
    assert sorted(k for k in kinds if k[0] != "unchanged") == [
        ("moved", "1", "3"),
        ("moved", "3", "1"),
    ]


def test_languages_must_match() -> None:
    fr = parsed(DIFF / "fr_plan_action_v1.txt")
    en = parsed(DIFF / "en_action_plan_v1.md")
    with pytest.raises(LanguageMismatchError, match="use align"):
        diff_versions(fr, en)


def test_result_is_frozen_and_deterministic() -> None:
    old, new, _ = _case("fr")
    a, b = diff_versions(old, new), diff_versions(old, new)
    assert a == b and isinstance(a, VersionDiff)
    with pytest.raises(Exception, match="frozen"):
        a.entries = ()


@pytest.mark.parametrize(
    ("old", "new", "want"),
    [
        ("a b c", "a x c", "a [-b-] {+x+} c"),
        (
            "d'ici à la fin de 2005, un exercice",
            "d'ici au milieu de 2006, un exercice",
            "d'ici [-à la fin-] {+au milieu+} de [-2005,-] {+2006,+} un exercice",
        ),
        (
            "analyse recovered devices.",
            "analyse recovered devices and drones.",
            "analyse recovered [-devices.-] {+devices and drones.+}",
        ),
    ],
    ids=["letters", "fr", "en"],
)
def test_word_diff(old: str, new: str, want: str) -> None:
    assert word_diff(old, new) == want


# ---------------------------------------------------------------------------
# command line


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fr",
            [
                r"^added\s+3\.2\s+mettre en place",
                r"^renumbered\s+3\.2 -> 3\.3\s+100\.0\s+organiser",
                r"^changed\s+3\.4 -> 3\.5\s+\d+\.\d\s+échanger",
                r"^removed\s+4\.2\s+échanger des officiers",
                r"^renumbered\s+4\.3 -> 4\.2\s+100\.0",
                r"^changed\s+5\.1 -> 5\.1\s",
            ],
        ),
        (
            "en",
            [
                r"^added\s+2\s+NATO will publish",
                r"^moved\s+4 -> 6\s+100\.0\s+NATO will support",
                r"^removed\s+\[-\]\s+the protection of forces",
                r"^changed\s+6 -> 7\s",
                r"^renumbered\s+9 -> 10\s+100\.0",
            ],
        ),
    ],
)
def test_cli_diff_table_and_exit_1(
    lang: str, lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(CASES[lang].read_text(encoding="utf-8"))
    assert main(["diff", str(DIFF / data["old"]), str(DIFF / data["new"])]) == 1
    out = capsys.readouterr().out.splitlines()
    for pattern in lines:
        assert any(re.search(pattern, line) for line in out), pattern
    assert not any(line.startswith("unchanged") for line in out)
    assert all(len(line) <= 120 for line in out)


def test_cli_diff_shows_the_edit_word_by_word(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["diff", str(DIFF / "fr_plan_action_v1.txt"), str(DIFF / "fr_plan_action_v2.txt")])
        == 1
    )
    out = " ".join(capsys.readouterr().out.split())
    assert "[-à la fin-] {+au milieu+} de [-2005,-] {+2006,+}" in out
    assert "chimique {+ou radiologique+} dans" in out


def test_cli_diff_all_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = DIFF / "en_action_plan_v1.md", DIFF / "en_action_plan_v2.md"
    assert main(["diff", str(old), str(new), "--all"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sum(line.startswith("unchanged") for line in out) == 7
    assert main(["diff", str(old), str(new), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["moved"] == 1 and len(data["entries"]) == 16
    moved = next(e for e in data["entries"] if e["kind"] == "moved")
    assert moved["old_text"] == moved["new_text"] and moved["old_number"] == "4"


def test_cli_diff_identical_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(DIFF / "fr_plan_action_v1.txt")
    assert main(["diff", path, path]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 added, 0 removed, 0 renumbered")


def test_cli_diff_two_languages_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["diff", str(DIFF / "fr_plan_action_v1.txt"), str(DIFF / "en_action_plan_v1.md")]) == 2
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ctdocs: ") and "use align" in err[0]
