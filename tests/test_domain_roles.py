"""What a domain word weighs by its role (ctdocs.extract._domain_roles, _weights): glosses,
repeated weak words, headings, items, definitions and citations, and the document as
the clauses' union plus what the text weighs.
"""

# The check-table sentences are kept whole, one per line, so that the English and
# French versions can be read side by side.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._knowledge import load_domains
from ctdocs._vocab import Language
from ctdocs.extract._domain_roles import roles
from ctdocs.extract._domains import score_text, tag_text

# ---------------------------------------------------------------- roles (guidelines §4)
# (code, English, French, tagged?): one sentence in both languages, hand-checked. The
# trigger's role in the sentence decides whether the domain is its subject or only
# brushes past it ("tag a clause only where the domain is its subject or an explicit
# commitment in it").
ROLE_ROWS: list[tuple[str, str, str, bool]] = [
    # one short item of an enumeration of nouns
    ("TRAINING",
     "Such assistance includes instruction, training, consulting services or technical advice.",
     "Toute forme d'aide, notamment l'instruction, la formation, les services de consultants ou les conseils techniques.",
     False),
    ("CYBER",
     "The Alliance faces threats from military forces, from terrorist, cyber, and hybrid attacks.",
     "L'Alliance fait face à des menaces venant de forces militaires, d'attaques terroristes, cyber, et hybrides.",
     False),
    # a short clause between commas is not an item
    ("CEP",
     "NATO will, in close cooperation with its partners, strengthen civil emergency planning.",
     "L'OTAN renforcera, en étroite coopération avec ses partenaires, la planification civile d'urgence.",
     True),
    # a definition: the defined term is its subject, the words of its body are not
    ("WMD",
     '"weapon of mass destruction" means any nuclear, chemical or biological device.',
     "« arme de destruction massive » signifie tout dispositif nucléaire, chimique ou biologique.",
     True),
    ("CBRN",
     '"weapon of mass destruction" means any nuclear, chemical or biological device.',
     "« arme de destruction massive » signifie tout dispositif nucléaire, chimique ou biologique.",
     False),
    # an instrument cited in a preamble
    ("WMD",
     "Recalling its resolution 1540 (2004), the Council condemns the attacks.",
     "Rappelant sa résolution 1540 (2004), le Conseil condamne les attentats.",
     False),
    # a body's name, and the same words as a commitment
    ("CEP",
     "The report was sent to the Minister of Public Safety and Emergency Preparedness.",
     "Le rapport a été transmis au ministre de la Sécurité publique et de la Protection civile.",
     False),
    ("CEP",
     "Allies will improve their emergency preparedness.",
     "Les Alliés amélioreront leur protection civile.",
     True),
    # a body named by its field in lower case, a common noun, and the field as the commitment
    ("AVIATION",
     "Drones shall be registered with the civil aviation authority of the State.",
     "Tout drone est enregistré auprès de l'autorité de l'aviation civile de l'État.",
     False),
    ("AVIATION",
     "The list was sent to the Minister responsible for civil aviation.",
     "La liste a été transmise au directeur général de l'aviation civile.",
     False),
    ("AVIATION",
     "States shall strengthen civil aviation security at their airports.",
     "Les États renforcent la sûreté de l'aviation civile dans leurs aéroports.",
     True),
    # information passed to a named service is still an information commitment
    ("INTEL",
     "Any person shall disclose without delay to the Director of the Canadian Security Intelligence Service the existence of property.",
     "Toute personne est tenue de communiquer sans délai au directeur du Service canadien du renseignement de sécurité l'existence de biens.",
     True),
    # a place name, and ports as the subject
    ("MARITIME",
     "The monitoring station is located at Port Louis, Mauritius.",
     "La station de surveillance se trouve à Port-Louis, Maurice.",
     False),
    ("MARITIME",
     "States shall protect their ports against terrorist attacks.",
     "Les États protègent leurs ports contre les attaques terroristes.",
     True),
    # a ship named among means of transport
    ("MARITIME",
     "The offence is committed on board a ship or aircraft registered in that State.",
     "L'infraction est commise à bord d'un navire ou d'un aéronef immatriculé dans cet État.",
     False),
    ("AVIATION",
     "The offence is committed on board a ship or aircraft registered in that State.",
     "L'infraction est commise à bord d'un navire ou d'un aéronef immatriculé dans cet État.",
     False),
    # "in office" and powers "exercised" are not exercises
    ("TRAINING",
     "The representative of the Chairmanship attended; officials shall exercise those powers.",
     "Le représentant de la Présidence en exercice a assisté à la réunion.",
     False),
    # banning chemical arms is arms control; using them in an attack is a CBRN threat
    ("WMD",
     "Allies support the prohibition of the development and stockpiling of chemical weapons.",
     "Les Alliés soutiennent l'interdiction de la mise au point et du stockage des armes chimiques.",
     True),
    ("WMD",
     "Terrorists may attack civilians with chemical weapons.",
     "Des terroristes pourraient attaquer des civils avec des armes chimiques.",
     False),
    ("CBRN",
     "Terrorists may attack civilians with chemical weapons.",
     "Des terroristes pourraient attaquer des civils avec des armes chimiques.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("code", "english", "french", "tagged"), ROLE_ROWS)
def test_role_english(code: str, english: str, french: str, tagged: bool) -> None:
    assert (code in tag_text(english, "en")) is tagged


@pytest.mark.parametrize(("code", "english", "french", "tagged"), ROLE_ROWS)
def test_role_french(code: str, english: str, french: str, tagged: bool) -> None:
    assert (code in tag_text(french, "fr")) is tagged


def test_a_gloss_in_parentheses_weighs_nothing() -> None:
    # the French term glossed after the English one is the same evidence, not more
    text = "technical assistance (aide technique) is defined below"
    weight, spans = score_text(text, "en")["CAPACITY"]
    assert weight == pytest.approx(0.5)  # the weak English term alone
    assert [text[s:e] for s, e in spans] == ["technical assistance", "aide technique"]


def test_a_weak_word_repeated_is_one_piece_of_evidence() -> None:
    assert "CEP" not in tag_text("Resilience matters; resilience is built locally.", "en")
    assert "CEP" in tag_text("Resilience matters, and first responders are trained.", "en")


# (code, English, French, tagged?): a weak word repeated in another form of the same
# trigger (singular and plural) is still one weak word, which never tags alone (it
# counted twice before: "survol ... survols" tagged AVIATION, ho14, ho17, ho13); two
# different weak words of the domain, or a strong one, still tag, whatever the forms.
REPEATED_FORM_ROWS: list[tuple[str, str, str, bool]] = [
    (
        "AVIATION",
        "An overflight was reported on Monday; further overflights followed on Tuesday.",
        "Un survol a été signalé lundi ; d'autres survols ont suivi mardi.",
        False,
    ),
    (
        "BORDER",
        "A passport is renewed every ten years; expired passports are destroyed.",
        "Le passeport est renouvelé tous les dix ans ; les passeports périmés sont détruits.",
        False,
    ),
    (
        "BORDER",
        "One travel document was lost at the hotel.\nTwo travel documents were found in a taxi.",
        "Un document de voyage a été perdu à l'hôtel.\nDeux documents de voyage ont été retrouvés dans un taxi.",
        False,
    ),
    # negatives of the same shape: two different weak words of the domain
    (
        "AVIATION",
        "An overflight was reported and the aircraft was identified.",
        "Un survol a été signalé et l'aéronef a été identifié.",
        True,
    ),
    (
        "BORDER",
        "The passport and the travel documents of each passenger were checked.",
        "Le passeport et les documents de voyage de chaque passager ont été contrôlés.",
        True,
    ),
    # two forms of one weak word beside a second weak word
    (
        "AVIATION",
        "Overflights by aircraft are reported; any further overflight is logged.",
        "Les survols par aéronefs sont signalés ; tout autre survol est consigné.",
        True,
    ),
]


@pytest.mark.parametrize(("code", "english", "french", "tagged"), REPEATED_FORM_ROWS)
def test_a_weak_word_in_two_forms_is_one_piece_of_evidence(
    code: str, english: str, french: str, tagged: bool
) -> None:
    assert (code in tag_text(english, "en")) is tagged
    assert (code in tag_text(french, "fr")) is tagged


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        (
            "1. Un aéronef s'est posé à l'aube. Deux aéronefs sont partis à midi.\n",
            "fr",
            "AVIATION",
        ),
        (
            "1. An overflight was reported on Monday; further overflights followed.\n",
            "en",
            "AVIATION",
        ),
    ],
)
def test_a_clause_with_one_weak_word_in_two_forms_is_untagged(
    text: str, language: Language, code: str
) -> None:
    doc = parse_text(text, language)
    assert [c.number for c in doc.clauses()] == ["1"]
    assert code not in {d.code for d in doc.clauses()[0].domains}


