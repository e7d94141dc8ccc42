"""Actor surfaces (ctdocs.extract._actors, _unlinked): bodies and persons found by their
shape, shapes that are none, full names as one surface, and two bodies joined by 'and'.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface", "kind"),
    [
        # a body not in the knowledge base, from its head noun and joiners
        (
            "fr",
            "Le ministère belge de l'Intérieur a publié une note sur la menace.",
            "ministère belge de l'Intérieur",
            "organ",
        ),
        (
            "en",
            "Experts of the Spanish International Demining Centre briefed the participants.",
            "Spanish International Demining Centre",
            "organ",
        ),
        (
            "fr",
            "La Direction générale de la Sûreté nationale a coordonné les contrôles.",
            "Direction générale de la Sûreté nationale",
            "organ",
        ),
        (
            "en",
            "The Supreme Audit Office of Ruritania reviewed the accounts.",
            "Supreme Audit Office of Ruritania",
            "organ",
        ),
        # a capitalised head and its adjective
        (
            "fr",
            "L'Autorité nationale publie chaque année un rapport.",
            "Autorité nationale",
            "organ",
        ),
        # persons after a title, or before their office
        (
            "fr",
            "Réuni sous la présidence de M. Jean-David Levitte, le Conseil a adopté le texte.",
            "Jean-David Levitte",
            "person",
        ),
        (
            "en",
            "Today, the Honourable Vic Toews, Canada's Minister of Public Safety, released it.",
            "Vic Toews",
            "person",
        ),
        (
            "fr",
            "Le plan a été présenté en présence de Claire Landais, secrétaire générale.",
            "Claire Landais",
            "person",
        ),
        ("en", "Rapporteur: Lord John E. TOMLINSON, SOC", "Lord John E. TOMLINSON", "person"),
        # a byline: a given name and a surname alone on their line, or before a verb
        (
            "fr",
            "L'Union européenne face au terrorisme\n\nPhilippe Delivet\n\nLe texte suit.",
            "Philippe Delivet",
            "person",
        ),
        (
            "en",
            "C. Richard Nelson analyses NATO's contribution to the fight against terrorism.",
            "C. Richard Nelson",
            "person",
        ),
        # a French name goes on past a head noun in lower case
        (
            "fr",
            "Le Service de police de la Ville de Québec a arrêté deux suspects.",
            "Service de police de la Ville de Québec",
            "organ",
        ),
        (
            "en",
            "The Montreal City Police Service arrested two suspects.",
            "Montreal City Police Service",
            "organ",
        ),
        (
            "fr",
            "La Direction générale de la sûreté nationale coordonne l'action des services.",
            "Direction générale de la sûreté nationale",
            "organ",
        ),
        (
            "en",
            "The Directorate General of the Civil Guard coordinates the services.",
            "Directorate General of the Civil Guard",
            "organ",
        ),
        # an office, its complement, then the name between commas
        (
            "en",
            "The UN Special Rapporteur on counter-terrorism, Fionnuala Ní Aoláin, has called "
            "on states to act.",
            "Fionnuala Ní Aoláin",
            "person",
        ),
        (
            "fr",
            "La directrice exécutive d'Europol, Catherine De Bolle, souligne l'importance du "
            "partage.",
            "Catherine De Bolle",
            "person",
        ),
        # a sentence that says what the person is
        ("en", "Hanna Verkerk is a Research Fellow at ICCT.", "Hanna Verkerk", "person"),
        ("fr", "Solène Arnaud est chercheuse associée au centre.", "Solène Arnaud", "person"),
        # a surname that is also a month, with no day or year after it
        (
            "en",
            "We stand with Prime Minister Theresa May and the people of Manchester.",
            "Theresa May",
            "person",
        ),
        ("fr", "Le président a reçu la ministre Theresa May à Paris.", "Theresa May", "person"),
        # an assistant director, and a signature with a full stop
        (
            "en",
            "Canadian Security Intelligence Service – Tricia Geddes, Assistant Director, Policy",
            "Tricia Geddes",
            "person",
        ),
        ("en", "The report ends here.\n\nMichèle Coninsx.\n", "Michèle Coninsx", "person"),
    ],
)
def test_bodies_and_persons_found_by_their_shape(
    lang: str, text: str, surface: str, kind: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found, sorted(found)
    actor_id, got_kind, linked = found[surface]
    assert (got_kind, linked) == (kind, False)
    assert actor_id.startswith("unlinked:")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a title of a document, a heading, an office holder: no body, no person
        ("en", "The Annual Report of the Committee was published in March 2015."),
        ("fr", "Le Rapport annuel du Comité a été publié en mars 2015."),
        ("en", "The Chief of the Defence Staff briefed the Secretary-General."),
        ("fr", "Le chef d'état-major des armées a informé le Secrétaire général."),
        # generic nouns before a named body
        ("fr", "Les forces de l'OTAN et le commandement de la Force ont été renforcés."),
        ("en", "The General Assembly adopted the resolution without a vote."),
        ("fr", "Fichier PDF : Convert PDF to HTML"),
        # a given name inside the name of a programme or a building
        ("en", "Jean Monnet Programme\n\nThe programme funds research on the Union."),
        ("fr", "Robert Schuman Building\n\nLe bâtiment accueille les réunions."),
        # a page heading before an acronym in capitals, not a surname
        ("en", "About ICCT\n\nThe centre publishes research on terrorism."),
        ("fr", "Résumé ICCT\n\nLe centre publie des travaux sur le terrorisme."),
        # an office addressed after a title; an office word after a capital
        ("en", 'By the delegation of Switzerland:\n\n"Mr. Chairperson,\n\nWe join the consensus.'),
        ("fr", "Le plan est mis en œuvre sous l'autorité du Premier ministre."),
        # a kind of body after an indefinite article; where a body sits
        ("en", "The Assembly adopted the resolution without reference to a Main Committee."),
        ("fr", "Chaque État désigne un Comité national de coordination."),
        # a lower-case head and the state itself: a generic phrase
        ("fr", "Publics concernés : services de l'Etat chargés de la sécurité intérieure."),
        ("fr", "Le décret précise l'action des services de l'État dans les départements."),
        ("en", "The ministers met at NATO Headquarters in Brussels."),
        # a given name inside a longer name; an acronym in capitals is no surname
        ("fr", "Le siège est situé Rue Jean Monnet Dupont à Luxembourg."),
        ("en", "The Jean Monnet Programme funds research on the Union."),
        ("fr", "Menace NRBC\n\nLe risque reste faible selon les services."),
        ("en", "Threat from CBRN\n\nThe risk remains low."),
        ("en", "Delegates gathered at the United Nations Headquarters on Monday."),
        # an office, not a body: its holder unnamed
        ("en", "The Public Prosecutor may apply to the court for an order."),
        ("fr", "Le Procureur général près la cour d'appel peut requérir la saisie."),
    ],
)
def test_shapes_that_are_not_actors(lang: str, text: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert [a.name for a in doc.actors if not a.linked] == []


@pytest.mark.parametrize(
    ("lang", "text", "surfaces", "not_surfaces"),
    [
        # a byline before the authors' notes: the full names again, not surnames alone
        (
            "en",
            "Hanna Verkerk and Tomás Oyelaran\nICCT Policy Brief\n\nHanna Verkerk is a "
            "Research Fellow. Tomás Oyelaran is a Junior Research Fellow.",
            {"Hanna Verkerk", "Tomás Oyelaran"},
            {"Verkerk", "Oyelaran"},
        ),
        (
            "fr",
            "Solène Arnaud et Marc Vidal\nNote de recherche\n\nSolène Arnaud est chercheuse. "
            "Marc Vidal est professeur.",
            {"Solène Arnaud", "Marc Vidal"},
            {"Arnaud", "Vidal"},
        ),
        # a month that is a surname stays a month alone
        (
            "en",
            "The plan was adopted on 22 May. Prime Minister Theresa May welcomed it in May.",
            {"Theresa May"},
            {"May"},
        ),
        (
            "fr",
            "Le plan adopté en mai a été salué par la ministre Theresa May en mai 2017.",
            {"Theresa May"},
            {"mai"},
        ),
    ],
)
def test_full_names_again_and_surnames_that_are_months(
    lang: str, text: str, surfaces: set[str], not_surfaces: set[str]
) -> None:
    found = _actors_by_surface(text, lang)
    assert surfaces <= set(found), sorted(found)
    assert not (not_surfaces & set(found)), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "full", "short"),
    [
        (
            "en",
            "OTTAWA — Today, the Honourable Vic Toews released the strategy. "
            "“Our Government will act,” said Minister Toews.",
            "Vic Toews",
            "Toews",
        ),
        (
            "fr",
            "Le Président de l'Assemblée, M. Joseph Deiss, a ouvert la séance. "
            "« Il faut agir », a déclaré M. Deiss.",
            "Joseph Deiss",
            "Deiss",
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_before(
    lang: str, text: str, full: str, short: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[full][0] == found[short][0]
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert {a.name for a in doc.actors if a.kind == "person"} == {full}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a body's full name is one surface, even with a known name inside it
        (
            "en",
            "Experience gained by the Ministry of Defence of the Russian Federation was shared.",
            "Ministry of Defence of the Russian Federation",
            "unlinked:ministry-of-defence-of-the-russian-federation",
        ),
        (
            "fr",
            "Le Secrétariat technique de l'Organisation pour l'interdiction des armes chimiques "
            "a reçu la déclaration.",
            "Secrétariat technique de l'Organisation pour l'interdiction des armes chimiques",
            "opcw-technical-secretariat",
        ),
        # a known name, "of" / "de", then new capitalised words: another, longer name
        (
            "en",
            "The Federal Court of Justice upheld the conviction.",
            "Federal Court of Justice",
            "unlinked:federal-court-of-justice",
        ),
        (
            "fr",
            "La Commission européenne des Droits de l'Homme a statué sur la requête.",
            "Commission européenne des Droits de l'Homme",
            "unlinked:commission-europeenne-des-droits-de-l-homme",
        ),
        # not after "et": a second name
        (
            "fr",
            "La Gendarmerie royale du Canada et Hydro-Québec ont signé un accord.",
            "Gendarmerie royale du Canada",
            "rcmp",
        ),
        # French typography writes "Nations unies" too
        (
            "fr",
            "Le Conseil de sécurité des Nations unies a adopté la résolution.",
            "Conseil de sécurité des Nations unies",
            "unsc",
        ),
        (
            "en",
            "The Security Council of the United Nations adopted the resolution.",
            "Security Council of the United Nations",
            "unsc",
        ),
        # a designation "for Canada" is not part of the name
        (
            "en",
            "The Minister may designate a department as the National Authority for Canada.",
            "National Authority",
            "unlinked:national-authority",
        ),
    ],
)
def test_a_full_name_is_one_surface(lang: str, text: str, surface: str, actor_id: str) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found, sorted(found)
    assert found[surface][0] == actor_id
    inner = [s for s in found if s != surface and s in surface and s not in ("Canada",)]
    assert inner == []


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        # "and the" / "et du" before a known body joins two bodies, not two parts of a name
        (
            "en",
            "The Office for Disarmament Affairs and the International Atomic Energy Agency "
            "assisted States.",
            "Office for Disarmament Affairs",
            "International Atomic Energy Agency",
        ),
        (
            "fr",
            "Les représentants du Service de police de la Ville de Laval et du Conseil de "
            "l'Europe se sont réunis.",
            "Service de police de la Ville de Laval",
            "Conseil de l'Europe",
        ),
        # "et du" / "and the" before a capitalised head noun opens a second body
        (
            "fr",
            "Les policiers de la Sûreté du Québec et du Service de police de la Ville de "
            "Québec ont arrêté un suspect.",
            "Sûreté du Québec",
            "Service de police de la Ville de Québec",
        ),
        (
            "en",
            "The Office for Outer Space Affairs and the Department of Peace Operations cooperate.",
            "Office for Outer Space Affairs",
            "Department of Peace Operations",
        ),
    ],
)
def test_two_bodies_joined_by_and_are_two(lang: str, text: str, first: str, second: str) -> None:
    found = _actors_by_surface(text, lang)
    assert {first, second} <= set(found), sorted(found)
    assert found[first][0] != found[second][0]


def test_and_inside_one_name_stays() -> None:
    """No known body after "and": the words are one name."""
    found = _actors_by_surface(
        "The Canadian Transportation Accident Investigation and Safety Board reported.", "en"
    )
    assert "Canadian Transportation Accident Investigation and Safety Board" in found
