"""A regulation made by a decree and printed in a gazette (guidelines §1, §1a), French and
English side by side: a reference to an act that a hard line break set at a line's start
(``r. 1);``, ``c. 4);`` is no lettered item), the enabling act cited under the
regulation's title (``Explosives Act (R.S.C. 1985, c. E-17, s. 5)``: the title names the
section, the citation does not), and the gazette's running head mirrored on the facing
page (``Part 2  GAZETTE …  4513`` is no Part 2).

Each text is written for the test in the style of a gazette other than the one the rules
were found on; the expected values were worked out by hand from the annotation guidelines.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

GAZETTE = {
    "en": """1208      OFFICIAL GAZETTE OF NORTHSHIRE, 12 March 2031, Vol. 44, No. 11      Part 2

Order in Council 412-2031, 3 March 2031

WHEREAS the Government made the Explosives Storage Regulation (E-17,
c. 4);

WHEREAS it is expedient to amend that regulation;

Regulation amending the Explosives Storage Regulation
Explosives Act (R.S.N. 2019, c. E-17, s. 5)

1. Section 2 of the Explosives Storage Regulation is amended by adding a definition.

2. Every magazine shall be fitted with an alarm.

Part 2      OFFICIAL GAZETTE OF NORTHSHIRE, 12 March 2031, Vol. 44, No. 11      1209
""",
    "fr": """1208      JOURNAL OFFICIEL DU NORDLAND, 12 mars 2031, 44e année, no 11      Partie 2

Arrêté en conseil 412-2031, 3 mars 2031

CONSIDÉRANT QUE le gouvernement a pris le Règlement sur l'entreposage des explosifs (E-17,
r. 4);

CONSIDÉRANT QU'il y a lieu de modifier ce règlement;

Règlement modifiant le Règlement sur l'entreposage des explosifs
Loi sur les explosifs (L.N. 2019, chapitre E-17, a. 5)

1. L'article 2 du Règlement sur l'entreposage des explosifs est modifié par l'ajout
d'une définition.

2. Tout dépôt est muni d'un système d'alarme.

Partie 2      JOURNAL OFFICIEL DU NORDLAND, 12 mars 2031, 44e année, no 11      1209
""",
}

SECTION = {
    "en": "Regulation amending the Explosives Storage Regulation",
    "fr": "Règlement modifiant le Règlement sur l'entreposage des explosifs",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_gazette_regulation_clauses_and_section(lang: str) -> None:
    doc = parse_text(GAZETTE[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.section) for c in doc.clauses()]
    assert got == [("1", SECTION[lang]), ("2", SECTION[lang])]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "1. The Minister may:\n\na. inspect a magazine;\n\nb. seize it.\n", "1(b)"),
        ("fr", "1. Le ministre peut :\n\na. inspecter un dépôt;\n\nb. le saisir.\n", "1(b)"),
    ],
)
def test_letters_in_sequence_stay_items(lang: str, text: str, expected: str) -> None:
    """``a.`` and ``b.`` in sequence are items: only a letter that opens nothing and follows
    nothing is a line's stray abbreviation."""
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()][-1] == expected


DECREE = {
    "fr": """DÉCRET N° 2031/12 portant organisation du Centre de veille portuaire

ARTICLE 1er.- Le présent décret porte organisation du Centre de veille portuaire.

ARTICLE 2.- Le Centre comprend :
   - un Comité d'orientation ;
   - une Coordination nationale.

ARTICLE 3.- Définitions
Au sens du présent décret, le port est la zone placée sous l'autorité portuaire.

ARTICLE 4.- Le présent décret sera enregistré et publié au Journal officiel./-
""",
    "en": """DECREE No. 2031/12 to organise the Port Watch Centre

ARTICLE 1.- This decree organises the Port Watch Centre.

ARTICLE 2.- The Centre shall comprise:
   - a Steering Committee;
   - a National Coordination.

ARTICLE 3.- Definitions
In this decree, the port is the area under the port authority.

ARTICLE 4.- This decree shall be registered and published in the Official Gazette./-
""",
}


