"""The document's own date and symbol (ctdocs.extract._document, _docsymbol; guidelines §6).

The texts below are short hand-written heads of real layouts (UN resolution,
NATO declaration page, EU act and proposal, OSCE decision, Canadian act, a web
page dated only by its "last updated" stamp, a news page that only reports an
event). Every expected value was read by hand from the text under the
guidelines' rules. French and English rows stand side by side.

The per-family gate at the end runs the whole pipeline on the dev corpus copy
in tests/devcorpus/ and scores with the project's own helpers.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from ctdocs import parse_text
from ctdocs.extract._dates import find_dates
from ctdocs.extract._docstamps import others_date, stamp_in_noise
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import anchor_day, own_date

from ._compare import F1
from .conftest import parsed

UN_SC_EN = """United Nations
S/RES/1624 (2005)
Security Council
Distr.: General
14 September 2005

Resolution 1624 (2005)

Adopted by the Security Council at its 5261st meeting, on 14 September 2005

The Security Council,

Reaffirming its resolutions 1267 (1999) of 15 October 1999 and 1373 (2001) of 28 September 2001,

1. Calls upon all States to adopt such measures as may be necessary and appropriate.
"""

UN_SC_FR = """Nations Unies
S/RES/1624 (2005)
Conseil de sécurité
Distr. générale
14 septembre 2005

Résolution 1624 (2005)

Adoptée par le Conseil de sécurité à sa 5261e séance, le 14 septembre 2005

Le Conseil de sécurité,

Réaffirmant ses résolutions 1267 (1999) du 15 octobre 1999 et 1373 (2001) du 28 septembre 2001,

1. Appelle tous les États à adopter les mesures qui peuvent être nécessaires et appropriées.
"""

# the General Assembly distributes a resolution weeks after adopting it
UN_GA_EN = """United Nations
A/RES/70/291
General Assembly
Distr.: General
19 July 2016

Seventieth session
Agenda item 117

Resolution adopted by the General Assembly on 1 July 2016

70/291. The United Nations Global Counter-Terrorism Strategy Review

The General Assembly,

Reaffirming the United Nations Global Counter-Terrorism Strategy of 8 September 2006,
"""

UN_GA_FR = """Nations Unies
A/RES/70/291
Assemblée générale
Distr. générale
19 juillet 2016

Soixante-dixième session
Point 117 de l'ordre du jour

Résolution adoptée par l'Assemblée générale le 1er juillet 2016

70/291. Examen de la Stratégie antiterroriste mondiale des Nations Unies

L'Assemblée générale,

Réaffirmant la Stratégie antiterroriste mondiale des Nations Unies du 8 septembre 2006,
"""

NATO_EN = """Brussels Summit Declaration
Issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Brussels 11-12 July 2018
  • 11 Jul. 2018 -
  • |
  • Press Release (2018) 074
  • Issued on 11 Jul. 2018
  • |
  • Last updated 27-Aug-2018 09:16
  1. We, the Heads of State and Government of the member nations of the North Atlantic Alliance, have gathered in Brussels at a time when the security of our nations is challenged.
"""

NATO_FR = """Déclaration du sommet de Bruxelles
publiée par les chefs d'État et de gouvernement participant à la réunion du Conseil de l'Atlantique Nord tenue à Bruxelles les 11 et 12 juillet 2018
  • 11 Jul. 2018 -
  • |
  • Communiqué de presse (2018) 074
  • Issued on 11 Jul. 2018
  • |
  • Mis à jour le: 26 Jul. 2023 13:41
  1. Nous, chefs d'État et de gouvernement des pays membres de l'Alliance atlantique, nous sommes réunis à Bruxelles à un moment où la sécurité de nos pays est mise à l'épreuve.
"""

EU_REG_EN = """Council Regulation (EC) No 2580/2001 of 27 December 2001 on specific restrictive measures directed against certain persons and entities with a view to combating terrorism

THE COUNCIL OF THE EUROPEAN UNION,

Having regard to Common Position 2001/931/CFSP of 27 December 2001,

Article 1

For the purposes of this Regulation, the following definitions shall apply:
"""

EU_REG_FR = """Règlement (CE) n° 2580/2001 du Conseil du 27 décembre 2001 concernant l'adoption de mesures restrictives spécifiques à l'encontre de certaines personnes et entités dans le cadre de la lutte contre le terrorisme

LE CONSEIL DE L'UNION EUROPÉENNE,

vu la position commune 2001/931/PESC du 27 décembre 2001,

Article premier

Aux fins du présent règlement, on entend par:
"""

EU_COM_EN = """EUROPEAN COMMISSION

Brussels, 2.12.2015
COM(2015) 625 final
2015/0281 (COD)

Proposal for a
DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL
on combating terrorism
"""

EU_COM_FR = """COMMISSION EUROPÉENNE

Bruxelles, le 2.12.2015
COM(2015) 625 final
2015/0281 (COD)

Proposition de
DIRECTIVE DU PARLEMENT EUROPÉEN ET DU CONSEIL
relative à la lutte contre le terrorisme
"""

OSCE_EN = """Organization for Security and Co-operation in Europe
Permanent Council
PC.DEC/1063
7 December 2012
Original: ENGLISH

934th Plenary Meeting
PC Journal No. 934, Agenda item 1

DECISION No. 1063
OSCE CONSOLIDATED FRAMEWORK FOR THE FIGHT AGAINST TERRORISM

The Permanent Council,

Recalling the decisions adopted at the Ministerial Council in Bucharest in 2001,
"""

OSCE_FR = """Organisation pour la sécurité et la coopération en Europe
Conseil permanent
PC.DEC/1063
7 décembre 2012
FRANÇAIS
Original : ANGLAIS

934e séance plénière
Journal no 934 du CP, point 1 de l'ordre du jour

DÉCISION No 1063
CADRE CONSOLIDÉ DE L'OSCE POUR LA LUTTE CONTRE LE TERRORISME

Le Conseil permanent,

Rappelant les décisions adoptées par le Conseil ministériel à Bucarest en 2001,
"""

CANADA_EN = """---
title: "Secure Air Travel Act"
chapter: "S-6.7"
language: "en"
type: "act"
---

# Secure Air Travel Act

> An Act to enhance security relating to transportation and to prevent air travel for the purpose of engaging in acts of terrorism

## Short Title

### 1 Short title

This Act may be cited as the *Secure Air Travel Act*.

- 2015, c. 20, s. 11

### 2 Definitions

The following definitions apply in this Act, as the Order in Council P.C. 2011-34 of February 1, 2011 provides for the transfer of powers.

- 2015, c. 20, s. 11; 2019, c. 13, s. 32
"""

CANADA_FR = """---
title: "Règlement d'application des résolutions des Nations Unies sur la lutte contre le terrorisme"
instrument_number: "DORS/2001-360"
language: "fr"
type: "regulation"
---

# Règlement d'application des résolutions des Nations Unies sur la lutte contre le terrorisme

## Définitions

### 1

Les définitions qui suivent s'appliquent au présent règlement. Le Comité du Conseil de sécurité a été constitué par la résolution 1267 (1999) du 15 octobre 1999, adoptée par le Conseil de sécurité.

- DORS/2001-360, art. 1; DORS/2024-52, art. 2
"""

STAMP_EN = """Civil emergency planning
A key security task of the Alliance
  • Last updated: 22 Aug. 2014 11:24
The aim of civil emergency planning in NATO is to collect, analyse and share information on national planning activity to ensure the most effective use of civil resources during emergencies, in accordance with Alliance objectives. In 2004 Allies agreed a plan of action, and on 12 May 2006 they reviewed it.
"""

STAMP_FR = """Plans civils d'urgence
Une tâche de sécurité essentielle de l'Alliance
  • Mis à jour le: 22 Aug. 2014 11:24
Les plans civils d'urgence de l'OTAN visent à recueillir, analyser et partager des informations sur les activités de planification nationales afin d'assurer l'utilisation la plus efficace des ressources civiles en cas d'urgence. En 2004, les Alliés ont adopté un plan d'action, et le 12 mai 2006 ils l'ont réexaminé.
"""

EVENT_EN = """NRC conference on countering improvised explosive devices

On 11 and 12 December 2012, the Counter Improvised Explosive Devices Centre of Excellence in Spain hosted a conference for experts of the NATO-Russia Council, who exchanged views on the challenge as well as best practices in countering it.
"""

EVENT_FR = """Les directeurs nationaux des armements contribuent à la lutte contre les engins explosifs improvisés

Le 28 octobre 2010, les directeurs nationaux des armements des pays alliés et leurs homologues du Partenariat pour la paix ont étudié différentes questions relatives à la lutte contre les engins explosifs improvisés.
"""

DATELINE_EN = """Government confronts terrorist threats through new strategy

OTTAWA, February 9, 2012 — Today, the Minister of Public Safety released the country's first counter-terrorism strategy, which sets out how the Government of Canada counters terrorism at home and abroad.
"""

DATELINE_FR = """Le gouvernement lutte contre les menaces terroristes grâce à une nouvelle stratégie

OTTAWA, 9 février 2012 — Aujourd'hui, le ministre de la Sécurité publique a lancé la première stratégie antiterroriste du pays, qui décrit comment le gouvernement du Canada lutte contre le terrorisme au pays et à l'étranger.
"""

TREATY_EN = """Protocol amending the European Convention on the Suppression of Terrorism