# (text, language, code, tagged?): the alternatives of one weak trigger are different
# words, two of which tag ("(threat|situational) awareness", "crisis (cells?|centres?)",
# "documents? (de voyage|d'identite)", "(contingency|evacuation) plans?": one trigger
# each, two words, tagged on base and lost when hits were counted by trigger alone);
# one word of the trigger in two forms or spellings ("crisis centre ... centers",
# "document ... documents d'identite", "gestion de crise ... des crises") stays one.
ALTERNATIVE_ROWS: list[tuple[str, Language, str, bool]] = [
    (
        "Staff shall maintain threat awareness and situational awareness at all times.",
        "en",
        "INTEL",
        True,
    ),
    (
        "Le personnel entretient la connaissance de la menace et la connaissance de la situation.",
        "fr",
        "INTEL",
        True,
    ),
    ("Each ministry keeps crisis cells and a crisis centre ready.", "en", "CEP", True),
    ("Operators draw up contingency plans and evacuation plans for each site.", "en", "CEP", True),
    (
        "Les documents de voyage et les documents d'identité sont délivrés par la préfecture.",
        "fr",
        "BORDER",
        True,
    ),
    # negatives of the same shape: one word of the trigger, two forms
    (
        "The ministry opened a crisis centre in the capital; two crisis centers abroad followed.",
        "en",
        "CEP",
        False,
    ),
    (
        "Un document d'identité a été perdu ; deux documents d'identité ont été retrouvés.",
        "fr",
        "BORDER",
        False,
    ),
    ("Un plan de gestion de crise précède la gestion des crises régionales.", "fr", "CEP", False),
]


