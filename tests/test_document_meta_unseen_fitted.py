"""The document's own number and date: classes read off heldout27 after its first sight.

The rows are written by hand in other publishers' words (not copies of heldout27's texts)
for the classes its misses showed, which recur across sites: a related box's list of
headlines each closing on its date with no dash between, a record line's field before a
middle dot, a site generator's front-matter publication key, an act's assent dated on its
signer's office line, an act's number after its kind with no mark ("Act 19 of 2026"), and
a cited document's title before a comma and a date (no dateline's place). Expected values
follow the annotation guidelines (§6). French and English rows stand side by side.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._docsymbol import own_symbol

from .test_document_meta_unseen import _BODY, _CORPS, _date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a related box's headlines, each closing on its date without a dash: other pages'
        (
            "Guidance on hostile drones\n\nPublished 30 June 2026" + _BODY + "\nRelated "
            "resources\n\n- Guidance note 6 on personnel hazards 12 May 2026\n\n- Explosives "
            "precursors: what operators must know 03/03/2026\n",
            "2026-06-30",
        ),
        (
            "Consignes face aux drones malveillants\n\nPublié le 30 juin 2026"
            + _CORPS
            + "\nRessources liées\n\n- Note 6 sur les risques liés au personnel 12 mai 2026\n\n"
            "- Précurseurs d'explosifs : ce que les exploitants doivent savoir 03/03/2026\n",
            "2026-06-30",
        ),
        # a site generator's front-matter key of publication dates a page nothing else dates
        (
            "---\ntitle: Explosive boats at sea\npublished_at: 2026-09-02T08:00:00.000Z\n---\n\n"
            "Explosive boats at sea\n\nThe threat from uncrewed boats has grown.\n",
            "2026-09-02",
        ),
        (
            "---\ntitle: Les bateaux piégés\npublishDate: 2026-09-02\n---\n\nLes bateaux piégés"
            "\n\nLa menace des embarcations sans équipage s'est accrue.\n",
            "2026-09-02",
        ),
        # the assent dated on the signer's office line, over the day Parliament passed it
        (
            "THE EXAMPLE (AMENDMENT) ACT, 2026\n\nI Assent\nJane Roe\nGovernor 29th day of July,"
            " 2026" + _BODY + "\nPassed by Parliament the 9th day of July, 2026.\n",
            "2026-07-29",
        ),
        # a cited document's title before a comma and its date is no dateline
        (
            "Directive sur la lutte contre les engins explosifs\n\nDate de publication : "
            "2026-04-15" + _CORPS + "\nDocuments connexes\n  Politique de l'OTAN relative à "
            "la lutte contre les EEI, 20 octobre 2011\n",
            "2026-04-15",
        ),
        (
            "Directive on countering explosive devices\n\nDate published: 2026-04-15"
            + _BODY
            + "\nRelated documents\n  Allied policy on the protection of critical sites against "
            "improvised explosive devices, 20 October 2011\n",
            "2026-04-15",
        ),
        # a place's name may hold a small word or two: still a dateline
        (
            "JOINT STATEMENT OF THE MINISTERS" + _BODY + "\nPort of Spain, 3 May 2026\n",
            "2026-05-03",
        ),
    ],
)
def test_date(text: str, value: str) -> None:
    assert _date(text) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a record line's reference field, ended by the middle dot before the next field
        (
            "en",
            "Hostile drones\n\nReference: CISC-GN-07/2026 · Published 30 June 2026 · Page "
            "updated 11/08/2026" + _BODY,
            "CISC-GN-07/2026",
        ),
        (
            "fr",
            "Drones malveillants\n\nRéférence : SGDSN-NT-04/2026 · Publié le 30 juin 2026 · "
            "Mis à jour le 11/08/2026" + _CORPS,
            "SGDSN-NT-04/2026",
        ),
        # an act's kind and number with no mark before "of" and its year, alone on its line
        (
            "en",
            "THE EXAMPLE (AMENDMENT) ACT, 2026\n\nAct 19 of 2026\n\nAN ACT to amend the "
            "Example Act" + _BODY,
            "Act 19 of 2026",
        ),
        (
            "en",
            "THE PUBLIC ORDER ORDINANCE\n\nOrdinance 4 of 2026\n\nAN ORDINANCE to protect "
            "crowded places" + _BODY,
            "Ordinance 4 of 2026",
        ),
    ],
)
def test_symbol(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol
