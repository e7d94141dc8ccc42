"""Actors by the class of text that names them: a bench's or a bill's surnames after
their form of address, two bodies joined by "and the", a name every state's body may
bear (decided by the state the text names, or another state after it), an armed
group's branch, a letterhead's state in capitals, a state locating a border. Texts
written for these tests in the styles of several publishers; expected values checked
by hand against the annotation guidelines (§3).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import ActorEntry
from ctdocs.extract._actors import ActorMatcher


def _by_surface(text: str, lang: str) -> dict[str, tuple[str, str]]:
    """surface -> (actor id, kind) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind) for a in doc.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        (
            # a tribunal's bench: surnames with no given name keep their form of address
            "fr",
            "Sur le rapport de Mme Vasseur-Lenoir, conseiller, et les conclusions de "
            "M. Dumontel, avocat général, la cour a statué.",
            {"Mme Vasseur-Lenoir": "Vasseur-Lenoir", "M. Dumontel": "Dumontel"},
        ),
        (
            # a parliament's bill: its sponsors
            "en",
            "Mr. Castellanos (for himself and Ms. Whitfield) introduced the following bill.",
            {"Mr. Castellanos": "Castellanos", "Ms. Whitfield": "Whitfield"},
        ),
        (
            # after the full name, the surname alone is that person, without the title
            "fr",
            "Joseph Tremblay a ouvert la séance. M. Tremblay a ensuite donné la parole.",
            {"Joseph Tremblay": "Joseph Tremblay", "Tremblay": "Joseph Tremblay"},
        ),
        (
            "en",
            "Senator Jane Okonkwo opened the hearing. Ms. Okonkwo then gave the floor.",
            {"Jane Okonkwo": "Jane Okonkwo", "Okonkwo": "Jane Okonkwo"},
        ),
    ],
)
def test_a_lone_surname_keeps_its_form_of_address(
    lang: str, text: str, surfaces: dict[str, str]
) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    found = {m.text: a.name for a in doc.actors for m in a.mentions if a.kind == "person"}
    assert found == surfaces


@pytest.mark.parametrize(
    ("lang", "text", "bodies"),
    [
        (
            "en",
            "Officers of the Inland Revenue Department and the Federal Narcotics Control Board "
            "met on Monday.",
            {"Inland Revenue Department", "Federal Narcotics Control Board"},
        ),
        (
            "en",
            "A briefing was held with the Department of Foreign Affairs and the Prime Minister's "
            "Office.",
            {"Department of Foreign Affairs", "Prime Minister's Office"},
        ),
        (
            # "and" without its own article goes on with the same name
            "en",
            "The Committee on Homeland Security and Governmental Affairs reported the bill.",
            {"Committee on Homeland Security and Governmental Affairs"},
        ),
    ],
)
def test_two_bodies_joined_by_and_the(lang: str, text: str, bodies: set[str]) -> None:
    assert set(_by_surface(text, lang)) == bodies


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        # a name every state's body may bear is the body of the state the text names
        (
            "en",
            "Be it enacted by the Senate and House of Representatives of the United States of "
            "America. The Senate shall receive the report.",
            "Senate",
            "us-senate",
        ),
        (
            "fr",
            "Le Parlement du Canada a adopté la loi. Le ministère des Transports publiera les "
            "règlements.",
            "ministère des Transports",
            "transport-canada",
        ),
    ],
)
def test_a_generic_name_is_the_named_states_body(
    lang: str, text: str, surface: str, actor: str
) -> None:
    assert _by_surface(text, lang)[surface][0] == actor


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # no state to decide whose: a body found by its shape, not another state's
        (
            "en",
            "The Department of Justice and the Ministry of Interior signed it.",
            "Department of Justice",
        ),
        (
            "fr",
            "Le ministère des Transports et la Direction de l'aviation ont signé.",
            "ministère des Transports",
        ),
    ],
)
def test_a_generic_name_of_no_named_state(lang: str, text: str, surface: str) -> None:
    found = _by_surface(text, lang)
    assert not found.get(surface, ("unlinked:",))[0].endswith("canada")


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # an armed group's name glued to a place: its branch there, the place no state
        (
            "en",
            "Attacks by ISIL-Yemen (ISIL-Y) continued. ISIL-Y claimed two of them.",
            {"ISIL-Yemen", "ISIL-Y"},
        ),
        ("fr", "Le groupe EIIL-Libye a revendiqué l'attaque.", {"EIIL-Libye"}),
        # "in" a place, then the acronym the text defines for it: the branch's own name
        (
            "en",
            "Cells of the Islamic State in Mozambique (ISM) attacked. The ISM recruits.",
            {"Islamic State in Mozambique", "ISM"},
        ),
    ],
)
def test_an_armed_groups_branch_by_its_place(lang: str, text: str, surfaces: set[str]) -> None:
    found = _by_surface(text, lang)
    assert set(found) == surfaces
    assert {kind for _, kind in found.values()} == {"non-state armed group"}
    assert len({actor for actor, _ in found.values()}) == 1


