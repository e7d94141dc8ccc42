"""The canonical name of a body no list knows is its usual English name (guidelines §3):
a French name read in English, the English name of the same body left as written, so
that the French and English versions of a text name one actor by one name. Texts and
names written for these tests; expected English checked by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_english import english_name


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # a head, its adjective after it, a link with its article
        ("Office fédéral de l'aviation civile", "Federal Office of Civil Aviation"),
        ("ministère de la défense", "Ministry of Defence"),
        # French adjectives after the noun read in reverse before it
        ("Police judiciaire fédérale", "Federal Judicial Police"),
        ("parquet fédéral belge", "Belgian Federal Prosecutor's Office"),
        # a one-noun complement after a bare "de" qualifies the noun before it ...
        ("Conseil National de Sécurité", "National Security Council"),
        ("Centre de crise national", "National Crisis Centre"),
        ("groupes d'évaluation départementaux", "Departmental Assessment Groups"),
        ("Secrétariat d'État aux migrations", "State Secretariat for Migration"),
        # ... unless an "of" complement of its own follows it
        (
            "Centre genevois de prévention des radicalisations",
            "Geneva Centre for Prevention of Radicalisation",
        ),
        # a proper name stays as written; a known body's acronym in its English form
        ("tribunal administratif de Marseille", "Administrative Court of Marseille"),
        ("Conseil des Ministres de la CEEAC", "Council of Ministers of ECCAS"),
        # a known name inside reads as the knowledge base's, not word by word
        ("Bureau central national de Côte d'Ivoire", "National Central Bureau of Côte d'Ivoire"),
        # two complements joined by "et": no qualifier before the head
        ("Centre de commandement et de coordination", "Centre of Command and Coordination"),
        # a unit read whole; a name in capitals, recased, reads the same way
        ("Cour des comptes", "Court of Audit"),
        ("Autorité Monégasque de Sécurité Financière", "Monaco Financial Security Authority"),
        # an accent alone marks a one-word French name
        ("Sénat", "Senate"),
        # the words of customs, laboratory, asset-recovery and victim-support services;
        # title case whose capitalised words are all listed reads as lower case does
        (
            "Direction nationale du renseignement et des enquêtes douanières",
            "National Directorate of Intelligence and Customs Investigations",
        ),
        ("Service commun des laboratoires", "Joint Laboratories Service"),
        ("Agence Nationale d'Investigation Financière", "National Financial Investigation Agency"),
        ("Direction des Services de Déminage", "Directorate of Demining Services"),
        # a state's one-word name reads as its English name; a city's stays as written
        ("Garde Nationale et Nomade du Tchad", "National and Nomadic Guard of Chad"),
        ("Banque de la République d'Haïti", "Bank of Republic of Haiti"),
        ("Sûreté nationale de l'Algérie", "National Security of Algeria"),
        ("cour d'appel de Bruxelles", "Court of Appeal of Bruxelles"),
        # a court's degree is one unit with the court
        ("tribunal de première instance de Liège", "Court of First Instance of Liège"),
        # the words of intervention units, verification mechanisms, refugee offices
        ("Bataillon d'Intervention Rapide", "Rapid Intervention Battalion"),
        ("Police républicaine", "Republican Police"),
        ("Mécanisme conjoint de vérification élargi", "Joint Expanded Verification Mechanism"),
        (
            "Office français de protection des réfugiés et apatrides",
            "French Office for Protection of Refugees and Stateless Persons",
        ),
    ],
)
def test_a_french_body_name_reads_in_english(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    "name",
    [
        # English names whose words the lists happen to hold: no link, accent or
        # adjective after the noun
        "National Central Bureau",
        "International Criminal Tribunal",
        "Federal Office of Civil Aviation",
        # a lower-case word no list holds: half a translation would be worse
        "Commission de surveillance des oiseaux",
        # title case with capitalised words in no list: common nouns, not proper names
        "Office National de Pisciculture Lacustre",
        "Bataillon d'Appui Cynophile",
        # no listed noun at the head: a person's name, a place
        "Jean de La Fontaine",
        "Bouches-du-Rhône",
    ],
)
def test_a_name_that_is_no_french_body_name_is_left(name: str) -> None:
    assert english_name(name) is None


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # adjectives joined by "et" qualify one noun
        ("Centre de coopération policière et douanière", "Police and Customs Cooperation Centre"),
        ("Garde Nationale et Nomade", "National and Nomadic Guard"),
        (
            "Agence de gestion et de recouvrement des avoirs saisis et confisqués",
            "Agency for Management and Recovery of Seized and Confiscated Assets",
        ),
        # an adjective alone after "et", with none before it, is a noun
        ("ministère de la Cybersécurité et du Numérique", "Ministry of Cybersecurity and Digital"),
        ("Service central des armes et explosifs", "Central Service of Weapons and Explosive"),
        # a noun after "et" stays a complement of its own
        ("Centre de commandement et de coordination", "Centre of Command and Coordination"),
    ],
)
def test_adjectives_joined_by_et(french: str, english: str) -> None:
    assert english_name(french) == english


def _canonical(text: str, lang: str) -> dict[str, str]:
    """surface -> the actor's canonical name, for the actors no list knows."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions if not a.linked}


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "fr",
            "Selon l'Office fédéral de l'aviation civile (OFAC), les drones sont nombreux.",
            "Office fédéral de l'aviation civile",
        ),
        (
            "en",
            "According to the Federal Office of Civil Aviation (FOCA), drones are many.",
            "Federal Office of Civil Aviation",
        ),
    ],
)
def test_the_french_and_english_texts_name_one_body_by_one_name(
    lang: str, text: str, surface: str
) -> None:
    found = _canonical(text, lang)
    assert found.get(surface) == "Federal Office of Civil Aviation", found
    # the acronym the text defines is the same body, by the same name
    assert set(found.values()) == {"Federal Office of Civil Aviation"}, found


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # "de" before a noun of what the body is for reads "for"
        (
            "comité national de prévention de la radicalisation",
            "National Committee for Prevention of Radicalisation",
        ),
        # a French term of the field read whole
        (
            "comité de prévention du blanchiment et du financement du terrorisme",
            "Committee for Prevention of Money Laundering and Terrorist Financing",
        ),
        # a bare "de" with nothing after: the noun qualifies, no "for"
        ("Centre de coordination", "Coordination Centre"),
    ],
)
def test_a_purpose_reads_for(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # a bare "de" and an activity, then its object ending the name: both before the head
        (
            "Centre régional de fusion de l'information maritime",
            "Regional Maritime Information Fusion Centre",
        ),
        ("Service de renseignement de l'État", "State Intelligence Service"),
        ("Groupe d'évaluation de la menace", "Threat Assessment Group"),
        # a proper or known name as the object keeps its "of"
        ("Cour d'appel du Québec", "Court of Appeal of Québec"),
        (
            "Groupe d'experts des Nations Unies sur le Mali",
            "Group of Experts of United Nations on Mali",
        ),
    ],
)
def test_an_activity_and_its_object_go_before_the_head(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # a listed unit written with a hyphen is one word of the text
        ("Haut-Commissariat à la Protection nationale", "High Commission for National Protection"),
        ("Etat-major Général des Armées", "General Staff of Armed Forces"),
        # presidencies, chambers, committees of two publishers or more
        ("Présidence de la République", "Presidency of Republic"),
        ("Chambre des représentants", "Chamber of Representatives"),
        ("Comité provincial de sécurité", "Provincial Security Committee"),
        ("Cellule de Lutte contre les Engins Explosifs Improvisés", "Counter-IED Cell"),
        # "du territoire" reads as the adjective; victim support; taxes
        ("Direction de la Surveillance du Territoire", "Directorate of Territorial Surveillance"),
        (
            "Ministère de l'Administration du Territoire et de la Décentralisation",
            "Ministry of Territorial Administration and Decentralisation",
        ),
        ("cellule interministérielle d'aide aux victimes", "Interministerial Victim Support Cell"),
        (
            "Direction générale des Impôts et des Domaines",
            "General Directorate of Taxes and Domains",
        ),
        ("Douanes et Droits Indirects", "Customs and Indirect Taxes"),
    ],
)
def test_hyphenated_units_and_more_words(french: str, english: str) -> None:
    assert english_name(french) == english


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        (
            "fr",
            "Le Groupe d'évaluation de la menace (GEM) se réunit chaque semaine.",
            "Groupe d'évaluation de la menace",
        ),
        (
            "en",
            "The Threat Assessment Group (GEM) meets every week.",
            "Threat Assessment Group",
        ),
    ],
)
def test_a_stacked_name_is_one_name_in_both_languages(lang: str, text: str, surface: str) -> None:
    found = _canonical(text, lang)
    assert found.get(surface) == "Threat Assessment Group", found


