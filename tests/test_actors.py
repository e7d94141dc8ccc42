"""Actor matching (ctdocs.extract._actors): weak aliases that several actors share.

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


# ---------------------------------------------------------------- actors found by shape
def _actors_by_surface(text: str, lang: str) -> dict[str, tuple[str, str, bool]]:
    """surface -> (actor id, kind, linked) for every mention."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: (a.id, a.kind, a.linked) for a in doc.actors for m in a.mentions}


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
    ("lang", "text"),
    [
        ("en", "The Counter-Terrorism Office of Ruritania (CTOR) met. The CTOR agreed a plan."),
        ("fr", "L'Office central de Ruritanie (OCR) s'est réuni. L'OCR a adopté un plan."),
    ],
)
def test_an_acronym_defined_in_the_text_is_the_same_body(lang: str, text: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    unlinked = [a for a in doc.actors if not a.linked]
    assert len(unlinked) == 1
    assert len(unlinked[0].mentions) == 3  # the name, the acronym defined, the acronym used


@pytest.mark.parametrize(
    ("lang", "text", "state", "is_actor"),
    [
        # named only as a place
        (
            "fr",
            "Le centre forme des officiers à Amman, en Jordanie, depuis 2016.",
            "Jordanie",
            False,
        ),
        ("en", "Foreign fighters travel to fight in Iraq and Syria.", "Syria", False),
        ("en", "Foreign fighters travel to fight in Iraq and Syria.", "Iraq", False),
        # a site's address in capitals; a person's country last in brackets
        ("en", "Cookies on GOV.UK\n\nThe guidance applies to all premises.", "UK", False),
        ("fr", "Le formulaire est publié sur GOV.UK pour les exploitants.", "UK", False),
        ("en", "Reviewed by Aïcha Ndiaye Sarr (CENTIF, Senegal).", "Senegal", False),
        ("fr", "Relu par M. Moussa Diallo (CENTIF, Sénégal).", "Sénégal", False),
        # a state completing a person's office in lower case is a title; a ministry's
        # name in capitals names the state's government
        ("fr", "Ingrid Vassallo, ministre de l'intérieur de Malte, a présidé.", "Malte", False),
        (
            "en",
            "Mr Kamara, President of the Republic of Sierra Leone, spoke.",
            "Republic of Sierra Leone",
            False,
        ),
        (
            "fr",
            "M. Piotr Switalski, Ministre Adjoint des Affaires Etrangères de Pologne, préside.",
            "Pologne",
            True,
        ),
        ("en", "The Minister for Foreign Affairs of Canada opened the meeting.", "Canada", True),
        # a body's acronym in brackets inside a cited act's number
        ("en", "Drones are regulated by Implementing Regulation (EU) 2019/947.", "EU", False),
        ("fr", "La directive (UE) 2017/541 du 15 mars 2017 s'applique.", "UE", False),
        ("en", "The EU adopted Regulation (EU) 2019/947.", "EU", True),
        ("fr", "L'UE a adopté la directive (UE) 2017/541.", "UE", True),
        # a person's country in parentheses
        (
            "fr",
            "Sous la présidence de M. Jean-David Levitte (France), le Conseil a voté.",
            "France",
            False,
        ),
        # a participle of place, then at / to / à / au
        ("en", "Some 30 000 people have travelled to Syria to join the group.", "Syria", False),
        (
            "fr",
            "La conférence régionale tenue à Singapour a adopté ses conclusions.",
            "Singapour",
            False,
        ),
        (
            "fr",
            "Les ministres réunis au Luxembourg ont adopté des conclusions.",
            "Luxembourg",
            False,
        ),
        # a compass point before the state
        ("en", "Women are held in camps in north-east Syria.", "Syria", False),
        ("fr", "Des femmes sont détenues dans les camps du nord-est de la Syrie.", "Syrie", False),
        # the states a border runs along or between
        (
            "fr",
            "Il est interdit de voler le long des frontières avec le Mali et l'Algérie.",
            "Algérie",
            False,
        ),
        ("en", "Drones crossed the India-Pakistan international border.", "India", False),
        ("en", "Drones crossed the India-Pakistan border in Punjab.", "Pakistan", False),
        ("en", "The Niger–Burkina Faso border stays closed.", "Burkina Faso", False),
        ("en", "Talks between India-Pakistan officials resumed.", "Pakistan", True),
        # a town and a comma: the state says where the town is
        ("en", "The Convention was signed at Paris, France, on 13 January 1993.", "France", False),
        ("fr", "Un centre à Hoyo de Manzanares, Espagne, forme des experts.", "Espagne", False),
        # a list of places goes on past a count in parentheses and an article
        (
            "fr",
            "Les arrestations ont eu lieu en France (63), en Espagne (33) et au Royaume-Uni (35).",
            "Royaume-Uni",
            False,
        ),
        (
            "en",
            "The threat of ISIL in Iraq and the Syrian Arab Republic remains.",
            "Syrian Arab Republic",
            False,
        ),
        # an article after the place word; a visit's destination; the place word again
        ("en", "ISIL fighters regrouped in the Niger last year.", "Niger", False),
        ("fr", "Des pirates opèrent dans le golfe de Guinée depuis 2019.", "Guinée", False),
        ("en", "Experts made visits to Tajikistan and to the Niger.", "Niger", False),
        ("fr", "Le Comité a effectué une visite au Mali en mai.", "Mali", False),
        # a plan or an agreement named for the state: its title, not the state acting
        ("en", "Ministers adopted the EU Regional Strategy for Syria and Iraq.", "Iraq", False),
        ("fr", "Le Plan pour la Syrie a été adopté en 2016.", "Syrie", False),
        # an acronym glued into a document number names no actor
        ("en", "Press Communiqué M-NAC-2(96)165\n\nMinisters met in Berlin.", "NAC", False),
        ("fr", "Communiqué de presse M-NAC-1(99)64\n\nLes ministres se sont réunis.", "NAC", False),
        # a row of a table of figures: the state labels what is counted
        (
            "fr",
            "Arrestations\n\nFrance      126      94\nEspagne      37      12\n\nLe texte suit.",
            "France",
            False,
        ),
        ("en", "Arrests\n\nCanada | 12 | 4\n\nThe text follows here.", "Canada", False),
        # an official gazette's title: the state names the publisher
        (
            "fr",
            "Publié au Journal officiel de la République française du 3 mars 2021.",
            "République française",
            False,
        ),
        (
            "en",
            "Published in the Official Journal of the French Republic on 3 March 2021.",
            "French Republic",
            False,
        ),
        # a web address names a site
        ("fr", "Belgique.be - Informations et services officiels", "Belgique", False),
        ("en", "More on Canada.ca and in the news.", "Canada", False),
        # "to" after a verb of giving marks a recipient, who may act
        ("en", "NATO sent support to Iraq after the attacks.", "Iraq", True),
        ("fr", "L'OTAN a fourni une aide au Royaume-Uni après l'attentat.", "Royaume-Uni", True),
        # a state that acts or is addressed
        ("en", "NATO sent EADRCC support to Turkey after the earthquake.", "Turkey", True),
        ("fr", "La Jordanie a accueilli la formation des officiers.", "Jordanie", True),
        # a government is never a place
        ("fr", "Le soutien apporté au Gouvernement afghan continue.", "Gouvernement afghan", True),
        # an address or a birthplace in an identity record: a town, then the state
        (
            "en",
            "Place of Birth: Kismayo, Somalia\nGood quality a.k.a.: Abu Hafsa",
            "Somalia",
            False,
        ),
        ("fr", "Lieu de naissance : Mopti, Mali\nAlias : Umm Khadija", "Mali", False),
        ("en", "WARDAK, Ehsanullah, Jalalabad, Afghanistan; DOB 1991", "Afghanistan", False),
        ("fr", "Adresse : a) Bosaso, Puntland, Somalie b) Kampala, Ouganda", "Somalie", False),
        (
            "en",
            'RAHMONZODA, Tolib (a.k.a. "ABU MUSLIM"), Istanbul, Turkey; DOB 1987',
            "Turkey",
            False,
        ),
        # a list of states after a label is no town and its state
        ("en", "Members: Benin, Togo and Ghana agreed to share data.", "Togo", True),
        ("fr", "Membres : Bénin, Togo et Ghana ont décidé de partager.", "Togo", True),
        # a nationality, a region of a state, a passport, a currency
        ("en", "Gender: Male; nationality Tajikistan; Passport 401873", "Tajikistan", False),
        (
            "fr",
            "Sexe : masculin ; nationalité Tadjikistan ; passeport 401873",
            "Tadjikistan",
            False,
        ),
        ("en", "She relocated to the Tillabéri region of Niger in 2025.", "Niger", False),
        ("fr", "Elle s'est installée dans la région du Niger en 2025.", "Niger", False),
        ("en", "He holds a Somalia passport issued in 2019.", "Somalia", False),
        ("en", "The person is a United Kingdom\n national or resident.", "United Kingdom", False),
        ("en", "Revenues estimated at more than US$ 2 million a year.", "US", False),
        ("en", "The budget is 40 million United States dollars a year.", "United States", False),
        (
            "fr",
            "Le budget est estimé à 38,6 millions de dollars des États-Unis.",
            "États-Unis",
            False,
        ),
        # ground fought over or passed through, a place one goes towards, a port
        ("en", "Drones taken from the battlefields of Syria and Ukraine.", "Ukraine", False),
        ("en", "Drones taken from the battlefields of Syria and Ukraine.", "Syria", False),
        ("fr", "Il a fui vers la Turquie puis vers la France.", "Turquie", False),
        ("fr", "Il a fui vers la Turquie puis vers la France.", "France", False),
        ("en", "In 2018 the applicant returned home via Türkiye.", "Türkiye", False),
        ("en", "The Ministers met in Port of Spain in September.", "Spain", False),
        # an instrument or a process named after a state
        ("en", "Centres were set up under the Djibouti Code of Conduct.", "Djibouti", False),
        ("fr", "Madagascar participe au Code de conduite de Djibouti.", "Djibouti", False),
        ("en", "Members of the Djibouti Process met in May.", "Djibouti", False),
        ("fr", "Le Comité coopère avec le Processus de Djibouti.", "Djibouti", False),
        # the same states acting are actors
        ("en", "Türkiye and Djibouti signed the memorandum.", "Djibouti", True),
        ("fr", "La Turquie a signé le mémorandum avec Djibouti.", "Turquie", True),
    ],
)
def test_a_state_named_as_a_place_is_not_an_actor(
    lang: str, text: str, state: str, is_actor: bool
) -> None:
    assert (state in _actors_by_surface(text, lang)) is is_actor


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


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_surface"),
    [
        # a dash separates a name from the words before it (folding makes it a blank)
        (
            "en",
            "Witnesses\n\nPublic Safety Canada – Lesley Soper, Director General, Policy",
            "Lesley Soper",
            "Canada – Lesley Soper",
        ),
        (
            "fr",
            "88e session de l'Assemblée générale – Santiago (Chili)\n\nLe texte suit.",
            None,
            "Santiago",
        ),
        # glued initials belong to the name
        (
            "en",
            "The report was tabled by the Honourable Mobina S.B. Jaffer.",
            "Mobina S.B. Jaffer",
            "Mobina",
        ),
        # plural titles before a name
        (
            "fr",
            "Ont siégé : Mmes Dominique LOTTIN et Corinne LUQUIENS.",
            "Dominique LOTTIN",
            "Mmes Dominique LOTTIN",
        ),
        (
            "en",
            "Members: the Honourable Senators Peter Harder and Yonah Martin.",
            "Peter Harder",
            "Senators Peter Harder",
        ),
    ],
)
def test_a_persons_name_stops_at_a_dash_and_a_plural_title(
    lang: str, text: str, surface: str | None, not_surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert not_surface not in found, sorted(found)
    if surface is not None:
        assert found[surface][1:] == ("person", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # the words before an acronym whose initials spell it, whatever their case
        (
            "fr",
            "La direction des affaires criminelles et des grâces (DACG) a répondu. "
            "La DACG précise ses chiffres.",
            "direction des affaires criminelles et des grâces",
            "DACG",
        ),
        (
            "en",
            "The Swiss Federal Office for Civil Protection (FOCP/OFPP) assesses the threat.",
            "Swiss Federal Office for Civil Protection",
            "OFPP",
        ),
        # a definition written out, and a known body closing the name as its owner
        (
            "fr",
            "La Cellule de renseignement financier, ci-après « CRF », coopère. La CRF agit.",
            "Cellule de renseignement financier",
            "CRF",
        ),
        (
            "fr",
            "Le Bureau des affaires juridiques de l'ONU (BAJ) peut être saisi.",
            "Bureau des affaires juridiques de l'ONU",
            "BAJ",
        ),
    ],
)
def test_a_name_spelt_by_its_acronym(lang: str, text: str, surface: str, acronym: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1:] == ("organ", False), sorted(found)
    assert found[acronym][0] == found[surface][0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a lower-case phrase glossed once is a phrase, not a body's name
        ("fr", "Un outil au service de la paix et de la sécurité (SPS) pour les partenaires."),
        # a reference in parentheses is no acronym
        ("en", "The report of the Committee on Civil Liberties (A9-0331/2021) was adopted."),
        ("fr", "L'unité de signalement d'Europol (IRU de l'UE) apporte son expertise."),
    ],
)
def test_what_an_acronym_does_not_spell(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    wrong = ("SPS", "A9", "IRU", "service de la paix et de la sécurité")
    assert not [s for s in found if s in wrong]


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # "the people and Government of X": the complement is shared, the mention is X
        (
            "en",
            "The Council expresses its sympathy to the people and Government of the United "
            "Kingdom.",
            "United Kingdom",
            "united-kingdom",
        ),
        (
            "fr",
            "Il exprime ses condoléances au peuple et au Gouvernement des États-Unis d'Amérique.",
            "États-Unis d'Amérique",
            "united-states",
        ),
        # a capitalised Government after a determiner: the state the text names
        (
            "en",
            "Canada released its strategy. “Our Government will act,” said the Minister.",
            "Government",
            "canada",
        ),
        (
            "fr",
            "La France renforce sa législation. Le Gouvernement a annoncé une expérimentation.",
            "Gouvernement",
            "france",
        ),
        # the state named only as a publisher is still the text's own
        (
            "fr",
            "Journal officiel de la République française\n\nObservations du Gouvernement, "
            "enregistrées le 3 mars.",
            "Gouvernement",
            "france",
        ),
        (
            "en",
            "Official Journal of the French Republic\n\nThe Government filed its observations "
            "on 3 March.",
            "Government",
            "france",
        ),
        # no state named: the state whose bodies the text names
        (
            "fr",
            "La DGSI a transmis ses chiffres. Le Gouvernement a annoncé une loi.",
            "Gouvernement",
            "france",
        ),
        (
            "en",
            "The RCMP and CSIS reported. The Government announced a bill.",
            "Government",
            "canada",
        ),
        # the central or federal government of a text about its state
        (
            "en",
            "India amends the Act. The Central Government may, by notification, add a name.",
            "Central Government",
            "india",
        ),
        (
            "fr",
            "La Belgique modifie la loi. Le Gouvernement fédéral en informe la Chambre.",
            "Gouvernement fédéral",
            "belgium",
        ),
        # a state's full style is one mention, the state's
        (
            "en",
            "The Assembly welcomed the offer of the Government of the Republic of Panama "
            "to host the meeting.",
            "Republic of Panama",
            "panama",
        ),
        (
            "fr",
            "Les chefs d'État de la République fédérale du Nigeria et de la République du "
            "Ghana ont signé.",
            "République fédérale du Nigeria",
            "nigeria",
        ),
    ],
)
def test_a_state_through_its_government(lang: str, text: str, surface: str, actor_id: str) -> None:
    found = _actors_by_surface(text, lang)
    assert surface in found, sorted(found)
    assert found[surface][0] == actor_id
    assert not [s for s in found if s.startswith(("Government of", "Gouvernement des"))]


