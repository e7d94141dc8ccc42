"""States as places and as actors (ctdocs.extract._places, _state_refs): a state named as
a place is no actor, a state acts through its government, and a government is found by
its state's name.
"""

from __future__ import annotations

import pytest

from ._actorsurfaces import _actors_by_surface


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
