"""The title in the heads of acts, reports and judgments (ctdocs.structure._title,
_titlelines; guidelines §5 and §6): designations, covers, gazettes, heading blocks, and
lines that are no title (captions, list items).

French and English rows side by side, expected values read off the text by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs._vocab import Language


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # an act's notice sums it up under "Objet :" / "Subject:": the act's title stands
        (
            "fr",
            "Décret n° 2024-251 du 25 mars 2024 relatif à la détection et à la neutralisation "
            "des aéronefs circulant sans personne à bord\n\nJORF n°0072 du 26 mars 2024\n\n"
            "Publics concernés : opérateurs.\nObjet : modalités de mise en œuvre des dispositifs "
            "de lutte anti-drones lors des grands événements\n\nArticle 1\n\nLe présent décret "
            "s'applique aux grands événements.\n",
            "Décret n° 2024-251 du 25 mars 2024 relatif à la détection et à la neutralisation "
            "des aéronefs circulant sans personne à bord",
        ),
        (
            "en",
            "Decree No 2024-251 of 25 March 2024 on the detection and neutralisation of "
            "aircraft flying without a person on board\n\nGazette No 72 of 26 March 2024\n\n"
            "Persons concerned: operators.\nSubject: arrangements for counter-drone systems at "
            "major events\n\nArticle 1\n\nThis decree applies to major events.\n",
            "Decree No 2024-251 of 25 March 2024 on the detection and neutralisation of "
            "aircraft flying without a person on board",
        ),
    ],
)
def test_an_acts_title_over_its_notice(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a parliamentary report's cover: the kind, then clauses that each open with a
        # function word, down to who presents it
        (
            "fr",
            "N° 1847\n______\nASSEMBLÉE NATIONALE\nCONSTITUTION DU 4 OCTOBRE 1958\n"
            "DIX-SEPTIÈME LÉGISLATURE\nEnregistré à la Présidence de l'Assemblée nationale le 22 "
            "octobre 2026.\n\nRAPPORT D'INFORMATION\n\nDÉPOSÉ\n\nen application de l'article 145 "
            "du Règlement\n\nPAR LA COMMISSION DE LA DÉFENSE NATIONALE ET DES FORCES ARMÉES\n\n"
            "en conclusion des travaux d'une mission d'information\nsur la menace terroriste "
            "nucléaire, radiologique, biologique et chimique\n\nET PRÉSENTÉ PAR\n\nMme Claire "
            "DUVERNOY et M. Antoine LESCURE,\nDéputés\n\nLa mission d'information a entendu une "
            "cinquantaine de personnes au cours de ses travaux, de janvier à septembre.\n",
            "RAPPORT D'INFORMATION DÉPOSÉ en application de l'article 145 du Règlement PAR LA "
            "COMMISSION DE LA DÉFENSE NATIONALE ET DES FORCES ARMÉES en conclusion des travaux "
            "d'une mission d'information sur la menace terroriste nucléaire, radiologique, "
            "biologique et chimique",
        ),
        (
            "en",
            "HC 1847\n______\nHOUSE OF COMMONS\nSESSION 2026-27\n\nINFORMATION REPORT\n\n"
            "SUBMITTED\n\npursuant to Standing Order No. 145\n\nBY THE DEFENCE COMMITTEE\n\n"
            "at the close of an inquiry\ninto the preparedness of the State for nuclear, "
            "radiological, biological and chemical terrorism\n\nAND PRESENTED BY\n\nClaire "
            "Duvernoy MP and Antoine Lescure MP\n\nThe inquiry heard some fifty witnesses in the "
            "course of its work, from January to September.\n",
            "INFORMATION REPORT SUBMITTED pursuant to Standing Order No. 145 BY THE DEFENCE "
            "COMMITTEE at the close of an inquiry into the preparedness of the State for nuclear, "
            "radiological, biological and chemical terrorism",
        ),
    ],
)
def test_a_report_cover_title_runs_to_its_presenters(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a gazette prints an act's full title, opening with its kind and number, with a
        # closing period: a title under the gazette's running head, not a sentence
        (
            "fr",
            "N° 7482 – 21 chaabane 1447 (9-2-2026) BULLETIN OFFICIEL 317\n\nTEXTES GÉNÉRAUX\n\n"
            "Dahir n° 1-26-08 du 5 chaabane 1447 (24 janvier 2026) portant promulgation de la "
            "loi n° 38-25 modifiant le code pénal en matière de financement du terrorisme.\n\n"
            "LOUANGE À DIEU SEUL !\n\nQue l'on sache par les présentes – puisse Dieu en élever "
            "et en fortifier la teneur !\n\nVu la Constitution, notamment ses articles 42 et 50,"
            "\n\nA DÉCIDÉ CE QUI SUIT :\n\nEst promulguée et sera publiée au Bulletin officiel, "
            "à la suite du présent dahir, la loi n° 38-25 modifiant le code pénal.\n",
            "Dahir n° 1-26-08 du 5 chaabane 1447 (24 janvier 2026) portant promulgation de la "
            "loi n° 38-25 modifiant le code pénal en matière de financement du terrorisme",
        ),
        (
            "en",
            "No. 41] OFFICIAL GAZETTE OF THE REPUBLIC 317\n\nGENERAL TEXTS\n\nOrder No. 19 of "
            "2026 of 24 January 2026 promulgating Law No. 38-25 amending the Penal Code as "
            "regards the financing of terrorism.\n\nPRAISE BE TO GOD ALONE!\n\nBe it known by "
            "these presents that Our Majesty,\n\nHaving regard to the Constitution, in "
            "particular Articles 42 and 50,\n\nHAS DECIDED AS FOLLOWS:\n\nLaw No. 38-25 "
            "amending the Penal Code shall be promulgated and published in the Official Gazette "
            "following this order.\n",
            "Order No. 19 of 2026 of 24 January 2026 promulgating Law No. 38-25 amending the "
            "Penal Code as regards the financing of terrorism",
        ),
        # a kind with a word that qualifies it, the period after a note call
        (
            "fr",
            "Page 12 Journal Officiel — 3 mars 2026 N° 20\n\nLOIS\n\nLoi organique n° 2026-12 "
            "du 2 mars 2026, modifiant la loi organique n° 2015-26 relative à la lutte contre le "
            "terrorisme (1).\n\nAu nom du peuple,\n\nArticle premier - Sont abrogées les "
            "dispositions de l'article 13.\n",
            "Loi organique n° 2026-12 du 2 mars 2026, modifiant la loi organique n° 2015-26 "
            "relative à la lutte contre le terrorisme",
        ),
        (
            "en",
            "Page 12 Official Gazette — 3 March 2026 No. 20\n\nLAWS\n\nLaw Decree No. 12/2026 "
            "of 2 March 2026, amending Law No. 15/2015 on combating terrorism (1).\n\nIn the "
            "name of the people,\n\nArticle 1 - The provisions of Article 13 are repealed.\n",
            "Law Decree No. 12/2026 of 2 March 2026, amending Law No. 15/2015 on combating "
            "terrorism",
        ),
        # a sentence that opens with an act's kind but no number stays a sentence
        (
            "fr",
            "BULLETIN OFFICIEL\n\nTEXTES GÉNÉRAUX\n\nLoi relative à la sécurité intérieure\n\n"
            "Loi publiée au Bulletin officiel à la suite du présent dahir.\n",
            "Loi relative à la sécurité intérieure",
        ),
        (
            "en",
            "OFFICIAL GAZETTE\n\nGENERAL TEXTS\n\nLaw on internal security\n\n"
            "Law published in the Official Gazette following this order.\n",
            "Law on internal security",
        ),
    ],
)
def test_a_gazettes_act_title_may_close_with_a_period(
    lang: Language, text: str, title: str
) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # the kind alone above the adoption line is the heading printed as the title, not
        # the meeting's header above it
        (
            "en",
            "PEACE AND SECURITY COUNCIL 1300TH MEETING 4 MARCH 2026 ADDIS ABABA, ETHIOPIA\n\n"
            "PSC/PR/COMM.1300 (2026)\n\nCOMMUNIQUÉ\n\nAdopted by the Peace and Security "
            "Council of the African Union at its 1300th meeting held on 4 March 2026, on "
            "terrorism.\n\nThe Peace and Security Council,\n\n1. Condemns all attacks.\n",
            "COMMUNIQUÉ",
        ),
        (
            "fr",
            "CONSEIL DE PAIX ET DE SÉCURITÉ 1300E RÉUNION 4 MARS 2026 ADDIS-ABEBA, ÉTHIOPIE\n\n"
            "PSC/PR/COMM.1300 (2026)\n\nCOMMUNIQUÉ\n\nAdopté par le Conseil de paix et de "
            "sécurité de l'Union africaine lors de sa 1300e réunion tenue le 4 mars 2026, sur le "
            "terrorisme.\n\nLe Conseil de paix et de sécurité,\n\n1. Condamne toutes les "
            "attaques.\n",
            "COMMUNIQUÉ",
        ),
    ],
)
def test_the_kind_alone_above_the_adoption_line(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # an act's designation (kind, number, date) over a title of its own in title case,
        # its last word wrapped to a line of its own
        (
            "en",
            "Presidential Documents\n\nExecutive Order 14300 of March 3, 2026\n\n"
            "Securing Stadiums and Mass Gatherings Against Unmanned Aircraft and Explosive\n"
            "Threats\n\nBy the authority vested in me as President, it is hereby ordered:\n\n"
            "Section 1. Purpose. Drones threaten mass gatherings.\n",
            "Securing Stadiums and Mass Gatherings Against Unmanned Aircraft and Explosive Threats",
        ),
        # a decision's designation over the act it rules on stays the title
        (
            "fr",
            "Décision n° 2026-900 DC du 3 mars 2026\n\nLoi relative à la prévention d'actes de "
            "terrorisme\n\nNon conformité partielle\n\nLE CONSEIL CONSTITUTIONNEL A ÉTÉ SAISI "
            "de la loi relative à la prévention d'actes de terrorisme.\n",
            "Décision n° 2026-900 DC du 3 mars 2026",
        ),
        # a sentence below the designation is no title
        (
            "en",
            "Executive Order 14300 of March 3, 2026\n\nBy the authority vested in me as "
            "President, it is hereby ordered as follows:\n\nSection 1. Purpose. Drones threaten "
            "mass gatherings.\n",
            "Executive Order 14300 of March 3, 2026",
        ),
    ],
)
def test_a_title_under_an_acts_designation(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a title wrapped inside its brackets: the line that closes them is no title of its own
        (
            "en",
            "STATUTORY INSTRUMENTS\n\n2025 No. 1184\n\nTERRORISM\n\nThe Counter-Terrorism "
            "(Unmanned Aircraft Restriction\nZones) Regulations 2025\n\n"
            "Made - - - - 4th November 2025\n"
            "Laid before Parliament 6th November 2025\n\nThe Secretary of State makes these "
            "Regulations in exercise of the powers conferred by section 9 of the Act.\n",
            "The Counter-Terrorism (Unmanned Aircraft Restriction Zones) Regulations 2025",
        ),
        (
            "fr",
            "TEXTES RÉGLEMENTAIRES\n\n2025 n° 1184\n\nTERRORISME\n\nArrêté relatif aux zones "
            "d'interdiction (aéronefs sans\npersonne à bord) autour des sites sensibles\n\n"
            "Fait à Paris, le 4 novembre 2025\n\nLe ministre de l'Intérieur arrête ce qui suit, "
            "en application de l'article 9 de la loi du 3 mars 2025.\n",
            "Arrêté relatif aux zones d'interdiction (aéronefs sans personne à bord) autour des "
            "sites sensibles",
        ),
        # a heading carried on by a line that opens in lower case with a function word
        (
            "en",
            "Home > News > Transcripts\n\nPress conference\n\nby the Assistant Secretary General "
            "for Innovation, Dr Henrik Aas, on the updated Action Plan\n\n- 19 Nov. 2025 -\n\n"
            "MODERATOR: Good afternoon, and welcome to the press conference at the headquarters.\n",
            "Press conference by the Assistant Secretary General for Innovation, Dr Henrik Aas, on "
            "the updated Action Plan",
        ),
        (
            "fr",
            "Accueil > Actualités > Transcriptions\n\nConférence de presse\n\ndu secrétaire "
            "général adjoint pour l'innovation, M. Henrik Aas, sur le plan d'action actualisé\n\n"
            "- 19 nov. 2025 -\n\nMODÉRATRICE : Bonjour et bienvenue à cette conférence de presse "
            "au siège.\n",
            "Conférence de presse du secrétaire général adjoint pour l'innovation, M. Henrik Aas, "
            "sur le plan d'action actualisé",
        ),
        # a judgment's keyword line (parts between bullets) is no title; the case's name is
        (
            "fr",
            "TROISIÈME SECTION\n\nAFFAIRE DRAGAN ET AUTRES c. BELGIQUE\n\n(Requête no 41822/22)\n\n"
            "ARRÊT\n\nArt 8 • Vie privée • Conservation pendant dix ans de données relatives aux "
            "requérants • Absence de garanties suffisantes quant à la durée de conservation\n\n"
            "STRASBOURG\n\n14 janvier 2025\n",
            "AFFAIRE DRAGAN ET AUTRES c. BELGIQUE",
        ),
        (
            "en",
            "THIRD SECTION\n\nCASE OF DRAGAN AND OTHERS v. BELGIUM\n\n"
            "(Application no. 41822/22)\n\n"
            "JUDGMENT\n\nArt 8 • Private life • Retention for ten years of data concerning the "
            "applicants • Lack of sufficient safeguards as to the length of retention\n\n"
            "STRASBOURG\n\n14 January 2025\n",
            "CASE OF DRAGAN AND OTHERS v. BELGIUM",
        ),
        # a resolution's number opening its title line, below the adoption line: the title, not
        # the agenda item's name
        (
            "fr",
            "Nations Unies A/HRC/RES/58/14\nAssemblée générale Distr. générale\n9 avril 2025\n\n"
            "Conseil des droits de l'homme\nCinquante-huitième session\n"
            "Point 3 de l'ordre du jour\n"
            "Promotion et protection de tous les droits de l'homme, civils, politiques, "
            "économiques, sociaux et culturels, y compris le droit au développement\n\n"
            "Résolution adoptée par le Conseil des droits de l'homme le 3 avril 2025\n\n"
            "58/14. Protection des droits de l'homme dans la lutte antiterroriste\n\n"
            "Le Conseil des droits de l'homme,\n",
            "Protection des droits de l'homme dans la lutte antiterroriste",
        ),
        (
            "en",
            "United Nations A/HRC/RES/58/14\nGeneral Assembly Distr.: General\n9 April 2025\n\n"
            "Human Rights Council\nFifty-eighth session\nAgenda item 3\n"
            "Promotion and protection of all human rights, civil, political, economic, social and "
            "cultural rights, including the right to development\n\n"
            "Resolution adopted by the Human Rights Council on 3 April 2025\n\n"
            "58/14. Protection of human rights while countering terrorism\n\n"
            "The Human Rights Council,\n",
            "Protection of human rights while countering terrorism",
        ),
    ],
)
def test_titles_by_their_heading_block(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a formula in capitals over a judgment's heading: the heading alone is the title
        (
            "fr",
            "RÉPUBLIQUE FRANÇAISE\n\nAU NOM DU PEUPLE FRANÇAIS\n\n"
            "JUGEMENT DU TRIBUNAL ADMINISTRATIF DE LYON, QUATRIÈME CHAMBRE, DU 3 MARS 2026\n\n"
            "Le tribunal a été saisi d'une requête enregistrée le 4 janvier 2026 par laquelle "
            "l'association demande l'annulation de l'arrêté préfectoral.\n",
            "JUGEMENT DU TRIBUNAL ADMINISTRATIF DE LYON, QUATRIÈME CHAMBRE, DU 3 MARS 2026",
        ),
        (
            "en",
            "REPUBLIC OF KENYA\n\nIN THE NAME OF THE PEOPLE\n\n"
            "JUDGMENT OF THE COURT OF APPEAL, CRIMINAL DIVISION, OF 3 MARCH 2026\n\n"
            "The appellant was convicted on 4 January 2026 of preparing acts of terrorism and "
            "appeals against his conviction.\n",
            "JUDGMENT OF THE COURT OF APPEAL, CRIMINAL DIVISION, OF 3 MARCH 2026",
        ),
        # a chapter published as a page of its own: its level-1 heading is the page's title
        (
            "en",
            "# Chapter 4 – Listing of the Northern Sahel Network as a terrorist organisation\n\n"
            "## Background\n\n4.1 The Minister wrote to the Committee on 3 March 2026 about the "
            "listing of the organisation.\n",
            "Chapter 4 – Listing of the Northern Sahel Network as a terrorist organisation",
        ),
        (
            "fr",
            "# Chapitre 4 – L'inscription du réseau du Sahel nord sur la liste des organisations "
            "terroristes\n\n## Contexte\n\n4.1 Le ministre a écrit à la commission le 3 mars 2026 "
            "au sujet de l'inscription de l'organisation.\n",
            "Chapitre 4 – L'inscription du réseau du Sahel nord sur la liste des organisations "
            "terroristes",
        ),
    ],
)
def test_judgment_headings_and_chapter_pages(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # a photo's caption (a sentence ends inside the line, a credit follows) is no title:
        # the heading above it stands
        (
            "fr",
            "Opérations\n\nDes douaniers contrôlent un camion au poste frontière de Kantchari. "
            "Photo : OMD, mars 2026\n\nUne opération conjointe a permis la saisie de détonateurs "
            "dans trois pays de la région au cours du mois de mars.\n",
            "Opérations",
        ),
        (
            "en",
            "Operations\n\nCustoms officers inspect a lorry at the Kantchari border post. "
            "Photo: WCO, March 2026\n\nA joint operation led to the seizure of detonators in "
            "three countries of the region during March.\n",
            "Operations",
        ),
        # a statute's citation after its title, by annual volume and chapter, is not part of it
        (
            "fr",
            "Loi sur la sécurité des stades (L.C. 2025, ch. 12)\n\nSanctionnée le 2025-06-20\n",
            "Loi sur la sécurité des stades",
        ),
        (
            "en",
            "Stadium and Arena Security Act (S.C. 2025, c. 12)\n\nAssented to 2025-06-20\n",
            "Stadium and Arena Security Act",
        ),
    ],
)
def test_captions_and_statute_citations(lang: Language, text: str, title: str | None) -> None:
    assert parse_text(text, language=lang).title == title


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        # the entries of an "In this section" list are links, not the page's title
        (
            "en",
            "An official website of the Republic of Ruritania\n\n"
            "Annual Reports on Security 2025\n\n"
            "In this section\n\n- Legislation, Law Enforcement, and Border Security\n\n"
            "- Countering the Financing of Terrorism\n\nThe government continued its efforts "
            "against terrorism throughout the year and adopted a new law.\n",
            "Annual Reports on Security 2025",
        ),
        (
            "fr",
            "Un site officiel de la République de Ruritanie\n\n"
            "Rapports annuels sur la sécurité 2025\n\n"
            "Dans cette rubrique\n\n- Législation, application de la loi et sécurité des "
            "frontières\n\n- Lutte contre le financement du terrorisme\n\nLe gouvernement a "
            "poursuivi ses efforts contre le terrorisme tout au long de l'année et a adopté "
            "une loi.\n",
            "Rapports annuels sur la sécurité 2025",
        ),
    ],
)
def test_list_items_are_no_titles(lang: Language, text: str, title: str) -> None:
    assert parse_text(text, language=lang).title == title