@pytest.mark.parametrize(
    ("lang", "lead_in", "last"),
    [
        ("fr", "Le Centre comprend :", "Le présent décret sera"),
        ("en", "The Centre shall comprise:", "This decree shall be"),
    ],
)
def test_article_lead_in_over_a_list_is_its_text(lang: str, lead_in: str, last: str) -> None:
    """``ARTICLE 2.- Le Centre comprend :`` over its dashes is the article's text, not its
    title; a sentence closed by a decorative ``./-`` too; ``ARTICLE 3.- Définitions`` keeps
    its title."""
    doc = parse_text(DECREE[lang], language=lang)  # type: ignore[arg-type]
    got = {c.number: (c.title, c.text) for c in doc.clauses()}
    assert got["Article 2"][0] is None and got["Article 2"][1].startswith(lead_in)
    assert got["Article 3"][0] in ("Définitions", "Definitions")
    assert got["Article 4"][0] is None and got["Article 4"][1].startswith(last)


PLAN = {
    "fr": """Plan national de sûreté portuaire

Sommaire
   Axe 1 – Protéger les ports et les terminaux ................ 3
   Axe 2 – Former les agents des ports du littoral ............ 5

Axe 1 – Protéger les ports et les terminaux

Mesure 1 – Sécuriser les terminaux passagers.

Axe 2 – Former les agents des ports du littoral

Mesure 2 – Former les agents à la détection des drones.
""",
    "en": """National Port Security Plan

Contents
   Pillar 1 – Protect the ports and their terminals ........... 3
   Pillar 2 – Train the staff of the coastal ports ............ 5

Pillar 1 – Protect the ports and their terminals

Measure 1 – Secure the passenger terminals.

Pillar 2 – Train the staff of the coastal ports

Measure 2 – Train the staff to detect drones.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_its_contents_entry_repeats_is_no_running_head(lang: str) -> None:
    """A heading whose words a contents entry printed with a page number is the heading the
    entry lists, not a running head mirrored from a facing page."""
    doc = parse_text(PLAN[lang], language=lang)  # type: ignore[arg-type]
    word = "Axe" if lang == "fr" else "Pillar"
    assert [c.number for c in doc.clauses() if c.number.startswith(word)] == [
        f"{word} 1",
        f"{word} 2",
    ]


@pytest.mark.parametrize(
    ("lang", "page", "title"),
    [
        (
            "en",
            "<h1>Explosives Act</h1><p>6. <strong>Possession, etc.</strong> No person shall"
            " possess an explosive.</p><p>7. <strong>Sale.</strong> No person shall sell it.</p>",
            "Possession, etc.",
        ),
        (
            "fr",
            "<h1>Loi sur les explosifs</h1><p>6. <strong>Possession, etc.</strong> Nul ne peut"
            " posséder un explosif.</p><p>7. <strong>Vente.</strong> Nul ne peut le vendre.</p>",
            "Possession, etc.",
        ),
    ],
)
def test_a_title_ending_on_an_abbreviation_keeps_its_stop(lang: str, page: str, title: str) -> None:
    """``Possession, etc.``: the full stop of ``etc.`` is the title's own word, kept; the
    stop that closes ``Sale.`` is not."""
    doc = parse_text(page, lang, layout="html")  # type: ignore[arg-type]
    assert [c.title for c in doc.clauses()] == [title, "Sale" if lang == "en" else "Vente"]


CONSOLIDATED = {
    "en": """## Prohibitions

### 3 Dealings

No person shall deal in any property of a listed person.

### 3.1 to 3.4

[Repealed, SOR/2004-160, s. 3]

### 4 Embargo

(1) No person shall export arms to a listed person.

(2) and (3) [Repealed, SOR/2006-165, s. 3]
""",
    "fr": """## Interdictions

### 3 Opérations

Il est interdit d'effectuer une opération portant sur un bien d'une personne inscrite.

### 3.1 à 3.4

[Abrogés, DORS/2004-160, art. 3]

### 4 Embargo

(1) Il est interdit d'exporter des armes à une personne inscrite.

(2) et (3) [Abrogés, DORS/2006-165, art. 3]
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_range_of_repealed_provisions_gives_its_first_and_last(lang: str) -> None:
    """``3.1 to 3.4 [Repealed, …]``, ``(2) and (3) [Repealed, …]``: a consolidation prints a
    range of repealed provisions on one line; its first and last numbers are clauses (dev
    gold for the Canadian consolidated regulations), the repeal note the last one's text."""
    doc = parse_text(CONSOLIDATED[lang], lang, layout="markdown")  # type: ignore[arg-type]
    got = {c.number: c.text for c in doc.clauses()}
    assert list(got) == ["3", "3.1", "3.4", "4", "4(1)", "4(2)", "4(3)"]
    assert got["3.4"].startswith("[") and got["4(3)"].startswith("[")
