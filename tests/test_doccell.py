"""A lettered code closing a cell of a short head line is the document's own number
(ctdocs.extract._doccell; guidelines §6): a kicker's "Public Statement · CODE", a field's
"Réf. : CODE – version 3", a metadata line's "… · Reference CODE", a heading's "Kind CODE –
Title", a foot's "Reference: CODE" past a numbered body. Not a code in a sentence, a list's
item, a catalogue's or an ISBN's field, a case box of the body, nor an unlabelled cell past
the body's first numbered heading.

The texts are in publishers' shapes none of the held-out batches has (other markup, other
order, other words); every expected value was read by hand from the text under §6 before
ctdocs ran. French and English rows side by side; each positive row returns None on base
b4f207b0 (the class: a code printed as a cell, no shape of document.toml reading it).
"""

# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._doccell import cell_code
from ctdocs.extract._docsymbol import own_symbol

_PROSE_EN = (
    "Member authorities should review the arrangements described below and report on their "
    "implementation to the secretariat before the end of the year.\n"
)
_PROSE_FR = (
    "Les autorités membres examinent les dispositions décrites ci-dessous et rendent compte de "
    "leur mise en œuvre au secrétariat avant la fin de l'année.\n"
)
_BODY_EN = (
    "1. Scope. The plenary adopted the revised typologies report and agreed on its follow-up.\n\n"
    "2. Next steps. Members will report on the follow-up at the next plenary meeting.\n\n"
)
_BODY_FR = (
    "1. Champ. La plénière a adopté le rapport révisé sur les typologies et convenu de son suivi.\n\n"
    "2. Suite. Les membres rendront compte du suivi lors de la prochaine réunion plénière.\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a kicker: a kind, a bar, the code
        (
            "en",
            f"Regional Counter-Terrorism Centre\n\nGuidance Note | RCTC-GN/2026/07\n\nProtecting stadiums from drone incursions\n\n{_PROSE_EN}",
            "RCTC-GN/2026/07",
        ),
        (
            "fr",
            f"Centre régional de lutte contre le terrorisme\n\nNote d'orientation | CRLT-NO/2026/07\n\nProtéger les stades contre les drones\n\n{_PROSE_FR}",
            "CRLT-NO/2026/07",
        ),
        # a labelled field, a colon, a dash and the version after it
        (
            "fr",
            f"Cellule de renseignement financier\n\nRéférence : CRF/LD/2026/04 — mise à jour du 3 mars 2026\n\nLignes directrices sur les organismes à but non lucratif\n\n{_PROSE_FR}",
            "CRF/LD/2026/04",
        ),
        (
            "en",
            f"Financial Intelligence Unit\n\nIssued 4 May 2026 · Last reviewed 9 June 2026 · Ref. FIU-NPO-2026/11\n\nGuidance on non-profit organisations\n\n{_PROSE_EN}",
            "FIU-NPO-2026/11",
        ),
        # a heading: the kind, the code, a dash and the title
        (
            "fr",
            f"# Avis technique AT-2026-05 – Sûreté des dépôts d'explosifs\n\n{_PROSE_FR}",
            "AT-2026-05",
        ),
        (
            "en",
            f"## Technical Advice TA-2026-05 — Securing explosives stores\n\n{_PROSE_EN}",
            "TA-2026-05",
        ),
        # a foot's labelled field past a numbered body
        (
            "en",
            f"Outcomes of the 2026 plenary\n\n{_BODY_EN}Download the statement (PDF, 120 KB) | Reference: EAG/PL26/STAT\n",
            "EAG/PL26/STAT",
        ),
        (
            "fr",
            f"Résultats de la plénière de 2026\n\n{_BODY_FR}Télécharger la déclaration (PDF, 120 Ko) | Référence : GAB/PL26/DECL\n",
            "GAB/PL26/DECL",
        ),
        # a dateline's cells: a day's number opens the line, no numbered heading of the body
        (
            "en",
            f"18 March 2026 · Guidance Note · RCTC-GN/2026/08\n\nProtecting arenas from drone incursions\n\n{_PROSE_EN}",
            "RCTC-GN/2026/08",
        ),
        (
            "fr",
            f"3 mars 2026 | Note d'orientation | CRLT-NO/2026/08\n\nProtéger les salles contre les drones\n\n{_PROSE_FR}",
            "CRLT-NO/2026/08",
        ),
        # a site component's quoted value
        (
            "en",
            f'Counter-Terrorism Policy Unit\n\n<Chip label="Policy brief" /> <Chip label="CTPU-PB/2026/03" />\n\n{_PROSE_EN}',
            "CTPU-PB/2026/03",
        ),
        (
            "fr",
            f'Unité de politique antiterroriste\n\n<Pastille texte="Note de politique" /> <Pastille texte="UPA-NP/2026/03" />\n\n{_PROSE_FR}',
            "UPA-NP/2026/03",
        ),
    ],
)
def test_a_code_closing_a_cell_is_the_own_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a code inside a sentence the text cites
        (
            "en",
            f"Financial Intelligence Unit\n\nGuidance on non-profit organisations\n\nThis guidance replaces FIU-NPO-2025/02.\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Cellule de renseignement financier\n\nLignes directrices sur les organismes à but non lucratif\n\nCette note remplace la note CRF/LD/2025/01.\n\n{_PROSE_FR}",
        ),
        # a reference list's items
        (
            "en",
            f"Further reading\n\n- EAG/PL25/STAT – Statement of the 2025 plenary\n- EAG/PL24/STAT – Statement of the 2024 plenary\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Pour aller plus loin\n\n- GAB/PL25/DECL – Déclaration de la plénière de 2025\n- GAB/PL24/DECL – Déclaration de la plénière de 2024\n\n{_PROSE_FR}",
        ),
        # a catalogue's field of the imprint, another kind of number
        (
            "fr",
            f"Rapport annuel 2026\n\n© Sa Majesté le Roi du chef du Canada, 2026\nN° de catalogue : PS4-210/2026F-PDF\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Annual Report 2026\n\n© His Majesty the King in Right of Canada, 2026\nCat. No.: PS4-210/2026E-PDF\n\n{_PROSE_EN}",
        ),
        # a case box of the body
        (
            "fr",
            f"Rapport sur les typologies\n\n4.3.2 Encadré 3 – Cas FT-25-011\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Typologies report\n\n4.3.2 Box 3 – Case study TF-26-004\n\n{_PROSE_EN}",
        ),
        # a component's quoted value that cites another note
        (
            "en",
            f'Counter-Terrorism Policy Unit\n\n<Aside title="See CTPU-PB/2025/09" />\n\n{_PROSE_EN}',
        ),
        (
            "fr",
            f'Unité de politique antiterroriste\n\n<Encart titre="Remplace UPA-NP/2025/09" />\n\n{_PROSE_FR}',
        ),
        # an unlabelled cell past the numbered body: a contact's unit, not the number
        (
            "en",
            f"Outcomes of the 2026 plenary\n\n{_BODY_EN}Contact · CT-UNIT/HQ/2026\n",
        ),
        (
            "fr",
            f"Résultats de la plénière de 2026\n\n{_BODY_FR}Contact · UNITE-CT/SIEGE/2026\n",
        ),
    ],
)
def test_a_code_not_standing_as_a_cell_is_none(lang: str, text: str) -> None:
    # the cell reading alone: the French sentence row's code is one another reading of
    # own_symbol already returns on base (a short sentence closing on the code), not this one's
    assert cell_code(text) is None
    if "CRF/LD/2025/01" not in text:
        assert own_symbol(text, lang) is None


