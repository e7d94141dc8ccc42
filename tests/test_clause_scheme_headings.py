"""Headings and texts in publishers' numbering schemes (guidelines §1a), French and English
side by side: the sentence on an article's line, run-in titles, named units saying one
sentence, act sections printed as a plain number and name, bare letter items, code
sections, interpretive notes, plans and pillars, and contents lists that are no act.

Each text is written for the test in a publisher's style; the expected numbers were
worked out by hand from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._clauseschemes import numbers, titles

DISPOSITIF = {
    "fr": """Article 1er. – Définitions

Article 2. – Sont conformes à la Constitution :
- l'article 15 de la loi déférée.

Article 3. – Cette décision sera publiée au Journal officiel de la République française.
""",
    "en": """Article 1. – Definitions

Article 2. – The following are in conformity with the Constitution:
- section 15 of the law referred.

Article 3. – This decision will be published in the Official Journal.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sentence_on_an_article_line_is_its_text(lang: str) -> None:
    got = titles(DISPOSITIF[lang], lang)
    want_first = "Définitions" if lang == "fr" else "Definitions"
    assert got == {"Article 1": want_first, "Article 2": None, "Article 3": None}


QUOTED_WORDS = {
    "fr": """Article 1er

I. – L'article L. 228-2 est ainsi modifié :
a) À la première phrase, le mot : « douze » est remplacé par le mot : « dix-huit » ;
b) La dernière phrase est supprimée.
""",
    "en": """Article 1

I. – Section L. 228-2 is amended as follows:
a) In the first sentence, the word: “Twelve” is replaced by the word: “Eighteen”;
b) The last sentence is deleted.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colon_before_quoted_words_ends_no_title(lang: str) -> None:
    doc = parse_text(QUOTED_WORDS[lang], language=lang)  # type: ignore[arg-type]
    item = next(c for c in doc.clauses() if c.number == "Article 1(I)(a)")
    first = "À la première phrase" if lang == "fr" else "In the first sentence"
    assert item.title is None and item.text.startswith(first)


LONE_SENTENCES = {
    "fr": """LISTE DES PROPOSITIONS

Proposition n° 3 : Permettre la fermeture des locaux annexes.
Proposition n° 4 : Maintenir l'information trimestrielle du Parlement.
""",
    "en": """LIST OF RECOMMENDATIONS

Recommendation 3: Allow the closure of annexed premises.
Recommendation 4: Keep Parliament informed every quarter.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_named_unit_saying_one_sentence_has_it_as_text(lang: str) -> None:
    doc = parse_text(LONE_SENTENCES[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: (c.title, c.text.split()[0]) for c in doc.clauses()}
    word = "Proposition" if lang == "fr" else "Recommendation"
    first = ("Permettre", "Maintenir") if lang == "fr" else ("Allow", "Keep")
    assert got == {f"{word} 3": (None, first[0]), f"{word} 4": (None, first[1])}


STATUTE_PLAIN = {
    "en": """Contents
1 Short title
Part 1 General
2 Purpose
3 Offence

The Parliament enacts as follows:

1 Short title
This Act is the Border Security Act 2024.

Part 1
General

2 Purpose
The purpose of this Act is to—
(a) protect ports; and
(b) protect airports.

3 Offence
(1) A person commits an offence if the person, without lawful authority,—
(a) enters a restricted area; or
(b) stays in it.
(2) The penalty is a fine not exceeding $5,000.
""",
    "fr": """Table des matières
1 Titre abrégé
Partie 1 Dispositions générales
2 Objet
3 Infraction

Le Parlement édicte :

1 Titre abrégé
La présente loi s'intitule Loi sur la sécurité des frontières.

Partie 1
Dispositions générales

2 Objet
La présente loi a pour objet—
(a) de protéger les ports;
(b) de protéger les aéroports.

3 Infraction
(1) Commet une infraction quiconque, sans autorisation légitime,—
(a) pénètre dans une zone réglementée;
(b) y demeure.
(2) La peine est une amende maximale de 5 000 $.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_act_sections_printed_as_plain_number_and_name(lang: str) -> None:
    """``3 Offence`` over ``(1) …``: an act's section heads, in a run numbered 1, 2, 3; the
    contents list that repeats them (the Part on one line, then on two) is not the act."""
    text = STATUTE_PLAIN[lang]
    assert numbers(text, lang) == [
        "1", "Part 1", "2", "2(a)", "2(b)", "3", "3(1)", "3(1)(a)", "3(1)(b)", "3(2)",
    ]  # fmt: skip
    names = {
        "en": ("Short title", "General", "Purpose", "Offence"),
        "fr": ("Titre abrégé", "Dispositions générales", "Objet", "Infraction"),
    }[lang]
    got = titles(text, lang)
    assert (got["1"], got["Part 1"], got["2"], got["3"]) == names
    assert got["3(1)"] is None  # a lead-in closed by a dash is text, not a heading


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_numbered_lines_out_of_sequence_are_no_act_sections(lang: str) -> None:
    """Two plain ``N Name`` lines that are not a run of three are not section heads."""
    text = {
        "en": "Timeline\n\n12 June\nThe Council met.\n\n14 July\nThe Council met again.\n",
        "fr": "Chronologie\n\n12 Juin\nLe Conseil s'est réuni.\n\n14 Juillet\nIl s'est réuni.\n",
    }[lang]
    assert numbers(text, lang) == []


BARE_LETTERS = {
    "fr": """Article 2 – Définitions
Aux fins du présent Protocole :
a « port » désigne toute installation portuaire ;
b « exploitant » désigne l'entité qui gère le port.

Article 3 – Mesures
1 Chaque Partie prend les mesures suivantes :
a des contrôles d'accès ;
b des exercices réguliers.
2 Chaque Partie en informe le Secrétaire Général.
""",
    "en": """Article 2 – Definitions
For the purposes of this Protocol:
a "port" means any port facility;
b "operator" means the entity that runs the port.

Article 3 – Measures
1 Each Party shall take the following measures:
a access controls;
b regular exercises.
2 Each Party shall inform the Secretary General.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bare_letter_items_after_a_colon(lang: str) -> None:
    """``a « port » désigne …`` then ``b …`` after a lead-in closed by a colon: lettered items
    (Council of Europe treaties print the letter bare), cited under what they sit under."""
    assert numbers(BARE_LETTERS[lang], lang) == [
        "Article 2", "Article 2(a)", "Article 2(b)",
        "Article 3", "Article 3(1)", "Article 3(1)(a)", "Article 3(1)(b)", "Article 3(2)",
    ]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_lone_line_opening_with_a_is_no_item(lang: str) -> None:
    """A line opening with the English article or the French verb ``a`` after a colon, with
    no ``b`` after it, is text."""
    text = {
        "en": "1. The Council adopted the following:\na plan of action for 2024 and beyond.\n"
        "2. It met again.\n",
        "fr": "1. Le Conseil rappelle ce qui suit :\na été adopté un plan d'action pour 2024.\n"
        "2. Il s'est réuni.\n",
    }[lang]
    assert numbers(text, lang) == ["1", "2"]


CODE_SECTION = {
    "en": """18 U.S. Code § 2339C - Prohibitions against the financing of terrorism
U.S. Code
Notes
(a) Offenses.—
(1) In general.—Whoever unlawfully provides funds shall be punished.
(2) Attempts.—Whoever attempts to do so shall be punished too.
(b) Definitions.—As used in this section—
(1) the term "funds" means assets of every kind.
""",
    "fr": """18 U.S. Code § 2339C - Interdiction du financement du terrorisme
Code des États-Unis
Notes
(a) Infractions.—
(1) En général.—Quiconque fournit illicitement des fonds est puni.
(2) Tentative.—Quiconque tente de le faire est également puni.
(b) Définitions.—Au sens du présent article—
(1) le terme « fonds » désigne des avoirs de toute nature.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_code_section_stays_open_over_database_headings(lang: str) -> None:
    """``§ 2339C - …`` then the database's own lines ("U.S. Code", "Notes") before ``(a)``:
    the subsections are still the section's (2339C(a)), and ``Definitions.—`` ending in a
    full stop and a dash is a run-in title however short the text after it."""
    text = CODE_SECTION[lang]
    assert numbers(text, lang) == [
        "2339C", "2339C(a)", "2339C(a)(1)", "2339C(a)(2)", "2339C(b)", "2339C(b)(1)",
    ]  # fmt: skip
    got = titles(text, lang)
    assert got["2339C(b)"] == {"en": "Definitions", "fr": "Définitions"}[lang]
    assert got["2339C(b)(1)"] is None


INTERPRETIVE_NOTE = {
    "en": """C. TERRORIST FINANCING

5. Terrorist financing offence *
Countries should criminalise terrorist financing.

6. Targeted financial sanctions *
Countries should freeze funds without delay.

INTERPRETIVE NOTE TO RECOMMENDATION 5
(TERRORIST FINANCING OFFENCE)

A. Objectives

1. The purpose of Recommendation 5 is to give countries the legal means.

B. Scope

2. The offence should cover anyone who provides funds.
""",
    "fr": """C. FINANCEMENT DU TERRORISME

5. Infraction de financement du terrorisme *
Les pays devraient ériger le financement du terrorisme en infraction.

6. Sanctions financières ciblées *
Les pays devraient geler les fonds sans délai.

NOTE INTERPRÉTATIVE DE LA RECOMMANDATION 5
(INFRACTION DE FINANCEMENT DU TERRORISME)

A. Objectifs

1. La Recommandation 5 a pour objet de donner aux pays les moyens juridiques.

B. Champ

2. L'infraction devrait viser quiconque fournit des fonds.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_interpretive_note_is_a_space_cited_by_its_prefix(lang: str) -> None:
    """An excerpt opening at section ``C.`` over ``5.``; the interpretive note to
    Recommendation 5 numbers afresh (1 after 5 and 6) and is cited INR.5(1), its capital
    headings INR.5(A); a note's asterisk after a title is not the title's."""
    text = INTERPRETIVE_NOTE[lang]
    assert numbers(text, lang) == [
        "C", "5", "6", "INR.5(A)", "INR.5(1)", "INR.5(B)", "INR.5(2)",
    ]  # fmt: skip
    got = titles(text, lang)
    offence = {"en": "Terrorist financing offence", "fr": "Infraction de financement du terrorisme"}
    assert got["5"] == offence[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    sections = {c.number: c.section for c in doc.clauses()}
    subtitle = {
        "en": "TERRORIST FINANCING OFFENCE",
        "fr": "INFRACTION DE FINANCEMENT DU TERRORISME",
    }
    heading = text.split("\n\n")[3].split("\n")[0]  # the note's heading, as printed
    assert sections["INR.5(1)"] == f"{heading} ({subtitle[lang]})"


CONTENTS_THEN_ACT = {
    "fr": """Table des matières  Texte  Début
CHAPITRE 1er. - Disposition générale
Art. 1
CHAPITRE 2. - Modifications du Code pénal
Art. 2-3

CHAPITRE 1er. - Disposition générale (Articles 1 à 1)

Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution.

CHAPITRE 2. - Modifications du Code pénal (Articles 2 et 3)

Art. 2. L'article 140 du Code pénal est complété.

Art. 3. L'article 141 du même Code est abrogé.
""",
    "en": """Contents  Text  Top
CHAPTER 1. - General provision
Art. 1
CHAPTER 2. - Amendments to the Criminal Code
Art. 2-3

CHAPTER 1. - General provision (Articles 1 to 1)

Article 1. This Act governs a matter referred to in Article 74 of the Constitution.

CHAPTER 2. - Amendments to the Criminal Code (Articles 2 and 3)

Art. 2. Section 140 of the Criminal Code is supplemented.

Art. 3. Section 141 of the same Code is repealed.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_list_is_not_the_act(lang: str) -> None:
    """Four numbered headings in a row (chapters, ``Art. 1``, a range ``Art. 2-3``) whose
    numbers all come back later are a contents list: the clauses are the later prints, with
    their text; a chapter's title drops the range of articles a database adds to it."""
    doc = parse_text(CONTENTS_THEN_ACT[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: c for c in doc.clauses()}
    assert list(got) == ["Chapter 1", "Article 1", "Chapter 2", "Article 2", "Article 3"]
    assert (
        got["Article 1"].text.split()[:2] == {"fr": ["La", "présente"], "en": ["This", "Act"]}[lang]
    )
    assert (
        got["Chapter 2"].title
        == {
            "fr": "Modifications du Code pénal",
            "en": "Amendments to the Criminal Code",
        }[lang]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_named_unit_before_an_ornament_has_its_sentence_as_text(lang: str) -> None:
    """``Proposition n° 4 : Maintenir … .`` then ``* * *`` and a new part: the sentence is the
    unit's text; the paragraph after the ornament is not the unit's body."""
    text = {
        "fr": "Proposition n° 4 : Maintenir l'information du Parlement.\n\n*\n* *\n\n"
        "Réunie le mercredi 10 février, la commission a adopté le rapport.\n",
        "en": "Recommendation 4: Keep Parliament informed every quarter.\n\n*\n* *\n\n"
        "Meeting on Wednesday 10 February, the committee adopted the report.\n",
    }[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    (clause,) = doc.clauses()
    assert clause.title is None
    assert clause.text.split()[0] == {"fr": "Maintenir", "en": "Keep"}[lang]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_dashed_numbered_heading_with_a_broken_word(lang: str) -> None:
    """``3. — Les mesures … de surveil-`` / ``lance (MICAS)``: a dash after the number sets a
    heading apart, and the word the line end broke is joined in its title."""
    text = {
        "fr": "I. — LE CONTRÔLE\n\nA. — LES MESURES\n\n"
        "3. — Les mesures de contrôle et de surveil-\nlance (MICAS)\n\n"
        "a) Un recours concentré\nSur les 342 mesures, la moitié visaient des sortants.\n",
        "en": "I. — OVERSIGHT\n\nA. — THE MEASURES\n\n3. — Individual control and surveil-\n"
        "lance measures (MICAS)\n\na) A narrow use\nOf the 342 measures, half concerned "
        "released prisoners.\n",
    }[lang]
    got = titles(text, lang)
    assert (
        got["A(3)"]  # 3 numbered afresh under heading A (§1a: A), cited under it
        == {
            "fr": "Les mesures de contrôle et de surveillance (MICAS)",
            "en": "Individual control and surveillance measures (MICAS)",
        }[lang]
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_run_in_title_before_a_short_lead_in(lang: str) -> None:
    """``3. Technical assistance. Assistance may include:`` over its items: the short name
    closed by a full stop is the title, however short the lead-in after it."""
    text = {
        "en": "3. Technical assistance. Assistance may include:\n(a) training;\n(b) equipment.\n",
        "fr": "3. Assistance technique. Elle peut comprendre :\n(a) des formations ;\n"
        "(b) du matériel.\n",
    }[lang]
    got = titles(text, lang)
    assert got["3"] == {"en": "Technical assistance", "fr": "Assistance technique"}[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    first = next(c for c in doc.clauses() if c.number == "3")
    assert first.text.split()[0] == {"en": "Assistance", "fr": "Elle"}[lang]


PLAN = {
    "fr": """2. Les axes du plan

Axe 1 – Prémunir les esprits

Mesure 1 – Renforcer le contrôle des établissements privés.

Mesure 2 – Associer les plateformes au retrait des contenus :
  • signalements accélérés ;
  • coopération avec Europol.
""",
    "en": """2. The pillars of the plan

Pillar 1 – Protecting minds

Measure 1 – Strengthen oversight of private schools.

Measure 2 – Involve platforms in removing content:
  • faster referrals;
  • cooperation with Europol.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_plan_heading_over_its_pillars_and_a_measure_with_bullets(lang: str) -> None:
    """``2. Les axes du plan`` alone above ``Axe 1 – …`` is a heading (its line is its
    title); ``Mesure 2 – … :`` over bullets is a lead-in, the measure's text, not its title."""
    text = PLAN[lang]
    got = titles(text, lang)
    assert got["2"] == {"fr": "Les axes du plan", "en": "The pillars of the plan"}[lang]
    assert got[{"fr": "Mesure 2", "en": "Measure 2"}[lang]] is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_named_line_over_dash_bullets_is_a_heading(lang: str) -> None:
    """``2.2. Specific objectives:`` over dash bullets: the name heads them (title, no text
    of its own); ``2.1. The support shall consist of:`` is a sentence and stays the text."""
    text = {
        "en": "2. Objectives\n2.1. The support shall consist of:\n— training;\n— equipment.\n"
        "2.2. Specific objectives:\n— to improve procedures;\n— to increase capacities.\n",
        "fr": "2. Objectifs\n2.1. Le soutien doit comprendre :\n— des formations ;\n"
        "— du matériel.\n2.2. Objectifs spécifiques :\n— améliorer les procédures ;\n"
        "— renforcer les capacités.\n",
    }[lang]
    got = titles(text, lang)
    assert got["2.2"] == {"en": "Specific objectives", "fr": "Objectifs spécifiques"}[lang]
    assert got["2.1"] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contents_entry_with_a_cut_leader_is_no_section(lang: str) -> None:
    """A contents entry whose leader was cut to two dots (``A. … PERTES .. 9``), between
    entries set aside as contents, is not section A; the body's A is."""
    text = {
        "fr": "SOMMAIRE\nI. UNE MENACE DURABLE ........................ 9\n"
        "A. AU SAHEL, LES ENGINS EXPLOSIFS SONT DEVENUS LA PREMIÈRE CAUSE DE PERTES .. 9\n"
        "B. SUR LE TERRITOIRE NATIONAL ..................... 14\n\n"
        "I. UNE MENACE DURABLE\n\nA. AU SAHEL\n\nLe texte de la partie A.\n\n"
        "B. SUR LE TERRITOIRE NATIONAL\n\nLe texte de la partie B.\n",
        "en": "CONTENTS\nI. A LASTING THREAT ........................ 9\n"
        "A. IN THE SAHEL, IMPROVISED EXPLOSIVE DEVICES HAVE BECOME THE FIRST CAUSE OF LOSSES .. 9\n"
        "B. ON NATIONAL TERRITORY ..................... 14\n\n"
        "I. A LASTING THREAT\n\nA. IN THE SAHEL\n\nThe text of part A.\n\n"
        "B. ON NATIONAL TERRITORY\n\nThe text of part B.\n",
    }[lang]
    assert numbers(text, lang) == ["I", "A", "B"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_formula_in_capitals_opens_a_section(lang: str) -> None:
    """``LE CONSEIL CONSTITUTIONNEL DÉCIDE :`` alone on its line opens the part after it:
    the articles that follow sit in that section (its colon dropped)."""
    text = {
        "fr": "LE CONSEIL CONSTITUTIONNEL S'EST FONDÉ SUR CE QUI SUIT :\n\n"
        "1. La loi déférée comporte dix articles.\n\n"
        "LE CONSEIL CONSTITUTIONNEL DÉCIDE :\n\n"
        "Article 1er. – L'article 3 est conforme à la Constitution.\n",
        "en": "THE CONSTITUTIONAL COUNCIL BASED ITS DECISION ON THE FOLLOWING:\n\n"
        "1. The law referred comprises ten articles.\n\n"
        "THE CONSTITUTIONAL COUNCIL DECIDES:\n\n"
        "Article 1. – Article 3 is in conformity with the Constitution.\n",
    }[lang]
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    sections = {c.number: c.section for c in doc.clauses()}
    first, second = (line.rstrip(" :") for line in text.split("\n\n")[0:3:2])
    assert sections == {"1": first, "Article 1": second}