@pytest.mark.parametrize(
    ("lang", "text", "surfaces", "actor_ids"),
    [
        # a government named by its state's short name is one mention, the state's (the
        # knowledge base need not list it as it lists "Government of Canada"), in a
        # letterhead's capitals too; before a full style the style alone is the name
        (
            "en",
            "THE GOVERNMENT OF BARBADOS\n\nThe Government of Jamaica and the Government of "
            "the Republic of Panama signed the memorandum.",
            ["GOVERNMENT OF BARBADOS", "Government of Jamaica", "Republic of Panama"],
            ["barbados", "jamaica", "panama"],
        ),
        (
            "fr",
            "GOUVERNEMENT DU NIGER\n\nLe Gouvernement du Mali et le Gouvernement de la "
            "République du Ghana ont signé le protocole.",
            ["GOUVERNEMENT DU NIGER", "Gouvernement du Mali", "République du Ghana"],
            ["niger", "mali", "ghana"],
        ),
        # shared with the people, the government's complement is the state's own name
        (
            "en",
            "The Summit expressed its condolences to the people and Government of the "
            "Republic of Mozambique.",
            ["Republic of Mozambique"],
            ["mozambique"],
        ),
        (
            "fr",
            "Le Sommet présente ses condoléances au peuple et au Gouvernement de la "
            "République du Mozambique.",
            ["République du Mozambique"],
            ["mozambique"],
        ),
    ],
)
def test_a_government_by_its_state_name(
    lang: str, text: str, surfaces: list[str], actor_ids: list[str]
) -> None:
    found = _actors_by_surface(text, lang)
    assert sorted(found) == sorted(surfaces), sorted(found)
    assert [found[s][0] for s in surfaces] == actor_ids


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no state named: nothing to refer to; heads of state and government are offices
        ("en", "The Government will publish a report next year."),
        ("fr", "Le Gouvernement publiera un rapport l'an prochain."),
        ("en", "NATO Heads of State and Government met in Wales with Canada's envoy."),
        ("fr", "Les chefs d'État et de Gouvernement de l'OTAN se sont réunis avec la Jordanie."),
    ],
)
def test_a_government_without_a_state_is_nothing(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert "Government" not in found and "Gouvernement" not in found, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "acronym", "is_actor"),
    [
        # a heading set in capitals: "AU" is the word "au"
        (
            "fr",
            "FACE A LA MENACE TERRORISTE ET AU RISQUE POSE PAR LES ARMES\n\n"
            "Le Conseil de sécurité a adopté la résolution.",
            "AU",
            False,
        ),
        (
            "fr",
            "SUR LA PRÉVENTION ET LA LUTTE CONTRE L'EXTRÉMISME QUI CONDUISENT\n"
            "AU TERRORISME\n\nNous, Ministres, adoptons cette déclaration.",
            "AU",
            False,
        ),
        # among words in lower case, or in a list of acronyms, it is the African Union
        ("fr", "La coopération entre l'UE et l'AU se renforce.", "AU", True),
        ("en", "The EU and the AU agreed a joint plan.", "AU", True),
        ("en", "Acronyms\n\nASEAN\nAU\nCATS\n\nThe plan follows.", "AU", True),
        # "un" is a word in French, not in English: an English heading keeps the UN
        ("fr", "UN PLAN D'ACTION POUR LA PAIX\n\nLe texte suit ici.", "UN", False),
        ("en", "THE ROLE OF THE UN IN THE FIGHT\n\nThe text follows here.", "UN", True),
        # a heading's letter or number and dash before it are no words of the heading
        ("fr", "A. AU SAHEL, LES ENGINS SONT LA PREMIÈRE MENACE\n\nLe texte suit.", "AU", False),
        ("fr", "I. — UN CADRE JURIDIQUE ET INDUSTRIEL\n\nLe texte suit.", "UN", False),
        ("en", "B. — THE UN AND THE AU IN THE SAHEL\n\nThe text follows.", "UN", True),
    ],
)
def test_a_function_word_in_a_capitals_heading_is_no_acronym(
    lang: str, text: str, acronym: str, is_actor: bool
) -> None:
    assert (acronym in _actors_by_surface(text, lang)) is is_actor


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        # the text calls the acronym a mission: the force named is the mission (§3)
        (
            "fr",
            "La Force internationale d'assistance à la sécurité (FIAS) dirigée par l'OTAN a "
            "formé des soldats. Après la fin de la mission de la FIAS, l'OTAN a continué.",
            ("FIAS", "Force internationale d'assistance à la sécurité"),
        ),
        (
            "en",
            "The International Security Assistance Force (ISAF) led by NATO trained soldiers. "
            "After the ISAF mission ended, NATO went on.",
            ("ISAF", "International Security Assistance Force"),
        ),
        # a programme, its acronym used again after the word
        (
            "fr",
            "Le programme pour la science au service de la paix et de la sécurité (SPS) aide "
            "les partenaires. Le programme SPS finance des projets.",
            ("SPS", "service de la paix et de la sécurité"),
        ),
        (
            "en",
            "The Defence Against Terrorism Programme of Work (DATPOW) helps. "
            "The DATPOW programme funds projects.",
            ("DATPOW", "Defence Against Terrorism Programme of Work"),
        ),
    ],
)
def test_an_acronym_the_text_calls_a_mission_names_no_body(
    lang: str, text: str, wrong: tuple[str, ...]
) -> None:
    found = _actors_by_surface(text, lang)
    assert not [s for s in found if s in wrong], sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # the same shape, the acronym used as a body's: still a body
        (
            "fr",
            "Le Service de renseignement de l'État (SRE) coopère. La mission du "
            "service est de prévenir ; le SRE informe le Gouvernement.",
            "Service de renseignement de l'État",
        ),
        (
            "en",
            "The Canadian Transportation Accident Investigation and Safety Board (CTAISB) "
            "reports. The CTAISB investigates accidents.",
            "Canadian Transportation Accident Investigation and Safety Board",
        ),
    ],
)
def test_an_acronym_used_as_a_bodys_is_kept(lang: str, text: str, surface: str) -> None:
    assert surface in _actors_by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a statute's signatures: an office, a comma, a name (same line or the next)
        (
            "fr",
            "Au nom du Conseil fédéral suisse:\n"
            "Le président de la Confédération, Ignazio Cassis\n"
            "Le chancelier de la Confédération, Walter Thurnherr\n",
            {"Ignazio Cassis", "Walter Thurnherr"},
        ),
        (
            "en",
            "Given under our hand.\n\nThe Minister of Justice,\nSam Tanson\n",
            {"Sam Tanson"},
        ),
        # names listed after a titled name
        (
            "fr",
            "Siégeaient : MM. Jacques MÉZARD, François PILLET et Michel PINAULT.",
            {"Jacques MÉZARD", "François PILLET", "Michel PINAULT"},
        ),
        (
            "en",
            "Ex-officio members: the Honourable Senators Peter Harder, P.C. (or Diane "
            "Bellemare) and Larry W. Smith (or Yonah Martin)",
            {"Peter Harder", "Diane Bellemare", "Larry W. Smith", "Yonah Martin"},
        ),
        # a bare comma after a name opens an office, not another name
        (
            "en",
            "Witnesses\n\nPolice – Assistant Commissioner James Malizia, Federal Policing "
            "Criminal Operations",
            {"James Malizia"},
        ),
        # a name in capitals after the office, closed by a full stop; two signatures
        # side by side under their offices; a title before the name in capitals
        (
            "fr",
            "Fait à Rabat, le 24 janvier 2026.\n\nPour contreseing :\n"
            "Le Chef du gouvernement,\nKARIM BENSLIMANE.\n",
            {"KARIM BENSLIMANE"},
        ),
        (
            "en",
            "Done at Brussels, 19 November 2025.\n\nFor the European Parliament For the "
            "Council\nThe President The President\nR. VALKONEN M. HANSEN\n",
            {"R. VALKONEN", "M. HANSEN"},
        ),
        (
            "en",
            "The Ordinance is hereby repealed.\n\nDR. ANIL KUMAR SHRIVASTAV, Secretary to "
            "the Govt. of India.\n",
            {"ANIL KUMAR SHRIVASTAV"},
        ),
        # names listed with their affiliations in brackets, bare commas between them
        (
            "en",
            "Contributors to this chapter: Dr. Priya Raghunathan (UNODC), Tomasz Wierzbicki "
            "(Egmont Group Secretariat), Aïcha Ndiaye Sarr (CENTIF, Senegal).",
            {"Priya Raghunathan", "Tomasz Wierzbicki", "Aïcha Ndiaye Sarr"},
        ),
        (
            "fr",
            "Ont contribué : M. Yannick Le Goff (DGA), Nadia Berrahou (SGDSN), Hervé "
            "Costa-Morin (ministère de la Santé).",
            {"Yannick Le Goff", "Nadia Berrahou", "Hervé Costa-Morin"},
        ),
    ],
)
def test_signatures_and_lists_of_names(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_surface"),
    [
        # "and" joins the capitalised words before an English head
        (
            "en",
            "The Portuguese Immigration and Borders Service shared its experience.",
            "Portuguese Immigration and Borders Service",
            "Borders Service",
        ),
        # a possessive names the owner, not a part of the name
        (
            "en",
            "Prosecutors work with UNITAD and Eurojust's Counter-Terrorism Team.",
            "Counter-Terrorism Team",
            "Eurojust's Counter-Terrorism Team",
        ),
        # a prosecutor's office is a body
        (
            "en",
            "In Belgium, the Federal Prosecutor's Office has filed charges.",
            "Federal Prosecutor's Office",
            "Prosecutor's Office",
        ),
        # a French name: its head opens it (the joiner "and" is English only)
        (
            "fr",
            "Le Service de renseignement de l'État (SRE) coopère avec la police.",
            "Service de renseignement de l'État",
            "SRE et",
        ),
    ],
)
def test_the_words_an_english_name_is_built_of(
    lang: str, text: str, surface: str, not_surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert not_surface not in found, sorted(found)
    assert found[surface][1:] == ("organ", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("fr", "De l'assentiment de la Chambre des Députés ;", "Chambre des Députés"),
        ("en", "The Chamber of Deputies adopted the law.", "Chamber of Deputies"),
    ],
)
def test_a_chamber_of_parliament_is_a_body(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a given name and a surname in running text, with no title before them
        (
            "fr",
            "Europol, sous la direction de Catherine De Bolle, approfondit les échanges.",
            "Catherine De Bolle",
        ),
        (
            "en",
            "The Directorate has been headed since November 2017 by Michèle Coninsx.",
            "Michèle Coninsx",
        ),
        # a signature after a long office with commas of its own
        (
            "fr",
            "Le ministre délégué auprès du ministre de la transition écologique, chargé des "
            "transports,\nPatrice Vergriete\n",
            "Patrice Vergriete",
        ),
        # initials and a surname in capitals on the line under an office: a signature
        ("en", "For the Council\nThe President\nJ. M. ALBARES BUENO\n", "J. M. ALBARES BUENO"),
        ("fr", "Pour le Conseil\nLe président\nJ.-Y. LE DRIAN\n", "J.-Y. LE DRIAN"),
    ],
)
def test_a_given_name_in_running_text_opens_a_persons_name(
    lang: str, text: str, surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found.get(surface, ("", "", True))[1:] == ("person", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a surname in capitals is written as a name; a regnal number stays
        (
            "fr",
            "Le ministre de l'intérieur,\nYOUSSEF EL HARRAK.\n",
            "YOUSSEF EL HARRAK",
            "Youssef El Harrak",
        ),
        (
            "fr",
            "Sceau de Sa Majesté Mohammed VI. Le dahir est promulgué.",
            "Mohammed VI",
            "Mohammed VI",
        ),
        (
            "en",
            "Foreword by the Rt Hon Joanna Pemberton-Hale MP, Security Minister.",
            "Joanna Pemberton-Hale",
            "Joanna Pemberton-Hale",
        ),
        (
            "en",
            "The handbook was reviewed by Claire DUVERNOY-KACI, 2 April 2026.",
            "Claire DUVERNOY-KACI",
            "Claire Duvernoy-Kaci",
        ),
    ],
)
def test_a_persons_name_without_its_titles_and_capitals(
    lang: str, text: str, surface: str, name: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "person"
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert {a.name for a in doc.actors if a.kind == "person"} == {name}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "same"),
    [
        # a hyphenated surname alone is the person first named in full
        (
            "en",
            "Ambassador Nkechi Okoro-Lindqvist of Denmark spoke. Ms. Okoro-Lindqvist said more.",
            "Okoro-Lindqvist",
            "Nkechi Okoro-Lindqvist",
        ),
        (
            "fr",
            "Mme Céline Artaud-Pereira a présenté le plan. Mme Artaud-Pereira a conclu.",
            "Artaud-Pereira",
            "Céline Artaud-Pereira",
        ),
    ],
)
def test_a_hyphenated_surname_alone(lang: str, text: str, surface: str, same: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == found[same][0]


@pytest.mark.parametrize(
    ("lang", "text", "gone"),
    [
        # an acronym spelt out as a treaty ending in a body's name is the treaty's
        (
            "en",
            "Denmark, under the Treaty on European Union (TEU) and the Treaty on the "
            "Functioning of the European Union (TFEU), is not bound. The TEU says so.",
            {"TEU", "TFEU"},
        ),
        (
            "fr",
            "Le Danemark, au titre du traité sur l'Union européenne (TUE) et du traité "
            "sur le fonctionnement de l'Union européenne (TFUE), n'est pas lié.",
            {"TUE", "TFUE"},
        ),
        # a known acronym the text spells out as something else means that thing
        (
            "en",
            "Staff complete the Action Counters Terrorism (ACT) e-learning. ACT is free.",
            {"ACT"},
        ),
        ("fr", "La Coupe d'Afrique des Nations (CAN) commence. La CAN dure un mois.", {"CAN"}),
    ],
)
def test_an_acronym_the_text_defines_as_something_else(
    lang: str, text: str, gone: set[str]
) -> None:
    assert not gone & set(_actors_by_surface(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "Staff at Allied Command Transformation (ACT) met. ACT agreed.", "ACT"),
        ("fr", "Le Conseil de l'Atlantique Nord (CAN) s'est réuni. Le CAN a décidé.", "CAN"),
    ],
)
def test_an_acronym_spelt_out_as_its_body_stays(lang: str, text: str, surface: str) -> None:
    assert surface in _actors_by_surface(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a court's bench and the parties' agents: names with one initial each, listed
        # with their roles between them, or alone after "by" / a label's colon
        (
            "en",
            "THE COURT,\n\ncomposed of M. Lindqvist-Aubert, President, E. Varnavides, "
            "Vice-President, J. Van Rijswick (Rapporteur), L. Dumitrescu and A. Koivisto, "
            "Judges,\n\nRegistrar: A. Kowalczyk, Administrator,\n\n– RW, by F. De Meulder, "
            "advocaat,",
            {
                "M. Lindqvist-Aubert",
                "E. Varnavides",
                "J. Van Rijswick",
                "L. Dumitrescu",
                "A. Koivisto",
                "A. Kowalczyk",
                "F. De Meulder",
            },
        ),
        (
            "fr",
            "LA COUR,\n\ncomposée de K. Lenaerts, président, T. von Danwitz et N. Piçarra, "
            "juges,\n\ngreffier : R. Şereş, administratrice,",
            {"K. Lenaerts", "T. von Danwitz", "N. Piçarra", "R. Şereş"},
        ),
        # "M." is a title in French: "M. Dupont" is Dupont, a surname with no given name
        # written with its form of address; a lettered heading is no name
        (
            "fr",
            "Ont été entendus M. Dupont et M. Martin.\n\nA. Introduction\n\nB. Contexte\n",
            {"M. Dupont", "M. Martin"},
        ),
        ("en", "A. Introduction\n\nB. Background\n\nThe U.S. Army and the U.S. Navy act.\n", set()),
    ],
)
def test_names_with_one_initial(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a signature: the office on one line, the name alone on the next, no comma
        (
            "fr",
            "Tunis, le 13 septembre 2024.\n\n        Le Président de la République\n"
            "             Slaheddine Ben Marzouk\n",
            {"Slaheddine Ben Marzouk"},
        ),
        (
            "en",
            "Done at Dublin.\n\n        The Minister for Justice\n        Helen McEntee\n",
            {"Helen McEntee"},
        ),
        # a signature the text marks as one ("[signature: ...]")
        (
            "en",
            "any other person.\n\n    [signature: Harold W. Ashcombe]\n",
            {"Harold W. Ashcombe"},
        ),
        ("fr", "toute autre personne.\n\n    [signature : Marie Lenoir]\n", {"Marie Lenoir"}),
        # the office's next line opens the text's body: no name
        ("fr", "Le Président de la République,\n\nVu la Constitution,\n", set()),
    ],
)
def test_a_name_signed_under_its_office(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a French name goes on through its lower-case adjectives
        (
            "fr",
            "en coordination avec le ministère des Affaires étrangères, le suivi",
            "ministère des Affaires étrangères",
        ),
        (
            "fr",
            "La Direction générale de la Sécurité intérieure coopère.",
            "Direction générale de la Sécurité intérieure",
        ),
        (
            "en",
            "in coordination with the Department of Foreign Affairs, the",
            "Department of Foreign Affairs",
        ),
    ],
)
def test_a_french_name_keeps_its_adjectives(lang: str, text: str, surface: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "organ", sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "acronym"),
    [
        # "Commission" alone is the African Union's in this text, but closing a longer
        # capitalised name it is that name's head: another body
        (
            "en",
            "The African Union Commission shall report. The Council requests the Commission "
            "to follow up and requests the Lake Kivu Basin Commission (LKBC) to report.",
            "Lake Kivu Basin Commission",
            "LKBC",
        ),
        (
            "fr",
            "La Commission de l'Union africaine fera rapport. Le Conseil demande à la "
            "Commission d'assurer le suivi et à la Haute Commission (HC) de faire rapport.",
            "Haute Commission",
            "HC",
        ),
    ],
)
def test_a_short_reference_closing_a_longer_name(
    lang: str, text: str, surface: str, acronym: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1:] == ("organ", False), sorted(found)
    assert found[acronym][0] == found[surface][0]
    assert found["Commission"][0] == "au-commission"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "actor_id"),
    [
        # a qualifier before a known name makes a state's own body of it
        (
            "en",
            "The strategy was approved by the National Security Council on 30 July.",
            "National Security Council",
            "unlinked:national-security-council",
        ),
        (
            "en",
            "The National Counter-Terrorism Committee met in Nairobi.",
            "National Counter-Terrorism Committee",
            "unlinked:national-counter-terrorism-committee",
        ),
        # without one, the known body stays
        ("en", "The Security Council met on 30 July.", "Security Council", "unsc"),
        ("fr", "Le Conseil de sécurité s'est réuni le 30 juillet.", "Conseil de sécurité", "unsc"),
    ],
)
def test_a_qualified_known_name_is_another_body(
    lang: str, text: str, surface: str, actor_id: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == actor_id, sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        # a state after a town and a comma (after a date too), a mission named after the
        # state it works in, a meeting planned there: places
        (
            "en",
            "The exercise is held annually in Vredepeel,\nthe Netherlands. Adopted on 9 October "
            "2023, Copenhagen, Denmark. Iraq thanked NATO Mission Iraq.",
            {"Iraq"},
        ),
        (
            "fr",
            "La session, prévue au Cambodge en 2026, suit celle du 9 octobre 2023, Copenhague, "
            "Danemark. Le Togo a accueilli la réunion.",
            {"Togo"},
        ),
        # states listed as actors stay actors
        ("en", "Benin, Togo and Ghana agreed to cooperate.", {"Benin", "Togo", "Ghana"}),
        # the place word again after "et"; a year, then "au": where something happened
        (
            "fr",
            "L'Agence pour la sécurité aérienne en Afrique et à Madagascar. En 2013, "
            "au Royaume-Uni, deux attaques. Le Mali a signé.",
            {"Mali"},
        ),
        (
            "en",
            "Drones were seen in Europe and in Russia. Two attacks in 2013 at Turkey's border. "
            "Iraq signed.",
            {"Iraq"},
        ),
        # ... and so do states listed after a state's own name that opens on a compass word
        (
            "en",
            "Albania, North Macedonia and Serbia received aid.",
            {"Albania", "North Macedonia", "Serbia"},
        ),
        (
            "fr",
            "La Serbie, la Macédoine du Nord et l'Albanie ont reçu une aide.",
            {"Serbie", "Macédoine du Nord", "Albanie"},
        ),
        # a state listed after a place and a place word: a place; after "to", a recipient
        (
            "en",
            "Donations collected in Europe and Russia went to NATO and Ukraine.",
            {"Ukraine"},
        ),
        (
            "fr",
            "Des fonds collectés en Europe et Russie sont allés à Frontex et Malte.",
            {"Malte"},
        ),
    ],
)
def test_a_state_after_a_town_or_in_a_missions_name_is_a_place(
    lang: str, text: str, states: set[str]
) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "state"} == states


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a form of address, then an office written as a title, then the name
        (
            "en",
            "Following a presentation by H.E. Commissioner Idrissa Ould Baba, Commissioner "
            "for Political Affairs, Peace and Security.",
            "Idrissa Ould Baba",
        ),
        (
            "fr",
            "Le Conseil a entendu S.E. Président Abdou Salam Diallo sur la situation.",
            "Abdou Salam Diallo",
        ),
    ],
)
def test_two_titles_before_a_name(lang: str, text: str, person: str) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == {person}


