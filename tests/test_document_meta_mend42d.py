"""The document's own date where session 42's new cues (a meeting's "held on", a closing
formula after a short lead, a date field in a row of fields) fired on texts of the same
shape they were not written for (guidelines §6), each with rows that must keep firing.

- a held cue dates the text only in a meeting's record or sitting: a report's or a news
  page's "Elections held on 12 May 2026 were marred …", "Réunie le 3 mars 2026, la
  commission a entendu …" tells an event;
- a record's approval ("Approved on 7 April 2026") dates it over the meeting it records;
- initials and short titles end no sentence before a closing formula ("… chaired by Dr. A.
  Smith, on 4 May 2026."), and a closing cue closes a letter after its courtesy sentence
  ("… ma haute considération. Fait à Paris, le 12 mai 2026.");
- rows that each open on a date field are a chronology's records, not the page's meta row.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docfields import field_value
from tests._docmeta import BODY_EN, BODY_FR, TAIL_EN, TAIL_FR, numbered, own_value

_EN, _FR = TAIL_EN, TAIL_FR
_LONG, _LONGUE = numbered(BODY_EN, 89), numbered(BODY_FR, 89)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a report's sentence opening on its subject and the cue: the stamp dates the page
        (
            "en",
            "Annual Report 2025 of the Financial Intelligence Unit\n\nPublished 15 April 2026\n\n"
            "Meetings held on 3 March 2025 and 7 June 2025 with the reporting entities discussed "
            "new typologies of terrorist financing." + _EN,
            "2026-04-15",
        ),
        # an event a country report tells, no date of its own
        (
            "en",
            "Country report: Republic of Eastland\n\nElections held on 12 May 2026 were marred by "
            "violence in the northern provinces, where armed groups attacked polling stations."
            + _EN,
            None,
        ),
        (
            "fr",
            "Rapport d'activité 2025 du comité\n\nRéunie le 3 mars 2026, la commission a entendu "
            "le ministre de l'intérieur sur la menace terroriste et les moyens des services." + _FR,
            None,
        ),
        (
            "fr",
            "Atelier régional\n\nMis en ligne le 2 avril 2026\n\nAtelier tenu à Lomé le mardi 17 "
            "mars 2026 avec quarante officiers des États côtiers et les partenaires." + _FR,
            "2026-04-02",
        ),
        # a sitting named above, not right before the cue: a report's, no record's
        (
            "fr",
            "Rapport sur la menace terroriste, adopté en séance plénière\n\nPublié le 15 avril "
            "2026\n\nRéunie le 3 mars 2026, la commission a entendu le ministre de l'intérieur."
            + _FR,
            "2026-04-15",
        ),
        (
            "en",
            "Report of the Committee, agreed at its last sitting\n\nPublished 15 April 2026\n\n"
            "Convened on 3 March 2026, the committee heard the Minister of the Interior." + _EN,
            "2026-04-15",
        ),
    ],
)
def test_a_held_cue_outside_a_record_dates_no_text(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the record named over the cue: its meeting's day, over the page's stamp
        (
            "en",
            "Summary record of the 12th meeting\n\nPosted on 2 April 2026\n\nHeld on Tuesday, 3 "
            "March 2026 at the Ministry of the Interior, Conference Room 2" + _EN,
            "2026-03-03",
        ),
        (
            "fr",
            "Compte rendu de la réunion du comité de pilotage\n\nMis en ligne le 2 avril 2026\n\n"
            "Réunie le mardi 3 mars 2026 à Dakar, salle B du ministère" + _FR,
            "2026-03-03",
        ),
        # the sitting named right before the cue, no record above
        (
            "fr",
            "Conseil municipal de Dakar\n\nSéance tenue le mardi 17 mars 2026 à 14 h, salle du "
            "conseil" + _FR,
            "2026-03-17",
        ),
        (
            "en",
            "Legislative Council\n\nSitting held on Tuesday, 17 March 2026 at 10.00 a.m. in the "
            "Chamber" + _EN,
            "2026-03-17",
        ),
    ],
)
def test_a_held_cue_in_a_record_dates_it(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the minutes' approval dates them, over the meeting they record
        (
            "en",
            "Minutes of the meeting of the Counter-Terrorism Working Group\n\nHeld on Tuesday, 3 "
            "March 2026 at the Ministry of Interior\n\nApproved on 7 April 2026" + _EN,
            "2026-04-07",
        ),
        (
            "fr",
            "Procès-verbal de la réunion du comité de sécurité\n\nSéance tenue le mardi 3 mars "
            "2026 à 14 h\n\nApprouvé le 7 avril 2026" + _FR,
            "2026-04-07",
        ),
        # no approval printed: the meeting's day
        (
            "en",
            "Minutes of the meeting of the Counter-Terrorism Working Group\n\nHeld on Tuesday, 3 "
            "March 2026 at the Ministry of Interior" + _EN,
            "2026-03-03",
        ),
        (
            "fr",
            "Procès-verbal de la réunion du comité de sécurité\n\nSéance tenue le mardi 3 mars "
            "2026 à 14 h" + _FR,
            "2026-03-03",
        ),
    ],
)
def test_a_records_approval_dates_it(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # initials inside the formula end no sentence before it
        (
            "en",
            "Board report\n\n"
            + _LONG
            + "\nBoard in plenary session under the chairmanship of Dr. A. Smith on 4 May 2026.\n",
            "2026-05-04",
        ),
        (
            "fr",
            "Règlement intérieur\n\n"
            + _LONGUE
            + "\nCollège réuni en séance plénière sous la présidence de M. J. Dupont le 18 juin "
            "2026.\n",
            "2026-06-18",
        ),
        # a letter's closing formula after its courtesy sentence on the same line
        (
            "en",
            "Letter to the Chair\n\n"
            + _LONG
            + "\nPlease accept, Madam Chair, the assurances of my highest consideration. Done at "
            "Geneva on 12 March 2026.\n",
            "2026-03-12",
        ),
        (
            "fr",
            "Lettre au président du comité\n\n"
            + _LONGUE
            + "\nJe vous prie d'agréer, Monsieur le Président, l'expression de ma haute "
            "considération. Fait à Paris, le 12 mai 2026.\n",
            "2026-05-12",
        ),
        # a paragraph's last sentence after one of prose, initials in it: still an event
        (
            "en",
            "Annual report, chapter 4\n\n"
            + _LONG
            + "\nEleven workshops were held by the U.N. in Bangkok, Chiang Mai and Hat Yai in "
            "2025. A new module was launched on 1 September 2025.\n",
            None,
        ),
        (
            "fr",
            "Rapport annuel, chapitre 4\n\n"
            + _LONGUE
            + "\nOnze ateliers ont été animés par M. Diallo à Dakar, Thiès et Kaolack en 2025. Un "
            "nouveau module a été mis en service le 1er septembre 2025.\n",
            None,
        ),
    ],
)
def test_a_closing_formula_after_initials_or_a_courtesy(
    lang: str, text: str, value: str | None
) -> None:
    assert own_value(text, lang) == value


_CHRONOLOGY = {
    "en": (
        "Date: 3 March 2026 Location: Mogadishu Event: car bomb at the airport gate\n"
        "Date: 7 April 2026 Location: Baidoa Event: attack on a police station\n"
        "Date: 9 May 2026 Location: Kismayo Event: kidnapping of aid workers\n"
    ),
    "fr": (
        "Date : 3 mars 2026 – Lieu : Ménaka – Fait : attaque d'un poste de gendarmerie\n"
        "Date : 7 avril 2026 – Lieu : Gao – Fait : enlèvement de deux humanitaires\n"
        "Date : 9 mai 2026 – Lieu : Kidal – Fait : engin explosif sur la route\n"
    ),
}


@pytest.mark.parametrize(
    ("lang", "rows", "day", "expected"),
    [
        # rows that each open on a date field: a chronology's records
        ("en", 3, "3 March 2026", False),
        ("fr", 3, "3 mars 2026", False),
        ("en", 3, "7 April 2026", False),
        # the same row alone: the page's meta row, its date field the text's
        ("en", 1, "3 March 2026", True),
        ("fr", 1, "3 mars 2026", True),
    ],
)
def test_a_chronologys_rows_are_no_date_field(
    lang: str, rows: int, day: str, expected: bool
) -> None:
    text = "Chronology\n\n" + "".join(_CHRONOLOGY[lang].splitlines(keepends=True)[:rows]) + "\n"
    start = text.index(day)
    lo = text.rfind("\n", 0, start) + 1
    hi = text.index("\n", start)
    assert field_value(text, lo, start, start + len(day), hi) is expected