@pytest.mark.parametrize(
    ("lang", "text", "sides"),
    [
        # a group hyphen-joined to another known actor beside a noun of sides: two sides
        (
            "en",
            "Since October 2023, the Hamas-Israel war has fuelled propaganda.",
            {"Hamas": "hamas", "Israel": "israel"},
        ),
        (
            "fr",
            "Les affrontements Hezbollah-Israël ont alimenté la propagande.",
            {"Hezbollah": "hezbollah", "Israël": "israel"},
        ),
    ],
)
def test_a_pair_of_sides_is_no_branch(lang: str, text: str, sides: dict[str, str]) -> None:
    found = _by_surface(text, lang)
    assert {surface: actor for surface, (actor, _) in found.items()} == sides


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # a lower-case letter between capitals, a word after a hyphen: still acronyms
        (
            "en",
            "The Financial Analysis Unit of Angola (UiFA) received reports; the UiFA shared them.",
            "Financial Analysis Unit of Angola",
            "UiFA",
        ),
        (
            "fr",
            "L'État islamique au Grand Sahara (EI-Sahara) a revendiqué l'attaque ; "
            "EI-Sahara a ensuite recruté.",
            "État islamique au Grand Sahara",
            "EI-Sahara",
        ),
    ],
)
def test_acronyms_of_mixed_shape(lang: str, text: str, surface: str, acronym: str) -> None:
    found = _by_surface(text, lang)
    assert found[acronym][0] == found[surface][0], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a state's navy, army or coast guard by its adjective: one body, not the state
        (
            "en",
            "The Kenyan Navy conducted joint patrols with the Tanzanian Coast Guard.",
            {"Kenyan Navy", "Tanzanian Coast Guard"},
        ),
        (
            "en",
            "The Ghana Army and the Nigerian Air Force trained together.",
            {"Ghana Army", "Nigerian Air Force"},
        ),
    ],
)
def test_a_states_armed_service(lang: str, text: str, surfaces: set[str]) -> None:
    found = _by_surface(text, lang)
    assert set(found) == surfaces
    assert {kind for _, kind in found.values()} == {"organ"}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a name every state's body may bear, then another state: that state's own body
        (
            "fr",
            "LYON (France) – La police nationale du Bénin a interpellé un suspect.",
            "police nationale du Bénin",
        ),
        (
            "en",
            "The Federal Court of Canada ruled. The Department of Justice of Kenya appealed.",
            "Department of Justice of Kenya",
        ),
    ],
)
def test_a_generic_body_of_another_state(lang: str, text: str, surface: str) -> None:
    found = _by_surface(text, lang)
    assert found[surface][0].startswith("unlinked:"), sorted(found)
    assert found[surface][1] == "organ"


