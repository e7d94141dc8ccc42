"""The document's own symbol (ctdocs.extract._docsymbol; guidelines §6): the shapes a
symbol takes, the classes of number that are none, and how candidates rank.

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the document's own language first: a French page printing the English symbol too
        (
            "fr",
            "Council Common Position (2001/931/CFSP)\n\nPosition commune (2001/931/PESC)\n",
            "2001/931/PESC",
        ),
        (
            "en",
            "Position commune (2001/931/PESC)\n\nCouncil Common Position (2001/931/CFSP)\n",
            "2001/931/CFSP",
        ),
        # an act cited in running text is not the document's number
        ("fr", "Le résumé porte sur le règlement (CE) n° 2580/2001 concernant des mesures.", None),
        ("en", "This summary covers Regulation (EC) No 2580/2001 on restrictive measures.", None),
        # a UN press release's number
        ("fr", "Communiqué de presse CS/2186 |\nConseil de sécurité\n", "CS/2186"),
        ("en", "SC/8438\n8 July 2005\nSecurity Council\n", "SC/8438"),
        # an OSCE symbol split by a line break is printed as one
        (
            "en",
            "MC.\nDOC/4/15\nOrganization for Security and Co-operation in Europe\n",
            "MC.DOC/4/15",
        ),
        ("fr", "MC.DOC/4/15/Corr.1 1\n4 December 2015\n", "MC.DOC/4/15/Corr.1"),
        # a parliamentary or gazette number alone at a line's start; one after a word is not
        ("fr", "N° 348\nSÉNAT\nSESSION ORDINAIRE DE 2020-2021\n", "N° 348"),
        ("fr", "JOURNAL OFFICIEL\nMÉMORIAL A N° 157 du 27 mars 2023\n", "N° 157"),
        ("fr", "RÉSOLUTION N° 5\nAG-2019-88-RES-05\n", "AG-2019-88-RES-05"),
        ("en", "Resolution No 5\nAG-2019-88-RES-05\n", "AG-2019-88-RES-05"),
        # Committee of Ministers, Conseil constitutionnel, Federal Register of Legislation
        ("en", "Recommendation CM/Rec(2018)6\nof the Committee of Ministers\n", "CM/Rec(2018)6"),
        ("fr", "Recommandation CM/Rec(2018)6\ndu Comité des Ministres\n", "CM/Rec(2018)6"),
        ("fr", "Décision n° 2021-822 DC du 30 juillet 2021\n", "2021-822 DC"),
        ("en", "Decision no. 2021-822 DC of 30 July 2021\n", None),
        ("en", "Authorised Version C2023C00295 registered 04/10/2023\n", "C2023C00295"),
        # a Swiss RS number alone above the title (French pages only)
        ("fr", "120.52\nOrdonnance\nsur les mesures policières\n", "120.52"),
        # a UN document's symbol alone on its line; one cited in a sentence is another's
        ("en", "United Nations A/72/840\nGeneral Assembly Distr.: General\n", "A/72/840"),
        ("fr", "Nations Unies S/2003/82\nConseil de sécurité\n", "S/2003/82"),
        ("en", "The Council recalls its report S/2003/82 of last year.\n", None),
        ("fr", "Le Conseil rappelle le rapport S/2003/82 de l'an dernier.\n", None),
        # an EU foreign-policy act by its title
        (
            "en",
            "Council Decision (CFSP) 2023/2104 of 29 September 2023\n",
            "Decision (CFSP) 2023/2104",
        ),
        (
            "fr",
            "Décision (PESC) 2023/2104 du Conseil du 29 septembre 2023\n",
            "Décision (PESC) 2023/2104",
        ),
        # NATO: a ministerial communiqué and an allied publication
        ("en", "M-NAC-2(96)165\nFinal Communiqué\n", "M-NAC-2(96)165"),
        ("fr", "M-NAC-2(96)165\nCommuniqué final\n", "M-NAC-2(96)165"),
        ("en", "NATO STANDARD\nAJP-3.15\nALLIED JOINT DOCTRINE\n", "AJP-3.15"),
        ("fr", "NORME OTAN\nAJP-3.15\nDOCTRINE INTERALLIÉE\n", "AJP-3.15"),
        # Council of Europe treaty series, English and French abbreviations
        ("en", "Council of Europe Treaty Series - No. 196\nCETS No. 196\n", "CETS No. 196"),
        ("fr", "Série des traités du Conseil de l'Europe\nSTCE n° 231\n", "STCE n° 231"),
        # French acts: a décret's number on its title line, a circular's NOR
        ("fr", "Décret n° 2024-251 du 25 mars 2024 relatif à la sécurité\n", "2024-251"),
        ("fr", "Paris, le 28 juin 2019\nNOR : INTD1918432J\n", "INTD1918432J"),
        ("fr", "Réf. :\n– Loi n° 2016-1428 du 24 octobre 2016\n", None),
        # a Belgian Moniteur number, a New Zealand act, a United States Code section
        ("fr", "Publication : 28-03-2019\nNUMAC : 2019011412\n", "2019011412"),
        (
            "en",
            "Terrorism Suppression Amendment Act 2022\nPublic Act 2022 No 31\n",
            "Public Act 2022 No 31",
        ),
        ("en", "18 U.S. Code § 2339B - Providing material support\n", "18 U.S. Code § 2339B"),
        # UN documents by organ letter (not one cited in parentheses)
        ("en", "United Nations          A/72/840\nGeneral Assembly\n", "A/72/840"),
        ("fr", "Nations Unies          S/2018/770\nConseil de sécurité\n", "S/2018/770"),
        ("en", "The report of the Secretary-General (A/72/840) describes them.\n", None),
        ("fr", "Le rapport du Secrétaire général (S/2018/770) les décrit.\n", None),
        # EU acts numbered since 2015 heading a line; cited in running text they are not
        (
            "en",
            "Council Decision (CFSP) 2019/2110 of 9 December 2019 in support of UNOCT\n",
            "Decision (CFSP) 2019/2110",
        ),
        (
            "fr",
            "RÈGLEMENT (UE) 2021/784 DU PARLEMENT EUROPÉEN ET DU CONSEIL\n",
            "Règlement (UE) 2021/784",
        ),
        # the Official Journal's capitals are typography: the act is cited in sentence case
        (
            "en",
            "DIRECTIVE (EU) 2025/2214 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n",
            "Directive (EU) 2025/2214",
        ),
        (
            "fr",
            "Règlement délégué (UE) 2026/12 de la Commission du 5 janvier 2026\n",
            "Règlement délégué (UE) 2026/12",
        ),
        ("en", "This summary covers Regulation (EU) 2021/784 on terrorist content.\n", None),
        ("fr", "Ce résumé porte sur le règlement (UE) 2021/784 relatif aux contenus.\n", None),
        # NATO: a ministerial communiqué, an Allied publication alone on its line
        ("en", "Press Communiqué M-NAC-1(96)63\n3 June 1996\n", "M-NAC-1(96)63"),
        ("fr", "Communiqué de presse M-NAC-1(96)63\n3 juin 1996\n", "M-NAC-1(96)63"),
        ("en", "NATO STANDARD\n\nAJP-3.15\n\nALLIED JOINT DOCTRINE\n", "AJP-3.15"),
        ("fr", "NORME OTAN\n\nAJP-3.15\n\nDOCTRINE INTERALLIÉE\n", "AJP-3.15"),
        # French acts: the number heading the title line, cited as a number (like the
        # Conseil constitutionnel's "2021-822 DC"), else the NOR; a "vu" is not one
        (
            "fr",
            "Décret n° 2015-1842 du 30 décembre 2015 relatif à la protection\nNOR : INTD1529786D\n",
            "2015-1842",
        ),
        ("fr", "Circulaire du 28 juin 2019\nNOR : INTD1918432J\n", "INTD1918432J"),
        ("fr", "Vu le décret n° 2010-1123 du 23 septembre 2010 ;\n", None),
        # African Union PSC, United States Code, a UK Act's chapter
        ("en", "PSC/PR/COMM.(DCCLXXVI)\nCOMMUNIQUÉ\n", "PSC/PR/COMM.(DCCLXXVI)"),
        ("fr", "PSC/PR/COMM.(DCCLXXVI)\nCOMMUNIQUÉ\n", "PSC/PR/COMM.(DCCLXXVI)"),
        ("en", "18 U.S. Code § 2339B - Providing material support\n", "18 U.S. Code § 2339B"),
        ("en", "Counter-Terrorism and Border Security Act 2019 (c. 3)\n", "c. 3"),
    ],
)
def test_symbol_shapes(lang: str, text: str, symbol: str | None) -> None:
    found = own_symbol(text, lang)
    assert found == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an act's number heading its title line; a dahir heads the law it promulgates
        (
            "fr",
            "N° 7482 – 21 chaabane 1447 (9-2-2026) BULLETIN OFFICIEL 317\n\nTEXTES GÉNÉRAUX\n\n"
            "Dahir n° 1-26-08 du 5 chaabane 1447 (24 janvier 2026) portant promulgation de la "
            "loi n° 38-25 modifiant le code pénal\n\nLoi n° 38-25\nmodifiant le code pénal\n",
            "1-26-08",
        ),
        ("fr", "LOI n° 2021-998 du 30 juillet 2021 relative à la prévention\n", "2021-998"),
        # the common-law act number alone under the short title, not one cited in a sentence
        (
            "en",
            "THE UNLAWFUL ACTIVITIES (PREVENTION) AMENDMENT ACT, 2026\n\nNO. 19 OF 2026\n\n"
            "[6th August 2026.]\n",
            "NO. 19 OF 2026",
        ),
        (
            "en",
            "THE PREVENTION OF TERRORISM ACT, 2012\n\nAct No. 30 of 2012\n",
            "Act No. 30 of 2012",
        ),
        ("en", "This Act amends the principal Act, as amended by Act No. 30 of 2012.\n", None),
        # a regional organisation's decision number ending a head line, alone or after the
        # left-hand column; never one cited in brackets in the preamble
        (
            "en",
            "INTER-AMERICAN COMMITTEE AGAINST TERRORISM (CICTE)\n\nTWENTY-SIXTH REGULAR SESSION "
            "OEA/Ser.L/X.2.26\nMarch 12-13, 2026 CICTE/DEC. 1/26\nWashington, D.C. 13 March 2026\n",
            "CICTE/DEC. 1/26",
        ),
        (
            "fr",
            "COMMUNAUTÉ ÉCONOMIQUE DES ÉTATS DE L'AFRIQUE DE L'OUEST\n\nECW/CEG.69/DEC.2/12/25\n\n"
            "SOIXANTE-NEUVIÈME SESSION ORDINAIRE\n\nAbuja, 14 décembre 2025\n",
            "ECW/CEG.69/DEC.2/12/25",
        ),
        (
            "en",
            "REAFFIRMING the Declaration of San Salvador [CICTE/DEC. 1/04 rev. 3], and the "
            "Declaration on Critical Infrastructure [CICTE/DEC. 1/15];\n",
            None,
        ),
        (
            "fr",
            "RAPPELANT la décision (ECW/CEG.60/DEC.1/12/21) relative à la force en attente ;\n",
            None,
        ),
        # a head without a number: the line offering the full text gives it, after a dash
        (
            "fr",
            "Communiqué de presse\n12 juin 2026\n\nLe Conseil a approuvé des conclusions.\n\n"
            "Télécharger la version intégrale (PDF, 212 Ko) — 10473/26\n",
            "10473/26",
        ),
        (
            "en",
            "Press release\n12 June 2026\n\nThe Council approved conclusions.\n\n"
            "Download the full text (PDF, 212 KB) — 10473/26\n",
            "10473/26",
        ),
        ("en", "Press release\n12 June 2026\n\nDownload the annual report 2025 (PDF)\n", None),
        ("fr", "Communiqué\n12 juin 2026\n\nTélécharger le rapport annuel 2025 (PDF)\n", None),
        # a kind word and the number of its series opening a head line
        (
            "en",
            "Presidential Documents\nExecutive Order 14300 of March 3, 2026\n"
            "Securing Stadiums Against Drone Threats\n",
            "Executive Order 14300",
        ),
        (
            "fr",
            "ASSEMBLÉE PARLEMENTAIRE\nRÉSOLUTION 512\nLA LUTTE CONTRE LE TERRORISME\n",
            "RÉSOLUTION 512",
        ),
        ("fr", "Commission consultative\nAvis n° 2026-4 du 12 mars 2026\n", "Avis n° 2026-4"),
        # ... but not an item of a numbered series deep in the head, nor before a specific code
        ("en", "Report\n" + "Summary line.\n" * 14 + "RECOMMENDATION 1\n", None),
        (
            "fr",
            "ASSEMBLÉE GÉNÉRALE\nRÉSOLUTION N° 7\nAG-2026-93-RES-07\nObjet : terrorisme\n",
            "AG-2026-93-RES-07",
        ),
        # a parliamentary act's number in words: Number 12 of 2026
        ("en", "Number 12 of 2026\nCRIMINAL JUSTICE (DRONES) ACT 2026\n", "Number 12 of 2026"),
        ("fr", "Loi organique n° 2026-12 du 3 mars 2026 relative au terrorisme\n", "2026-12"),
        # a case number after its cue; a statute by volume and chapter
        ("en", "JUDGMENT OF THE COURT\n4 June 2026\nIn Case C\u2011101/25,\n", "C\u2011101/25"),
        ("fr", "ARRÊT DE LA COUR\n4 juin 2026\nDans l'affaire C-101/25,\n", "C-101/25"),
        (
            "en",
            "Drone Security Act (S.C. 2025, c. 12)\nAssented to 2025-06-20\n",
            "S.C. 2025, c. 12",
        ),
        (
            "fr",
            "Loi sur les drones (L.C. 2025, ch. 12)\nSanctionnée le 2025-06-20\n",
            "L.C. 2025, ch. 12",
        ),
        # a secretariat's slash code alone on its line; one cited in brackets is another's
        (
            "fr",
            "CMF/XX/2026/Décl.\nOriginal : français\nDÉCLARATION DE DAKAR\n",
            "CMF/XX/2026/Décl.",
        ),
        (
            "en",
            "PEACE AND SECURITY COUNCIL\nPSC/PR/COMM.1300 (2026)\nCOMMUNIQUÉ\n"
            "Recalling Communiqué [PSC/PR/COMM.1173 (2023)];\n",
            "PSC/PR/COMM.1300 (2026)",
        ),
        ("en", "Recalling its communiqué [PSC/PR/COMM.1173 (2023)] on terrorism;\n", None),
        ("en", "Recalling the report [028 CDS 23 E rev.1] on terrorism;\n", None),
        # an advisory body's letter, year and serial number
        (
            "fr",
            "Avis sur les drones\nA - 2026 - 3\nAssemblée plénière du 5 mars 2026\n",
            "A - 2026 - 3",
        ),
    ],
)
def test_symbol_classes(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


_PAGE_EN = "The Secretariat circulates the attached letter.\n" * 3
_PAGE_FR = "Le Secrétariat diffuse la lettre jointe.\n" * 3


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a code alone on a head line that a running header repeats outranks a kind word and
        # a number (an attached letter's own number)
        (
            "en",
            "Board of Governors\nGOV/1187\nDate: 2 March 2026\n\n"
            + _PAGE_EN
            + "GOV/1187\nAnnex\nNote No. 14/2026\n",
            "GOV/1187",
        ),
        (
            "fr",
            "Conseil des gouverneurs\nGOV/1187\nDate : 2 mars 2026\n\n"
            + _PAGE_FR
            + "GOV/1187\nAnnexe\nNote n° 14/2026\n",
            "GOV/1187",
        ),
        # ... but not when it is printed once only: the kind word and number stand
        (
            "en",
            "Board of Governors\nGOV/1187\n\n" + _PAGE_EN + "Note No. 14/2026\n",
            "Note No. 14/2026",
        ),
        # dotted initials and a number alone on a line, that the page writes again unspaced
        (
            "en",
            "S.1532 - Stadium Drone Safety Act\n\n119th CONGRESS\n  1st Session\n"
            "                S. 1532\n\nTo protect stadiums.\n",
            "S. 1532",
        ),
        ("en", "Minutes\n\n   J. P. 4410\n\nThe meeting opened.\n", None),
        # a common-law act's number in parentheses under its short title
        (
            "en",
            "Prevention of Terrorism (Amendment) Act 2026\n(No. 5 of 2026)\n\nAn Act to amend.\n",
            "No. 5 of 2026",
        ),
        # a French act's number with capital N°, a slash, or no n° at all
        (
            "fr",
            "DÉCRET N° 2026/055 DU 2 MARS 2026 portant création d'un comité\n",
            "2026/055",
        ),
        (
            "fr",
            "Gazette officielle, 18 mars 2026\n\nDécret 412-2026, 3 mars 2026\nLoi sur la sécurité\n",
            "412-2026",
        ),
        # a record's serial number after its kind: cited with its n°
        (
            "fr",
            "Cour d'appel\nArrêt n° 1234 du 3 mars 2026 - Chambre sociale\n",
            "n° 1234",
        ),
        ("fr", "Conseil municipal\n- Procès-verbal n° 7\nSéance du 3 mars 2026\n", "n° 7"),
        ("fr", "Jurisprudence\n- Décision n° 25-86.412\nLe pourvoi est rejeté.\n", None),
        ("fr", "Plan de protection\nAnnexe n° 2\nMesure n° 12 du plan\n", None),
        # a report's number that its running header prints again beside the short title or
        # the page number
        (
            "en",
            "NAO-26-1042\nReport to Parliament\nCOUNTER-TERRORISM\nMarch 2026\n\n"
            + _PAGE_EN
            + "NAO-26-1042 Counter-terrorism\nPage 2\n",
            "NAO-26-1042",
        ),
        (
            "fr",
            "Conseil économique\nCES/1187\nRapport annuel\n\n" + _PAGE_FR + "Page 2 CES/1187\n",
            "CES/1187",
        ),
        # printed once only, alone on the head's first line: no running number, but a code
        # alone on a head line is the document's own all the same (extract._docshape; heldout11's
        # "[2026] UKSC 9" under a case's name); a code in a sentence is a reference
        ("en", "NAO-26-1042\nReport to Parliament\n\n" + _PAGE_EN, "NAO-26-1042"),
        ("en", "Report to Parliament\n\nSee NAO-26-1042 for the figures.\n" + _PAGE_EN, None),
    ],
)
def test_symbol_ranking(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a working paper's code, of no shape the data lists, alone in the head and repeated
        # alone as the running header of the next page
        (
            "en",
            "OPCW\nExecutive Council\n\nEC-109/WP.2\n20 May 2025\n\nREPORT OF THE WORKING GROUP\n\n"
            "1. The Group met four times.\n\nEC-109/WP.2\npage 2\n\n2. It agreed a plan.\n",
            "EC-109/WP.2",
        ),
        (
            "fr",
            "OIAC\nConseil exécutif\n\nEC-109/WP.2\n20 mai 2025\n\nRAPPORT DU GROUPE DE TRAVAIL\n\n"
            "1. Le Groupe s'est réuni quatre fois.\n\nEC-109/WP.2\npage 2\n\n2. Il a adopté un plan.\n",
            "EC-109/WP.2",
        ),
        # printed once only, the same code is no running header, but a code alone on a head line
        # is the document's own (extract._docshape); one in a sentence is a reference
        (
            "en",
            "OPCW\nExecutive Council\n\nEC-109/WP.2\n20 May 2025\n\nREPORT OF THE WORKING GROUP\n\n"
            "1. The Group met four times.\n",
            "EC-109/WP.2",
        ),
        (
            "en",
            "OPCW\nExecutive Council\n\n20 May 2025\n\nREPORT OF THE WORKING GROUP\n\n"
            "1. The Group met four times, as EC-109/WP.2 records.\n",
            None,
        ),
    ],
)
def test_a_running_header_repeats_the_symbol(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
