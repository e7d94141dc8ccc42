"""Where a number stands tells the document's own from a cited one (ctdocs.extract._docstand;
guidelines §6): a number inside a sentence is cited, a record's key names the number by its
parts, a code alone on the first lines comes before what the text cites, an abbreviated label's
point is its separator.

The texts are in publishers' styles none of the held-out batches has; every expected value was
read by hand from the text under §6 before ctdocs ran. French and English rows side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501, RUF001

from __future__ import annotations

import pytest

from ctdocs.extract._docstand import in_prose, with_acronym
from ctdocs.extract._docsymbol import own_symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an act cited in a sentence of a blog post: the post has no number of its own
        (
            "en",
            "Harbour Safety Institute | Blog\n18 March 2026\n\nWhat the new port security package means for small marinas\n\n"
            "The package builds on the Commission's earlier action plan on protecting public spaces (COM(2017) 612 final) and asks marinas to name a security officer by the end of the year.\n",
            None,
        ),
        (
            "fr",
            "Institut de sûreté portuaire | Blog\n18 mars 2026\n\nCe que le nouveau paquet sûreté portuaire change pour les petits ports\n\n"
            "Le paquet s'appuie sur le plan d'action antérieur de la Commission pour la protection des espaces publics (COM(2017) 612 final) et demande aux ports de désigner un agent de sûreté avant la fin de l'année.\n",
            None,
        ),
        # a site generator's record key of its own spelling naming the number
        (
            "en",
            '---\nlayout: publication\ntitle: "Protecting crowded places from vehicle attacks"\nseriesNumber: "NCSC-GP-2026-07"\ndate: 2026-04-02\n---\n\n'
            "# Protecting crowded places from vehicle attacks\n\nGuidance for venue operators on hostile vehicle mitigation.\n",
            "NCSC-GP-2026-07",
        ),
        (
            "fr",
            '---\ntitre: "Plan de vigilance des transports"\nnumero_fiche: "FR-VIG/2026/03"\ndate: 2026-02-11\n---\n\n'
            "# Plan de vigilance des transports\n\nFiche destinée aux exploitants de réseaux de transport.\n",
            "FR-VIG/2026/03",
        ),
        # a machine's identifier under such a key is no number as printed
        (
            "en",
            '---\ntitle: "Drone incursions at regional airports"\ntracking_code: 9c1f04ab77e2d3c5a8b0\ndate: 2026-04-02\n---\n\n'
            "# Drone incursions at regional airports\n\nA briefing for airport operators.\n",
            None,
        ),
        (
            "fr",
            '---\ntitre: "Drones et aéroports régionaux"\ncode_interne: 9c1f04ab77e2d3c5a8b0\ndate: 2026-04-02\n---\n\n'
            "# Drones et aéroports régionaux\n\nNote destinée aux exploitants d'aéroports.\n",
            None,
        ),
        # a code alone on the first lines, before the reference document the opinion cites
        (
            "en",
            "EN\n\nSECCOM-IV/027\n142nd plenary session, 3 and 4 June 2026\n\nOPINION\n\nSafe public transport in border regions\n\n"
            "Rapporteur\nMr Jonas PETERSEN (DK/RE)\nReference document Communication from the Commission on a counter-terrorism agenda\nCOM(2020) 795 final\n\n"
            "I. POLICY RECOMMENDATIONS\n\n1. welcomes the agenda;\n",
            "SECCOM-IV/027",
        ),
        (
            "fr",
            "FR\n\nSECCOM-IV/027\n142e session plénière, 3 et 4 juin 2026\n\nAVIS\n\nTransports publics sûrs dans les régions frontalières\n\n"
            "Rapporteur\nM. Jonas PETERSEN (DK/RE)\nDocument de référence Communication de la Commission sur un programme de lutte antiterroriste\nCOM(2020) 795 final\n\n"
            "I. RECOMMANDATIONS POLITIQUES\n\n1. salue le programme ;\n",
            "SECCOM-IV/027",
        ),
        # an abbreviated label, no colon, before a slash code in a page's record line
        (
            "en",
            "Home › Documents › Declarations › 2026\n\nDeclaration Ref. BSEC/MM/34/DEC/2026/2 Posted on 04.03.2026\n\n"
            "Declaration on countering terrorism in the Black Sea region\n\nAdopted by the Council of Ministers.\n",
            "BSEC/MM/34/DEC/2026/2",
        ),
        (
            "fr",
            "Accueil › Documents › Déclarations › 2026\n\nDéclaration Réf. CEEAC/CM/34/DEC/2026/2 Mis en ligne le 04.03.2026\n\n"
            "Déclaration sur la lutte contre le terrorisme en Afrique centrale\n\nAdoptée par le Conseil des ministres.\n",
            "CEEAC/CM/34/DEC/2026/2",
        ),
        # a definition list's term over its value: the label's line is its separator
        (
            "en",
            "Home > Publications > Guidance\n\nGuidance\n\nSecuring stadium perimeters against drones\n\nReference\n\nCPNI-SP-2026-0311 v2.0\n\nPublished\n\n4 May 2026\n\nThis guidance helps stadium operators.\n",
            "CPNI-SP-2026-0311 v2.0",
        ),
        (
            "fr",
            "Accueil > Publications > Guides\n\nGuide\n\nSécuriser le périmètre des stades face aux drones\n\nRéférence\n\nSGDSN-GP-2026-0311 v2.0\n\nPublié le\n\n4 mai 2026\n\nCe guide aide les exploitants de stades.\n",
            "SGDSN-GP-2026-0311 v2.0",
        ),
        # a date under such a label is no number
        (
            "en",
            "Guidance\n\nSecuring stadium perimeters\n\nNumber\n\n2026-05-04\n\nThis guidance helps stadium operators.\n",
            None,
        ),
        (
            "fr",
            "Guide\n\nSécuriser les stades\n\nNuméro\n\n2026-05-04\n\nCe guide aide les exploitants de stades.\n",
            None,
        ),
    ],
)
def test_own_symbol_by_where_it_stands(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("head", "symbol", "cited"),
    [
        # inside a sentence that runs on after it
        (
            "The plan follows the earlier agenda of the Commission (COM(2020) 795 final) and asks every city to act.",
            "COM(2020) 795 final",
            True,
        ),
        (
            "Le plan suit le programme antérieur de la Commission (COM(2020) 795 final) et demande à chaque ville d'agir.",
            "COM(2020) 795 final",
            True,
        ),
        # closing an adoption line: the line ends on it, the document's own
        (
            "Adopted by the Council of Ministers at its session of 9 September 2026 – Decree No. 2026-1184",
            "2026-1184",
            False,
        ),
        (
            "Adoptée en Conseil des ministres lors de sa séance du 9 septembre 2026 – Décret n° 2026-1184",
            "2026-1184",
            False,
        ),
        # also printed alone on a line: not only cited
        (
            "COM(2020) 795 final\n\nThe plan follows the earlier agenda of the Commission (COM(2020) 795 final) and asks every city to act.",
            "COM(2020) 795 final",
            False,
        ),
        (
            "COM(2020) 795 final\n\nLe plan suit le programme antérieur de la Commission (COM(2020) 795 final) et demande à chaque ville d'agir.",
            "COM(2020) 795 final",
            False,
        ),
    ],
)
def test_in_prose(head: str, symbol: str, cited: bool) -> None:
    assert in_prose(head, symbol) is cited


@pytest.mark.parametrize(
    ("head", "symbol", "printed"),
    [
        # a body's acronym alone with the number on a head line is part of it
        (
            "Joint Working Group on Maritime Security\n\n    CTWG 26/114\n\nRecord of the meeting\n",
            "26/114",
            "CTWG 26/114",
        ),
        (
            "Groupe de travail conjoint sur la sûreté maritime\n\n    GTSM 26/114\n\nCompte rendu de la réunion\n",
            "26/114",
            "GTSM 26/114",
        ),
        # a number's mark in capitals is no body's acronym
        ("PORT CIRCULAR\nNO 21/2026\n\nSecurity of berths\n", "21/2026", "21/2026"),
        ("CIRCULAIRE PORTUAIRE\nNUM 21/2026\n\nSûreté des postes à quai\n", "21/2026", "21/2026"),
        # nor the letters of another document's number
        (
            "Drones over the harbour\n\nISBN 978-92-9204\n\nThe study\n",
            "978-92-9204",
            "978-92-9204",
        ),
        ("Des drones au-dessus du port\n\nISSN 2026-0412\n\nL'étude\n", "2026-0412", "2026-0412"),
    ],
)
def test_with_acronym(head: str, symbol: str, printed: str) -> None:
    assert with_acronym(head, symbol) == printed


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # an abbreviated label's code closing a quoted value of the front matter (heldout33
        # fr06's Marp footer), in other generators' keys and quotes
        (
            "fr",
            "---\nmarp: true\nfooter: 'Bruxelles, 27 novembre 2025 · Usage restreint TLP:CLEAR · Réf. CTIF/FT/2025/11'\n---\n\n# Indicateurs de financement du terrorisme\n\nPrésentation aux entités assujetties.\n",
            "CTIF/FT/2025/11",
        ),
        (
            "en",
            '---\ntitle: Policy brief\nsubtitle: "Briefing for member states · Ref. ABC/PB/2026/03"\n---\n\n# Returning fighters\n\nA briefing for member states.\n',
            "ABC/PB/2026/03",
        ),
        (
            "fr",
            "---\ndescription: 'Note de situation — Réf. DGSI/SDAT/2026/118'\n---\n\n# Note d'information\n\nLe présent document fait le point.\n",
            "DGSI/SDAT/2026/118",
        ),
        (
            "en",
            "# Briefing\n\nPrepared for the “Steering group · Ref. ICS/SG/2026/7”\n\nThis briefing sets out the options.\n",
            "ICS/SG/2026/7",
        ),
        # negative rows of the same shape: a label naming another document's number, a
        # value of two parts, a part of the text
        (
            "fr",
            "---\ndescription: 'Cette note remplace la note Réf. CTIF/FT/2019/03'\n---\n\n# Note de la cellule\n\nLa présente note s'applique aux déclarants.\n",
            None,
        ),
        (
            "en",
            '---\ndescription: "This note supersedes the guidance Ref. FIU/TF/2019/03"\n---\n\n# Unit note\n\nThis note applies to reporting entities.\n',
            None,
        ),
        (
            "fr",
            "---\nfooter: 'Bruxelles, 27 novembre 2025 · voir réf. CTIF/FT/2019/02'\n---\n\n# Indicateurs\n\nPrésentation aux entités assujetties.\n",
            None,
        ),
        (
            "en",
            '---\nsubtitle: "Follows up cf. Ref. OSCE/ODIHR/2019/5"\n---\n\n# Returning fighters\n\nA briefing for member states.\n',
            None,
        ),
        (
            "fr",
            "---\nfooter: 'Bruxelles · Réf. 2025/11'\n---\n\n# Indicateurs\n\nPrésentation aux entités assujetties.\n",
            None,
        ),
        (
            "en",
            '---\nsubtitle: "Ref. Annex 3"\n---\n\n# Returning fighters\n\nA briefing for member states.\n',
            None,
        ),
    ],
)
def test_a_dotted_labels_code_closing_a_quoted_value(
    lang: str, text: str, symbol: str | None
) -> None:
    assert own_symbol(text, lang) == symbol