@pytest.mark.parametrize(
    ("lang", "text", "place", "actor"),
    [
        # a state that only locates a border is a place; one that acts is an actor
        (
            "en",
            "Attacks rose near the Chad–Cameroon border. Nigeria sent troops.",
            "Cameroon",
            "Nigeria",
        ),
        (
            "en",
            "The group operates where the borders of Libya, Chad and Sudan meet. Egypt protested.",
            "Chad",
            "Egypt",
        ),
        (
            "fr",
            "Les attaques se multiplient à la frontière avec le Tchad. Le Cameroun a réagi.",
            "Tchad",
            "Cameroun",
        ),
        (
            # border guards of a state: the state they serve is an actor
            "fr",
            "Le programme renforce les gardes-frontière de l'Afghanistan. Le Tchad a réagi.",
            "",
            "Afghanistan",
        ),
    ],
)
def test_a_state_locating_a_border_is_a_place(lang: str, text: str, place: str, actor: str) -> None:
    found = _by_surface(text, lang)
    assert actor in found
    assert not place or place not in found


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # a sentence-case French name spelt by a hyphenated acronym, "contre" a joiner
        (
            "fr",
            "Le décret organise l'Agence nationale de lutte contre la criminalité financière "
            "(ANL-CF). L'ANL-CF est placée auprès du Premier ministre.",
            "Agence nationale de lutte contre la criminalité financière",
            "ANL-CF",
        ),
        # a name listing its own nouns between commas
        (
            "en",
            "It works with the National Commission for Disarmament, Demobilization and "
            "Reintegration (NCDDR) in each province.",
            "National Commission for Disarmament, Demobilization and Reintegration",
            "NCDDR",
        ),
    ],
)
def test_a_name_its_acronym_spells(lang: str, text: str, surface: str, acronym: str) -> None:
    found = _by_surface(text, lang)
    assert found[surface][0] == found[acronym][0], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor"),
    [
        # a known full name written in another case is the known body
        (
            "fr",
            "Les enquêteurs travaillent avec l'Office des Nations unies contre la drogue et "
            "le crime (ONUDC).",
            "Office des Nations unies contre la drogue et le crime",
            "unodc",
        ),
        (
            "en",
            "The United Nations Office On Drugs And Crime trained investigators.",
            "United Nations Office On Drugs And Crime",
            "unodc",
        ),
    ],
)
def test_a_known_name_in_another_case(lang: str, text: str, surface: str, actor: str) -> None:
    assert _by_surface(text, lang)[surface][0] == actor


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        # a letterhead's state in capitals counts in its full style, not alone
        (
            "fr",
            "PRÉSIDENCE DE LA RÉPUBLIQUE\n\nREPUBLIQUE DU SENEGAL\n\nUn Peuple – Un But\n\n"
            "Le décret est pris en consultation avec NAV SENEGAL.",
            {"REPUBLIQUE DU SENEGAL"},
        ),
        (
            "en",
            "REPUBLIC OF KENYA\n\nNAIROBI, KENYA\n\nThe Cabinet Secretary issued the order.",
            {"REPUBLIC OF KENYA"},
        ),
    ],
)
def test_a_state_in_capitals(lang: str, text: str, states: set[str]) -> None:
    found = _by_surface(text, lang)
    assert {s for s, (_, kind) in found.items() if kind == "state"} == states


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # an acronym between the slashes of a number is no body
        ("fr", "Vu le règlement n° 02/UEMOA/CM/2015 du 2 juillet 2015 ;", "UEMOA"),
        # an office's possessive is no person
        ("en", "Related: Secretary General's press conference, 8 July.", "General's"),
    ],
)
def test_no_actor_in_a_number_or_an_offices_possessive(lang: str, text: str, absent: str) -> None:
    assert absent not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a note verbale: the post that sends it, however written, is one body
        (
            "en",
            "The Permanent Mission of the Republic of Chile to the United Nations presents its "
            "compliments to the Secretariat. The Permanent Mission kindly requests that the "
            "letter be circulated. Replies may be sent to the Permanent Mission of Chile.",
            {
                "Permanent Mission of the Republic of Chile to the United Nations",
                "Permanent Mission",
                "Permanent Mission of Chile",
            },
        ),
        (
            "fr",
            "La Mission permanente du Sénégal auprès de l'Office des Nations Unies à Genève "
            "présente ses compliments. L'Ambassade de France a transmis la note.",
            {
                "Mission permanente du Sénégal auprès de l'Office des Nations Unies à Genève",
                "Ambassade de France",
            },
        ),
    ],
)
def test_a_states_diplomatic_post(lang: str, text: str, surfaces: set[str]) -> None:
    found = _by_surface(text, lang)
    posts = {s: v for s, v in found.items() if s in surfaces}
    assert set(posts) == surfaces, sorted(found)
    assert {kind for _, kind in posts.values()} == {"organ"}
    # no state acting inside the post's name
    assert not {s for s, (_, kind) in found.items() if kind == "state"}
    if lang == "en":
        by_state = {v[0] for s, v in posts.items() if "Chile" in s or s == "Permanent Mission"}
        assert len(by_state) == 1