# the cell's own words, or the cells before a code standing alone, are not a kind whose
# initials the code spells: a product's model, a ticket's, a project's or a cited number
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            f"Product alert · Model XR-500-B · recall\n\nDrone model recalled after a security flaw\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Alerte produit · Modèle XR-500-B · rappel\n\nRappel d'un modèle de drone après une faille\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Incident report\n\nTicket: INC-2026-00417 | Status: closed\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Rapport d'incident\n\nTicket : INC-2026-00417 | Statut : clos\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Summary of the proposal\n\nSource: EU-COM-2026/12 | Tags: CT-FIN-2026\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Résumé de la proposition\n\nSource : UE-COM-2026/12 | Mots-clés : CT-FIN-2026\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Airport screening equipment\n\n| Item | Model | Units |\n|---|---|---|\n| Scanner | RS-3000-X | 4 |\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Équipements de contrôle\n\n| Poste | Modèle | Unités |\n|---|---|---|\n| Scanner | RS-3000-X | 4 |\n\n{_PROSE_FR}",
        ),
        (
            "en",
            f"Guidance on non-profit organisations\n\nSuperseded by: FIU-NPO-2026/11\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Lignes directrices sur les organismes à but non lucratif\n\nExercice | EX-TEMPETE-2026\n\n{_PROSE_FR}",
        ),
        # a registered charity's number spells its words, one of which no kind of a text holds
        (
            "en",
            f"Humanitarian Relief Trust\n\nRegistered charity · RC-1234-567\n\n{_PROSE_EN}",
        ),
        # a field's value: its label names another text's relation, not a number
        (
            "en",
            f"Guidance on non-profit organisations\n\nRelated: Guidance Note GN-2025/02\n\n{_PROSE_EN}",
        ),
        (
            "fr",
            f"Lignes directrices sur les organismes à but non lucratif\n\nÀ lire aussi : Note d'orientation NO-2025/02\n\n{_PROSE_FR}",
        ),
        # a file's name after the kind its letters spell
        (
            "fr",
            f"Agence de contrôle\n\nTéléchargement · Note de sécurité · NS-2026-03.pdf\n\n{_PROSE_FR}",
        ),
    ],
)
def test_a_code_after_words_it_does_not_spell_is_none(lang: str, text: str) -> None:
    assert cell_code(text) is None
    assert own_symbol(text, lang) is None


