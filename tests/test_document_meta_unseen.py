"""The document's own number and date in layouts of publishers no batch has shown yet.

Each row is a short text written by hand in the style of a kind of publisher the corpus
lacks (a prefecture's order, an audit office's report, a think tank's numbered note, an
agency's decision, a district court's opinion, a gazette's legal notice, a treaty's closing
formula in words, a blog, a news page with a box of related links). The expected values
were decided from the annotation guidelines (§6) before ctdocs was run on them; they hold
by classes that recur across publishers: a qualified act's number, a fiscal year's span, a
numbered series of parts (never the document's own number), an issuer between an act's
number and its date, a year in words after "in the year", a signature's "Dated", a dated
entry after a colon, a related item's stamp. French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._docsymbol import own_symbol

_BODY = "\n\n1. The first measure applies.\n\n2. The second measure applies.\n"
_CORPS = "\n\n1. La première mesure s'applique.\n\n2. La seconde mesure s'applique.\n"


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an act's kind qualified by its author before n°, a prefecture's five-group number
        (
            "fr",
            "PRÉFET DU RHÔNE\n\nArrêté préfectoral n° 69-2026-11-04-00012 portant interdiction "
            "temporaire de survol" + _CORPS,
            "69-2026-11-04-00012",
        ),
        (
            "fr",
            "Arrêté ministériel n° 2026-312 portant création d'une cellule de crise" + _CORPS,
            "2026-312",
        ),
        # a report's number over a fiscal year's span
        (
            "en",
            "The Auditor-General\nPerformance Audit Report No. 12 of 2026–27\n\nProtective "
            "Security of Transport Hubs" + _BODY,
            "Performance Audit Report No. 12 of 2026–27",
        ),
        (
            "en",
            "ANNUAL REPORT NO. 3 OF 2025-26\n\nNational Counter-Terrorism Committee" + _BODY,
            "ANNUAL REPORT NO. 3 OF 2025-26",
        ),
        # a numbered series of the text's parts: none of them is the document's number
        (
            "en",
            "Protective Security of Transport Hubs\n\nRecommendation no. 1\nThe department "
            "should assess every site.\n\nRecommendation no. 2\nThe department should test "
            "its detection.\n",
            None,
        ),
        (
            "fr",
            "La politique de prévention de la radicalisation\n\nRECOMMANDATION N° 1\nÉvaluer "
            "les dispositifs.\n\nRECOMMANDATION N° 2\nFormer les agents.\n",
            None,
        ),
        # a series' note and its number before the month it went out, in small letters
        (
            "fr",
            "NOTE D'ANALYSE\n\nLe financement du terrorisme au Sahel\n\nNote n° 45 — octobre "
            "2026" + _CORPS,
            "Note n° 45",
        ),
        (
            "en",
            "Policy Brief No. 7 – March 2026\n\nDrones and Soft Targets" + _BODY,
            "Policy Brief No. 7",
        ),
        # an issuer between the act's number and its date, the title in capitals or joined
        (
            "en",
            "DECISION No 2026/17 OF THE EXECUTIVE DIRECTOR\nof 5 June 2026\non the handling "
            "of operational information" + _BODY,
            "DECISION No 2026/17",
        ),
        (
            "en",
            "DECISION No 2026/17 OF THE EXECUTIVE DIRECTOR of 5 June 2026 on the handling of "
            "operational information" + _BODY,
            "DECISION No 2026/17",
        ),
        (
            "fr",
            "DÉCISION N° 2026-05 DU DIRECTEUR GÉNÉRAL\ndu 3 mars 2026\nrelative au traitement "
            "des signalements" + _CORPS,
            "DÉCISION N° 2026-05",
        ),
        # a procedure's letters joined to the number by a hyphen
        (
            "fr",
            "Décision n° MED-2026-014 du 3 février 2026 mettant en demeure la société X" + _CORPS,
            "MED-2026-014",
        ),
        # a United States district court's docket number under the parties
        (
            "en",
            "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\nUNITED STATES OF "
            "AMERICA,\nv.\nJOHN DOE,\nDefendant.\n\nNo. 1:26-cr-00123 (ABC)\n\nOPINION AND "
            "ORDER" + _BODY,
            "1:26-cr-00123",
        ),
    ],
)
def test_symbol(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


def _date(text: str) -> str | None:
    doc = parse_text(text)
    return doc.date.value if doc.date is not None else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a treaty's closing formula, its year in words after "in the year" / "de l'an"
        (
            "JOINT DECLARATION ON MARITIME COOPERATION" + _BODY + "\nDone at Mombasa this "
            "twelfth day of March in the year two thousand and twenty-six, in three originals.\n",
            "2026-03-12",
        ),
        (
            "DÉCLARATION CONJOINTE SUR LA COOPÉRATION MARITIME" + _CORPS + "\nFait à Rabat, le "
            "douze mars de l'an deux mille vingt-six, en deux exemplaires originaux.\n",
            "2026-03-12",
        ),
        # a notice's signature dated under it, over the issue date of the gazette printing it
        (
            "SPECIAL ISSUE\n\nLEGISLATIVE SUPPLEMENT, 6th February, 2026\n\nLEGAL NOTICE No. 45"
            " of 2026\n\nTHE PREVENTION OF TERRORISM (DRONES) REGULATIONS, 2026"
            + _BODY
            + "\nDated the 2nd February, 2026.\n\nJ. KAMAU,\nCabinet Secretary.\n",
            "2026-02-02",
        ),
        (
            "SUPPLÉMENT SPÉCIAL, 6 février 2026\n\nAVIS N° 45\n\nRELATIF AUX AÉRONEFS SANS "
            "PILOTE" + _CORPS + "\nDaté du 2 février 2026.\n\nLe ministre de l'Intérieur,\n"
            "J. KAMARA\n",
            "2026-02-02",
        ),
        # a dated entry after a colon (a comment) is no dateline: the post's stamp dates it
        (
            "Counter-Terrorism Law Blog\n\nPosted on March 3, 2026 by admin\n\nThree questions "
            "about the new drone offences" + _BODY + "\nComments (1)\n\nJohn, March 5, 2026: "
            "Great summary.\n",
            "2026-03-03",
        ),
        (
            "Le blog du droit pénal\n\nPublié le 3 mars 2026 par la rédaction\n\nTrois "
            "questions sur les nouvelles infractions" + _CORPS + "\nCommentaires (1)\n\n"
            "Marie, 5 mars 2026 : merci pour cet article.\n",
            "2026-03-03",
        ),
        # but a press release's dateline that a colon closes on the text's first lines is
        # its date, whatever follows (the rule above is for entries below the top)
        (
            "# Government launches counter-terrorism portal\n\nNEW DELHI, 5 March 2026: The "
            "Government launched a portal on 2 March 2026 to report suspicious drones.\n",
            "2026-03-05",
        ),
        (
            "# Le gouvernement lance un portail\n\nPARIS, 5 mars 2026 : Le gouvernement a "
            "lancé le 2 mars 2026 un portail pour signaler les drones suspects.\n",
            "2026-03-05",
        ),
        # a related item's stamp on a "see also" line dates that item, not the page
        (
            "Home \u203a News\n\nPublished 5 February 2026 | Updated 10 March 2026\n\nThreat level "
            "maintained" + _BODY + "\nSee also: Annual threat report (published 12 January "
            "2026)\n",
            "2026-02-05",
        ),
        (
            "Accueil \u203a Actualités\n\nPublié le 05/02/2026 | Mis à jour le 10/03/2026\n\nPlan "
            "Vigipirate maintenu" + _CORPS + "\nVoir aussi : Bilan 2025 de la menace terroriste "
            "(publié le 12/01/2026)\n",
            "2026-02-05",
        ),
    ],
)
def test_date(text: str, value: str) -> None:
    assert _date(text) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a series' kind and number with no mark, a bar or a dash and the month closing the line
        (
            "en",
            "Occasional Paper 47 | June 2026\n\nDrones and Deterrence" + _BODY,
            "Occasional Paper 47",
        ),
        ("fr", "Cahier 12 – mars 2026\n\nLe terrorisme au Sahel" + _CORPS, "Cahier 12"),
        # a year is no serial number: the year a report covers
        ("fr", "Rapport 2025 | juin 2026\n\nLa menace terroriste" + _CORPS, None),
        ("en", "Report 2025 | June 2026\n\nThe terrorist threat" + _BODY, None),
    ],
)
def test_series_without_mark(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