The member States of the Council of Europe, signatory to this Protocol,

Considering that the aim of the Council of Europe is to achieve a greater unity between its members;

Have agreed as follows:

Article 1

The Convention shall be amended as follows.

In witness whereof the undersigned, being duly authorised thereto, have signed this Protocol.

Done at Strasbourg, 15.V.2003, in English and in French, both texts being equally authentic.
"""

TREATY_FR = """Protocole portant amendement à la Convention européenne pour la répression du terrorisme

Les Etats membres du Conseil de l'Europe, signataires du présent Protocole,

Considérant que le but du Conseil de l'Europe est de réaliser une union plus étroite entre ses membres;

Sont convenus de ce qui suit:

Article 1

La Convention est amendée comme suit.

En foi de quoi, les soussignés, dûment autorisés à cet effet, ont signé le présent Protocole.

Fait à Strasbourg, le 15.V.2003, en français et en anglais, les deux textes faisant également foi.
"""

TIMELINE_EN = """Countering terrorism together: milestones

  • Last updated: 2 Jul. 2024 16:15

Milestones

    May 2002

    The Council is founded at the Rome summit.

    Mid-October 2003

    Experts meet on explosives detection.

    9 December 2004

    Ministers adopt an action plan on terrorism.
"""

TIMELINE_FR = """Lutter ensemble contre le terrorisme : les grandes étapes

  • Mis à jour le: 2 Jul. 2024 16:15

Grandes étapes

    Mai 2002

    Le Conseil est fondé au sommet de Rome.

    Mi-octobre 2003

    Des experts se réunissent sur la détection des explosifs.

    9 décembre 2004

    Les ministres adoptent un plan d'action contre le terrorisme.
"""

# An adopted-text page: the adoption cue opens a sentence inside the origin line, after the
# debate's date (a day earlier here, so that the two cannot be confused)
PACE_EN = """Home > Documents > Adopted texts

Resolution 2091 (2016)
Foreign fighters in Syria and Iraq

Author(s): Parliamentary Assembly
Origin - Assembly debate on 26 January 2016 (5th Sitting) (see Doc. 13937, report of the \
Committee on Political Affairs). Text adopted by the Assembly on 27 January 2016 (6th Sitting).

1. The Parliamentary Assembly is deeply concerned by the phenomenon of foreign fighters.
"""

PACE_FR = """Accueil > Documents > Textes adoptés

Résolution 2091 (2016)
Les combattants étrangers en Syrie et en Irak

Auteur(s) : Assemblée parlementaire
Origine - Discussion par l'Assemblée le 26 janvier 2016 (5e séance) (voir Doc. 13937, rapport \
de la commission des questions politiques). Texte adopté par l'Assemblée le 27 janvier 2016 \
(6e séance).

1. L'Assemblée parlementaire est profondément préoccupée par le phénomène des combattants.
"""

# an executive order: the Register's running head dates the issue, the order's title
# line and its closing dateline date the order
ORDER_EN = """Federal Register / Vol. 91, No. 40 / Monday, March 2, 2026 / Presidential Documents 12001

Presidential Documents

Executive Order 14300 of February 26, 2026

Securing Stadiums Against Drone Threats

By the authority vested in me as President, it is hereby ordered as follows:

Section 1. Purpose. Drones threaten mass gatherings.

THE WHITE HOUSE, February 26, 2026.
"""

ORDER_FR = """Journal officiel / Lundi 2 mars 2026 / Texte 12 sur 90

Décret n° 2026-120 du 26 février 2026 relatif à la lutte contre les drones

Le Premier ministre,