# the same shapes where the words before the code are the kind its letters spell
@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            f"Council of the Region\n\nPress Release · PR-2026-041 · recall\n\nCouncil adopts rules on drones\n\n{_PROSE_EN}",
            "PR-2026-041",
        ),
        (
            "fr",
            f"Conseil de la région\n\nCommuniqué de presse · CP-2026-041 · rappel\n\nLe Conseil adopte des règles\n\n{_PROSE_FR}",
            "CP-2026-041",
        ),
        (
            "en",
            f"Counter-Terrorism Policy Unit\n\nPolicy Brief: CTPU-PB-2026-03 | Status: final\n\n{_PROSE_EN}",
            "CTPU-PB-2026-03",
        ),
        (
            "fr",
            f"Cellule de renseignement financier\n\nNote d'orientation : NO-2026-01 | Statut : définitif\n\n{_PROSE_FR}",
            "NO-2026-01",
        ),
        # a field's value after a number's label: the kind and its code
        (
            "en",
            f"Financial Intelligence Unit\n\nReference: Guidance Note GN-2026/01\n\n{_PROSE_EN}",
            "GN-2026/01",
        ),
        (
            "fr",
            f"Cellule de renseignement financier\n\nRéf. : Note d'orientation NO-2026/01\n\n{_PROSE_FR}",
            "NO-2026/01",
        ),
    ],
)
def test_a_code_its_kind_spells_is_the_own_number(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


# one kind before several codes: a page's "related" links, a list of its texts, none the
# document's own though the kind spells each; a field labelled as a number still counts
@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            f"Protecting crowded places\n\n{_PROSE_EN}\nRelated publications\n\nGuidance Note GN-2025/04 – Stadiums\n\nGuidance Note GN-2025/02 – Arenas\n",
            None,
        ),
        (
            "fr",
            f"Protéger les lieux de rassemblement\n\n{_PROSE_FR}\nPublications associées\n\nNote d'orientation NO-2025/04 – Stades\n\nNote d'orientation NO-2025/02 – Salles\n",
            None,
        ),
        (
            "en",
            f"Protecting crowded places\n\n{_PROSE_EN}\nDownload the note (PDF, 90 KB) · Reference: GN-2026/05\n",
            "GN-2026/05",
        ),
        (
            "fr",
            f"Protéger les lieux de rassemblement\n\n{_PROSE_FR}\nTélécharger la note (PDF, 90 Ko) · Référence : NO-2026/05\n",
            "NO-2026/05",
        ),
        # one kind before one code printed twice: the own number
        (
            "en",
            f"Guidance Note · GN-2026/06\n\nProtecting crowded places\n\n{_PROSE_EN}\nGuidance Note GN-2026/06 – Stadiums\n",
            "GN-2026/06",
        ),
        (
            "fr",
            f"Note d'orientation · NO-2026/06\n\nProtéger les lieux de rassemblement\n\n{_PROSE_FR}\nNote d'orientation NO-2026/06 – Stades\n",
            "NO-2026/06",
        ),
        # a kind before one code under a long title and over a page's text: the own number
        (
            "en",
            "Protecting stadiums, arenas, concert halls and other crowded places against unmanned aircraft, vehicle ramming and improvised explosive devices in the 2026 season\n\n"
            f"Guidance Note · RCTC-GN/2026/09\n\n{_PROSE_EN}",
            "RCTC-GN/2026/09",
        ),
        (
            "fr",
            "Protéger les stades, les salles de concert et les autres lieux de rassemblement contre les drones, les attaques au véhicule bélier et les engins explosifs improvisés\n\n"
            f"Note d'orientation · CRLT-NO/2026/09\n\n{_PROSE_FR}",
            "CRLT-NO/2026/09",
        ),
    ],
)
def test_a_kind_before_several_codes_is_a_list(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
