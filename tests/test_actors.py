"""Actor matching (ctdocs.extract._actors): weak aliases that several actors share.

"the Council" is the Council of the EU in an EU text and the North Atlantic
Council in a NATO text; the text decides, and where it cannot, nothing is said.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ctdocs import KnowledgeBaseError, _knowledge, parse_text


def _ids_of(text: str, surface: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.id for a in doc.actors for m in a.mentions if m.text == surface}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "expected"),
    [
        (
            "en",
            "The Council of the European Union met in Brussels. The Council adopted conclusions "
            "on counter-terrorism and invited the Commission to report.",
            "Council",
            {"council-of-the-eu"},
        ),
        (
            "en",
            "NATO Allies agreed a new policy. The Council will review its implementation "
            "every year and report to Ministers.",
            "Council",
            {"north-atlantic-council"},
        ),
        (
            "en",
            "NATO and the EU share a common interest in fighting terrorism. The Council will "
            "review the implementation of the measures every year.",
            "Council",
            set(),  # both parents named, neither council: ambiguous, so no mention
        ),
        (
            "en",
            "The North Atlantic Council and the European Union agreed. The Council will review "
            "the implementation of the measures every year.",
            "Council",
            {"north-atlantic-council"},  # the actor named itself beats a named parent
        ),
        (
            "fr",
            "L'Union européenne renforce son action. La Commission européenne présentera un "
            "rapport ; la Commission en suivra la mise en œuvre.",
            "Commission",
            {"european-commission"},
        ),
        (
            "en",
            "The Commission will present a report on the implementation of the measures.",
            "Commission",
            set(),  # no EU body named: a weak alias alone says nothing
        ),
    ],
)
def test_shared_weak_alias_means_the_actor_the_text_names(
    lang: str, text: str, surface: str, expected: set[str]
) -> None:
    assert _ids_of(text, surface, lang) == expected


def test_weak_alias_may_not_be_another_actors_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    models = tmp_path / "models"
    shutil.copytree(_knowledge.models_dir(), models)
    path = models / "actors.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[[actor]]\nid = "test-body"\nname = "Test Body"\nkind = "organ"\n'
        'weak_aliases = ["European Commission"]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(_knowledge, "models_dir", lambda: models)
    _knowledge.load_actors.cache_clear()
    try:
        with pytest.raises(
            KnowledgeBaseError, match="weak alias 'European Commission' is a name of"
        ):
            _knowledge.load_actors()
    finally:
        _knowledge.load_actors.cache_clear()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "United Nations\n\nSecurity Council\n\nResolution 2396 (2017)\n\n"
            "1. Calls upon the United Nations\nSecurity Council to act.",
            [
                ("un", "United Nations"),
                ("unsc", "Security Council"),
                ("unsc", "United Nations\nSecurity Council"),
            ],
        ),
        (
            "fr",
            "Nations Unies\n\nConseil de sécurité\n\nRésolution 2396 (2017)\n\n"
            "1. Prie le Conseil de\nsécurité des Nations Unies d'agir.",
            # the break after "de" is layout, so the text joins it with a space
            [
                ("un", "Nations Unies"),
                ("unsc", "Conseil de sécurité"),
                ("unsc", "Conseil de sécurité des Nations Unies"),
            ],
        ),
    ],
)
def test_a_mention_stays_inside_its_block(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    """Two masthead lines are two mentions; a name wrapped inside one paragraph is one."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    got = sorted((a.id, m.text) for a in doc.actors for m in a.mentions)
    assert got == sorted(expected)
    for a in doc.actors:
        for m in a.mentions:
            inside = [b for b in doc.blocks() if b.start <= m.start and m.end <= b.end]
            assert inside, m