@pytest.mark.parametrize(
    ("lang", "text", "surfaces"),
    [
        # a post's name never crosses a blank line
        (
            "en",
            "Note from the Embassy of France to the\n\nUnited Nations Security Council\n\n"
            "The Embassy presents its compliments.",
            {"Embassy of France", "Embassy"},
        ),
        (
            "fr",
            "Note de l'Ambassade de France auprès de la\n\nCommission européenne\n\n"
            "L'Ambassade présente ses compliments.",
            {"Ambassade de France", "Ambassade"},
        ),
    ],
)
def test_a_posts_name_stops_at_a_blank_line(lang: str, text: str, surfaces: set[str]) -> None:
    found = _by_surface(text, lang)
    assert {s for s, (_, kind) in found.items() if kind == "organ"} >= surfaces
    assert not [s for s in found if "\n" in s]
    assert len({found[s][0] for s in surfaces}) == 1


@pytest.mark.parametrize(
    ("lang", "text", "alone", "other"),
    [
        # the post word alone is a full post opened by that same word, never another kind
        (
            "en",
            "The Permanent Mission of the Kingdom of Norway presents its compliments to the "
            "Embassy of Japan.\n\nThe Embassy kindly requests a meeting. The Permanent "
            "Mission thanks it.",
            {"Permanent Mission": "Permanent Mission of the Kingdom of Norway"},
            {"Embassy": "Embassy of Japan"},
        ),
        (
            "fr",
            "L'Ambassade du Japon présente ses compliments à la Mission permanente du "
            "Sénégal.\n\nLa Mission permanente remercie l'Ambassade.",
            {"Mission permanente": "Mission permanente du Sénégal"},
            {},
        ),
    ],
)
def test_a_post_word_alone_is_the_post_of_that_word(
    lang: str, text: str, alone: dict[str, str], other: dict[str, str]
) -> None:
    found = _by_surface(text, lang)
    for word, post in {**alone, **other}.items():
        assert found[word][0] == found[post][0]


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # two posts of one kind: the word alone is neither
        (
            "en",
            "The Embassy of Japan and the Embassy of Chile agree. The Embassy requests a meeting.",
            "Embassy",
        ),
        (
            "fr",
            "L'Ambassade du Japon et l'Ambassade du Chili sont d'accord. L'Ambassade demande "
            "une réunion.",
            "Ambassade",
        ),
    ],
)
def test_a_post_word_alone_of_two_posts_is_none(lang: str, text: str, word: str) -> None:
    assert word not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("en", "ISIL in Syria lost ground in 2019.", "ISIL"),
        ("fr", "L'EIIL en Syrie a perdu du terrain.", "EIIL"),
    ],
)
def test_a_group_acting_in_a_place_is_no_branch(lang: str, text: str, group: str) -> None:
    assert set(_by_surface(text, lang)) == {group}


