"""A bare head noun (``the Council``, ``la Cour``) that several bodies of the knowledge
base share means the body the text itself names with that head, not a knowledge-base
default; and a bare head opening a longer name the knowledge base lacks belongs to that
name. Texts written for these tests in the styles of a regional organisation's
communiqué, an opinion citing a judgment and an EU act; expected values checked by hand
against the annotation guidelines (§3: a capitalised short reference is a mention of the
named body, resolved by the text).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _ids(text: str, lang: str, surface: str) -> set[str]:
    """The ids of the actors mentioned as ``surface``."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.id for a in doc.actors for m in a.mentions if m.text == surface}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "meant"),
    [
        (
            # a regional organisation's communiqué: "the Council" after its own council,
            # the Security Council named only further down
            "en",
            "The IGAD Council of Ministers met in Djibouti.\n\n1. The Council adopted the "
            "strategy, recalling United Nations Security Council resolution 2396 (2017).",
            "Council",
            "unlinked:igad-council-of-ministers",
        ),
        pytest.param(
            "fr",
            "Le Conseil des ministres de l'IGAD s'est réuni à Djibouti.\n\n1. Le Conseil a "
            "adopté la stratégie, rappelant la résolution 2396 (2017) du Conseil de sécurité "
            "des Nations Unies.",
            "Conseil",
            "unlinked:conseil-des-ministres-de-l-igad",
            # the head, its own words and its known owner make one name
            # (extract/_unlinked_owned.held_names), which "Conseil" then means
        ),
        (
            # an opinion citing a judgment: "the Court" after the Court of Justice
            "en",
            "Judgment of the Court of Justice of the European Union of 21 June 2022.\n\n"
            "The retention of data by Canada was found by the Court to go too far.",
            "Court",
            "cjeu",
        ),
        (
            "fr",
            "Arrêt de la Cour de justice de l'Union européenne du 21 juin 2022.\n\n"
            "La conservation des données par le Canada a été jugée par la Cour excessive.",
            "Cour",
            "cjeu",
        ),
    ],
)
def test_a_bare_head_means_the_body_the_text_names(
    lang: str, text: str, surface: str, meant: str
) -> None:
    assert _ids(text, lang, surface) == {meant}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "meant"),
    [
        (
            # the body of the text's own organisation stays, though another is named after
            "en",
            "Regulation (EU) 2019/1896 of the European Parliament and of the Council.\n\n"
            "Recalling United Nations Security Council resolution 2396 (2017).",
            "Council",
            "council-of-the-eu",
        ),
        (
            "fr",
            "Règlement (UE) 2019/1896 du Parlement européen et du Conseil.\n\n"
            "Rappelant la résolution 2396 (2017) du Conseil de sécurité des Nations Unies.",
            "Conseil",
            "council-of-the-eu",
        ),
    ],
)
def test_a_coordinated_head_keeps_its_family(
    lang: str, text: str, surface: str, meant: str
) -> None:
    assert _ids(text, lang, surface) == {meant}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            # the head of a name the knowledge base lacks, joined on to a known body's
            # name, in a text naming the EU: one body, not the Council of the EU
            "en",
            "The Council of the Regional Anti-Terrorist Structure examined the list of the "
            "European Union on 3 May 2026.",
            "Council of the Regional Anti-Terrorist Structure",
        ),
        (
            # the French name's pattern stops at the lower-case adjective: the run closes
            # on the known name it reaches into
            "fr",
            "Le Conseil de la Structure régionale antiterroriste a examiné la liste de "
            "l'Union européenne le 3 mai 2026.",
            "Conseil de la Structure régionale antiterroriste",
        ),
    ],
)
def test_a_head_opening_a_longer_name_is_that_name(lang: str, text: str, name: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    surfaces = {m.text for a in doc.actors for m in a.mentions}
    assert name in surfaces
    assert name.split()[0] not in surfaces


@pytest.mark.parametrize(
    ("lang", "text", "noun"),
    [
        (
            # a penal code's heading: the common noun, not the North Atlantic Treaty
            # Organization the text names further down
            "en",
            "(1) Organisation of training or recruitment of persons for terrorist acts.\n\n"
            "(2) An attack against a facility of the North Atlantic Treaty Organization.",
            "Organisation",
        ),
        (
            # a body described by its task, which the knowledge base does not hold
            "fr",
            "La Commission chargée de veiller à l'application du présent accord se réunit. "
            "Le texte est transmis à la Commission européenne.",
            "Commission",
        ),
    ],
)
def test_a_head_used_as_a_common_noun_is_no_mention(lang: str, text: str, noun: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert noun not in {m.text for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a regional organisation's communiqué: "the Secretariat" is its own
        (
            "en",
            "IGAD Member States met in Djibouti. IGAD adopted the strategy.\n\n"
            "1. The Secretariat shall convene a meeting of experts.",
            "Secretariat",
        ),
        (
            "fr",
            "Les États membres de l'IGAD se sont réunis à Djibouti. L'IGAD a adopté la "
            "stratégie.\n\n1. Le Secrétariat convoque une réunion d'experts.",
            "Secrétariat",
        ),
    ],
)
def test_the_secretariat_is_the_texts_organisations(lang: str, text: str, surface: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    named = {m.text: a.name for a in doc.actors for m in a.mentions}
    assert named.get(surface) == "IGAD Secretariat"


def test_no_secretariat_without_one_organisation_standing_out() -> None:
    # two organisations named as often: "the Secretariat" is left alone
    doc = parse_text(
        "IGAD and SADC met in Djibouti.\n\n1. The Secretariat shall convene a meeting.", "en"
    )
    assert "Secretariat" not in {m.text for a in doc.actors for m in a.mentions}