@pytest.mark.parametrize(
    ("lang", "text", "organisations"),
    [
        # law firms by their legal form; an association by its kind and quoted name
        (
            "fr",
            "Avocat(s) : SCP Garnier, Roussel ; SARL Cabinet Desmarais\n\nVu la requête "
            "de l'association « Bienfaisance Al-Nour International », représentée par son "
            "président.",
            {
                "SCP Garnier, Roussel",
                "SARL Cabinet Desmarais",
                "Bienfaisance Al-Nour International",
            },
        ),
        (
            "en",
            'The application was lodged by the company "Northbridge Logistics" and the '
            "charity “Hope Relief Fund”.",
            {"Northbridge Logistics", "Hope Relief Fund"},
        ),
        # a quotation after such a word that is no name: nothing
        ("en", 'The company said "we will comply" in its reply.', set()),
    ],
)
def test_firms_and_quoted_organisations(lang: str, text: str, organisations: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "organization"} == organisations


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a debate transcript names the member after the seat, the minister after the office
        (
            "en",
            "I congratulate the hon. Member for Truro and Falmouth (Alasdair Penhaligon) on "
            "securing this debate. The Minister for Security (Harriet Coldwell-Okafor) replied.",
            {"Alasdair Penhaligon", "Harriet Coldwell-Okafor"},
        ),
        (
            "fr",
            "Je remercie le député de la deuxième circonscription du Finistère (Julien Marrec) "
            "et le rapporteur de la commission (Claire Vautrin) de leurs travaux.",
            {"Julien Marrec", "Claire Vautrin"},
        ),
        # a speaker's line: the name, the seat and the party in brackets
        (
            "en",
            "Catriona MacLennan-Shaw (Aberdeen North) (SNP)\nI thank the hon. Gentleman.",
            {"Catriona MacLennan-Shaw"},
        ),
        (
            "fr",
            "Gaëlle Lenoir-Marsan (Haute-Garonne) (Écologiste)\nJe remercie le ministre.",
            {"Gaëlle Lenoir-Marsan"},
        ),
        # a knight's "Sir" is a form of address, not part of the name
        (
            "en",
            "Sir Graham Tolworth-Pryce (North Wiltshire) (Con)\nI agree.",
            {"Graham Tolworth-Pryce"},
        ),
    ],
)
def test_a_member_named_in_a_transcript(lang: str, text: str, persons: set[str]) -> None:
    found = {s for s, (_, kind, _) in _actors_by_surface(text, lang).items() if kind == "person"}
    assert found == persons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an acronym defined in brackets after an office is no person
        ("en", "The Minister warned of Islamic State Sahel Province (IS-Sahel) and its cells."),
        ("fr", "Le ministre a évoqué l'État islamique au Sahel (EI-Sahel) et ses cellules."),
        # a body's line with its acronym in brackets is no speaker
        ("en", "Counter Terrorism Policing (Headquarters)\nThe unit reported."),
        ("fr", "Direction Générale (Siège central)\nLe service a indiqué."),
    ],
)
def test_brackets_that_hold_no_member(lang: str, text: str) -> None:
    kinds = {s: kind for s, (_, kind, _) in _actors_by_surface(text, lang).items()}
    assert "person" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a surname before the person is named in full keeps its form of address; the
        # person's name is the full one
        (
            "en",
            "Thank you, Mrs Okonjo-Hartley. Later, Mrs Abimbola Okonjo-Hartley took the Chair.",
            "Mrs Okonjo-Hartley",
            "Abimbola Okonjo-Hartley",
        ),
        (
            "fr",
            "Merci, Mme Sabatier-Roux. Plus tard, Mme Hélène Sabatier-Roux a présidé.",
            "Mme Sabatier-Roux",
            "Hélène Sabatier-Roux",
        ),
    ],
)
def test_a_surname_before_the_full_name(lang: str, text: str, surface: str, name: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    names = {m.text: a.name for a in doc.actors for m in a.mentions}
    assert names.get(surface) == name, names


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a full name, then its surname in brackets: the short name used further on
        (
            "en",
            "Ehsanullah Wardak (Wardak), an Afghan national, procured drones. Later, Wardak "
            "used a front company.",
            {"Ehsanullah Wardak", "Wardak"},
        ),
        (
            "fr",
            "Firuza Nazarova-Beck (Nazarova-Beck) dirige la société. Nazarova-Beck a signé "
            "les contrats.",
            {"Firuza Nazarova-Beck", "Nazarova-Beck"},
        ),
        # a company's short name in brackets is no person's surname
        (
            "en",
            "Kabul Star Money Exchange (Kabul Star), a hawala business, moved the funds.",
            set(),
        ),
    ],
)
def test_a_name_and_its_short_name_in_brackets(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons
    ids = {found[s][0] for s in persons}
    assert len(ids) <= 1  # the surname alone is the person named in full


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # "M." before a given name opening a line is "Monsieur", no initial of the name
        (
            "fr",
            "M. Julien Marcellin-Roux attire l'attention du ministre sur les drones.",
            "Julien Marcellin-Roux",
        ),
        # an initial that is no form of address stays ("C. Richard Nelson")
        ("en", "C. Richard Nelson analyses the threat from drones.", "C. Richard Nelson"),
    ],
)
def test_a_form_of_address_opening_a_line(lang: str, text: str, person: str) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == {person}


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        (
            "Le Comité salue le rapport du Conseil de sécu-\nrité des Nations Unies sur la menace.",
            "Conseil de sécurité des Nations Unies",
            "unsc",
        ),
        (
            "The Committee welcomes the report of the Financial Action Task\nForce and the "
            "Organization for the Prohibition of Chemi-\ncal Weapons on the threat.",
            "Organization for the Prohibition of Chemical Weapons",
            "opcw",
        ),
    ],
)
def test_a_name_a_line_end_hyphenated_is_found_whole(
    text: str, surface: str, actor_id: str
) -> None:
    doc = parse_text(text)
    found = {(m.text, a.id) for a in doc.actors for m in a.mentions}
    assert (surface, actor_id) in found