Article 1er. Les exploitants signalent tout survol.
"""

# the title's note, far under the head, gives the adoption date
_PREAMBLE_EN = "".join(
    f"{n}. Noting that drones are cheap and easy to fly;\n" for n in range(1, 80)
)
_PREAMBLE_FR = "".join(f"{n}. Notant que les drones sont bon marché ;\n" for n in range(1, 80))
NOTE_EN = (
    "NATO PARLIAMENTARY ASSEMBLY\n\nRESOLUTION 512\n\nCOUNTERING DRONES*\n\nThe Assembly,\n\n"
    + _PREAMBLE_EN
    + "\n* Presented by the Committee on Security and adopted by the Plenary Assembly on "
    "Monday 12 October 2026, Oslo, Norway\n"
)
NOTE_FR = (
    "ASSEMBLÉE PARLEMENTAIRE DE L'OTAN\n\nRÉSOLUTION 512\n\nLUTTER CONTRE LES DRONES*\n\n"
    "L'Assemblée,\n\n"
    + _PREAMBLE_FR
    + "\n* Présentée par la commission de la sécurité et adoptée par l'Assemblée plénière le "
    "lundi 12 octobre 2026, Oslo (Norvège)\n"
)

# a signature closing the text dates it above the page's posting stamp
_BODY_EN = "".join(
    f"{n}. The Centre shall coordinate the pillar on prevention.\n\n" for n in range(70)
)
_BODY_FR = "".join(f"{n}. Le Centre coordonne le pilier de la prévention.\n\n" for n in range(70))
SIGNED_EN = (
    "National Strategy\n\nPosted on August 15, 2026 by Communications\n\n"
    + _BODY_EN
    + "Signed: Jane Doe, Director, National Centre. Nairobi, 30 July 2026.\n"
)
SIGNED_FR = (
    "Stratégie nationale\n\nPublié le 15 août 2026\n\n"
    + _BODY_FR
    + "Signé : Jean Dupont, directeur du Centre national. Dakar, le 30 juillet 2026.\n"
)

CASES = [
    # (id, language, text, document date, symbol)
    ("pace-en", "en", PACE_EN, "2016-01-27", "Resolution 2091 (2016)"),
    ("pace-fr", "fr", PACE_FR, "2016-01-27", "Résolution 2091 (2016)"),
    ("un-sc-en", "en", UN_SC_EN, "2005-09-14", "S/RES/1624 (2005)"),
    ("un-sc-fr", "fr", UN_SC_FR, "2005-09-14", "S/RES/1624 (2005)"),
    ("un-ga-en", "en", UN_GA_EN, "2016-07-01", "A/RES/70/291"),
    ("un-ga-fr", "fr", UN_GA_FR, "2016-07-01", "A/RES/70/291"),
    ("nato-en", "en", NATO_EN, "2018-07-11", "Press Release (2018) 074"),
    ("nato-fr", "fr", NATO_FR, "2018-07-11", "Communiqué de presse (2018) 074"),
    ("eu-reg-en", "en", EU_REG_EN, "2001-12-27", "Regulation (EC) No 2580/2001"),
    ("eu-reg-fr", "fr", EU_REG_FR, "2001-12-27", "Règlement (CE) n° 2580/2001"),
    ("eu-com-en", "en", EU_COM_EN, "2015-12-02", "COM(2015) 625 final"),
    ("eu-com-fr", "fr", EU_COM_FR, "2015-12-02", "COM(2015) 625 final"),
    ("osce-en", "en", OSCE_EN, "2012-12-07", "PC.DEC/1063"),
    ("osce-fr", "fr", OSCE_FR, "2012-12-07", "PC.DEC/1063"),
    ("canada-en", "en", CANADA_EN, None, "S-6.7"),
    ("canada-fr", "fr", CANADA_FR, None, "DORS/2001-360"),
    ("stamp-en", "en", STAMP_EN, "2014-08-22", None),
    ("stamp-fr", "fr", STAMP_FR, "2014-08-22", None),
    ("event-en", "en", EVENT_EN, None, None),
    ("event-fr", "fr", EVENT_FR, None, None),
    ("dateline-en", "en", DATELINE_EN, "2012-02-09", None),
    ("dateline-fr", "fr", DATELINE_FR, "2012-02-09", None),
    ("treaty-en", "en", TREATY_EN, "2003-05-15", None),
    ("treaty-fr", "fr", TREATY_FR, "2003-05-15", None),
    # a timeline's entries are events: the page's stamp dates it
    ("timeline-en", "en", TIMELINE_EN, "2024-07-02", None),
    ("timeline-fr", "fr", TIMELINE_FR, "2024-07-02", None),
    ("order-en", "en", ORDER_EN, "2026-02-26", "Executive Order 14300"),
    ("order-fr", "fr", ORDER_FR, "2026-02-26", "2026-120"),
    ("title-note-en", "en", NOTE_EN, "2026-10-12", "RESOLUTION 512"),
    ("title-note-fr", "fr", NOTE_FR, "2026-10-12", "RÉSOLUTION 512"),
    ("signed-en", "en", SIGNED_EN, "2026-07-30", None),
    ("signed-fr", "fr", SIGNED_FR, "2026-07-30", None),
]


@pytest.mark.parametrize(
    ("lang", "text", "date", "symbol"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_document_date_and_symbol(
    lang: str, text: str, date: str | None, symbol: str | None
) -> None:
    layout = "markdown" if text.startswith("---") else "text"
    doc = parse_text(text, lang, layout=layout)  # type: ignore[arg-type]
    assert (doc.date.value if doc.date else None) == date
    assert doc.symbol == symbol
    if doc.date is not None:  # a mention of the text, with its span
        assert doc.text[doc.date.start : doc.date.end] == doc.date.text


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
    ("lang", "text", "value"),
    [
        # a publication stamp over the update stamp above it
        (
            "en",
            "Guidance\nStatutory guidance for enhanced duty premises\nUpdated 17 September 2026\n\n"
            "From: Home Office\nPublished 3 March 2026\n\nContents\n",
            "2026-03-03",
        ),
        (
            "fr",
            "Guide\nGuide pour les établissements recevant du public\nMis à jour le 17 septembre "
            "2026\n\nPublié le 3 mars 2026\n\nSommaire\n",
            "2026-03-03",
        ),
        # a front-matter key is a stamp too, when nothing else dates the text
        (
            "en",
            '---\ntitle: "Chapter 3"\nlast_modified: 2026-05-19\n---\n\n# Chapter 3\n\n'
            "1. This chapter builds on the work the Branch has done since 2019.\n",
            "2026-05-19",
        ),
        (
            "fr",
            '---\ntitre: "Chapitre 3"\nlast_modified: 2026-05-19\n---\n\n# Chapitre 3\n\n'
            "1. Ce chapitre s'appuie sur les travaux menés par le Service depuis 2019.\n",
            "2026-05-19",
        ),
        # a revision stamp right under the adoption line: the text is the revision
        (
            "en",
            "THE FATF RECOMMENDATIONS\n\nAdopted by the FATF Plenary in February 2012\n"
            "Updated November 2023\n\nC. TERRORIST FINANCING\n",
            "2023-11",
        ),
        (
            "fr",
            "LES RECOMMANDATIONS DU GAFI\n\nAdoptées par la plénière du GAFI en février 2012\n"
            "Mises à jour en novembre 2023\n\nC. FINANCEMENT DU TERRORISME\n",
            "2023-11",
        ),
        # not a page's update stamp a blank line below it
        (
            "en",
            "Resolution 2091 (2016)\nAdopted by the Assembly on 27 January 2016\n\n"
            "Updated 3 January 2024\n",
            "2016-01-27",
        ),
        (
            "fr",
            "Résolution 2091 (2016)\nAdoptée par l'Assemblée le 27 janvier 2016\n\n"
            "Mis à jour le 3 janvier 2024\n",
            "2016-01-27",
        ),
        # a treaty's final clauses name the day it opens for signature: its date
        (
            "en",
            "Protocol for the Suppression of Unlawful Acts of Violence at Airports\n\nArticle "
            "VI\nThis Protocol shall be open for signature at Montreal on 24 February 1988 by "
            "States participating in the Conference.\n",
            "1988-02-24",
        ),
        (
            "fr",
            "Protocole pour la répression des actes illicites de violence dans les aéroports\n\n"
            "Article VI\nLe présent Protocole sera ouvert à la signature à Montréal le 24 février "
            "1988 par les États participant à la Conférence.\n",
            "1988-02-24",
        ),
        (
            "fr",
            "Convention sur la répression du financement du terrorisme\n\nArticle 24\nLa "
            "présente Convention sera ouverte à la signature à Paris le 24 février 1988 par les "
            "États participant à la Conférence.\n",
            "1988-02-24",
        ),
        # the date of assent in brackets under the act's number, over the short title's year
        (
            "en",
            "THE UNLAWFUL ACTIVITIES (PREVENTION) AMENDMENT ACT, 2026\n\nNO. 19 OF 2026\n\n"
            "[6th August 2026.]\n\nAn Act further to amend the Unlawful Activities (Prevention) "
            "Act, 1967.\n",
            "2026-08-06",
        ),
        (
            "fr",
            "LOI MODIFIANT LA LOI SUR LES ACTIVITÉS ILLÉGALES\n\nNo 19 de 2026\n\n"
            "[6 août 2026.]\n\nLoi modifiant la Loi sur les activités illégales.\n",
            "2026-08-06",
        ),
    ],
)
def test_stamp_and_assent_classes(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an act's short title with its year is no dateline
        (
            "en",
            "THE UNLAWFUL ACTIVITIES (PREVENTION) AMENDMENT ACT, 2026\n\nAn Act further to amend "
            "the principal Act.\n",
        ),
        ("fr", "LOI SUR LA SÉCURITÉ, LOI, 2026\n\nUne loi modifiant le code pénal.\n"),
    ],
)
def test_an_act_year_is_no_dateline(lang: str, text: str) -> None:
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a file host's upload date is never the document's
        ("fr", "Post on 02-Feb-2020\n\nStrasbourg, juillet 2002\n", "2002-07"),
        ("en", "Uploaded on 02-Feb-2020\n\nStrasbourg, July 2002\n", "2002-07"),
        # a word in running text is no stamp: "the updated plan agreed in March 2023"
        (
            "fr",
            "Mis à jour le 4 avril 2023\nLe plan mis à jour en mars 2023 est adopté.\n",
            "2023-04-04",
        ),
        (
            "en",
            "Posted on 4 April 2023\nThe updated plan agreed in March 2023 holds.\n",
            "2023-04-04",
        ),
        # when the record began is a date, not the document's
        (
            "fr",
            "- Commencé le 26 Février 2014\n- [Version de ce document à 8 Juillet 2004.]\n",
            "2004-07-08",
        ),
        (
            "en",
            "- Commenced 26 February 2014\n- [This is the version of 8 July 2004.]\n",
            "2004-07-08",
        ),
        # a bare year dates a document only at the end of a dateline
        (
            "fr",
            "Charte sur la prévention du terrorisme (2002)\n\n© Sa Majesté, Canada, 2013\n",
            "2013",
        ),
        ("en", "Charter on Preventing Terrorism (2002)\n\n© Her Majesty, Canada, 2013\n", "2013"),
        # a bill's registration and a compilation's date, not the page's later stamps
        (
            "fr",
            "N° 1112\nPROPOSITION DE LOI\nEnregistré à la Présidence de l'Assemblée nationale le "
            "11 avril 2023.\nPage mise à jour le 13 avril 2023\n",
            "2023-04-11",
        ),
        (
            "en",
            "Criminal Code Act 1995\nCompilation No. 150\nCompilation date: 20/09/2023    "
            "Registered: 04/10/2023\n",
            "2023-09-20",
        ),
        # an act's title carries its date, over a gazette's or a version's later one
        (
            "fr",
            "MÉMORIAL A\nN° 157 du 27 mars 2023\n\nLoi du 23 mars 2023 relative au "
            "financement du terrorisme\n",
            "2023-03-23",
        ),
        (
            "en",
            "Gazette No 157 of 27 March 2023\n\nAct of 23 March 2023 on terrorist financing\n",
            "2023-03-23",
        ),
        # the title over several lines, its date opening the last (after an acronym)
        (
            "fr",
            "Version du 1er janvier 2024\n\n120.52\nOrdonnance sur les mesures policières\n"
            "(OMPT) du 4 mai 2022 (État le 1er janvier 2024)\n",
            "2022-05-04",
        ),
        (
            "en",
            "Version of 1 January 2024\n\nOrdinance on preventive police measures\n"
            "(OPPM) of 4 May 2022 (status as of 1 January 2024)\n",
            "2022-05-04",
        ),
        # a period in parentheses (a parliament's session) is not the date the report bears
        (
            "fr",
            "42e législature, 1re session (3 décembre 2015 - 11 septembre 2019)\n\n"
            "RAPPORT DU COMITÉ\nmardi 11 juin 2019\n",
            "2019-06-11",
        ),
        (
            "en",
            "42nd Parliament, 1st Session (December 3, 2015 - September 11, 2019)\n\n"
            "REPORT OF THE COMMITTEE\nTuesday, June 11, 2019\n",
            "2019-06-11",
        ),
        # running text that names the document itself, then its adoption: over a page stamp
        (
            "fr",
            "Publié le 2 octobre 2020\n\nLe présent mémorandum, préparé lors de trois ateliers, "
            "a été entériné par la réunion plénière du 28 septembre 2020.\n",
            "2020-09-28",
        ),
        (
            "en",
            "Posted on: 2 October 2020\n\nThis memorandum was developed in three workshops and "
            "was endorsed at the Plenary Meeting held on 28 September 2020.\n",
            "2020-09-28",
        ),
        # an event that running text reports is not the document's date
        (
            "fr",
            "Publié le 2 octobre 2020\n\nLe Comité a tenu sa réunion le 28 septembre 2020.\n",
            "2020-10-02",
        ),
        (
            "en",
            "Posted on: 2 October 2020\n\nThe Committee met on 28 September 2020.\n",
            "2020-10-02",
        ),
        # an act's date of assent in square brackets closing its long title
        (
            "fr",
            "Loi de 2019 sur la lutte contre le terrorisme\n\nLoi portant diverses dispositions "
            "relatives au terrorisme et aux contrôles aux frontières.     [12 février 2019]\n",
            "2019-02-12",
        ),
        (
            "en",
            "Counter-Terrorism Act 2019\n\nAn Act to make provision in relation to terrorism; "
            "and for connected purposes.     [12th February 2019]\n",
            "2019-02-12",
        ),
        # a plan presented on a day, over the page's later update stamp
        (
            "fr",
            "Plan national de prévention\n\nMis à jour le 26 février 2018\n\nPrésenté à Lille le "
            "23 février 2018 par le Premier ministre, le plan comprend soixante mesures.\n",
            "2018-02-23",
        ),
        (
            "en",
            "National prevention plan\n\nLast updated 26 February 2018\n\nPresented on 23 "
            "February 2018 by the Prime Minister, the plan holds sixty measures.\n",
            "2018-02-23",
        ),
    ],
)
def test_own_date_choices(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


OSCE_HEAD_EN = (
    "Organization for Security and Co-operation in Europe\nMinisterial Council\nSkopje 2023\n"
    "English only\nDistributed at the request of the Chair\n\nMC.DEC/4/23\n1 December 2023\n\n"
    "The Ministerial Council,\n\n"
)
OSCE_HEAD_FR = (
    "Organisation pour la sécurité et la coopération en Europe\nConseil ministériel\nSkopje 2023\n"
    "Français seulement\nDistribué à la demande de la présidence\n\nMC.DEC/4/23\n"
    "1er décembre 2023\n\nLe Conseil ministériel,\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the cited decision's adoption, on one line: "No. 8/19," is no sentence's end
        (
            "fr",
            OSCE_HEAD_FR + "Rappelant la décision no 8/19 du Conseil ministériel, adoptée à "
            "Bratislava les 5 et 6 décembre 2019,\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "Recalling Ministerial Council Decision No. 8/19, adopted in "
            "Bratislava on 5 and 6 December 2019,\n",
            "2023-12-01",
        ),
        # the same paragraph wrapped, so that the cue opens a line of its own
        (
            "fr",
            OSCE_HEAD_FR + "Rappelant la décision no 8/19 du Conseil ministériel,\n"
            "adoptée à Bratislava les 5 et 6 décembre 2019,\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "Recalling Ministerial Council Decision No. 8/19,\n"
            "adopted in Bratislava on 5 and 6 December 2019,\n",
            "2023-12-01",
        ),
        # a place-and-date line over a cited resolution's adoption, wrapped (its two
        # consecutive days are one interval, the meeting's, as the Porto charter's gold)
        (
            "fr",
            "Conseil ministériel\nSkopje, 30 novembre et 1er décembre 2023\n\nLe Conseil,\n\n"
            "Rappelant la résolution 2178 (2014),\nadoptée le 24 septembre 2014,\n",
            "2023-11-30/2023-12-01",
        ),
        (
            "en",
            "Ministerial Council\nSkopje, 30 November and 1 December 2023\n\nThe Council,\n\n"
            "Recalling resolution 2178 (2014),\nadopted on 24 September 2014,\n",
            "2023-11-30/2023-12-01",
        ),
        # the instrument named, then a comma, is the cue's subject even without a participle
        (
            "fr",
            OSCE_HEAD_FR + "Le Plan d'action de Bucarest,\nadopté le 4 décembre 2001, demeure.\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "The Bucharest Plan of Action,\nadopted on 4 December 2001, stands.\n",
            "2023-12-01",
        ),
        # a cue in the middle of a running sentence yields to a date line alone in the head
        (
            "fr",
            OSCE_HEAD_FR + "Les membres ont longuement débattu du texte au cours de la session, "
            "qui fut\nadopté le 4 mai 2021 par la plénière.\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "The members discussed the text at length during the session, and "
            "it was\nadopted on 4 May 2021 by the plenary.\n",
            "2023-12-01",
        ),
        # a closing formula right under a preambular line still dates the document
        (
            "fr",
            "Considérant la nécessité d'une action commune,\nFait à Strasbourg, le 8 novembre 2001\n",
            "2001-11-08",
        ),
        (
            "en",
            "Recognising the need for common action,\nDone at Strasbourg, on 8 November 2001\n",
            "2001-11-08",
        ),
        # the document's own adoption cue still wins over the dates its preamble cites
        (
            "fr",
            "Résolution 2178 (2014)\n\nAdoptée par le Conseil de sécurité le 24 septembre 2014\n\n"
            "Rappelant sa résolution 1373 (2001), adoptée le 28 septembre 2001,\n",
            "2014-09-24",
        ),
        (
            "en",
            "Resolution 2178 (2014)\n\nAdopted by the Security Council on 24 September 2014\n\n"
            "Recalling its resolution 1373 (2001), adopted on 28 September 2001,\n",
            "2014-09-24",
        ),
    ],
)
def test_cited_instruments_do_not_date_the_document(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Rappelant la résolution 2178 (2014), adoptée le 24 septembre 2014,\n"),
        ("en", "Recalling resolution 2178 (2014), adopted on 24 September 2014,\n"),
        ("fr", "Vu la loi n° 2021-998 du 30 juillet 2021 relative au terrorisme,\n"),
        ("en", "Having regard to Regulation (EU) 2021/784 of 29 April 2021,\n"),
    ],
)
def test_a_preamble_alone_gives_no_date(lang: str, text: str) -> None:
    """A preambular paragraph dates what it cites: with nothing else, the date is null."""
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("precision_text", "lang", "anchor"),
    [
        ("9 mars 2011", "fr", "2011-03-09"),
        ("March 9, 2011", "en", "2011-03-09"),
        ("avril 2011", "fr", "2011-04-30"),  # the last day of its month
        ("April 2011", "en", "2011-04-30"),
        ("2013", "fr", "2013-12-31"),  # the last day of its year
        ("2013", "en", "2013-12-31"),
    ],
)
def test_anchor_day(precision_text: str, lang: str, anchor: str) -> None:
    (hit,) = find_dates(precision_text, lang)
    assert anchor_day(hit) == anchor


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        ("Mis à jour le: 13 Dec. 2023 12:21", "fr", True),
        ("Last updated: 03 Mar. 2015 10:02", "en", True),
        ("4 septembre 2008", "fr", True),
        ("4 September 2008", "en", True),
        ("Publié le 3 mars 2015", "fr", True),
        ("Issued on 11 Jul. 2018", "en", True),
        ("Post on 02-Feb-2020", "fr", False),
        ("Uploaded on 02-Feb-2020", "en", False),
        ("Le Secrétaire général en visite en Türkiye 12 juillet 2023", "fr", False),
        ("NATO Secretary General visits Türkiye 12 July 2023", "en", False),
        # a page's modification stamp, also as the last part of a footer line
        ("Dernière modification: 15.12.2023", "fr", True),
        ("Date modified: 2019-06-12", "en", True),
        ("© Assemblée nationale – Page mise à jour le 13 avril 2023", "fr", True),
        ("© Federal Register | Page last updated: 5 October 2023", "en", True),
        # a related item's date in a footer part is no stamp
        ("Haut de page – Projet de loi déposé le 13 septembre 2023", "fr", False),
        ("Related: Amendment Bill – introduced 13 September 2023", "en", False),
    ],
)
def test_stamp_in_noise(line: str, lang: str, kept: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line)) is kept


def test_dates_below_the_body_are_chrome() -> None:
    """A date alone in a noise line counts in the head, not in a trailer below the text."""
    (hit,) = find_dates("12 Jul. 2023", "en")
    assert stamp_in_noise("12 Jul. 2023", hit, 0, 12, body_start=None)
    assert not stamp_in_noise("12 Jul. 2023", hit, 0, 12, body_start=0)


# ----------------------------------------------------------- dev corpus gate
DEV = Path(__file__).parent / "devcorpus"

# Figures reached on the dev corpus when these gates were set (dates F1, own-date
# and symbol accuracy), a little under them so that a real regression fails.
DATE_GATES = {
    "council-of-europe": 0.95,
    "document-sharing-copies": 0.93,
    "eu": 0.90,
    "national-government": 0.90,
    "national-legislation": 0.97,
    "nato": 0.97,
    "osce": 0.95,
    "republishers": 0.95,
    "treaties": 0.95,
    "un": 0.95,
}
OVERALL = {"dates": 0.96, "document_date": 0.92, "symbol": 0.95}


def _families() -> dict[str, str]:
    fam = {}
    for line in (DEV / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, family = line.split("\t")[:2]
        fam[Path(name).stem] = family
    return fam


@pytest.fixture(scope="module")
def dev_scores() -> dict[str, object]:
    fam = _families()
    by_family: dict[str, F1] = defaultdict(F1)
    overall = F1()
    ddate = [0, 0]
    sym = [0, 0]
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = parsed(DEV / "raw" / f"{gold_path.stem}.txt")
        want = {d["value"] for d in gold["dates"]}
        got = {d.value for d in doc.dates}
        by_family[fam[gold_path.stem]].add(want, got)
        overall.add(want, got)
        gd, sd = gold.get("document_date"), doc.date.value if doc.date else None
        if gd or sd:  # both null proves nothing
            ddate[0] += gd == sd
            ddate[1] += 1
        gs, ss = ("".join((v or "").split()).casefold() for v in (gold.get("symbol"), doc.symbol))
        if gs or ss:
            sym[0] += gs == ss
            sym[1] += 1
    return {
        "families": {f: c.f1 for f, c in by_family.items()},
        "dates": overall.f1,
        "document_date": ddate[0] / ddate[1],
        "symbol": sym[0] / sym[1],
    }


@pytest.mark.parametrize("family", sorted(DATE_GATES))
def test_dev_corpus_dates_per_family(dev_scores: dict[str, object], family: str) -> None:
    figures = dev_scores["families"]
    assert isinstance(figures, dict)
    assert figures[family] >= DATE_GATES[family], f"{family}: dates F1 {figures[family]:.3f}"


@pytest.mark.parametrize("measure", sorted(OVERALL))
def test_dev_corpus_overall(dev_scores: dict[str, object], measure: str) -> None:
    value = dev_scores[measure]
    assert isinstance(value, float)
    assert value >= OVERALL[measure], f"{measure}: {value:.3f} < {OVERALL[measure]}"


@pytest.mark.parametrize("module", ["_document", "_doccues", "_docfields", "_docstamps"])
def test_cue_words_live_in_the_data_file(module: str) -> None:
    """No cue word of document.toml in the code's string literals (docstrings aside): in
    the date's choice nor in the modules that compile or read its cues."""
    import ast
    import importlib
    import inspect
    import re

    from ctdocs._knowledge import load_document

    source = inspect.getsource(importlib.import_module(f"ctdocs.extract.{module}"))
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # the name of a list of the file ("act", "adopted") is no cue word written in code
    fields = set(type(next(iter(load_document().languages.values()))).model_fields)
    literals = [
        n.value.lower()
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and id(n) not in docstrings
        and n.value not in fields
    ]
    words = {"fr", "en"}
    for cues in load_document().languages.values():
        for field in (
            "adopted",
            "closing",
            "act",
            "act_of",
            "stamp",
            "not_own",
            "event",
            "dateline_article",
        ):
            words |= {w.lower() for w in getattr(cues, field)}
    offending = [
        lit
        for lit in literals
        if any(re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", lit) for w in words)
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a meeting's name with its year and its dateline are no timeline: the date alone
        # on the top line is the document's
        (
            "fr",
            "MC.DEC/6/21\n3 décembre 2021\n\nConseil ministériel\nStockholm 2021\n\n"
            "Vingt-huitième réunion du Conseil ministériel\nStockholm, 2 et 3 décembre 2021\n\n"
            "DÉCISION N° 6/21\n",
            "2021-12-03",
        ),
        (
            "en",
            "MC.DEC/4/23\n1 December 2023\n\nMinisterial Council\nSkopje 2023\n\n"
            "Thirtieth Meeting of the Ministerial Council\nSkopje, 30 November and 1 December 2023\n\n"
            "DECISION No. 4/23\n",
            "2023-12-01",
        ),
        # a dateline with an article that ends the heading line
        (
            "en",
            "Final Communiqué\n\nMinisterial Meeting of the North Atlantic Council held at NATO "
            "Headquarters, Brussels, on 10 December 1996\n\n1. We met today to prepare the Summit "
            "in Madrid on 8-9 July 1997.\n",
            "1996-12-10",
        ),
        # ... or opens a press release's first paragraph
        (
            "fr",
            "Communiqué\n\nQUÉBEC, le 12 mars 2019 /CNW/ - La ministre annonce aujourd'hui un "
            "investissement de 8,5 M$ sur trois ans pour la prévention.\n",
            "2019-03-12",
        ),
    ],
)
def test_head_datelines(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a place, a comma and an article inside a sentence of running text: an event
        (
            "en",
            "Resolution 2091 (2016)\n\n3. The Assembly welcomes the opening for signature in "
            "Riga, on 22 October 2015, of the Additional Protocol to the Convention.\n",
        ),
        (
            "fr",
            "Résolution 2091 (2016)\n\n3. L'Assemblée salue l'ouverture à la signature à "
            "Riga, le 22 octobre 2015, du Protocole additionnel à la Convention.\n",
        ),
    ],
)
def test_a_dateline_inside_a_sentence_is_an_event(lang: str, text: str) -> None:
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the date heads the act's title line (Belgian Moniteur); the publication stamp
        # below it is the gazette's
        (
            "fr",
            "Titre\n5 MAI 2019. - Loi portant des dispositions diverses en matière de lutte "
            "contre le terrorisme (1)\n\nPublication : 20-05-2019 numéro : 2019041187\n",
            "2019-05-05",
        ),
        (
            "en",
            "Title\n5 MAY 2019. - Act laying down various provisions on the fight against "
            "terrorism (1)\n\nPublication: 20-05-2019 number: 2019041187\n",
            "2019-05-05",
        ),
        # an act's assent, not the version stamp above it
        (
            "en",
            "Counter-Terrorism Act 2022\nVersion as at 28 October 2023\n\nCounter-Terrorism "
            "Act 2022\nPublic Act 2022 No 31\nDate of assent 16 May 2022\n",
            "2022-05-16",
        ),
        (
            "fr",
            "Loi sur la lutte contre le terrorisme\nVersion en vigueur au 28 octobre 2023\n\n"
            "Loi sur la lutte contre le terrorisme\nSanctionnée le 16 mai 2022\n",
            "2022-05-16",
        ),
    ],
)
def test_act_title_dates_and_assent(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        # a legal database's publication and version stamps are the text's own
        ("Publication : 20-05-2019 numéro : 2019041187 page : 47318", "fr", True),
        ("Publication: 20-05-2019 number: 2019041187 page: 47318", "en", True),
        ("Version en vigueur au 28 octobre 2023", "fr", True),
        ("Version as at 28 October 2023", "en", True),
    ],
)
def test_database_stamps_in_noise(line: str, lang: str, kept: bool) -> None:
    hit = find_dates(line, lang)[0]
    assert stamp_in_noise(line, hit, 0, len(line)) is kept


