"""A short question alone on a numbered line over its answer, in a page whose other
numbers ask too (``1. Who sets the threat level?`` / ``The level is set by …``), is a
questions-and-answers page's heading set in plain type: the question is the clause's
title and its body starts on the next line (guidelines §1a: a numbered heading standing
alone on its line is a clause whose text is its title; heldout38 gold). A question a
judgment's paragraph opens with, a line break after it, and a list of questions with no
answers between them stay the clauses' text.

Each text is written for the test in a shape no batch has (other words, other markers,
blank lines or none, sub-clauses under a question); the expected values were worked out
by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

ASKED = [
    (
        "Questions fréquentes sur le niveau de menace\n\n"
        "Cette page répond aux questions les plus fréquentes du public sur la menace.\n\n"
        "1) Qui fixe le niveau de menace ?\n\n"
        "Le niveau est fixé par le Secrétariat général après avis des services.\n\n"
        "2) Que faire en cas d’alerte ?\n\n"
        "Appelez le 17 et suivez les consignes des forces de l’ordre.\n",
        {"1": "Qui fixe le niveau de menace ?", "2": "Que faire en cas d’alerte ?"},
        {"1": "Le niveau est fixé", "2": "Appelez le 17"},
    ),
    (
        "Screening: questions and answers\n\n"
        "This page answers the questions firms ask most often about screening.\n"
        "1. Who must screen clients?\n"
        "Every accountable institution must screen its clients against the list.\n"
        "2. How often must the list be checked?\n"
        "Each time the list is updated, and at least once a week.\n",
        {"1": "Who must screen clients?", "2": "How often must the list be checked?"},
        {"1": "Every accountable institution", "2": "Each time the list"},
    ),
    (
        "Zones de drones : vos questions\n\n"
        "Cette note répond aux questions que posent le plus souvent les exploitants.\n\n"
        "2.1 Quels sites sont concernés ?\n"
        "2.1.1 Les aéroports et les prisons sont concernés.\n"
        "2.1.2 Les sites nucléaires sont concernés.\n"
        "2.2 Une zone peut-elle être créée en urgence ?\n"
        "Oui, par arrêté du ministre pour une durée de 30 jours au plus.\n",
        {
            "2.1": "Quels sites sont concernés ?",
            "2.1.1": None,
            "2.1.2": None,
            "2.2": "Une zone peut-elle être créée en urgence ?",
        },
        {"2.1.1": "Les aéroports", "2.2": "Oui, par arrêté"},
    ),
    (
        "Drone zones: your questions\n\n"
        "This note answers the questions operators ask most often about the zones.\n\n"
        "2.1 Which sites are covered?\n"
        "2.1.1 Airports and prisons are covered.\n"
        "2.1.2 Nuclear sites are covered.\n"
        "2.2 Can a zone be created at short notice?\n"
        "Yes, by order of the Minister for a period of up to 30 days.\n",
        {
            "2.1": "Which sites are covered?",
            "2.1.1": None,
            "2.1.2": None,
            "2.2": "Can a zone be created at short notice?",
        },
        {"2.1.1": "Airports and prisons", "2.2": "Yes, by order"},
    ),
]


@pytest.mark.parametrize(("text", "titles", "starts"), ASKED)
def test_a_numbered_question_over_its_answer_is_its_title(
    text: str, titles: dict[str, str | None], starts: dict[str, str]
) -> None:
    clauses = {c.number: c for c in parse_text(text).clauses()}
    assert {n: clauses[n].title for n in titles} == titles
    for number, start in starts.items():
        assert clauses[number].text.startswith(start)


NOT_ASKED = [
    (  # a judgment's paragraph opens on a question a line break closes; 15 asks nothing
        "Arrêt\n\n"
        "La Cour est saisie d’un pourvoi contre un arrêt de la cour d’appel.\n\n"
        "7. La loi exige-t-elle, dans ce cas précis, une intention ?\n"
        "La Cour estime que oui, pour les motifs retenus par les juges du fond,\n"
        "et rejette donc le moyen tiré de la violation de la loi.\n\n"
        "8. Le second moyen est rejeté.\n",
        {"7": "La loi exige-t-elle", "8": "Le second moyen"},
    ),
    (
        "JUDGMENT\n\n"
        "The appeal concerns a conviction for possession of documents.\n\n"
        "14. Does the statute, read as a whole and in context, require proof?\n"
        "The Court considers that it does, for the reasons given by the\n"
        "majority below, and so it dismisses the appeal on this ground.\n\n"
        "15. The second ground fails.\n",
        {"14": "Does the statute", "15": "The second ground"},
    ),
    (  # questions put to consultees, one after another: each is its clause's text
        "Consultation sur le projet de loi\n\n"
        "Le Gouvernement recueille les avis sur le projet jusqu’au 31 mars.\n\n"
        "1. Faut-il étendre l’infraction ?\n"
        "2. Faut-il réduire la durée de la garde à vue ?\n\n"
        "Les réponses seront publiées sur le site du ministère avant l’été.\n",
        {"1": "Faut-il étendre", "2": "Faut-il réduire"},
    ),
    (  # a member's questions in a meeting's minutes, the last one above the next speaker
        "Portfolio Committee on Police: meeting report\n\n"
        "The Committee met on 3 June 2027 to hear a briefing on drone threats.\n\n"
        "Discussion\n"
        "Ms D Smit (DA) asked the following questions:\n"
        "1. Why had so few sites been declared in three years?\n"
        "2. Who was responsible for shooting down a drone over the plant?\n"
        "3. How many of the cases had reached court?\n\n"
        "Mr L Dube (EFF) said that the unit was under-staffed and asked about its budget.\n",
        {"1": "Why had so few", "2": "Who was responsible", "3": "How many of the"},
    ),
    (
        "Commission de la défense : compte rendu\n\n"
        "La commission s’est réunie le 3 juin 2027 pour entendre un exposé sur les drones.\n\n"
        "Débat\n"
        "Mme D. Martin (LR) a posé les questions suivantes :\n"
        "1. Pourquoi si peu de sites ont-ils été désignés en trois ans ?\n"
        "2. Qui est chargé d’abattre un drone au-dessus de la centrale ?\n"
        "3. Combien de ces affaires ont-elles été jugées ?\n\n"
        "M. L. Durand (LFI) a estimé que le service manquait de personnel.\n",
        {"1": "Pourquoi si peu", "2": "Qui est chargé", "3": "Combien de ces"},
    ),
    (  # the question opens the paragraph's sentences on its own line
        "Threat level: questions and answers\n\n"
        "This page answers the questions we most often receive about the level.\n\n"
        "1. What is the level? It is LOW at present.\n"
        "The level is reviewed every year.\n\n"
        "2. Who sets it? The group does.\n"
        "It meets each month.\n",
        {"1": "What is the level?", "2": "Who sets it?"},
    ),
]


@pytest.mark.parametrize(("text", "starts"), NOT_ASKED)
def test_a_question_in_a_paragraph_or_a_list_stays_text(text: str, starts: dict[str, str]) -> None:
    clauses = {c.number: c for c in parse_text(text).clauses()}
    assert {n: clauses[n].title for n in starts} == dict.fromkeys(starts)
    for number, start in starts.items():
        assert clauses[number].text.startswith(start)
