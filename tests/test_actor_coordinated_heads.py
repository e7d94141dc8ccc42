"""A French head and its adjectives before a coordinator and an article: ``la
Gendarmerie royale et la Garde royale``, ``la Police cantonale et les douanes``.

The coordinator and its article open the next phrase, so the head and its adjectives
are a whole name there as anywhere else (``_shape_regex.organ_patterns``: the bare end
refused every joiner after it, ``et`` among them, and the name shrank to its bare head,
which names no body). The adjectives of a canton's and a grand duchy's bodies are
modifiers (``organ.modifiers`` in ``data/models/actor_shapes.toml``), and the Grand
Ducal Police, named in four annotated batches, is in the knowledge base. English names
are capitalised runs and held before; they stand beside the French rows. Lower-case
phrases of the same shape (``la sûreté publique et la salubrité``) name no body.
Texts written for these tests; expected values checked by hand against the annotation
guidelines (§3: bodies not in any list are actors too; lower-case generic nouns are not).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _names(text: str, lang: str) -> dict[str, str]:
    """surface -> canonical name of every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "bodies"),
    [
        (
            "fr",
            "1. La Gendarmerie royale et la Garde royale coopèrent en ville.",
            {"Gendarmerie royale", "Garde royale"},
        ),
        ("en", "1. The Royal Gendarmerie and the Navy cooperate at sea.", {"Royal Gendarmerie"}),
        (
            "fr",
            "- les agents de la Garde républicaine et l'armée patrouillent ;",
            {"Garde républicaine"},
        ),
        (
            "fr",
            "Article 3\n\nLa Police cantonale vaudoise et les polices municipales coopèrent.",
            {"Police cantonale vaudoise"},
        ),
        (
            "en",
            "Section 3\n\nThe Cantonal Police and the municipal police cooperate.",
            {"Cantonal Police"},
        ),
        ("fr", "* la Police fédérale et le parquet échangent les pièces ;", {"Police fédérale"}),
        (
            "fr",
            "2) La Gendarmerie nationale et la Police fédérale coopèrent.",
            {"Gendarmerie nationale", "Police fédérale"},
        ),
    ],
)
def test_a_head_and_its_adjectives_before_a_coordinator_are_a_name(
    lang: str, text: str, bodies: set[str]
) -> None:
    assert bodies <= set(_names(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "1. Les contrôles portent sur la sûreté publique et la salubrité."),
        ("en", "1. Checks cover public safety and the health of residents."),
        ("fr", "1. La police nationale et la gendarmerie patrouillent."),
        ("en", "1. The national police and the army patrol."),
        ("fr", "1. Le service public et la continuité de l'État sont garantis."),
        ("en", "1. The public service and the continuity of the State are guaranteed."),
    ],
)
def test_a_lower_case_phrase_of_that_shape_names_no_body(lang: str, text: str) -> None:
    assert _names(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "1. La Police grand-ducale a interpellé deux suspects.", "Police grand-ducale"),
        ("en", "1. The Grand Ducal Police detained two suspects.", "Grand Ducal Police"),
        (
            "fr",
            "Art. 2. Les données sont transmises à la Police grand-ducale et au parquet.",
            "Police grand-ducale",
        ),
    ],
)
def test_the_grand_ducal_police_is_known(lang: str, text: str, surface: str) -> None:
    assert _names(text, lang).get(surface) == "Grand Ducal Police"


# "et du ministère": a coordinator, its article and a head of a whole institution in lower
# case (organ.second_heads) open a second body's name, not more of the first's
# (_shape_regex.organ_patterns); English runs held before and stand beside them
TWO_INSTITUTIONS = [
    (
        # a national report's prose, the second name run on over a comma list
        "fr",
        "La circulaire conjointe du ministère de la Justice et du ministère de la Femme, de "
        "la Famille et de l'Enfance du 4 juin 2025 est appliquée.",
        {"ministère de la Justice", "ministère de la Femme, de la Famille et de l'Enfance"},
    ),
    (
        "en",
        "The joint circular of the Ministry of Justice and the Ministry of Women, Family and "
        "Children of 4 June 2025 is applied.",
        {"Ministry of Justice", "Ministry of Women, Family and Children"},
    ),
    (
        # a decree's visas, a secretariat after a directorate
        "fr",
        "Vu l'avis de la Direction des Affaires juridiques et du secrétariat général du "
        "Gouvernement ;",
        {"Direction des Affaires juridiques"},
    ),
    (
        "en",
        "Having regard to the opinion of the Directorate of Legal Affairs and the General "
        "Secretariat of the Government;",
        {"Directorate of Legal Affairs", "General Secretariat of the Government"},
    ),
    (
        # a prefecture's notice: a prefecture after a police directorate
        "fr",
        "Les demandes sont instruites par la Direction de la Police et de la préfecture de "
        "police de Paris.",
        {"Direction de la Police", "préfecture de police de Paris"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "bodies"), TWO_INSTITUTIONS)
def test_a_second_institution_after_a_coordinator_is_its_own_name(
    lang: str, text: str, bodies: set[str]
) -> None:
    names = set(_names(text, lang))
    assert bodies <= names
    assert not any(n != b and n.startswith(b) for n in names for b in bodies)


# the same shape where the coordinator joins two parts of one name: a service's heads
# (gendarmerie, commandement) and a portfolio's words after "et de la"
ONE_NAME = [
    (
        "fr",
        "La Direction générale de la Police et de la gendarmerie nationale est saisie.",
        "Direction générale de la Police et de la gendarmerie nationale",
    ),
    (
        "fr",
        "Le ministère de l'Intérieur et de la Sécurité publique a publié l'arrêté.",
        "ministère de l'Intérieur et de la Sécurité publique",
    ),
    (
        "en",
        "The Department of Public Safety and Emergency Preparedness published the order.",
        "Department of Public Safety and Emergency Preparedness",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name"), ONE_NAME)
def test_one_name_joined_by_a_coordinator_stays_whole(lang: str, text: str, name: str) -> None:
    assert name in _names(text, lang)