@pytest.mark.parametrize(
    ("lang", "line", "theirs"),
    [
        # a year in a breadcrumb trail is the site's navigation
        ("en", "You are here: Home > Summits > 2017 Taormina > Official documents", True),
        ("fr", "Vous êtes ici : Accueil > Sommets > 2017 Taormine > Documents officiels", True),
        # a single '>' is no trail
        ("en", "Ministers met in Taormina in 2017 (> 40 delegations)", False),
        ("fr", "Les ministres se sont réunis à Taormine en 2017 (> 40 délégations)", False),
        # an export's or a converter's generation stamp dates the copy, not the text
        ("fr", "Export texte — exemple.gouv.fr/presse — généré le 14/03/2026 à 10:05", True),
        ("en", "Text export — example.gov/press — generated on 14/03/2026 at 10:05", True),
        ("fr", "Généré à partir de l'EPUB le 2 mars 2026 ; ancres de l'édition imprimée.", True),
        ("en", "Generated from EPUB on 2 March 2026; page anchors follow the print edition.", True),
        # a text's own generation of a plan is no stamp: the cue must stand near the date
        (
            "en",
            "The plan generated broad support among the ministers who met on 2 March 2026.",
            False,
        ),
    ],
)
def test_breadcrumb_dates_are_the_sites(lang: str, line: str, theirs: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert others_date(line, hit) is theirs


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("This page was last updated May 27, 2017.", "en"),
        ("Cette page a été mise à jour le 27 mai 2017.", "fr"),
    ],
)
def test_page_update_sentences_are_stamps(line: str, lang: str) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line))


