"""The document's own date and symbol on short heads of real layouts (ctdocs.extract._document,
_docsymbol; guidelines §6), and the per-family gate on the dev corpus.

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
