"""The document itself: the cue words and shapes a new publisher's page uses for its own date
and number that the fitted batches never printed (guidelines §6), found by writing the
classes of first-sight misses of heldout25-28 again in other publishers' styles.

- a page's publication cue in its other common words ("Posted on", "Released on", "Diffusé
  le", "Date de parution"): the page's publication, as "Published" and "Publié le" are, above
  its update stamp;
- an approval or an issue opening a field ("Version 2.0 — approved by the Committee on …",
  "Ref: … | Issued 30 June 2026 | …"): the document adopted or issued, as "validée par" and
  "Issued on" are;
- a related list's items that end on a dash and a day written year first ("- Charges laid
  against three people – 2026-02-18"): other documents' dates, as when the day ends on its
  year;
- a dateline whose place carries its region in parentheses and an article ("MONCTON
  (Nouveau-Brunswick), le 3 mars 2026 – Le …"): the region's words are the place's, not a
  sentence's;
- a number after the bare label "Ref:" / "Réf :" with no full stop, as after "Ref.".

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from §6 before running ctdocs.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = (
    "\n\nThe Minister opened a workshop on countering the financing of terrorism, held from"
    " 2 to 4 February 2026 with delegates from eleven States.\n\nThe workshop follows the"
    " regional action plan adopted on 12 November 2024.\n"
)
_FR = (
    "\n\nLe ministre a ouvert un atelier sur la lutte contre le financement du terrorisme,"
    " tenu du 2 au 4 février 2026 avec des délégués de onze États.\n\nL'atelier fait suite"
    " au plan d'action régional adopté le 12 novembre 2024.\n"
)
_EN_RELATED = (
    "\nRelated news\n\n- Police graduate 300 recruits – 2026-01-28\n"
    "- New border posts opened – 2026-01-20\n"
)
_FR_RELATED = (
    "\nÀ lire aussi\n\n- Sortie de promotion de 300 policiers – 2026-01-28\n"
    "- Ouverture de nouveaux postes frontières – 2026-01-20\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a publication cue in the page's other words, in a line of fields after an update stamp
        (
            "en",
            "Minister opens workshop | Updated: 9 February 2026 | Released on 3 February 2026"
            + _EN,
            "2026-02-03",
        ),
        (
            "fr",
            "Le ministre ouvre un atelier | Mis à jour le 9 février 2026 | Paru le 3 février 2026"
            + _FR,
            "2026-02-03",
        ),
        (
            "en",
            "Minister opens workshop\n\nLast updated: 5 February 2026\n\n"
            "Posted on: 3 February 2026" + _EN,
            "2026-02-03",
        ),
        (
            "fr",
            "Le ministre ouvre un atelier | Mis à jour le 9 février 2026 | "
            "Diffusé le 3 février 2026" + _FR,
            "2026-02-03",
        ),
        # an approval or an issue opening a field
        (
            "en",
            "Card 4 — Suspicious package\n\n> City of Saskatoon — Emergency Office\n"
            "> Version 2.0 — approved by the Executive Committee on 8 September 2026\n\n"
            "1. Call 911.\n\n2. Do not touch the package.\n\nLast edited: 30 October 2026\n",
            "2026-09-08",
        ),
        (
            "fr",
            "Fiche 4 — Colis suspect\n\n> Ville de Sherbrooke — Sécurité civile\n"
            "> Version 2.0 — approuvée par le comité de direction le 8 septembre 2026\n\n"
            "1. Appeler le 911.\n\n2. Ne pas toucher le colis.\n\n"
            "Dernière modification : 30 octobre 2026\n",
            "2026-09-08",
        ),
        (
            "en",
            "Managing drone threats at energy sites\n\n"
            "Ref: NESA-ADV-04/2026 | Issued 30 June 2026 | Page reviewed 11/08/2026" + _EN,
            "2026-06-30",
        ),
        # a related list's items dated year first: other documents' (no date of its own here)
        ("en", "Minister opens workshop" + _EN + _EN_RELATED, None),
        ("fr", "Le ministre ouvre un atelier" + _FR + _FR_RELATED, None),
        # a dateline's place with its region in parentheses, then an article
        (
            "fr",
            "Un adolescent plaide coupable\n\nMONCTON (Nouveau-Brunswick), le 3 mars 2026 – "
            "Le Service des poursuites a annoncé qu'un adolescent a plaidé coupable." + _FR_RELATED,
            "2026-03-03",
        ),
        (
            "en",
            "Teenager pleads guilty\n\nSAINT JOHN (New Brunswick), on 3 March 2026 – "
            "The Prosecution Service announced that a teenager pleaded guilty." + _EN_RELATED,
            "2026-03-03",
        ),
    ],
)
def test_own_date_of_new_cues(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "Managing drone threats at energy sites\n\n"
            "Ref: NESA-ADV-04/2026 | Issued 30 June 2026" + _EN,
            "NESA-ADV-04/2026",
        ),
        (
            "fr",
            "Gérer la menace des drones\n\nRéf : ANSE-AVIS-04/2026 | Diffusé le 30 juin 2026" + _FR,
            "ANSE-AVIS-04/2026",
        ),
    ],
)
def test_symbol_after_a_bare_reference_label(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


_EN_STAMPED = (
    "\n\nThe guidance sets out how reporting entities should apply the screening rules to new"
    " customers and to existing accounts.\n\nPublished 3 June 2026\n"
)
_FR_STAMPED = (
    "\n\nLa présente note précise comment les entités assujetties appliquent les règles de"
    " filtrage aux nouveaux clients et aux comptes existants.\n\nPublié le 3 juin 2026\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the issue cue opening its field, in French as in English
        (
            "fr",
            "Gérer la menace des drones\n\nRéf : ANSE-AVIS-04/2026 | Émis le 30 juin 2026" + _FR,
            "2026-06-30",
        ),
        (
            "en",
            "Managing drone threats at energy sites\n\nRef: NESA-ADV-04/2026 | Issued 30 June 2026"
            + _EN,
            "2026-06-30",
        ),
        # an approval or an issue under a cited act: the act's date, not the text's; the
        # page's publication stamp dates the text (§6)
        (
            "fr",
            "NOTE D'ORIENTATION SUR LE FILTRAGE\n\n"
            "Approuvée par le directeur en vertu de la loi du 14 mars 2019" + _FR_STAMPED,
            "2026-06-03",
        ),
        (
            "en",
            "GUIDANCE NOTE ON SCREENING\n\nIssued under section 12 of the Act of 14 March 2019"
            + _EN_STAMPED,
            "2026-06-03",
        ),
    ],
)
def test_own_date_of_an_approval_that_cites_an_act(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value
