"""Run-in titles closed by a full stop (ctdocs.structure._stoptitles; guidelines §1a: a
run-in title ends at a colon or a full stop).

A short first sentence that happens to name reads like such a title; a document that
titles its paragraphs titles their siblings too, so a lone one is the paragraph's sentence
unless it is a name's one or two words. French and English side by side; the expected
titles and first words were worked out by hand from §1a, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def _clauses(text: str, lang: str) -> dict[str, tuple[str | None, list[str]]]:
    """Each clause's title and the first three words of its text."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    return {c.number: (c.title, c.text.split()[:3]) for c in doc.clauses()}


LONE = {
    "en": """6. Detention facilities in the north-east of the country still hold many
thousands of people, most of them women and children.

7. Member States continued repatriations. Between July and December 2023, several States
repatriated about 1,800 of their nationals from the camps.

8. The Office supported the screening and prosecution of returnees in five countries.
""",
    "fr": """2.2. Le tribunal a retenu que les versements avaient servi à financer des
combattants de l'organisation.

2.3. Le recourant invoque le caractère humanitaire des versements. Il perd de vue que
les fonds étaient remis à un intermédiaire connu de l'organisation.

2.4. Le grief doit dès lors être rejeté, dans la mesure où il est recevable.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_first_sentence_is_the_text(lang: str) -> None:
    """No sibling has a title: the sentence a full stop closes is the paragraph's text."""
    got = _clauses(LONE[lang], lang)
    number = {"en": "7", "fr": "2.3"}[lang]
    first = {"en": ["Member", "States", "continued"], "fr": ["Le", "recourant", "invoque"]}
    assert got[number] == (None, first[lang])


TITLED = {
    "en": """1. Purpose. This order sets out the measures the departments shall take
against the misuse of unmanned aircraft.

2. Scope. The order applies to every department that protects critical infrastructure
and to the agencies under them.

3. Coordination of counter-drone measures. The Council shall coordinate the detection and the
mitigation of drones near protected sites.
""",
    "fr": """1. Objet. Le présent arrêté fixe les mesures que les services prennent
contre l'usage malveillant des aéronefs sans équipage.

2. Champ d'application. Il s'applique à tous les services qui protègent des
infrastructures critiques et aux organismes qui en dépendent.

3. Coordination de la lutte anti-drones. Le Conseil coordonne la détection et la
neutralisation des drones près des sites protégés.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_titles_shared_by_siblings_stay(lang: str) -> None:
    """Every sibling titled: each title stays, even one of several words."""
    got = _clauses(TITLED[lang], lang)
    names = {
        "en": ["Purpose", "Scope", "Coordination of counter-drone measures"],
        "fr": ["Objet", "Champ d'application", "Coordination de la lutte anti-drones"],
    }[lang]
    assert [got[n][0] for n in ("1", "2", "3")] == names
    assert got["3"][1][0] == {"en": "The", "fr": "Le"}[lang]


SHORT = {
    "en": """10. We reaffirm our commitment to the principles of the Charter and to the
rule of law in all our actions.

11. Terrorism. We condemn terrorism in all its forms and manifestations, whoever commits
it and for whatever purposes.

12. We welcome the progress made in the fight against the proliferation of weapons.
""",
    "fr": """10. Nous réaffirmons notre attachement aux principes de la Charte et à l'état
de droit dans toutes nos actions.

11. Terrorisme. Nous condamnons le terrorisme sous toutes ses formes et dans toutes ses
manifestations, quels qu'en soient les auteurs.

12. Nous saluons les progrès accomplis dans la lutte contre la prolifération des armes.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_one_word_title_stays(lang: str) -> None:
    """One word closed by a stop says nothing: a title, whether or not siblings have one."""
    got = _clauses(SHORT[lang], lang)
    title = {"en": "Terrorism", "fr": "Terrorisme"}[lang]
    assert got["11"] == (
        title,
        {"en": ["We", "condemn", "terrorism"], "fr": ["Nous", "condamnons", "le"]}[lang],
    )


LONE_COLON = {
    "en": """3. The Meeting was opened on 8 December by its Chairman.

4. The following 131 States Parties participated: Afghanistan, Albania, Algeria and the
other States listed in the annex.

5. The Meeting adopted its agenda and its programme of work.
""",
    "fr": """3. La Réunion a été ouverte le 8 décembre par son Président.

4. Les 131 États parties suivants y ont participé : Afghanistan, Albanie, Algérie et les
autres États énumérés en annexe.

5. La Réunion a adopté son ordre du jour et son programme de travail.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_colon_lead_is_the_text(lang: str) -> None:
    """A colon that closes the words after a number reads as a run-in title (§1a); with no
    sibling titled, and more than a name's two words, they lead in to a list: the text."""
    got = _clauses(LONE_COLON[lang], lang)
    first = {"en": ["The", "following", "131"], "fr": ["Les", "131", "États"]}[lang]
    assert got["4"] == (None, first)


COLON_TITLED = {
    "en": """1. Border security: assistance to the States of the region in managing their
borders.

2. Aviation security: a regional workshop with ICAO on the screening of passengers.

3. Countering the financing of terrorism: training for financial intelligence units.
""",
    "fr": """1. Sécurité des frontières : assistance aux États de la région pour la gestion de
leurs frontières.

2. Sûreté aérienne : un atelier régional avec l'OACI sur le contrôle des passagers.

3. Lutte contre le financement du terrorisme : formation des cellules de renseignement.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_titles_shared_by_siblings_stay(lang: str) -> None:
    """Every sibling titled by a colon: each title stays."""
    got = _clauses(COLON_TITLED[lang], lang)
    names = {
        "en": ["Border security", "Aviation security", "Countering the financing of terrorism"],
        "fr": [
            "Sécurité des frontières",
            "Sûreté aérienne",
            "Lutte contre le financement du terrorisme",
        ],
    }[lang]
    assert [got[n][0] for n in ("1", "2", "3")] == names


APART = {
    "en": """12. The police and the ambulance service planned a joint response in 2022.

13. Hospitals activated mass-casualty plans within the hour. The hospital took 27 patients
before midnight.

14. The coordination centre was not activated until the next morning.

15. Identity of the deceased. Four persons died in the attack on the festival grounds that
evening.

16. Cause of death. Each died from injuries caused by the explosion of the device near
the main stage.
""",
    "fr": """12. La police et le service d'ambulances avaient prévu une réponse commune en 2022.

13. Les hôpitaux déclenchèrent leurs plans blancs dans l'heure. L'hôpital reçut 27 patients
avant minuit.

14. Le centre de coordination ne fut activé que le lendemain matin.

15. Identité des défunts. Quatre personnes sont mortes dans l'attentat commis ce soir-là
sur le site du festival.

16. Causes du décès. Chacune est morte des blessures causées par l'explosion de l'engin
près de la scène principale.
""",
}
APART_FIRST = {
    "en": ["Hospitals", "activated", "mass-casualty"],
    "fr": ["Les", "hôpitaux", "déclenchèrent"],
}
APART_TITLES = {
    "en": ("Identity of the deceased", "Cause of death"),
    "fr": ("Identité des défunts", "Causes du décès"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_first_sentence_between_untitled_siblings_is_the_text(lang: str) -> None:
    """Paragraph 13's short first sentence stands between untitled 12 and 14: titled 15
    and 16 further on do not make it a title, as a document titles its paragraphs in runs."""
    got = _clauses(APART[lang], lang)
    assert got["13"] == (None, APART_FIRST[lang])
    assert (got["15"][0], got["16"][0]) == APART_TITLES[lang]
