"""ctdocs.align and ``ctdocs align``: French and English versions of one text, block by block.

The expected alignments in tests/texts/align/*.expected.json were written by
hand from the texts (see tests/texts/align/README.md), one row per pair or
leftover, in reading order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ctdocs import (
    Alignment,
    Document,
    InputNotFoundError,
    align,
    parse_text,
)
from ctdocs._vocab import Language
from ctdocs.cli import main
from ctdocs.views._align import THRESHOLD as THRESHOLD_ALIGN
from ctdocs.views._align import block_text

from .conftest import RAW, parsed

ALIGN = Path(__file__).parent / "texts" / "align"
CASES = sorted(ALIGN.glob("*.expected.json"))


def find_block(doc: Document, key: str) -> str:
    """The id of the one block ``key`` names: ``§N`` a clause number, else the start of its text."""
    if key.startswith("§"):
        hits = [c.id for c in doc.clauses() if c.number == key[1:]]
    else:
        hits = [b.id for b in doc.blocks() if block_text(b).startswith(key)]
    assert len(hits) == 1, f"key {key!r} names {len(hits)} blocks, not one"
    return hits[0]


def expected_rows(case: Path, a: Document, b: Document) -> list[tuple[str | None, str | None]]:
    data = json.loads(case.read_text(encoding="utf-8"))
    return [
        (find_block(a, ka) if ka else None, find_block(b, kb) if kb else None)
        for ka, kb in data["rows"]
    ]


def _docs(case: Path) -> tuple[Document, Document]:
    data = json.loads(case.read_text(encoding="utf-8"))
    return parsed(ALIGN / data["a"]), parsed(ALIGN / data["b"])


@pytest.fixture(params=CASES, ids=[c.name.split("__")[0] for c in CASES])
def case(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_every_pair_and_every_leftover_as_written_by_hand(case: Path) -> None:
    a, b = _docs(case)
    want = expected_rows(case, a, b)
    result = align(a, b)
    assert [(r.a, r.b) for r in result.rows] == want
    assert [(p.a, p.b) for p in result.pairs] == [(x, y) for x, y in want if x and y]
    assert list(result.only_a) == [x for x, y in want if y is None]
    assert list(result.only_b) == [y for x, y in want if x is None]


def test_cases_cover_what_the_issue_asks(case: Path) -> None:
    """Guard on the test data itself: unnumbered pairs, and a leftover, in each pair of texts."""
    a, b = _docs(case)
    rows = json.loads(case.read_text(encoding="utf-8"))["rows"]
    unnumbered = [r for r in rows if r[0] and r[1] and not r[0].startswith("§")]
    assert len(unnumbered) >= 10
    assert any(r[1] is None for r in rows)
    assert {a.language, b.language} == {"fr", "en"}


def test_clause_numbers_pair_by_number_and_the_rest_by_anchors(case: Path) -> None:
    a, b = _docs(case)
    for p in align(a, b).pairs:
        if p.a_number is not None and p.a_number == p.b_number:
            assert p.method == "number"
        else:
            assert p.method == "anchors" and p.score > THRESHOLD_ALIGN
        assert 0.0 <= p.score <= 1.0


def test_english_first_gives_the_mirror_image(case: Path) -> None:
    a, b = _docs(case)
    forward, backward = align(a, b), align(b, a)
    assert [(p.b, p.a) for p in backward.pairs] == [(p.a, p.b) for p in forward.pairs]
    assert backward.only_a == forward.only_b and backward.only_b == forward.only_a


def test_deterministic(case: Path) -> None:
    a, b = _docs(case)
    assert align(a, b).model_dump_json() == align(a, b).model_dump_json()


def test_the_whole_seed_against_the_partial_translation() -> None:
    """With the full French seed, the pairs are those of the excerpt; the rest is only in French."""
    seed = parsed(RAW / "001_f60dafd6480beac2.txt")
    case = ALIGN / "fr_cpea_plan__en_eapc_plan.expected.json"
    excerpt, en = _docs(case)
    want = [(x, y) for x, y in expected_rows(case, excerpt, en) if x and y]
    result = align(seed, en)
    # The excerpt is the seed's first 103 lines, so its block ids are the seed's.
    assert [(p.a, p.b) for p in result.pairs] == want
    clause_10 = seed.clause("10")
    assert clause_10 is not None
    after_10 = [blk.id for blk in seed.blocks() if blk.start > clause_10.start]
    five = seed.clause("5")
    assert five is not None
    assert list(result.only_a) == [five.id, *after_10]
    assert result.counterpart_of_a(clause_10.id) == en.clause("10").id  # type: ignore[union-attr]


# ---------------------------------------------------------------------------
# the rules, each on a small pair of texts

FR_LETTER = """Lettre datée du 3 mars 2004

Le Conseil de l'Europe a adopté le 12 février 2004 une convention sur la prévention du terrorisme.