@pytest.mark.parametrize(
    ("line", "lang", "kept"),
    [
        # the text's own record opening a noise line: its commencement, its version
        ("- Commencé le 26 Février 2014", "fr", True),
        ("- Commenced on 26 February 2014", "en", True),
        ("- [Ceci est la version de ce document à 8 Juillet 2004.]", "fr", True),
        ("- [This is the version of this document at 8 July 2004.]", "en", True),
        # an event cue inside other chrome is not the text's record
        ("À lire aussi : la loi entrée en vigueur le 3 mars 2015", "fr", False),
        ("Read also: the act that took entry into force on 3 March 2015", "en", False),
    ],
)
def test_own_record_in_noise(line: str, lang: str, kept: bool) -> None:
    (hit,) = find_dates(line, lang)
    assert stamp_in_noise(line, hit, 0, len(line), body_start=0) is kept


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a gazette prints its issue date alone over the act; the act's signature formula
        # ("Fait à …, le …", "Done at …") dates the act itself
        (
            "fr",
            "Journal officiel de l'Union européenne\nFR Série L\n\n2026/418\n24.2.2026\n\n"
            "RÈGLEMENT D'EXÉCUTION (UE) 2026/418 DU CONSEIL du 23 février 2026 mettant en œuvre "
            "le règlement (UE) 2016/1686\n\nArticle premier\n\nL'annexe I est modifiée.\n\n"
            "Fait à Bruxelles, le 23 février 2026.\n\nPar le Conseil\nLe président\n",
            "2026-02-23",
        ),
        (
            "en",
            "Official Journal of the European Union\nEN L series\n\n2026/418\n24.2.2026\n\n"
            "COUNCIL IMPLEMENTING REGULATION (EU) 2026/418 of 23 February 2026 implementing "
            "Regulation (EU) 2016/1686\n\nArticle 1\n\nAnnex I is amended.\n\n"
            "Done at Brussels, 23 February 2026.\n\nFor the Council\nThe President\n",
            "2026-02-23",
        ),
        # a statutory instrument's "Made" line, not the print's generation stamp above it
        (
            "en",
            "Document Generated: 2025-11-07\n\nSTATUTORY INSTRUMENTS\n\n2025 No. 1184\n\n"
            "The Example (Restriction Zones) Regulations 2025\n\nMade - - - - 4th November 2025\n"
            "Laid before Parliament 6th November 2025\nComing into force - - - 1st January 2026\n",
            "2025-11-04",
        ),
        (
            "fr",
            "Version en vigueur au 7 novembre 2025\n\nDécret n° 2025-1184 relatif aux zones "
            "interdites de survol\n\nFait à Paris, le 4 novembre 2025.\n",
            "2025-11-04",
        ),
        # a decree's signature formula "Donné à / Given at" under a gazette masthead that
        # prints the issue's later date
        (
            "fr",
            "LE JOURNAL DE LA RÉPUBLIQUE\n\nNo 88          Ville-Exemple, jeudi 12 mars 2026\n\n"
            "DÉCRET portant création d'un comité de vigilance\n\nArticle 1er.- Il est créé un "
            "comité.\n\nDonné au Palais du gouvernement, à Ville-Exemple, le 3 mars 2026.\n",
            "2026-03-03",
        ),
        (
            "en",
            "THE REPUBLIC JOURNAL\n\nNo 88          Example City, Thursday 12 March 2026\n\n"
            "DECREE establishing a vigilance committee\n\nArticle 1.- A committee is "
            "established.\n\nGiven at Government House, Example City, on 3 March 2026.\n",
            "2026-03-03",
        ),
        # a publication cue right before its date, inside a version line
        (
            "en",
            "Ports of Entry: Countering Threats to Maritime Infrastructure\n\nAuthors: A. Okafor, "
            "B. Lindqvist Version 1.2 — 14 February 2026 (first published 30 January 2026)\n",
            "2026-01-30",
        ),
        (
            "fr",
            "Ports d'entrée : contrer les menaces contre les infrastructures maritimes\n\nAuteurs : "
            "A. Okafor, B. Lindqvist Version 1.2 — 14 février 2026 (publié le 30 janvier 2026)\n",
            "2026-01-30",
        ),
        # a bracketed heading that names the act, then its date; a site's "today is" is chrome
        (
            "en",
            "The Law Project\nToday is Wednesday, December 02, 2026\n\nRepublic of the Example\n"
            "Congress of the Example\n\n[ REPUBLIC ACT NO. 12318, January 15, 2026 ]\n\n"
            "AN ACT STRENGTHENING THE PROTECTION OF PORTS\n",
            "2026-01-15",
        ),
        (
            "fr",
            "Le Projet juridique\nNous sommes le mercredi 2 décembre 2026\n\nRépublique du Sénégal\n\n"
            "[ LOI N° 2025-07, 4 mars 2025 ]\n\nLOI MODIFIANT LE CODE PÉNAL\n",
            "2025-03-04",
        ),
        # a sitting's date block opening its line, under the record's heading
        (
            "fr",
            "Compte rendu\n\nCommission des lois\n\nMercredi 11 mars 2026 Séance de 9 heures 30\n\n"
            "Compte rendu n° 42\n\nLa séance est ouverte à 9 heures 35.\n",
            "2026-03-11",
        ),
        (
            "en",
            "Official Report\n\nHome Affairs Committee\n\nWednesday 11 March 2026 Sitting at 9.30 am\n\n"
            "Report No. 42\n\nThe sitting opened at 9.35 am.\n",
            "2026-03-11",
        ),
        # a photo caption names a place and a date inside a sentence; the dateline under the
        # title gives the meeting's two days
        (
            "fr",
            "Photo de famille des ministres, Lyon, 8 octobre 2026. © Présidence\n\n"
            "Communiqué des ministres de l'Intérieur\n\nLyon, 8 et 9 octobre 2026\n\n"
            "Nous, ministres de l'Intérieur, nous sommes réunis à Lyon.\n",
            "2026-10-08/2026-10-09",
        ),
        (
            "en",
            "Family photo of the ministers, Lyon, 8 October 2026. © Presidency\n\n"
            "Communiqué of the Interior Ministers\n\nLyon, 8 and 9 October 2026\n\n"
            "We, the Interior Ministers, met in Lyon.\n",
            "2026-10-08/2026-10-09",
        ),
        # an act's approval line under its signatures, past the head, dates it; the dates the
        # act names in its sections do not
        (
            "en",
            "Republic of the Example\nCongress of the Example\n\nAN ACT PROTECTING PORTS\n\n"
            + "SECTION 1. Short Title. – This Act shall be known as the Ports Act.\n\n" * 70
            + "SEC. 2. Effectivity. – This Act shall take effect on March 1, 2026.\n\n"
            "(Sgd.) JUAN DELA CRUZ\nPresident of the Senate\n\nApproved: JAN 15 2026\n",
            "2026-01-15",
        ),
        (
            "fr",
            "République de l'Exemple\nAssemblée nationale\n\nLOI PROTÉGEANT LES PORTS\n\n"
            + "Article premier. – La présente loi est dite loi sur les ports.\n\n" * 70
            + "Article 2. – La présente loi entre en vigueur le 1er mars 2026.\n\n"
            "Le Président de l'Assemblée\nJean DUPONT\n\nApprouvé : 15 janvier 2026\n",
            "2026-01-15",
        ),
    ],
)
def test_own_date_across_publishers(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


_REPORT_BODY = {
    "fr": (
        "I. CONTEXTE\n\n1) Le pays reste exposé à la menace venue du Sahel, notamment dans les "
        "régions frontalières, et les autorités ont renforcé le contrôle des frontières.\n\n"
        "2) La cellule a reçu davantage de déclarations de soupçon que l'année précédente.\n\n"
        "3) Les banques et les opérateurs de monnaie électronique en ont transmis l'essentiel.\n\n"
        "II. GEL DES AVOIRS\n\n4) Le ministre a pris deux arrêtés de gel :\n"
        "- arrêté n° 0112/MFB/CX du 14 février 2025 ;\n- arrêté n° 0398/MFB/CX du 2 juillet 2025.\n"
    ),
    "en": (
        "I. CONTEXT\n\n1) The country remains exposed to the threat from the Sahel, notably in "
        "the border regions, and the authorities have tightened border controls.\n\n"
        "2) The unit received more suspicious transaction reports than in the previous year.\n\n"
        "3) Banks and mobile money operators filed most of them.\n\n"
        "II. ASSET FREEZING\n\n4) The Minister made two freezing orders:\n"
        "- Order No. 112 of 14 February 2025;\n- Order No. 398 of 2 July 2025.\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "cover"),
    [
        (
            "fr",
            "RÉPUBLIQUE D'EXEMPLE\nMINISTÈRE DES FINANCES\n\nCELLULE NATIONALE D'EXEMPLE\n\nRAPPORT D'ACTIVITÉS 2025\n\nExtrait : chapitre III\n\n"
            "Abidjan, juin 2026\n\n",
        ),
        (
            "en",
            "REPUBLIC OF EXAMPLE\nMINISTRY OF FINANCE\n\nNATIONAL EXAMPLE UNIT\n\nANNUAL REPORT 2025\n\nExcerpt: chapter III\n\n"
            "Nairobi, June 2026\n\n",
        ),
    ],
)
def test_a_listed_acts_day_yields_to_the_covers_month(lang: str, cover: str) -> None:
    # a short list line past the title naming an act ("- arrêté n° … du 14 février 2025 ;")
    # dates that act, not the report, whose cover dateline gives only its month
    doc = parse_text(cover + _REPORT_BODY[lang], language=lang)  # type: ignore[arg-type]
    assert doc.date is not None and doc.date.value == "2026-06"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a secretariat's code in the masthead's right-hand column, whatever the body letter
        (
            "en",
            "United Nations S/PRST/2026/4\nSecurity Council Distr.: General\n17 March 2026\n\n"
            "Statement by the President of the Security Council\n\nThe Council recalls "
            "S/PRST/2015/11.\n",
            "S/PRST/2026/4",
        ),
        (
            "fr",
            "Nations Unies A/HRC/RES/58/14\nAssemblée générale Distr. générale\n9 avril 2025\n\n"
            "Résolution adoptée par le Conseil des droits de l'homme le 3 avril 2025\n",
            "A/HRC/RES/58/14",
        ),
        # an organ's code with its session number, beside the session's name
        (
            "en",
            "OPCW\nExecutive Council\n\nHundred and Eleventh Session EC-111/DEC.6\n"
            "7 – 10 October 2025 9 October 2025\n\nDECISION\n\nRecalling decision C-20/DEC.13;\n",
            "EC-111/DEC.6",
        ),
        (
            "fr",
            "OIAC\nConseil exécutif\n\nCent-onzième session EC-111/DEC.6\n"
            "7 – 10 octobre 2025 9 octobre 2025\n\nDÉCISION\n\nRappelant la décision C-20/DEC.13 ;\n",
            "EC-111/DEC.6",
        ),
        # a series code beside the decision's own number yields to it
        (
            "en",
            "COMMITTEE AGAINST TERRORISM\n\nREGULAR SESSION OEA/Ser.L/X.2.26\n"
            "March 12-13, 2026 CICTE/DEC. 1/26\n",
            "CICTE/DEC. 1/26",
        ),
        # a year and a serial number alone on their line
        (
            "en",
            "STATUTORY INSTRUMENTS\n\n2025 No. 1184\n\nTERRORISM\n\nThe Example Regulations 2025\n",
            "2025 No. 1184",
        ),
        (
            "fr",
            "TEXTES RÉGLEMENTAIRES\n\n2024 n° 57\n\nTERRORISME\n\nArrêté relatif aux zones\n",
            "2024 n° 57",
        ),
        # a kind and its number in a series, heading a bracketed line or after a dash
        (
            "en",
            "Republic of the Example\n\n[ REPUBLIC ACT NO. 12318, January 15, 2026 ]\n\n"
            "AN ACT AMENDING REPUBLIC ACT NO. 11479\n",
            "REPUBLIC ACT NO. 12318",
        ),
        (
            "en",
            "Ports of Entry\n\nBlue Institute — Policy Report No. 7/2026\n\nAuthors: A. Okafor\n",
            "Policy Report No. 7/2026",
        ),
        (
            "fr",
            "Ports d'entrée\n\nInstitut bleu — Note d'analyse n° 12/2025\n\nAuteurs : A. Okafor\n",
            "Note d'analyse n° 12/2025",
        ),
        # a French act's kind keeps its qualifier
        (
            "fr",
            "Journal officiel de l'Union européenne\n\nRÈGLEMENT D'EXÉCUTION (UE) 2026/418 DU "
            "CONSEIL du 23 février 2026 mettant en œuvre le règlement (UE) 2016/1686\n",
            "Règlement d'exécution (UE) 2026/418",
        ),
        (
            "en",
            "Official Journal of the European Union\n\nCOUNCIL IMPLEMENTING REGULATION (EU) "
            "2026/418 of 23 February 2026 implementing Regulation (EU) 2016/1686\n",
            "Regulation (EU) 2026/418",
        ),
        # a judgment's neutral citation alone on its line, its court code naming a division
        # in up to eight capitals
        (
            "en",
            "Example v Doe (Criminal Case No. 12 of 2025)\n\nMedia neutral citation\n\n"
            "[2026] EXHCICD 17\n\nCourt\n\nHigh Court (Crimes Division)\n",
            "[2026] EXHCICD 17",
        ),
        (
            "fr",
            "Ministère public c. Doe (affaire pénale n° 12 de 2025)\n\nRéférence neutre\n\n"
            "[2026] EXHCICD 17\n\nJuridiction\n\nHaute Cour (division des crimes)\n",
            "[2026] EXHCICD 17",
        ),
        # unbracketed, a year and a long word of capitals are an Act's chapter, not a citation
        (
            "en",
            "Example Security Act 2019\n\n2019 CHAPTER 3\n\nAn Act to make provision about ports.\n",
            None,
        ),
        (
            "fr",
            "Loi sur la sécurité 2019\n\n2019 CHAPITRE 3\n\nLoi portant dispositions sur les ports.\n",
            None,
        ),
        # a French act's number after its issuing offices' codes, in its title line
        (
            "fr",
            "Journal officiel\n\nArrêté n° HC/DSP/2026-0417 du 9 septembre 2026 portant interdiction "
            "de survol\n\nJO n° 10712 du 12 septembre 2026, page 9342\n\nVu l'arrêté n° HC/DSP/2025-0233 ;\n",
            "HC/DSP/2026-0417",
        ),
        # a provincial regulation's number, its heading alone on its line
        (
            "fr",
            "Lois et règlements\n\nRÈGLEMENT DU NOUVEAU-BRUNSWICK 2026-58\n\npris en vertu de la "
            "Loi sur la protection des infrastructures\n",
            "RÈGLEMENT DU NOUVEAU-BRUNSWICK 2026-58",
        ),
        (
            "en",
            "Acts and Regulations\n\nNEW BRUNSWICK REGULATION 2026-58\n\nunder the Critical "
            "Infrastructure Protection Act\n",
            "NEW BRUNSWICK REGULATION 2026-58",
        ),
        # cited in running text, such a number is another regulation's
        (
            "fr",
            "Lois et règlements\n\nLe présent règlement abroge le Règlement du Nouveau-Brunswick "
            "2019-12 pris en vertu de la Loi.\n",
            None,
        ),
        # a code cited in running text is another document's
        (
            "en",
            "Statement by the Chair\n\nThe Committee recalls its earlier statement S/PRST/2015/11 "
            "and the report A/HRC/58/46 on this subject.\n",
            None,
        ),
    ],
)
def test_symbols_across_publishers(lang: str, text: str, symbol: str | None) -> None:
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


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the front matter of a republished document names its symbol
        (
            "en",
            '---\nlayout: circular\nsymbol: "MSC.1/Circ.1690"\nissued: 2025-05-02\n---\n\n'
            "INTERNATIONAL MARITIME ORGANIZATION\n\n# GUIDANCE ON PORT SECURITY\n",
            "MSC.1/Circ.1690",
        ),
        (
            "fr",
            '---\nlayout: circulaire\nsymbol: "MSC.1/Circ.1690"\n---\n\n'
            "ORGANISATION MARITIME INTERNATIONALE\n\n# DIRECTIVES SUR LA SÛRETÉ DES PORTS\n",
            "MSC.1/Circ.1690",
        ),
        # a press release's serial between its kind and its date
        (
            "fr",
            "- Accueil\n- Presse\n\nCommuniqué de presse 233/25 3 avril 2025 11:00\n\n"
            "Le Conseil prolonge les sanctions\n",
            "233/25",
        ),
        (
            "en",
            "- Home\n- Press\n\nPress release 233/25 3 April 2025 11:00\n\n"
            "Council extends sanctions\n",
            "233/25",
        ),
        # a code alone under the head's date line: the press office's release number
        (
            "en",
            "Home > News\n\nTreasury Sanctions Arms Brokers\n\nMarch 3, 2025\n\nJY2291\n\n"
            "WASHINGTON — Today, the Department designated two brokers.\n",
            "JY2291",
        ),
        (
            "fr",
            "Accueil > Actualités\n\nLe Trésor sanctionne des courtiers\n\n3 mars 2025\n\nJY2291\n\n"
            "Aujourd'hui, le Département a désigné deux courtiers.\n",
            "JY2291",
        ),
        # an assembly's resolution numbered by session and serial before its title
        (
            "en",
            "SECTION V — SECURITY\n\nResolution A41-18: Consolidated statement of policies\n\n"
            "Whereas the Assembly …\n",
            "A41-18",
        ),
        (
            "fr",
            "SECTION V — SÛRETÉ\n\nRésolution A41-18 : Exposé récapitulatif des politiques\n\n"
            "Considérant que l'Assemblée …\n",
            "A41-18",
        ),
        # a parliamentary question's number before its author
        (
            "fr",
            "Accueil > Questions\n\nQuestion N° 3988 de M. Jean Dupont (Finistère)\n\n"
            "Question écrite\n",
            "Question N° 3988",
        ),
        (
            "en",
            "Home > Questions\n\nWritten question No. 3988 by Jane Smith\n\nAnswered\n",
            "Written question No. 3988",
        ),
        # a common-law act's number before its short title after a colon
        (
            "en",
            "THE PRESIDENCY\n\nAct No. 4 of 2025: Cybercrimes Amendment Act, 2025\n\n"
            "(Assented to 2 May 2025)\n",
            "Act No. 4 of 2025",
        ),
        # an official compilation's reference repeated as the running header
        (
            "fr",
            "FEUILLE FÉDÉRALE\n\nFF 2025 1201\n\nMessage concernant la loi\n\ndu 3 mai 2025\n\n"
            "Texte.\n\nFF 2025 1201\n\nSuite du texte.\n",
            "FF 2025 1201",
        ),
        (
            "en",
            "FEDERAL GAZETTE\n\nFF 2025 1201\n\nDispatch on the act\n\nof 3 May 2025\n\n"
            "Text.\n\nFF 2025 1201\n\nMore text.\n",
            "FF 2025 1201",
        ),
    ],
)
def test_symbols_in_their_positions(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an assembly's adoption line closing the resolution, past its head, dates it; the
        # meetings its preamble recalls do not
        (
            "en",
            "Resolution A41-18: Consolidated statement\n\n"
            "Whereas the Panel, at its meeting held from 12 to 16 May 2022, recommended it;\n\n"
            + "1. Urges States to act.\n\n" * 60
            + "Adopted at the ninth plenary meeting, Montréal, 7 October 2022.\n",
            "2022-10-07",
        ),
        (
            "fr",
            "Résolution A41-18 : Exposé récapitulatif\n\n"
            "Considérant que le Groupe, à sa réunion du 12 au 16 mai 2022, l'a recommandé ;\n\n"
            + "1. Prie instamment les États d'agir.\n\n" * 60
            + "Adoptée à la neuvième séance plénière, Montréal, le 7 octobre 2022.\n",
            "2022-10-07",
        ),
        # a written question's record: its publication, not a later change of its minister
        (
            "fr",
            "Question N° 3988 de M. Jean Dupont (Finistère)\n\nQuestion écrite\n\n"
            "Question publiée au JO le : 10/12/2024 page : 91\n\n"
            "Date de changement d'attribution : 03/01/2025\n\n"
            "Réponse publiée au JO le : 18/03/2025 page : 1702\n\nTexte de la question\n",
            "2024-12-10",
        ),
        (
            "en",
            "Written question No. 3988 by Jane Smith\n\n"
            "Question published in the record on: 10/12/2024\n\n"
            "Date of transfer: 03/01/2025\n\nAnswer published on: 18/03/2025\n",
            "2024-12-10",
        ),
    ],
)
def test_adoption_lines_and_question_records(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


_MENU = "".join(f"- Menu item {n}\n" for n in range(16))
_REPORT_EN = "".join(
    f"{n}. The committee reviewed the listing of the organisation.\n" for n in range(80)
)
_REPORT_FR = "".join(
    f"{n}. La commission a examiné l'inscription de l'organisation.\n" for n in range(80)
)


def _own(text: str, lang: str, chrome: tuple[tuple[int, int], ...] = ()) -> str | None:
    hit = own_date(text, find_dates(text, lang), chrome)
    return None if hit is None else hit.value


@pytest.mark.parametrize(
    ("lang", "heading", "value"),
    [
        ("en", "JUDGMENT OF THE COURT OF APPEAL, CRIMINAL DIVISION, OF 3 MARCH 2026", "2026-03-03"),
        (
            "fr",
            "JUGEMENT DU TRIBUNAL ADMINISTRATIF DE LYON, QUATRIÈME CHAMBRE, DU 3 MARS 2026",
            "2026-03-03",
        ),
    ],
)
def test_a_judgment_heading_under_the_page_chrome(lang: str, heading: str, value: str) -> None:
    """A court page's menu (noise) pushes the judgment's own heading below the title lines
    counted from the page's top; counted from the document's first own line, it is the
    heading that dates the judgment."""
    text = _MENU + "REPUBLIC\n\nIN THE NAME OF THE PEOPLE\n\n" + heading + "\n\nThe appeal.\n"
    assert _own(text, lang) is None
    assert _own(text, lang, ((0, len(_MENU)),)) == value


@pytest.mark.parametrize(
    ("lang", "header", "act", "value"),
    [
        (
            "en",
            "OFFICIAL GAZETTE OF THE REPUBLIC, 12 March 2026, Vol. 41",
            "Regulation 12-2026, 2 March 2026",
            "2026-03-02",
        ),
        (
            "fr",
            "JOURNAL OFFICIEL DE LA RÉPUBLIQUE, 12 mars 2026, n° 41",
            "Arrêté 2026-33, 2 mars 2026",
            "2026-03-02",
        ),
    ],
)
def test_a_running_header_dates_the_issue_not_the_act(
    lang: str, header: str, act: str, value: str
) -> None:
    """A gazette prints its issue's date in a header on every page: printed again, that
    line dates the issue; the act's heading under it dates the act. Printed once, the line
    still names the gazette, whose issue it dates (heldout13's gazettes, meta14); a line
    printed once that names none stands (a dateline opening the page)."""
    body = "Text of the act.\n" * 5
    assert _own(f"101 {header}\n\n{act}\n\n{body}{header} 102\n", lang) == value
    assert _own(f"101 {header}\n\n{act}\n\n{body}", lang) == value
    place = header.split(",")[1:3]  # the header's date behind a capital's name, no gazette
    dateline = "Capital," + ",".join(place)
    assert _own(f"{dateline}\n\n{act}\n\n{body}", lang) != value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Council conclusions\nBrussels, 12 July 2026\nPrepared for the 3 July 2026 meeting\n\n"
            "The Council adopted conclusions.\n\nBrussels, 12 July 2026\n",
            "2026-07-12",
        ),
        (
            "fr",
            "Conclusions du Conseil\nBruxelles, le 12 juillet 2026\nPréparées pour le 3 juillet "
            "2026\n\nLe Conseil a adopté des conclusions.\n\nBruxelles, le 12 juillet 2026\n",
            "2026-07-12",
        ),
    ],
)
def test_a_dateline_printed_again_is_no_running_header(lang: str, text: str, value: str) -> None:
    """A dateline the text repeats at its end is a word or two beside its date, not a
    running header's publication, issue and page: it still dates the text."""
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "infobox", "stamp", "value"),
    [
        (
            "en",
            "| Levels | 3 (since 1 December 2016) |",
            "Page last updated: 21 November 2026",
            "2026-11-21",
        ),
        (
            "fr",
            "| Niveaux | 3 (depuis le 1er décembre 2016) |",
            "Page mise à jour le 21 novembre 2026",
            "2026-11-21",
        ),
    ],
)
def test_a_foot_stamp_dates_a_page_nothing_else_dates(
    lang: str, infobox: str, stamp: str, value: str
) -> None:
    """A period's start ("since …") is no date of the page; the page's update stamp at its
    foot, past the head, dates it when nothing else does."""
    body = _REPORT_EN if lang == "en" else _REPORT_FR
    assert _own(f"Alert levels\n\n{infobox}\n\n{body}\n{stamp}\n", lang) == value


