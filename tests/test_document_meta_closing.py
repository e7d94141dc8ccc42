"""The document's own date from the formula that closes it (annotation guidelines §6).

A text whose head prints no date of its own is often dated by the short sentence that
closes it: a regulation's "Made by the Minister on …", a court's "Ainsi fait, jugé et
prononcé … le …", a body's "Collège réuni en séance plénière le …". Each row is a short
text written by hand in such a layout, French and English side by side; the expected
values were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"
_LONG = "".join(f"{n}. {_BODY}\n" for n in range(1, 70))
_LONGUE = "".join(f"{n}. {_CORPS}\n" for n in range(1, 70))
_HEAD = "THE PREVENTION OF TERRORISM REGULATIONS\n\n"
_TETE = "ARRÊT DE LA COUR DE JUSTICE\n\n"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the formula closes the text: its day is the text's, above a page's update stamp
        (
            "en",
            "Last modified: 20 November 2026\n\n"
            + _HEAD
            + _LONG
            + "\nMade by the Minister on 11 November 2026.\n\nEXPLANATORY NOTE\n",
            "2026-11-11",
        ),
        (
            "fr",
            _TETE
            + _LONGUE
            + "\nAinsi fait, jugé et prononcé publiquement à Abuja, le 25 novembre 2026.\n\n"
            "[Signé] Le Président\n",
            "2026-11-25",
        ),
        # a commencement that a later formula follows is an event of the text, not its date
        (
            "en",
            _HEAD + _LONG + "\nThese regulations shall come into operation on 1 January 2027.\n"
            "\nMade by the Minister on 11 November 2026.\n",
            "2026-11-11",
        ),
        (
            "fr",
            _TETE + _LONGUE + "\nLe présent règlement s'applique à partir du 1er janvier 2027.\n"
            "\nCollège réuni en séance plénière le 18 juin 2026.\n",
            "2026-06-18",
        ),
    ],
)
def test_the_closing_formula_dates_the_text(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a credit's or a source's day after a comma is no formula
        (
            "en",
            _HEAD + _LONG + "\n*Contributors: Dr. Priya Raghunathan (UNODC). "
            "Reviewed by Oksana Melnyk, 2 April 2026.*\n",
        ),
        (
            "fr",
            _TETE + _LONGUE + "\n*Contributeurs : Mme Aïcha Sarr (CENTIF). "
            "Relu par Oksana Melnyk, 2 avril 2026.*\n",
        ),
        # a source line, a footnote and an act's date are not the text's
        ("en", _HEAD + _LONG + "\nSource: UNOCT programme data, 1 December 2026.\n"),
        ("fr", _TETE + _LONGUE + "\n2 Audition du directeur, le 12 mars 2026.\n"),
        ("en", _HEAD + _LONG + "\nIssued under the Bulletin 2026-02 dated 30 January 2026.\n"),
        ("fr", _TETE + _LONGUE + "\nDocument établi conformément à la loi du 10 juillet 2006.\n"),
        # a long sentence that ends on a day reports an event
        (
            "en",
            _HEAD + _LONG + "\nThe committee heard the representatives of the three national "
            "agencies and of the operators at its meeting on 4 March 2026.\n",
        ),
        # in the first half of the text a formula's shape is a sentence of the body
        ("fr", _TETE + "Le Conseil s'est réuni le 4 mars 2026.\n\n" + _LONGUE),
    ],
)
def test_no_closing_formula(lang: str, text: str) -> None:
    assert _own(text, lang) is None