@pytest.mark.parametrize(
    ("lang", "text", "absent", "present"),
    [
        # a body opening a mission's name does not act there; a plan names its maker
        (
            "en",
            "Troops of the African Union Transition Mission in Somalia withdrew. The African "
            "Union Plan of Action guides the states.",
            "",
            "African Union",
        ),
        (
            "en",
            "The EU Capacity Building Mission trained officers in Niamey.",
            "EU",
            "",
        ),
        (
            "fr",
            "L'OTAN Opération Sea Guardian surveille la Méditerranée.",
            "OTAN",
            "",
        ),
    ],
)
def test_a_body_opening_a_missions_name(lang: str, text: str, absent: str, present: str) -> None:
    found = _by_surface(text, lang)
    assert not absent or absent not in found
    assert not present or present in found


@pytest.mark.parametrize(
    ("lang", "text", "court", "absent"),
    [
        # a court French names in lower case by its kind and its seat is one body; the
        # kind alone, or the court as an office's complement, is none
        (
            "fr",
            "Par un arrêt du 3 mai 2024, la cour d'appel de Liège confirma le jugement. Le "
            "tribunal correctionnel avait statué.",
            "cour d'appel de Liège",
            "tribunal correctionnel",
        ),
        (
            "fr",
            "Le procureur général près la cour d'appel de Dakar est saisi. Le tribunal "
            "judiciaire de Lyon a autorisé la mesure.",
            "tribunal judiciaire de Lyon",
            "cour d'appel de Dakar",
        ),
    ],
)
def test_a_court_by_its_seat(lang: str, text: str, court: str, absent: str) -> None:
    found = _by_surface(text, lang)
    assert found[court][1] == "organ"
    assert absent not in found


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a known acronym opening a two-word designation the text defines for a name
        (
            "fr",
            "Le Centre interarmées de lutte contre les engins explosifs improvisés "
            "(CIA C-IED) forme les unités.",
            "CIA",
        ),
        (
            "en",
            "The Joint Counter-IED Centre (FBI C-IED) trains the units.",
            "FBI",
        ),
    ],
)
def test_a_known_acronym_inside_a_defined_pair(lang: str, text: str, absent: str) -> None:
    assert absent not in _by_surface(text, lang)


@pytest.mark.parametrize(
    ("name", "name_fr", "forms"),
    [
        # the names of several words, folded and case-blind, the matcher's own: two
        # knowledge bases, two sets of forms, however many are built
        ("Financial Intelligence Unit", None, {"financial intelligence unit"}),
        ("Cellule", "Cellule de renseignement financier", {"cellule de renseignement financier"}),
    ],
)
def test_a_matchers_known_forms_are_its_own(
    name: str, name_fr: str | None, forms: set[str]
) -> None:
    entry = ActorEntry(id="x", name=name, name_fr=name_fr, kind="organ")
    matcher = ActorMatcher([entry])
    assert matcher.known_forms == dict.fromkeys(forms, "x")
    assert ActorMatcher([]).known_forms == {}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "canonical"),
    [
        # armed groups listed by several states: named by the list's name or acronym
        (
            "fr",
            "Le rapport note que les cellules de l'État islamique en Afrique centrale ont "
            "frappé la province de l'Ituri.",
            "État islamique en Afrique centrale",
            "Islamic State Central Africa Province",
        ),
        (
            "en",
            "Analysts noted that ISCAP cells struck Ituri province again in March.",
            "ISCAP",
            "Islamic State Central Africa Province",
        ),
        (
            "fr",
            "Le Terrorgram Collective diffuse des manuels d'attaque en ligne.",
            "Terrorgram Collective",
            "Terrorgram Collective",
        ),
        (
            "en",
            "Members of The Base and Atomwaffen Division trained together in 2019.",
            "Atomwaffen Division",
            "Atomwaffen Division",
        ),
    ],
)
def test_listed_armed_groups_are_actors(lang: str, text: str, surface: str, canonical: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    found = {(m.text, a.name, a.kind) for a in doc.actors for m in a.mentions}
    assert (surface, canonical, "non-state armed group") in found