@pytest.mark.parametrize(("text", "language", "code", "tagged"), ALTERNATIVE_ROWS)
def test_the_alternatives_of_one_weak_trigger_are_different_words(
    text: str, language: Language, code: str, tagged: bool
) -> None:
    assert (code in tag_text(text, language)) is tagged
    doc = parse_text("1. " + text + "\n", language)
    assert [c.number for c in doc.clauses()] == ["1"]
    assert (code in {d.code for d in doc.clauses()[0].domains}) is tagged


def test_headings_count_without_role_factors() -> None:
    heading = score_text("Training, exercises", "en", heading=True)["TRAINING"][0]
    body = score_text("Aid includes money, training, tools, and food.", "en")["TRAINING"][0]
    assert heading >= 1.0 > body


# ---------------------------------------------------------------- document level
def test_document_is_the_clauses_union_plus_what_the_text_weighs() -> None:
    from ctdocs.extract import DomainWeights, document_codes

    scoring = load_domains().scoring
    w = DomainWeights(
        weight={"CEP": 0.6, "INTEL": 2.0, "CYBER": 0.2}, in_clauses={"CYBER"}, words=300
    )
    assert scoring.document_threshold == 1.0  # one strong hit, as for a clause
    assert document_codes(w, scoring) == {"CYBER", "INTEL"}  # CEP 0.6 < 1.0 <= INTEL 2.0
    assert "CYBER" in document_codes(w, scoring)  # a clause's tag is always the document's
    # no length term: the same weights in a text a hundred times longer tag the same
    longer = DomainWeights(weight=dict(w.weight), in_clauses={"CYBER"}, words=30000)
    assert document_codes(longer, scoring) == {"CYBER", "INTEL"}


