"""Web stamps the head's protection used to keep (src/ctdocs/layout/_stamps.py,
``submitted_stamp`` and ``issue_then_update``): a content system's submission stamp (who
put the page online, the day and the minute) and a publication line that an update stamp
closes are the page's own stamps (guidelines §5, ``Mis à jour le …``), metadata noise.
Hand-written pages in other publishers' shapes, French and English side by side; negative
rows of the same shape (a cover's issue line with no minute, a sentence that tells of a
publication and an update, a release's lone issue line) stay in the text.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._segment import segment
from ctdocs.layout._stamps import closes_stamp, issue_then_update, submitted_stamp
from ctdocs.normalise._text import normalise

TITLE = {
    "fr": "Communiqué final de la réunion des ministres de la sécurité",
    "en": "Final communiqué of the meeting of security ministers",
}
PROSE = {
    "fr": (
        "Les ministres ont adopté un plan commun de lutte contre le financement du "
        "terrorisme et se sont engagés à renforcer le contrôle des frontières."
    ),
    "en": (
        "The ministers adopted a joint plan against the financing of terrorism and "
        "undertook to strengthen the control of their common borders."
    ),
}


def reasons(lines: list[str]) -> dict[str, str | None]:
    units = segment(normalise("\n\n".join(lines), markdown=False))
    return {u.text: u.noise for u in units}


@pytest.mark.parametrize(
    "line",
    [
        "Publié par Cellule communication le sam 18/10/2026 - 21:47",
        "Soumis par webmaster le ven 27/11/2026 - 10:12",
        "Mis en ligne par la rédaction le 3 mars 2026 à 9h05",
        "Submitted by admin on Fri, 27/11/2026 - 10:12",
        "Posted by Press Office on Tuesday, 11 March 2026 at 09:15",
        "Published by webteam on 4 May 2026, 17:30",
    ],
)
def test_a_submission_stamp_is_read(line: str) -> None:
    assert submitted_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # a cover's or a release's issue line names no minute
        "Publié par le Secrétariat général le 3 mars 2026",
        "Published by the Ministry of Justice on 12 March 2026",
        # a sentence that tells of a submission
        "Soumis par le Gouvernement le 3 mars 2026, le projet a été adopté le 10 mars.",
        "Submitted by the Minister on 12 March 2026 at 10:30, the bill was read twice.",
        # a meeting's time, not a stamp
        "La séance est ouverte le 3 mars 2026 à 10:00",
    ],
)
def test_not_a_submission_stamp(line: str) -> None:
    assert not submitted_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Publié le 06/07/2026 - Mis à jour le 15/07/2026",
        "Publié le 2 mars 2026 · Dernière mise à jour : 9 mars 2026",
        "Published on 3 March 2026 | Updated on 9 March 2026",
        "Published: 14/04/2026 - Last updated: 20/04/2026",
    ],
)
def test_an_issue_line_an_update_closes_is_a_date_block(line: str) -> None:
    assert issue_then_update(line)


@pytest.mark.parametrize(
    "line",
    [
        # an update stamp alone (the other rules decide), an issue line alone
        "Mis à jour le 15/07/2026",
        "Publié le 06/07/2026",
        "Published on 3 March 2026",
        # a sentence that tells of a publication and an update
        "Publié le 3 mars 2026, le rapport a été mis à jour le 9 mars 2026.",
        "Published on 3 March 2026, the plan was updated on 9 March 2026.",
    ],
)
def test_not_an_issue_line_an_update_closes(line: str) -> None:
    assert not issue_then_update(line)


STAMPS = {
    "fr": [
        "Publié par Cellule communication le sam 18/10/2026 - 21:47",
        "Publié le 06/07/2026 - Mis à jour le 15/07/2026",
    ],
    "en": [
        "Submitted by webmaster on Fri, 27/11/2026 - 10:12",
        "Published on 3 March 2026 | Updated on 9 March 2026",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("k", [0, 1])
def test_under_the_title_the_stamp_is_noise(lang: str, k: int) -> None:
    got = reasons([TITLE[lang], STAMPS[lang][k], PROSE[lang]])
    assert got[STAMPS[lang][k]] == "metadata"
    assert got[TITLE[lang]] is None
    assert got[PROSE[lang]] is None


ISSUE = {
    "fr": "Publié par le Secrétariat général le 3 mars 2026",
    "en": "Published by the Ministry of Justice on 12 March 2026",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_issue_line_without_a_minute_stays(lang: str) -> None:
    got = reasons([TITLE[lang], ISSUE[lang], PROSE[lang]])
    assert got[ISSUE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_stamp_still_dates_the_page(lang: str) -> None:
    """The stamp leaves the text; its publication date still dates the document."""
    text = "\n\n".join([TITLE[lang], STAMPS[lang][1], PROSE[lang]])
    doc = parse_text(text)
    assert STAMPS[lang][1] not in " ".join(b.text or "" for b in doc.blocks())
    assert doc.date is not None
    assert doc.date.value == {"fr": "2026-07-06", "en": "2026-03-03"}[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_submission_stamp_s_date_still_counts(lang: str) -> None:
    """Out of the text, the submission stamp's date is still one of the page's dates."""
    text = "\n\n".join([TITLE[lang], STAMPS[lang][0], PROSE[lang]])
    doc = parse_text(text)
    assert STAMPS[lang][0] not in " ".join(b.text or "" for b in doc.blocks())
    assert {"fr": "2026-10-18", "en": "2026-11-27"}[lang] in {d.value for d in doc.dates}


# A motion's line in minutes opens like a submission stamp, the day and the minute after it,
# but with no dash before the minute: the meeting's record, the text's own line.
MINUTES = {
    "fr": [
        "Procès-verbal de la séance du comité de la sécurité publique",
        "Le comité reprend l'examen du projet de rapport sur la prévention de la "
        "radicalisation dans les établissements pénitentiaires et sur les suites données.",
        "Motion de renvoi au sous-comité :",
        "Soumise par la présidente le 3 mai 2026 à 10h30",
        "Adoptée.",
    ],
    "en": [
        "Minutes of the meeting of the committee on public safety",
        "The committee resumed its consideration of the draft report on the prevention of "
        "radicalisation in prisons and on the follow-up given to its recommendations.",
        "Motion to refer the matter to the subcommittee:",
        "Submitted by the Chair on 3 May 2026 at 10:30",
        "Agreed to.",
    ],
}


@pytest.mark.parametrize(
    "line",
    [
        "Soumise par la présidente le 3 mai 2026 à 10h30",
        "Submitted by the Chair on 3 May 2026 at 10:30",
        "Soumis par M. Dupont le mardi 3 mai 2026, 10:30",
        "Submitted by Councillor Smith on Tuesday, 3 May 2026 at 10:30",
    ],
)
def test_a_motion_s_submission_line_is_no_stamp(line: str) -> None:
    assert not submitted_stamp(line)


@pytest.mark.parametrize(
    "line",
    [
        # the same cue in the content system's shape, a dash before the minute
        "Soumise par la rédaction le 3 mai 2026 - 10:30",
        "Submitted by webteam on 3 May 2026 - 10:30",
    ],
)
def test_a_dashed_submission_line_is_a_stamp(line: str) -> None:
    assert submitted_stamp(line)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_motion_s_submission_line_stays_in_the_minutes(lang: str) -> None:
    got = reasons(MINUTES[lang])
    assert got[MINUTES[lang][3]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dashed_submission_line_in_the_minutes_is_the_page_s(lang: str) -> None:
    stamp = {
        "fr": "Soumis par webmaster le ven 27/11/2026 - 10:12",
        "en": "Submitted by webmaster on Fri, 27/11/2026 - 10:12",
    }[lang]
    got = reasons([*MINUTES[lang][:3], stamp, MINUTES[lang][4]])
    assert got[stamp] == "metadata"


# A bulleted submission stamp under a release's title, its dateline below: the stamp leaves
# the text, its date still counts (the noise line is read with its bullet).
BULLETED = {
    "fr": [
        "Nouvelles consignes pour la protection des lieux de rassemblement",
        "- Soumis par webmaster le dim 3/5/2026 - 10:30",
        "Paris, le 4 mai 2026",
        "Le ministère de l'Intérieur a publié de nouvelles consignes à l'intention des "
        "exploitants de salles pour la protection des lieux de rassemblement.",
    ],
    "en": [
        "New guidance on the protection of crowded places",
        "- Submitted by admin on Sun, 3/5/2026 - 10:30",
        "London, 4 May 2026",
        "The Home Office has published new guidance for venue operators on the protection "
        "of crowded places against terrorist attacks.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_bulleted_submission_stamp_s_date_counts(lang: str) -> None:
    doc = parse_text("\n\n".join(BULLETED[lang]))
    assert BULLETED[lang][1][2:] not in " ".join(b.text or "" for b in doc.blocks())
    assert {"2026-05-03", "2026-05-04"} <= {d.value for d in doc.dates}


@pytest.mark.parametrize(
    "line",
    [
        # a bulleted line with a day and a minute that is no stamp
        "- Réunion du comité le dim 3/5/2026 - 10:30",
        "- Committee meeting on Sun, 3/5/2026 - 10:30",
    ],
)
def test_a_bulleted_line_that_is_no_stamp_closes_none(line: str) -> None:
    text = f"{line}\n"
    assert not closes_stamp(text, text.index("2026") + 4, 0, len(line))