@pytest.mark.parametrize(
    ("lang", "tail", "value"),
    [
        ("en", "Ms Jane Okoro MP\nChair 14 October 2026\n", "2026-10-14"),
        ("fr", "Le président\nJean-Marc Dubois\n14 octobre 2026\n", "2026-10-14"),
        # the end of a sentence over a date is no signature block
        ("en", "The committee will meet again on\n14 October 2026\n", None),
        ("fr", "La commission se réunira de nouveau le\n14 octobre 2026\n", None),
    ],
)
def test_a_signature_block_dates_a_report(lang: str, tail: str, value: str | None) -> None:
    """A report chapter whose head gives no date is dated by its signature block at the
    end: a name, an office and a date, each a short line of capitalised words."""
    body = _REPORT_EN if lang == "en" else _REPORT_FR
    assert _own(f"Chapter 2 - Listings\n\n{body}\n{tail}", lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value", "symbol"),
    [
        # an instruction or circular dated in its title line, numbered after its kind
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\nInstruction n° 2026-04 du 12 mars 2026 relative à la "
            "protection des lieux de culte pendant les fêtes religieuses et les grands "
            "rassemblements\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\n\n"
            "La présente instruction précise les mesures.\n",
            "2026-03-12",
            "2026-04",
        ),
        (
            "en",
            "MINISTRY OF THE INTERIOR\nCircular No. 4 of 12 March 2026 on the protection of "
            "places of worship during religious festivals and large public gatherings\n"
            "The Minister to the regional governors\n\nThis circular sets out the measures.\n",
            "2026-03-12",
            None,
        ),
        # a decree numbered with its issuing offices' codes, as West African states print it
        (
            "fr",
            "RÉPUBLIQUE DU NIGER\nFraternité - Travail - Progrès\nDÉCRET N°2026-0412/PRN/MI "
            "du 12 mars 2026 portant création d'un centre de lutte contre le terrorisme\n",
            "2026-03-12",
            "2026-0412/PRN/MI",
        ),
        # a United States statute by Congress and number
        (
            "en",
            "PUBLIC LAW 119-42—MAR. 12, 2026\n\nPublic Law 119-42\n119th Congress\nAn Act\n"
            "To protect stadiums from unmanned aircraft.\n",
            "2026-03-12",
            "Public Law 119-42",
        ),
    ],
)
def test_instructions_decrees_and_public_laws(
    lang: str, text: str, value: str, symbol: str | None
) -> None:
    assert _own(text, lang) == value
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # two datelines of the head score alike: the day's, not the regnal year's
        (
            "en",
            "First Session, Forty-fifth Parliament,\n3 Charles III, 2026\n"
            "HOUSE OF COMMONS OF CANADA\nBILL C-41\nAn Act to amend the Criminal Code (drones)\n"
            "FIRST READING, March 12, 2026\n\nHis Majesty enacts as follows:\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Première session, quarante-cinquième législature,\n3 Charles III, 2026\n"
            "CHAMBRE DES COMMUNES DU CANADA\nPROJET DE LOI C-41\nLoi modifiant le Code criminel "
            "(drones)\nPREMIÈRE LECTURE, le 12 mars 2026\n\nSa Majesté édicte :\n",
            "2026-03-12",
        ),
    ],
)
def test_a_day_before_a_year_among_equal_datelines(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # two short head lines score alike: the date alone on its line, not the one a cited
        # instrument's name carries
        (
            "fr",
            "Texte adopté n° 87\n« Petite loi »\nASSEMBLÉE NATIONALE\nCONSTITUTION DU 4 OCTOBRE "
            "1958\nDIX-SEPTIÈME LÉGISLATURE\nSESSION ORDINAIRE DE 2025-2026\n12 mars 2026\n"
            "PROJET DE LOI\nrelatif à la sécurité des stades,\n",
            "2026-03-12",
        ),
        (
            "en",
            "Adopted text No. 87\nPARLIAMENT OF RURITANIA\nCONSTITUTION OF 4 OCTOBER 1958\n"
            "SEVENTEENTH LEGISLATURE\nORDINARY SESSION 2025-2026\nSECOND READING\n12 March 2026\n"
            "BILL\non the security of stadiums,\n",
            "2026-03-12",
        ),
    ],
)
def test_a_date_alone_before_a_cited_instruments(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