HEADED = {
    # a section label names a field; the paragraphs under it address another matter
    "en": "# Joint statement\n\n## Financing and Cybercrime\n\nWe welcomed the ratification of "
    "the convention on trafficking in persons.\n",
    "fr": "# Déclaration commune\n\n## Financement et cybercriminalité\n\nNous avons salué la "
    "ratification de la convention sur la traite des personnes.\n",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_domain_named_in_a_heading_alone_is_no_document_domain(language: Language) -> None:
    doc = parse_text(HEADED[language], language=language)
    assert "CYBER" not in doc.domains


ROLES = [
    # (language, text, domain): a strong hit playing one role each
    ("en", "Aid includes money, training, tools, and food.", "TRAINING"),  # list item
    ("fr", "L'aide comprend l'argent, la formation, les outils et la nourriture.", "TRAINING"),
    ("en", "Technical assistance means advice on border control.", "BORDER"),  # definiens
    (
        "fr",
        "L'assistance technique signifie des conseils sur le contrôle des frontières.",
        "BORDER",
    ),
    ("en", "Recalling its resolution on border control,", "BORDER"),  # cited instrument
    ("fr", "Rappelant sa résolution sur le contrôle des frontières,", "BORDER"),
]


@pytest.mark.parametrize(("language", "text", "code"), ROLES)
@pytest.mark.parametrize("factor", [0.3, 0.5])
def test_one_role_factor_discounts_items_definitions_and_citations(
    language: Language, text: str, code: str, factor: float
) -> None:
    """An item, a definiens and a citation are one knob (role_factor): a strong hit
    playing any one of them weighs role_factor, whatever its value."""
    from unittest import mock

    from ctdocs.extract import _domain_roles

    data = load_domains()
    new = data.model_copy(
        update={"scoring": data.scoring.model_copy(update={"role_factor": factor})}
    )
    _domain_roles.roles.cache_clear()
    try:
        with mock.patch.object(_domain_roles, "load_domains", lambda: new):
            weight = score_text(text, language)[code][0]
    finally:
        _domain_roles.roles.cache_clear()
    assert weight == pytest.approx(factor)


def test_each_thread_keeps_the_sentence_bounds_of_its_own_text() -> None:
    """The bounds of the text being weighed are kept per thread: another thread's document
    (its own bounds, then its forget) neither replaces nor drops them mid-document."""
    import threading

    from ctdocs.extract._domain_roles import _bounds, forget_bounds

    lower = "the council adopts this decision. it enters into force today."
    kept = _bounds(lower)
    assert _bounds(lower) is kept and kept.text is lower

    def other_document() -> None:
        _bounds("un autre texte.")
        forget_bounds()

    other = threading.Thread(target=other_document)
    other.start()
    other.join()
    assert _bounds(lower) is kept
    forget_bounds()
    assert _bounds(lower) is not kept


@pytest.mark.parametrize(
    ("text", "start", "found"),
    [
        # a cue's literal before the hit: "epartement", "inistre" (opening on e, i)
        ("le Departement de la securite publique", 20, True),
        ("le ministre de la securite publique", 18, True),
        ("the Department of Public Safety", 18, True),
        ("the Minister responsible for public safety", 32, True),
        # none: the prefilter answers no, as the cue's search would
        ("la securite publique du pays", 3, False),
        ("public safety of the country", 7, False),
    ],
)
def test_the_name_prefilter_finds_a_literal_wherever_name_before_may_match(
    text: str, start: int, found: bool
) -> None:
    r = roles()
    assert r.name_before_any is not None
    assert (r.name_before_any.search(text, 0, start) is not None) is found
    if r.name_before.search(text, 0, start) is not None:
        assert found


DEFINIENS = [
    # a word in the body of a definition brushes past (role_factor), whether the French
    # definition is singular ("s'entend de") or plural ("s'entendent des")
    ("en", "A zone means an area around critical infrastructure.", "CIP"),
    ("fr", "La zone s'entend d'un périmètre autour d'une infrastructure critique.", "CIP"),
    ("fr", "Les zones s'entendent des périmètres autour des infrastructures critiques.", "CIP"),
]


@pytest.mark.parametrize(("language", "text", "code"), DEFINIENS)
def test_a_word_in_a_definition_brushes_past(language: Language, text: str, code: str) -> None:
    weight = score_text(text, language)[code][0]
    assert weight == pytest.approx(load_domains().scoring.role_factor)
