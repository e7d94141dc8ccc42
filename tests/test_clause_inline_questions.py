"""Items written inline as questions (``The questions referred are: (i) does … apply? (ii)
does … cover …? (iii) may …?``) are clauses as items closed by semicolons are (guidelines
§1a: items written inline in one sentence are clauses, each one's text ending where the
next begins): a question mark closes an item before the next label as a semicolon does.
French and English side by side, as a court's decision and an advisory body's opinion
print them.

Each text is written for the test; the expected numbers were worked out by hand from the
annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

QUESTIONS = {
    "en": (
        "DECISION ON THE QUESTIONS REFERRED BY THE PRE-TRIAL JUDGE\n\n"
        "1. The Pre-Trial Judge referred the matter on 2 March 2012.\n\n"
        "2. The questions referred are the following: (i) does article 314 of the Penal Code "
        "apply to the financing of terrorist acts? (ii) does the notion of means liable to "
        "create a public danger cover a remotely detonated device? (iii) may the Chamber take "
        "account of the 1998 Arab Convention?\n\n"
        "3. The parties filed their submissions in March.\n"
    ),
    "fr": (
        "AVIS DU COMITÉ CONSULTATIF SUR LE PROJET DE LOI\n\n"
        "1. Le comité a été saisi le 4 mai.\n\n"
        "2. Le comité s'est posé trois questions : a) le projet respecte-t-il le principe de "
        "légalité ? b) les mesures sont-elles proportionnées ? c) le contrôle juridictionnel "
        "est-il effectif ?\n\n"
        "3. Le comité rend l'avis suivant.\n"
    ),
}
# by hand: the three questions are paragraph 2's inline items
WANT = {
    "en": ["1", "2", "2(i)", "2(ii)", "2(iii)", "3"],
    "fr": ["1", "2", "2(a)", "2(b)", "2(c)", "3"],
}
SECOND = {"en": "does the notion of", "fr": "les mesures sont-elles"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_inline_questions_are_items(lang: str) -> None:
    clauses = parse_text(QUESTIONS[lang]).clauses()
    assert [c.number for c in clauses] == WANT[lang]
    assert clauses[3].text.startswith(SECOND[lang])


QUESTION_IN_PROSE = {
    "en": (
        "NOTE ON THE HEARING\n\n"
        "1. Was the device remotely detonated? (b) of the expert report says so.\n\n"
        "2. The Chamber adjourned.\n"
    ),
    "fr": (
        "NOTE SUR L'AUDIENCE\n\n"
        "1. L'engin a-t-il été déclenché à distance ? (b) du rapport d'expertise l'affirme.\n\n"
        "2. La Chambre suspend l'audience.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_label_after_a_question_with_no_run_opens_no_item(lang: str) -> None:
    numbers = [c.number for c in parse_text(QUESTION_IN_PROSE[lang]).clauses()]
    assert numbers == ["1", "2"]
