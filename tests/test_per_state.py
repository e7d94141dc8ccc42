"""An acronym naming a kind of national body every state has one of (``CENTIF``,
flagged ``one_per_state`` in the knowledge base, which lists Senegal's) is the unit of
the state the text names with it, else of the text's own state, else of no single
state: the acronym as printed, unlinked (extract/_unlinked_perstate.per_state). A
legislature named without its state (``Assemblée nationale``, listed as France's) is
the home state's, named by the entry's ``state_form``; a text of no state keeps France's.
So are a national body's names every state's bears (``Police aux frontières``,
``Gendarmerie nationale``, ``Marine nationale``, ``DGPN``), but not a name that writes
its state (``armée de l'air française``).
Texts written for these tests; expectations checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

_TAIL_FR = (
    "Les ministres ont examiné la coopération régionale contre le financement du "
    "terrorisme et arrêté un calendrier de travail pour l'année à venir.\n"
)
_TAIL_EN = (
    "The ministers reviewed regional cooperation against the financing of terrorism "
    "and agreed on a work plan for the coming year.\n"
)


def _actor(text: str, lang: str, surface: str) -> tuple[str, str, bool]:
    """(id, name, linked) of the actor the mention ``surface`` belongs to."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    hit = next(a for a in doc.actors for m in a.mentions if m.text == surface)
    return hit.id, hit.name, hit.linked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Des transferts ont été signalés par la Cellule nationale de traitement des "
            "informations financières (CENTIF) du Niger, puis par les services du "
            "Sénégal et du Togo.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "Transfers were reported by the intelligence unit (CENTIF) of Niger, then by "
            "the services of Senegal and Togo.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_state_named_with_the_acronym(lang: str, text: str) -> None:
    actor_id, name, linked = _actor(text, lang, "CENTIF")
    assert name == "National Financial Information Processing Unit (Niger)"
    assert actor_id != "centif-senegal" and not linked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Conseil invite les cellules nationales du Mali, du Togo et du Sénégal "
            "(CENTIF) à renforcer leur coopération.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "The Council invites the units of Mali, Togo and Senegal (CENTIF) to "
            "strengthen their cooperation.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_no_single_state_keeps_the_acronym(lang: str, text: str) -> None:
    assert _actor(text, lang, "CENTIF") == ("unlinked:centif", "CENTIF", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Mme Aïcha Ndiaye Sarr (CENTIF, Sénégal) a présenté le rapport.\n\n" + _TAIL_FR),
        ("en", "Ms Aïcha Ndiaye Sarr (CENTIF, Senegal) presented the report.\n\n" + _TAIL_EN),
    ],
)
def test_the_listed_state_keeps_its_unit(lang: str, text: str) -> None:
    assert _actor(text, lang, "CENTIF")[0] == "centif-senegal"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "RÉPUBLIQUE DU SÉNÉGAL\n\nLoi relative à la lutte contre le terrorisme\n\n"
            "L'Assemblée nationale a adopté, en sa séance du 4 mars, la loi dont la teneur "
            "suit, que le Président du Sénégal promulgue.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "REPUBLIC OF SENEGAL\n\nAct on combating terrorism\n\n"
            "The Assemblée nationale adopted the following Act at its sitting of 4 March, "
            "and the President of Senegal promulgates it.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_a_legislature_is_the_home_states(lang: str, text: str) -> None:
    actor_id, name, linked = _actor(text, lang, "Assemblée nationale")
    assert name == "National Assembly of Senegal"
    assert actor_id != "assemblee-nationale" and not linked


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "fr",
            "Le rapport a été transmis à l'Assemblée nationale et au Sénat, puis débattu "
            "en séance publique.\n\n" + _TAIL_FR,
            "Assemblée nationale",
        ),
        (
            "en",
            "REPUBLIC OF SENEGAL\n\nThe delegation of Senegal met members of the "
            "French National Assembly in Paris.\n\n" + _TAIL_EN,
            "French National Assembly",
        ),
    ],
)
def test_a_legislature_of_no_other_state_stays_french(lang: str, text: str, surface: str) -> None:
    assert _actor(text, lang, surface)[0] == "assemblee-nationale"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\n\nArrêté relatif à la sécurité des frontières\n\nLa Police "
            "aux frontières et la Gendarmerie nationale appliquent le présent arrêté sur tout "
            "le territoire du Niger.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "REPUBLIC OF NIGER\n\nOrder on border security\n\nThe Police aux frontières and "
            "the Gendarmerie nationale shall apply this order throughout Niger.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_a_generic_national_body_is_the_home_states(lang: str, text: str) -> None:
    assert _actor(text, lang, "Police aux frontières")[1:] == ("Border Police (Niger)", False)
    assert _actor(text, lang, "Gendarmerie nationale")[1] == "National Gendarmerie (Niger)"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\n\nArrêté\n\nLa Marine nationale et l'armée de l'air "
            "française ont formé les unités du Niger ; la DGPN coordonne.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "REPUBLIC OF NIGER\n\nOrder\n\nThe Marine nationale and the armée de l'air "
            "française trained the units of Niger; the DGPN coordinates.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_a_name_that_writes_its_state_stays(lang: str, text: str) -> None:
    assert _actor(text, lang, "Marine nationale")[1] == "Navy (Niger)"
    assert _actor(text, lang, "DGPN")[1] == "Directorate General of the National Police (Niger)"
    assert _actor(text, lang, "armée de l'air française")[0] == "french-air-force"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Arrêté relatif à la sécurité des frontières\n\nLa Police aux frontières et la "
            "Gendarmerie nationale appliquent le présent arrêté.\n\n" + _TAIL_FR,
        ),
        (
            "en",
            "Order on border security\n\nThe Police aux frontières and the Gendarmerie "
            "nationale shall apply this order.\n\n" + _TAIL_EN,
        ),
    ],
)
def test_a_generic_body_of_no_other_state_stays_french(lang: str, text: str) -> None:
    assert _actor(text, lang, "Police aux frontières")[0] == "paf-france"