def _bodies(text: str, lang: str) -> dict[str, str]:
    """surface -> canonical name of every organ found by its shape."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors for m in a.mentions if a.kind == "organ"}


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            # a law names a state's bodies in lower case; "et de la" before another
            # head opens a second body
            "Les agents du ministère de la défense et de la gendarmerie des transports "
            "aériens sont habilités à constater ces infractions.",
            {
                "ministère de la défense": "Ministry of Defence",
                "gendarmerie des transports aériens": "Gendarmerie of Air Transport",
            },
        ),
        (
            # a bare "de" complement qualifies the head
            "Le préfet consulte le groupement de gendarmerie départementale avant de "
            "prendre l'arrêté.",
            {"groupement de gendarmerie départementale": "Departmental Gendarmerie Group"},
        ),
    ],
)
def test_a_body_named_in_lower_case(text: str, bodies: dict[str, str]) -> None:
    found = _bodies(text, "fr")
    assert {s: found.get(s) for s in bodies} == bodies, found


@pytest.mark.parametrize(
    "text",
    [
        # a head and an adjective, no complement: a kind of authority
        "L'autorité nationale veille au respect de la convention par les exploitants.",
        # "commission" as the committing of offences: "infractions" is in no list
        "La commission des infractions terroristes est punie de dix ans de prison.",
        # "et" right after the head: two bodies, no name of one
        "Les unités de la gendarmerie et de la garde nationale ont été mobilisées.",
    ],
)
def test_lower_case_words_that_name_no_body(text: str) -> None:
    assert not _bodies(text, "fr")


@pytest.mark.parametrize(
    "heading",
    [
        "Subpart C —General Definitions",
        "## Chapter One – Definitions and General Provisions",
    ],
)
def test_a_heading_after_a_rank_names_no_person(heading: str) -> None:
    """``General`` is a rank, but ``General Provisions`` is a heading: its noun is no
    name (``organ.not_names``)."""
    doc = parse_text(f"{heading}\n\nThe Minister shall keep a register.", "en")
    assert not [a.name for a in doc.actors if a.kind == "person"]


def test_a_rank_before_a_name_still_names_the_person() -> None:
    doc = parse_text("General Ahmed Salim met the delegation in May 2024.", "en")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Ahmed Salim"]
