"""Typographic ligatures (U+FB00-FB06) in text input: spelt out by the normaliser, so that
every later stage matches its words in letters, each letter mapped back to the ligature.

Expected values are written by hand from the contract of ``ctdocs.normalise._ligatures``
and from what the same sentence spelt in plain letters gives (each row fails when the
ligature is left in: a trigger, an actor name, a month, a numbering word go unread).
"""

from __future__ import annotations

import unicodedata

import pytest

from ctdocs import parse_text
from ctdocs._offsets import OffsetMap
from ctdocs._vocab import Language
from ctdocs.normalise._ligatures import spell_ligatures
from ctdocs.normalise._text import normalise


@pytest.mark.parametrize(
    ("pieces", "spelt"),
    [
        # ﬁ at offset 12: "f" goes on with "Dé", "i" points at the ligature, "nitions" after it
        ([("Déﬁnitions", 10)], [("Déf", 10), ("i", 12), ("nitions", 13)]),
        # ﬃ at 11: three letters, the last two at the ligature; "ce" at 12
        ([("Oﬃce", 10)], [("Of", 10), ("f", 11), ("i", 11), ("ce", 12)]),
        # a ligature ending a piece, and a piece without one, kept as they are
        ([("ﬂ", 0), (" du terrorisme", 5)], [("f", 0), ("l", 0), (" du terrorisme", 5)]),
        ([("Auguﬆ", 3), (" 2004", 9)], [("Augus", 3), ("t", 7), (" 2004", 9)]),
    ],
    ids=["fr-fi", "en-ffi", "fr-end", "en-st"],
)
def test_each_letter_after_the_first_points_at_the_ligature(
    pieces: list[tuple[str, int]], spelt: list[tuple[str, int]]
) -> None:
    assert spell_ligatures(pieces) == spelt


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (
            "Article 2 : Déﬁnitions\n\nLe ﬁnancement du terrorisme et l’Oﬃce\u00a0européen.\n",
            "Article 2 : Définitions\n\nLe financement du terrorisme et l’Office européen.",
        ),
        (
            "Section 2. Deﬁnitions\n\nTerrorist ﬁnancing and the Oﬃce\u00a0of  Police.\n",
            "Section 2. Definitions\n\nTerrorist financing and the Office of Police.",
        ),
    ],
    ids=["fr", "en"],
)
def test_the_normalised_text_spells_ligatures_and_maps_to_them(raw: str, text: str) -> None:
    norm = normalise(raw, markdown=False)
    assert norm.text == text
    offsets = OffsetMap(norm.anchors)
    for out, char in enumerate(norm.text):
        if char.isalnum():  # the same letter, or a ligature that holds it
            printed = raw[offsets.input_at(out)]
            assert char in unicodedata.normalize("NFKC", printed), (out, char, printed)


def _text(lang: Language) -> str:
    return {
        "fr": "Le Conseil condamne le ﬁnancement du terrorisme.\n",
        "en": "The Council condemns terrorist ﬁnancing.\n",
    }[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_trigger_written_with_a_ligature_tags_its_domain(lang: Language) -> None:
    assert parse_text(_text(lang), language=lang).domains == ["FINANCING"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le service Tracﬁn a transmis 120 signalements au parquet.\n"),
        ("en", "The French unit Tracﬁn passed 120 reports to prosecutors.\n"),
    ],
)
def test_an_actor_name_written_with_a_ligature_is_linked(lang: Language, text: str) -> None:
    doc = parse_text(text, language=lang)
    assert [(a.id, [m.text for m in a.mentions]) for a in doc.actors] == [("tracfin", ["Tracfin"])]


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        # the date cue "fin" before the month
        ("fr", "Le plan sera achevé ﬁn juillet 2005.\n", [("fin juillet 2005", "2005-07")]),
        ("en", "The plan was adopted on 1ﬆ Auguﬆ 2004.\n", [("1st August 2004", "2004-08-01")]),
    ],
)
def test_a_month_or_date_cue_written_with_a_ligature_is_read(
    lang: Language, text: str, dates: list[tuple[str, str]]
) -> None:
    doc = parse_text(text, language=lang)
    assert [(d.text, d.value) for d in doc.dates] == dates


@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        (
            "fr",
            "Objectif spéciﬁque 1.1 : Prévenir\n\nLes États préviennent la radicalisation.\n\n"
            "Objectif spéciﬁque 1.2 : Protéger\n\nLes États protègent.\n",
            ["Objectif spécifique 1.1", "Objectif spécifique 1.2"],
        ),
        (
            "en",
            "Speciﬁc Objective 1.1: Prevent\n\nStates prevent radicalisation.\n\n"
            "Speciﬁc Objective 1.2: Protect\n\nStates protect.\n",
            ["Specific Objective 1.1", "Specific Objective 1.2"],
        ),
    ],
)
def test_a_numbering_word_written_with_a_ligature_numbers_its_clause(
    lang: Language, text: str, numbers: list[str]
) -> None:
    assert [c.number for c in parse_text(text, language=lang).clauses()] == numbers


@pytest.mark.parametrize(
    ("lang", "text", "printed"),
    [
        (
            "fr",
            "L’Oﬃce des Nations Unies contre la drogue et le crime aide Tracﬁn depuis le "
            "3 août 2004.\n",
            {"Oﬃce des Nations Unies contre la drogue et le crime", "Tracﬁn", "3 août 2004"},
        ),
        (
            "en",
            "The United Nations Oﬃce on Drugs and Crime has helped Tracﬁn since 3 Auguﬆ 2004.\n",
            {"United Nations Oﬃce on Drugs and Crime", "Tracﬁn", "3 Auguﬆ 2004"},
        ),
    ],
)
def test_spans_lead_back_to_the_ligatures_as_printed(
    lang: Language, text: str, printed: set[str]
) -> None:
    """Each mention is its span of the document's text, and the offset map takes that
    span to the input's characters as printed, ligatures and all."""
    doc = parse_text(text, language=lang)
    offsets = OffsetMap(doc.offset_map)
    mentions = [m for a in doc.actors for m in a.mentions] + list(doc.dates)
    assert len(mentions) == 3
    for m in mentions:
        assert doc.text[m.start : m.end] == m.text
    assert {text[slice(*offsets.to_input((m.start, m.end)))] for m in mentions} == printed
