"""The document's own date in two classes that first-sight exports of blind batches
(heldout20 to heldout41) missed and the code at session 43's base still missed, written again
in other publishers' words and layouts (guidelines §6), each with rows of the same shape
that must not fire.

- a blog engine's byline names its poster before the day and its category after it
  ("Posted by Communications Unit on Tuesday, July 21, 2026 in Advisories", heldout41): the
  poster's cue opens the line as "Posted on" would, so the day is the page's publication
  stamp, the only date of a page that prints no other;
- a page's update stamp whose label stands alone on the line above its value ("Date de
  modification :" over "2026-09-14", heldout41) under a long line of the page's form: the
  label is read on its own line, not only at the start of a fixed window above the date, so
  the value is an update stamp that yields to the page's publication stamp, not a short line.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from tests._docmeta import BODY_EN, BODY_FR, TAIL_EN, TAIL_FR, own_value

_EN, _FR = TAIL_EN, TAIL_FR


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the poster, the weekday and the category around the day
        (
            "en",
            "Advisory on Terrorist Financing Red Flags\n"
            "Posted by Communications Unit on Tuesday, July 21, 2026 in Advisories\n\n"
            + BODY_EN
            + _EN,
            "2026-07-21",
        ),
        # a blog's default byline: a login as the poster, two categories after the day
        (
            "en",
            "Screening of air cargo at regional airports\n\n"
            "Posted by admin on 3 May 2026 in News, Aviation security\n\n" + BODY_EN + _EN,
            "2026-05-03",
        ),
        # a French blog's byline, the poster's cue with its agent
        (
            "fr",
            "Note sur le contrôle des voyageurs aux postes frontières\n"
            "Mis en ligne par Service Communication le 21 juillet 2026 dans Avis\n\n"
            + BODY_FR
            + _FR,
            "2026-07-21",
        ),
        (
            "fr",
            "Survol des sites sensibles par des drones\n\n"
            "Publié par la Rédaction le 3 mai 2026 dans Actualités\n\n" + BODY_FR + _FR,
            "2026-05-03",
        ),
    ],
)
def test_a_posters_byline_dates_the_page(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # negative: the poster's words inside a sentence date what was posted, not the page
        (
            "en",
            "Advisory on Terrorist Financing Red Flags\n\n"
            "Comments posted by users on 3 May 2026 were removed within the hour.\n\n"
            + BODY_EN
            + _EN,
            None,
        ),
        (
            "fr",
            "Note sur le contrôle des voyageurs aux postes frontières\n\n"
            "Les messages mis en ligne par des comptes anonymes le 3 mai 2026 ont été retirés.\n\n"
            + BODY_FR
            + _FR,
            None,
        ),
        # negative: a line that opens with the cue but runs on as a sentence, its day deep in it
        (
            "en",
            "Screening of air cargo at regional airports\n\n"
            "Posted by the secretariat to every member of the working group before the "
            "meeting of 3 May 2026 in Vienna\n\n" + BODY_EN + _EN,
            None,
        ),
        # negative: a reader's comment under the body, its poster and day, below the dateline
        (
            "fr",
            "Déclaration commune sur la sûreté portuaire\n\nBruxelles, le 12 mars 2026\n\n"
            + BODY_FR
            + _FR
            + "\nCommentaires\n\nPublié par Jean le 3 mai 2026 dans Réactions\n",
            "2026-03-12",
        ),
    ],
)
def test_not_a_posters_byline(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


_FORM_EN = (
    "Report a problem or mistake on this page\n"
    "Please select all that apply: something is missing, something is broken\n"
)
_FORM_FR = (
    "Signaler un problème ou une erreur sur cette page\n"
    "Veuillez sélectionner toutes les cases qui s'appliquent : il manque des renseignements\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the label alone over its value, a long line of the page's form above the label
        (
            "en",
            "Counter-terrorism capacity building priorities\n\nPublished: 3 March 2026\n\n"
            + BODY_EN
            + _FORM_EN
            + "Date modified:\n2026-09-14\n",
            "2026-03-03",
        ),
        (
            "fr",
            "Priorités du programme de renforcement des capacités\n\nPublié le 3 mars 2026\n\n"
            + BODY_FR
            + _FORM_FR
            + "Date de modification :\n2026-09-14\n",
            "2026-03-03",
        ),
        # another stamp's label, the value a written day
        (
            "en",
            "Guidance on drone threats to stadiums\n\nPublished: 3 March 2026\n\n"
            + BODY_EN
            + _FORM_EN
            + "Last updated:\n14 September 2026\n",
            "2026-03-03",
        ),
        (
            "fr",
            "Fiche réflexe attentat NRBC\n\nPublié le 3 mars 2026\n\n"
            + BODY_FR
            + _FORM_FR
            + "Dernière mise à jour :\n14 septembre 2026\n",
            "2026-03-03",
        ),
    ],
)
def test_a_stamps_label_above_its_value(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


_DAY_ALONE_WINS = pytest.mark.xfail(
    strict=True, reason="a day alone on a short last line outranks the page's publication stamp"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # negative: the label above is no stamp's (the day the text was adopted)
        (
            "en",
            "Counter-terrorism capacity building priorities\n\nPublished: 3 March 2026\n\n"
            + BODY_EN
            + _FORM_EN
            + "Date of issue:\n14 September 2026\n",
            "2026-09-14",
        ),
        (
            "fr",
            "Priorités du programme de renforcement des capacités\n\nPublié le 3 mars 2026\n\n"
            + BODY_FR
            + _FORM_FR
            + "Date d'émission :\n14 septembre 2026\n",
            "2026-09-14",
        ),
        # a sentence ending in a colon with the stamp's word inside it is no label: the page's
        # own date stays its publication day (§6); today the day alone on the last line wins,
        # as at the base of session 43, so these rows are known failures, strict so that a fix
        # shows
        pytest.param(
            "en",
            "Guidance on drone threats to stadiums\n\nPublished: 3 March 2026\n\n"
            + BODY_EN
            + "The figures in the table were last updated by the secretariat on:\n"
            + "14 September 2026\n",
            "2026-03-03",
            marks=_DAY_ALONE_WINS,
        ),
        pytest.param(
            "fr",
            "Fiche réflexe attentat NRBC\n\nPublié le 3 mars 2026\n\n"
            + BODY_FR
            + "Les chiffres du tableau ont été mis à jour par le secrétariat le :\n"
            + "14 septembre 2026\n",
            "2026-03-03",
            marks=_DAY_ALONE_WINS,
        ),
    ],
)
def test_not_a_stamps_label_above(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value
