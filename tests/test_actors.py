"""Actor matching (ctdocs.extract._actors): weak aliases that several actors share, short
references, and the per-family gate on the dev corpus.

"the Council" is the Council of the EU in an EU text and the North Atlantic
Council in a NATO text; the text decides, and where it cannot, nothing is said.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ctdocs import KnowledgeBaseError, _knowledge, parse_text

from ._compare import F1, actor_key
from .conftest import parsed


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


def test_a_french_term_glossed_in_english_takes_the_english_id() -> None:
    """Bilingual statutes close each definition with the other language's term."""
    fr = (
        "autorité nationale L'Autorité nationale pour le Canada désignée en application du "
        "paragraphe 3(1). (National Authority)\n\n3 Autorité nationale\n\n(1) Le ministre "
        "peut désigner un secteur comme Autorité nationale pour le Canada."
    )
    en = "3 National Authority\n\n(1) The Minister may designate the National Authority."
    fr_ids = {a.id for a in parse_text(fr, "fr").actors if not a.linked}
    en_ids = {a.id for a in parse_text(en, "en").actors if not a.linked}
    assert fr_ids == en_ids == {"unlinked:national-authority"}
    # and the gloss itself is no mention
    doc = parse_text(fr, "fr")
    assert all(m.text != "National Authority" for a in doc.actors for m in a.mentions)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a short reference means the body named last before it
        (
            "en",
            "The Council of the European Union and the Security Council met. The Council "
            "condemned the attacks.",
            "Council",
            "unsc",
        ),
        (
            "fr",
            "Le Conseil de sécurité et le Conseil de l'Union européenne se sont réunis. "
            "Le Conseil a condamné les attentats.",
            "Conseil",
            "council-of-the-eu",
        ),
        # or the parent of a named body
        (
            "fr",
            "Le Conseil de sécurité a imposé des obligations aux États Membres de l'Organisation.",
            "Organisation",
            "un",
        ),
        # or the body of that name whose parent the text names nearest before it
        (
            "fr",
            "La France salue la loi du Canada. Le Canada la publie et le Canada l'applique. "
            "Le Parlement l'a adoptée le 3 mai.",
            "Parlement",
            "parliament-canada",
        ),
        (
            "en",
            "The Minister of New Zealand may direct that Police be told of any breach.",
            "Police",
            "nz-police",
        ),
        # or the one that belongs to the same state as a body the text names
        ("fr", "La DGSI coopère avec la Marine nationale.", "Marine nationale", "french-navy"),
        (
            "fr",
            "La DGSI a rendu son avis. Le Parlement a voté la loi.",
            "Parlement",
            "parliament-france",
        ),
        (
            "fr",
            "Le Luxembourg modifie sa loi ; le Luxembourg en informe le Conseil d'État.",
            "Conseil d'État",
            "conseil-d-etat-luxembourg",
        ),
        (
            "en",
            "The European Committee of the Regions was consulted.",
            "European Committee of the Regions",
            "committee-of-the-regions",
        ),
        (
            "fr",
            "L'OCAM en informe le Conseil des ministres.",
            "Conseil des ministres",
            "council-of-ministers-belgium",
        ),
        # a regional organisation's organs, its short names shared with other bodies'
        (
            "fr",
            "Les chefs d'État de la CEDEAO, réunis à Abuja, saluent le rapport de la CEDEAO. "
            "La CEDEAO agit. Ils chargent la Commission de le suivre.",
            "Commission",
            "ecowas-commission",
        ),
        (
            "en",
            "The member states of the OAS met. The OAS condemned the attacks and the "
            "General Assembly adopted the declaration.",
            "General Assembly",
            "oas-general-assembly",
        ),
        (
            "fr",
            "Réunie à Vienne, l'Assemblée générale d'INTERPOL adopte la résolution. "
            "L'Assemblée générale charge le Secrétariat général de la suivre.",
            "Assemblée générale",
            "interpol-general-assembly",
        ),
        # a chamber of one state's parliament, its state known by its bodies only
        (
            "fr",
            "Le BCIJ et la DGST coopèrent. La loi a été adoptée par la Chambre des "
            "représentants et la Chambre des conseillers.",
            "Chambre des représentants",
            "house-of-representatives-morocco",
        ),
        (
            "en",
            "The BCIJ and the DGST cooperate. The House of Councillors adopted the law.",
            "House of Councillors",
            "house-of-councillors-morocco",
        ),
        # a ministry every state has: the one of the state the text names
        (
            "fr",
            "La France renforce sa loi, en lien avec le ministère de la Justice.",
            "ministère de la Justice",
            "ministry-justice-france",
        ),
        (
            "en",
            "Canada amends the Criminal Code. The Department of Justice drafted it.",
            "Department of Justice",
            "justice-canada",
        ),
    ],
)
def test_a_short_reference_means_the_body_the_text_names(
    lang: str, text: str, surface: str, actor_id: str
) -> None:
    assert _ids_of(text, surface, lang) == {actor_id}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # several bodies of one state share the word: none is meant
        ("en", "Canada adopted the law in 2015. The Agency will report on it.", "Agency"),
        ("fr", "Le Canada a adopté la loi en 2015. L'Agence en fera rapport.", "Agence"),
        # a national body's short name in a text that names neither its state nor a sibling
        ("fr", "La Marine nationale a reçu deux navires.", "Marine nationale"),
        ("en", "A report was sent to the Senate last year.", "Senate"),
    ],
)
def test_a_short_reference_the_text_does_not_settle(lang: str, text: str, surface: str) -> None:
    assert _ids_of(text, surface, lang) == set()


# ---------------------------------------------------------------- the dev corpus, per family
DEVCORPUS = Path(__file__).parent / "devcorpus"

# Actor surface-form F1 per publisher family on tests/devcorpus/ (micro-averaged, as the
# corpus scorer counts it), a little under what the library reaches, so that a change
# that loses actors in one family fails here even when the total holds.
ACTOR_GATES = {
    "council-of-europe": 0.90,
    "document-sharing-copies": 0.90,  # 0.929 with places, governments and persons (actors)
    "eu": 0.83,  # 0.860
    "national-government": 0.75,  # 0.818 (0.696 with the noise work merged, 0.741 without)
    "national-legislation": 0.95,
    "nato": 0.93,  # 0.963
    "osce": 0.80,
    "republishers": 0.80,
    "treaties": 0.87,
    "un": 0.89,  # 0.920
}


def _families() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DEVCORPUS / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, family = line.split("\t")[:2]
        out.setdefault(family, []).append(name)
    return out


@pytest.mark.parametrize("family", sorted(ACTOR_GATES))
def test_actor_surfaces_per_family_on_the_dev_corpus(family: str) -> None:
    score = F1()
    for name in _families()[family]:
        gold = json.loads((DEVCORPUS / "gold" / f"{Path(name).stem}.json").read_text("utf-8"))
        doc = parsed(DEVCORPUS / "raw" / name)
        got = {actor_key(m.text) for a in doc.actors for m in a.mentions}
        score.add({actor_key(a["text"]) for a in gold["actors"]}, got)
    assert score.f1 >= ACTOR_GATES[family], (family, round(score.f1, 3))
