"""A short question alone on a numbered line over its answer, in a page whose other
numbers ask too (``1. Who sets the threat level?`` / ``The level is set by …``), is a
questions-and-answers page's heading set in plain type: the question is the clause's
title and its body starts on the next line (guidelines §1a: a numbered heading standing
alone on its line is a clause whose text is its title; heldout38 gold). A question a
judgment's paragraph opens with, a line break after it, and a list of questions with no
answers between them stay the clauses' text; so do an exam's questions over their marks
(``[10 marks]``), a minutes' reported questions (``Mr Smith asked why …?``), a question
over the lead-in to the next member's questions, and a question run on in lower case.

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

# a question put directly keeps its title though a reporting verb is among its words; an
# answer that leads into its own items (``… found that:`` over ``(a)``) is an answer
ASKED += [
    (
        "Threat level: your questions\n\n"
        "This page answers the questions we receive most often about the level.\n\n"
        "1. Why has the level been raised?\n"
        "The assessment of 3 March found that:\n"
        "(a) the threat from lone actors has grown; and\n"
        "(b) several plots were disrupted last year.\n\n"
        "2. What should I do?\n"
        "Stay alert and report anything suspicious.\n",
        {"1": "Why has the level been raised?", "2": "What should I do?"},
        {"1": "The assessment of 3 March found that:", "2": "Stay alert"},
    ),
    (
        "Niveau de menace : vos questions\n\n"
        "Cette page répond aux questions les plus fréquentes sur le niveau de menace.\n\n"
        "1. Pourquoi le niveau a-t-il été relevé ?\n"
        "L’évaluation du 3 mars a constaté que :\n"
        "a) la menace des acteurs isolés a augmenté ;\n"
        "b) plusieurs projets d’attentat ont été déjoués.\n\n"
        "2. Que dois-je faire ?\n"
        "Restez vigilant et signalez tout comportement suspect.\n",
        {"1": "Pourquoi le niveau a-t-il été relevé ?", "2": "Que dois-je faire ?"},
        {"1": "L’évaluation du 3 mars a constaté que :", "2": "Restez vigilant"},
    ),
    (
        "Review of the Prevent duty: questions and answers\n\n"
        "This page answers the questions we receive most often about the review.\n\n"
        "1. Who asked for the review?\n"
        "The Home Secretary asked for it in January.\n\n"
        "2. When will it report?\n"
        "By the end of the year.\n",
        {"1": "Who asked for the review?", "2": "When will it report?"},
        {"1": "The Home Secretary", "2": "By the end"},
    ),
    (
        "Révision du plan Vigipirate : questions et réponses\n\n"
        "Cette page répond aux questions les plus fréquentes sur la révision.\n\n"
        "1. Qui a demandé la révision du plan ?\n"
        "Le Premier ministre l’a demandée en janvier.\n\n"
        "2. Quand sera-t-elle achevée ?\n"
        "Avant la fin de l’année.\n",
        {"1": "Qui a demandé la révision du plan ?", "2": "Quand sera-t-elle achevée ?"},
        {"1": "Le Premier ministre", "2": "Avant la fin"},
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

NOT_ASKED += [
    (  # an exam paper: the line under each question gives its marks, not its answer
        "Paper 2: Counter-terrorism law\n\n"
        "Answer ALL questions in the booklet provided.\n\n"
        "1. What is a proscribed organisation?\n[10 marks]\n\n"
        "2. Who may issue a closure order?\n[10 marks]\n\n"
        "3. When may a suspect be detained without charge?\n[20 marks]\n",
        {"1": "What is a proscribed", "2": "Who may issue", "3": "When may a suspect"},
    ),
    (
        "Examen de droit pénal spécial\n\n"
        "Répondez aux questions suivantes.\n\n"
        "1. Qu’est-ce qu’une entreprise terroriste ?\n(5 points)\n\n"
        "2. Qui fixe le niveau de la posture Vigipirate ?\n(5 points)\n\n"
        "3. Quelle juridiction juge les crimes terroristes ?\n(10 points)\n",
        {"1": "Qu’est-ce qu’une", "2": "Qui fixe le niveau", "3": "Quelle juridiction"},
    ),
    (  # a minutes' paragraphs tell what each member asked, the reply below
        "Minutes of the meeting of the Security Committee\n\n"
        "12. Mr Smith asked why the budget of the unit had fallen?\n"
        "The Minister replied that savings had been made on equipment.\n"
        "13. Ms Dube asked who had approved the new drone policy?\n"
        "The Director said that the Cabinet had approved it in May.\n"
        "14. The meeting closed at 16:00.\n",
        {"12": "Mr Smith asked why", "13": "Ms Dube asked who"},
    ),
    (
        "Procès-verbal de la réunion du comité de sécurité\n\n"
        "12. M. Dupont a demandé pourquoi le budget du service avait baissé ?\n"
        "Le ministre a répondu que des économies avaient été faites.\n"
        "13. Mme Martin a demandé qui avait approuvé la nouvelle politique ?\n"
        "Le directeur a indiqué que le Conseil l’avait approuvée en mai.\n"
        "14. La séance est levée à 16 h.\n",
        {"12": "M. Dupont a demandé", "13": "Mme Martin a demandé"},
    ),
    (  # two members' lists of questions, the second one's lead-in between them
        "Portfolio Committee on Police: meeting report\n\n"
        "The Committee met on 3 June 2027 to hear a briefing on drone threats.\n\n"
        "Discussion\nMs D Smit (DA) asked:\n"
        "1. Why had so few sites been declared?\n2. Who was responsible for the plant?\n"
        "Mr L Dube (EFF) asked:\n"
        "3. How many cases had reached court?\n4. What was the budget of the unit?\n\n"
        "The Minister replied that the unit was under review.\n",
        {"1": "Why had so few", "2": "Who was responsible", "3": "How many cases"},
    ),
    (
        "Commission de la défense : compte rendu\n\n"
        "La commission s’est réunie le 3 juin 2027 pour entendre un exposé sur les drones.\n\n"
        "Débat\nMme D. Martin (LR) a demandé :\n"
        "1. Pourquoi si peu de sites ont-ils été désignés ?\n2. Qui est chargé de la centrale ?\n"
        "M. L. Durand (LFI) a demandé :\n"
        "3. Combien d’affaires ont été jugées ?\n4. Quel est le budget du service ?\n\n"
        "Le ministre a répondu que le service était en cours de réorganisation.\n",
        {"1": "Pourquoi si peu", "2": "Qui est chargé", "3": "Combien d’affaires"},
    ),
    (  # the question runs on in lower case on the next line
        "Foire aux questions\n\n"
        "Cette page explique le dispositif.\n\n"
        "1. Qu’est-ce que le niveau de menace ?\net qui le fixe ?\n"
        "Le niveau est fixé par le centre.\n\n"
        "2. À quelle fréquence est-il revu ?\nChaque mois.\n",
        {"1": "Qu’est-ce que le niveau"},
    ),
]


@pytest.mark.parametrize(("text", "starts"), NOT_ASKED)
def test_a_question_in_a_paragraph_or_a_list_stays_text(text: str, starts: dict[str, str]) -> None:
    clauses = {c.number: c for c in parse_text(text).clauses()}
    assert {n: clauses[n].title for n in starts} == dict.fromkeys(starts)
    for number, start in starts.items():
        assert clauses[number].text.startswith(start)
