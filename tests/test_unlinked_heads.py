"""A body's head noun alone after a definite article is that body, where the text names
one body with that head (extract/_unlinked_heads.py; guidelines §3: capitalised short
references resolved by the text). Texts written for these tests in the styles of a
judgment, a communiqué and a decree; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _mentions(text: str, lang: str) -> dict[str, str]:
    """surface -> actor name, for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions}


# name: the body's canonical name, its English name (guidelines §3)
@pytest.mark.parametrize(
    ("lang", "text", "short", "body", "name"),
    [
        (
            "en",
            "The Regional Anti-Terrorism Centre issued its findings in May. The applicant "
            "asked the Centre to review them, and the Centre declined.",
            "Centre",
            "Regional Anti-Terrorism Centre",
            "Regional Anti-Terrorism Centre",
        ),
        (
            "fr",
            "Le Comité de coordination régionale s'est réuni à Niamey. Le Comité a adopté "
            "son programme de travail pour la période suivante.",
            "Comité",
            "Comité de coordination régionale",
            "Regional Coordination Committee",
        ),
        (
            "en",
            "The Supreme Court of Freedonia heard the appeal. The Court held that the "
            "conviction could not stand.",
            "Court",
            "Supreme Court of Freedonia",
            "Supreme Court of Freedonia",
        ),
        (
            "fr",
            "La Cour d'appel de Freedonie a entendu le recours. La Cour a jugé que la "
            "condamnation ne pouvait être maintenue.",
            "Cour",
            "Cour d'appel de Freedonie",
            "Court of Appeal of Freedonie",
        ),
    ],
)
def test_the_head_alone_is_the_one_body_it_heads(
    lang: str, text: str, short: str, body: str, name: str
) -> None:
    found = _mentions(text, lang)
    assert found[body] == name
    assert found[short] == name


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        # two bodies share the head: the text does not say which one is meant
        (
            "en",
            "The Supreme Court of Freedonia and the Court of Appeal of Ruritania met. "
            "The Court held that the appeal fails.",
            "Court",
        ),
        (
            "fr",
            "La Cour d'appel de Freedonie et la Cour d'appel de Ruritanie se sont réunies. "
            "La Cour a jugé le pourvoi irrecevable.",
            "Cour",
        ),
        # the head opens another name: "le Comité d'orientation", "the Centre Director"
        (
            "fr",
            "Le Comité de coordination régionale s'est réuni. Le Comité d'orientation "
            "a ensuite examiné le rapport.",
            "Comité",
        ),
        (
            "en",
            "The Regional Anti-Terrorism Centre met. The Centre Director then presented the "
            "report to the members.",
            "Centre",
        ),
        # an adjective after a French head makes another name ("l'Autorité nationale")
        (
            "fr",
            "L'Autorité de régulation des drones a publié un avis. L'Autorité nationale a "
            "ensuite été consultée.",
            "Autorité",
        ),
        # a heading in capitals, and the noun before the body is named
        (
            "en",
            "REPORT OF THE COMMITTEE\n\nThe Standing Committee on Border Security met in June.",
            "COMMITTEE",
        ),
        (
            "en",
            "The Centre was opened in 2019. The Regional Anti-Terrorism Centre now has "
            "twelve analysts.",
            "Centre",
        ),
    ],
)
def test_the_head_alone_stays_unresolved(lang: str, text: str, short: str) -> None:
    assert short not in _mentions(text, lang)


# a judgment's heading names its own court on a line of its own; the courts it cites come
# later; the text runs long enough for the heading to be its opening
_BODY = " The parties were heard at length on every ground of the appeal." * 12
_CORPS = " Les parties ont été entendues longuement sur chaque moyen du recours." * 12


@pytest.mark.parametrize(
    ("lang", "text", "short", "name"),
    [
        (
            "en",
            "CARIBBEAN COURT OF JUSTICE\n\nJUDGMENT\n\nOn appeal from the Court of Appeal of "
            f"Barbados.{_BODY}\n\nThe Court dismisses the appeal.\n",
            "Court",
            "Caribbean Court of Justice",
        ),
        (
            "fr",
            "COUR DE CASSATION DE FREEDONIE\n\nARRÊT\n\nLa Cour d'appel de Ruritanie avait "
            f"rejeté la demande.{_CORPS}\n\nLa Cour rejette le recours.\n",
            "Cour",
            "Court of Cassation of Freedonie",
        ),
    ],
)
def test_the_head_alone_is_the_body_the_heading_names(
    lang: str, text: str, short: str, name: str
) -> None:
    assert _mentions(text, lang)[short] == name


@pytest.mark.parametrize(
    ("lang", "text", "short"),
    [
        # the first court named glosses another's name in brackets: it is no issuer
        (
            "en",
            "JUDGMENT OF THE COURT\n\nReference from the Hof van beroep (Court of Appeal of "
            f"Antwerp)\n\nThe Supreme Court of Ruritania held otherwise.{_BODY}\n\n"
            "The Court rules as follows.\n",
            "Court",
        ),
        (
            "fr",
            "ARRÊT DE LA COUR\n\nRenvoi du Hof van beroep (Cour d'appel d'Anvers)\n\nLa Cour "
            f"d'appel de Ruritanie avait jugé autrement.{_CORPS}\n\nLa Cour dit pour droit.\n",
            "Cour",
        ),
        # after an office and its joiner, the noun completes the office's name
        (
            "en",
            "ARMY COMMAND OF FREEDONIA\n\nPublication 3-90\n\nThe Army Training Centre of "
            f"Ruritania advised.{_BODY}\n\nBy Order of the Secretary of the Army.\n",
            "Army",
        ),
    ],
)
def test_the_head_alone_stays_unresolved_by_the_heading(lang: str, text: str, short: str) -> None:
    assert short not in _mentions(text, lang)


_AFRIPOL_FR = (
    "Communiqué final. Les délégués d'AFRIPOL se sont réunis à Alger. L'Assemblée générale "
    "a adopté le programme de travail d'AFRIPOL pour 2027. Le secrétariat d'AFRIPOL a salué "
    "la coopération avec INTERPOL."
)
_AFRIPOL_EN = (
    "Final communiqué. The delegates of AFRIPOL met in Algiers. The General Assembly adopted "
    "the AFRIPOL work programme for 2027. The AFRIPOL staff welcomed cooperation with INTERPOL."
)
_BOTH_FR = (
    "Communiqué final. Les délégués d'INTERPOL et d'AFRIPOL se sont réunis à Alger. "
    "L'Assemblée générale a adopté le programme de travail d'AFRIPOL pour 2027. AFRIPOL a "
    "salué la coopération avec INTERPOL."
)


# guidelines §3: a capitalised short reference is resolved by the text; a communiqué
# that names AFRIPOL three times and INTERPOL once speaks of AFRIPOL's General
# Assembly, not of the organ the knowledge base lends the words to (INTERPOL's)
@pytest.mark.parametrize(
    ("lang", "text", "short", "name"),
    [
        ("fr", _AFRIPOL_FR, "Assemblée générale", "AFRIPOL General Assembly"),
        ("en", _AFRIPOL_EN, "General Assembly", "AFRIPOL General Assembly"),
        # INTERPOL named twice against AFRIPOL's three: the text does not settle it
        ("fr", _BOTH_FR, "Assemblée générale", "INTERPOL General Assembly"),
    ],
)
def test_a_lent_organ_is_the_organ_of_the_organisation_the_text_is_about(
    lang: str, text: str, short: str, name: str
) -> None:
    assert _mentions(text, lang)[short] == name
