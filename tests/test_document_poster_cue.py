"""A blog byline's poster cue ("Posted by …", "Mis en ligne par …", ``document.toml``'s
``poster``), guidelines §6 and §2 (a blog post's date counts; a comment's or a related
post's date, and a deadline, do not).

The cue dates the page only where it opens a line of the text's head with the poster's words
between it and the day ("Posted by Communications Unit on Tuesday, July 21, 2026 in
Advisories"): "posted by" right before a date is a deadline ("Applications must be posted by
30 June 2026"), and under a long text a reader's comment or a list of recent posts dates
itself, not the page.

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from the guidelines.
"""

from __future__ import annotations

import pytest

from tests._docmeta import BODY_EN, BODY_FR, TAIL_EN, TAIL_FR, numbered, own_value

_LONG_EN = numbered(
    "Port operators shall report every uncrewed vessel seen near a berth to the harbour "
    "master within one hour.",
    120,
)
_LONG_FR = numbered(
    "Les exploitants portuaires signalent à la capitainerie tout navire sans équipage aperçu "
    "près d'un quai dans l'heure.",
    120,
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # negative: "posted by" right before its day is a deadline, not a publication stamp
        (
            "en",
            "Call for proposals: community resilience grants\n\n"
            "Applications must be posted by 30 June 2026.\n\n" + BODY_EN + TAIL_EN,
            None,
        ),
        (
            "en",
            "Call for proposals: community resilience grants\n\nClosing date\n"
            "Forms posted by 30 June 2026 are accepted.\n\n" + BODY_EN + TAIL_EN,
            None,
        ),
        # the deadline does not outrank the page's own stamp
        (
            "en",
            "Call for proposals: community resilience grants\n\n"
            "Applications must be posted by 30 June 2026.\n\n"
            + BODY_EN
            + TAIL_EN
            + "\nLast updated: 3 March 2026\n",
            "2026-03-03",
        ),
        # French has no deadline of this shape: the poster's cue with its agent in a sentence
        # dates what was put online, not the page (the same rows as the byline's)
        (
            "fr",
            "Appel à projets : résilience des quartiers\n\n"
            "Les dossiers mis en ligne par les porteurs avant le 30 juin 2026 seront examinés.\n\n"
            + BODY_FR
            + TAIL_FR,
            None,
        ),
        (
            "fr",
            "Appel à projets : résilience des quartiers\n\n"
            "Les dossiers doivent être mis en ligne par les porteurs avant le 30 juin 2026.\n\n"
            + BODY_FR
            + TAIL_FR
            + "\nDernière mise à jour : 3 mars 2026\n",
            "2026-03-03",
        ),
    ],
)
def test_posted_by_a_day_is_a_deadline(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # negative: a reader's comment under a long text dates the comment
        (
            "en",
            "Protecting crowded places\n\n"
            + _LONG_EN
            + "\nComments\n\nPosted by Jane on 3 May 2026 in Reactions\nGreat article.\n",
            None,
        ),
        (
            "fr",
            "Protection des lieux de rassemblement\n\n"
            + _LONG_FR
            + "\nCommentaires\n\nMis en ligne par Jean le 3 mai 2026 dans Réactions\n"
            + "Très bon article.\n",
            None,
        ),
        # negative: a list of recent posts under the text
        (
            "en",
            "Protecting crowded places\n\n"
            + _LONG_EN
            + "\nRecent posts\nPosted by admin on 3 May 2026 in News\n"
            + "Posted by admin on 28 April 2026 in Events\n",
            None,
        ),
        (
            "fr",
            "Protection des lieux de rassemblement\n\n"
            + _LONG_FR
            + "\nArticles récents\nMis en ligne par admin le 3 mai 2026 dans Actualités\n"
            + "Mis en ligne par admin le 28 avril 2026 dans Agenda\n",
            None,
        ),
        # the same byline in the head of the same long text dates the page
        (
            "en",
            "Protecting crowded places\nPosted by admin on 3 May 2026 in News\n\n" + _LONG_EN,
            "2026-05-03",
        ),
        (
            "fr",
            "Protection des lieux de rassemblement\n"
            "Mis en ligne par la Rédaction le 3 mai 2026 dans Actualités\n\n" + _LONG_FR,
            "2026-05-03",
        ),
    ],
)
def test_a_posters_byline_only_in_the_head(lang: str, text: str, value: str | None) -> None:
    assert own_value(text, lang) == value