Le Conseil de l'Europe et l'Union européenne coopéreront étroitement sur ces questions.

La Fédération de Russie a présenté un rapport sur la mise en œuvre de la résolution 1373 (2001).
"""

EN_LETTER = """Letter dated 3 March 2004

The Council of Europe adopted on 12 February 2004 a convention on the prevention of terrorism.

The two organizations will cooperate closely on these questions.

The Russian Federation presented a report on the implementation of resolution 1373 (2001).
"""


@pytest.mark.parametrize(
    ("lang", "text", "anchors", "acronyms"),
    [
        (
            "fr",
            "Agissant en vertu du Chapitre VII, l'OTAN rappelle la résolution 1373 (2001) "
            "adoptée le 28 septembre 2001.",
            {"actor:nato", "num:1373", "num:2001", "num:28", "date:2001", "date:2001-09-28"},
            {"acr:VII"},
        ),
        (
            "en",
            "Acting under Chapter VII, NATO recalls resolution 1373 (2001) "
            "adopted on 28 September 2001.",
            {"actor:nato", "num:1373", "num:2001", "num:28", "date:2001", "date:2001-09-28"},
            {"acr:VII"},
        ),
    ],
)
def test_anchors_of_a_paragraph(
    lang: Language, text: str, anchors: set[str], acronyms: set[str]
) -> None:
    """Actor ids, dates, digit runs; acronyms outside actor names (OTAN/NATO are the actor)."""
    from ctdocs.views._align import _raw_features

    [(_, got_anchors, got_acronyms)] = _raw_features(parse_text(text, lang))
    assert got_anchors == anchors
    assert got_acronyms == acronyms


def test_scores_computed_by_hand() -> None:
    """Two anchorless headings score 0.5 * min(r, 1/r), r = (9 + 20) / (1.15 * 8 + 20)
    for 'Préambule' (9 characters) and 'Preamble' (8): 29 / 29.2, so 0.4966."""
    case = ALIGN / "fr_cpea_plan__en_eapc_plan.expected.json"
    fr, en = _docs(case)
    pair = next(p for p in align(fr, en).pairs if fr.block(p.a).text == "Préambule")
    assert en.block(pair.b).text == "Preamble"
    assert pair.score == round(0.5 * (29 / 29.2), 4) == 0.4966


def test_a_lone_block_between_two_pairs_pairs_by_position() -> None:
    """The English middle paragraph names neither actor: anchors cannot pair it, its place can."""
    fr, en = parse_text(FR_LETTER, "fr"), parse_text(EN_LETTER, "en")
    result = align(fr, en)
    assert [p.method for p in result.pairs] == ["anchors", "anchors", "position", "anchors"]
    assert result.only_a == () and result.only_b == ()
    middle = result.pairs[2]
    assert block_text(fr.block(middle.a)).startswith("Le Conseil de l'Europe et")
    assert middle.score < THRESHOLD_ALIGN


def test_a_paragraph_missing_from_the_translation_stays_unpaired() -> None:
    fr = parse_text(FR_LETTER, "fr")
    en = parse_text(
        EN_LETTER.replace(
            "The two organizations will cooperate closely on these questions.\n\n", ""
        ),
        "en",
    )
    result = align(fr, en)
    assert [block_text(fr.block(x)).split()[:4] for x in result.only_a] == [
        ["Le", "Conseil", "de", "l'Europe"]
    ]
    assert "et l'Union" in block_text(fr.block(result.only_a[0]))
    assert result.only_b == () and len(result.pairs) == 3


@pytest.mark.parametrize(
    ("fr_body", "en_body"),
    [
        (
            "3. Décide de rester saisi de la question.",
            "3. Requests the Secretary-General to report by 31 December 2026.",
        ),
        (
            "3. Prie le Comité de lui faire rapport le 1er juin 2005.",
            "3. Decides to remain seized of the matter.",
        ),
    ],
    ids=["fr-short", "fr-long"],
)
def test_the_same_number_pairs_even_when_the_content_disagrees(fr_body: str, en_body: str) -> None:
    fr = parse_text(f"1. Décide que tous les États coopèrent.\n\n{fr_body}\n", "fr")
    en = parse_text(f"1. Decides that all States shall cooperate.\n\n{en_body}\n", "en")
    pairs = align(fr, en).pairs
    assert [(p.a_number, p.b_number, p.method) for p in pairs] == [
        ("1", "1", "number"),
        ("3", "3", "number"),
    ]
    assert pairs[1].score < THRESHOLD_ALIGN  # visible as a doubtful pair


def test_different_clause_numbers_never_pair() -> None:
    fr = parse_text("1. Le Conseil de l'Europe se réunira le 12 février 2004.\n", "fr")
    en = parse_text("2. The Council of Europe will meet on 12 February 2004.\n", "en")
    result = align(fr, en)
    assert result.pairs == ()
    assert len(result.only_a) == 1 and len(result.only_b) == 1


def test_a_masthead_name_read_across_two_lines_still_pairs_line_by_line() -> None:
    """'United Nations' / 'Security Council' is extracted as one name over two blocks;
    each line is matched again on its own, so 'Nations Unies' pairs with 'United Nations'."""
    fr = parse_text(
        "Nations Unies\nConseil de sécurité\n\n1. Décide de rester saisi de la question.\n", "fr"
    )
    en = parse_text(
        "United Nations\nSecurity Council\n\n1. Decides to remain seized of the matter.\n", "en"
    )
    result = align(fr, en)
    texts = [(block_text(fr.block(p.a)), block_text(en.block(p.b))) for p in result.pairs]
    assert ("Nations Unies", "United Nations") in texts
    assert ("Conseil de sécurité", "Security Council") in texts


def test_same_language_alignment_uses_no_length_correction() -> None:
    doc = parsed(ALIGN / "en_unsc_resolution_2831.txt")
    result = align(doc, doc)
    assert [(p.a, p.b) for p in result.pairs] == [(b.id, b.id) for b in doc.blocks()]
    assert result.only_a == () == result.only_b


def test_paths_are_accepted_and_a_missing_one_is_a_ctdocs_error(tmp_path: Path) -> None:
    result = align(
        ALIGN / "fr_csnu_resolution_2831.txt", str(ALIGN / "en_unsc_resolution_2831.txt")
    )
    assert isinstance(result, Alignment) and len(result.pairs) == 21
    with pytest.raises(InputNotFoundError):
        align(tmp_path / "absent.txt", ALIGN / "en_unsc_resolution_2831.txt")


def test_alignment_is_frozen() -> None:
    result = align(ALIGN / "fr_csnu_resolution_2831.txt", ALIGN / "en_unsc_resolution_2831.txt")
    with pytest.raises(Exception, match="frozen"):
        result.pairs = ()


# ---------------------------------------------------------------------------
# command line


def test_cli_align_prints_a_side_by_side_table(capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = ALIGN / "fr_cpea_plan.txt", ALIGN / "en_eapc_plan.txt"
    assert main(["align", str(fr), str(en)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 120 for line in out)
    assert (
        out[-1] == "51 pairs (9 by number, 42 by anchors, 0 by position); 2 only in A, 1 only in B"
    )
    row5 = next(line for line in out if line.lstrip().startswith("5 "))
    assert row5.rstrip().endswith("|")  # clause 5: French only
    row9 = next(line for line in out if line.lstrip().startswith("9 Les principaux"))
    assert "9 The main objectives" in row9 and row9.endswith(" n")
    note = next(line for line in out if "[The Partnership Action Plan" in line)
    assert note.split("|")[0].strip() == ""  # English only


def test_cli_align_width_and_wrap(capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = ALIGN / "fr_csnu_resolution_2831.txt", ALIGN / "en_unsc_resolution_2831.txt"
    assert main(["align", str(fr), str(en), "--width", "80"]) == 0
    cut = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in cut) and len(cut) == 2 + 22 + 1
    assert main(["align", str(fr), str(en), "--width", "80", "--wrap"]) == 0
    wrapped = capsys.readouterr().out.splitlines()
    assert all(len(line) <= 80 for line in wrapped) and len(wrapped) > len(cut)
    text_w = (80 - 30) // 2
    left = " ".join(line[9 : 9 + text_w].strip() for line in wrapped[2:-1])
    right = " ".join(line[9 + text_w + 12 : 9 + 2 * text_w + 12].strip() for line in wrapped[2:-1])
    fr_doc, en_doc = parsed(fr), parsed(en)
    for doc, column in ((fr_doc, left), (en_doc, right)):
        for blk in doc.blocks():  # every text whole, in order, in its own column
            assert " ".join(block_text(blk).split()) in " ".join(column.split())


def test_cli_align_json_matches_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    fr, en = ALIGN / "fr_csnu_resolution_2831.txt", ALIGN / "en_unsc_resolution_2831.txt"
    assert main(["align", str(fr), str(en), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    lib = align(fr, en)
    assert [(p["a"], p["b"]) for p in data["pairs"]] == [(p.a, p.b) for p in lib.pairs]
    assert data["only_a"] == list(lib.only_a) and data["a"]["language"] == "fr"
    lone = next(r for r in data["rows"] if r["b"] is None)
    assert lone["a_text"].startswith("Rappelant également") and lone["a_label"] == "[p]"


def test_cli_align_unusable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert main(["align", str(empty), str(ALIGN / "en_eapc_plan.txt")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ctdocs: ") and "empty.txt" in err[0]
    assert main(["align", str(ALIGN / "en_eapc_plan.txt")]) == 2  # usage: B missing
