"""Layouts of official gazettes and journals (guidelines §1, §1a), French and English side by
side: marginal notes printed as a line above each section, a section that opens with its
first subsection on its line (``1. (1) …``), schedule entries quoted in an amending section,
a gazette's filing line in its masthead, a page number heading a running head, and an
ordinal word among roman numerals (``TITRE PREMIER`` before ``TITRE II``); provisions an
amending article quotes, a Markdown chapter page, and the marginal notes and lists of a
statute's sections.

Each text is written for the test; the expected numbers and titles were worked out by hand
from the annotation guidelines, never copied from output.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def clauses(text: str, language: str) -> list[tuple[str, str | None]]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return [(c.number, c.title) for c in doc.clauses()]


AMENDING_ACT = {
    "en": """PART II — Section 1

THE EXPLOSIVE DEVICES (AMENDMENT) ACT, 2030

BE it enacted by Parliament as follows:—

Short title and commencement.
1. (1) This Act may be called the Explosive Devices (Amendment) Act, 2030.

(2) It shall come into force on the date of its publication in the Gazette.

Amendment of section 4.
2. In section 4 of the principal Act, for the words "five years" the words "seven years"
shall be substituted.

Amendment of the Schedule.
3. In the Schedule to the principal Act, after serial number 12, the following entries
shall be inserted, namely:—

"13. The Northern Front and its affiliates.
 14. The Eastern Brigade.".

Repeal and saving.
4. The Explosive Devices (Amendment) Ordinance, 2030 is hereby repealed.
""",
    "fr": """PARTIE II — Section 1

LOI N° 12 DE 2030 MODIFIANT LA LOI SUR LES ENGINS EXPLOSIFS

Le Parlement édicte ce qui suit :

Titre abrégé et entrée en vigueur.
1. (1) La présente loi peut être citée comme la loi de 2030 modifiant la loi sur les
engins explosifs.

(2) Elle entre en vigueur à la date de sa publication au Journal officiel.

Modification de l'article 4.
2. À l'article 4 de la loi principale, les mots « cinq ans » sont remplacés par les mots
« sept ans ».

Modification de l'annexe.
3. À l'annexe de la loi principale, après le numéro 12, les inscriptions suivantes sont ajoutées :

"13. Le Front du Nord et ses affiliés.
 14. La Brigade de l'Est.".

Abrogation et réserve.
4. L'ordonnance de 2030 modifiant la loi sur les engins explosifs est abrogée.
""",
}

AMENDING_TITLES = {
    "en": [
        "Short title and commencement",
        "Amendment of section 4",
        "Amendment of the Schedule",
        "Repeal and saving",
    ],
    "fr": [
        "Titre abrégé et entrée en vigueur",
        "Modification de l'article 4",
        "Modification de l'annexe",
        "Abrogation et réserve",
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_marginal_notes_title_the_sections_of_a_gazette_act(lang: str) -> None:
    first, second, third, fourth = AMENDING_TITLES[lang]
    assert clauses(AMENDING_ACT[lang], lang) == [
        ("1", first),  # "1. (1) …": the section opens with its first subsection
        ("1(1)", None),
        ("1(2)", None),
        ("2", second),
        ("3", third),  # the quoted schedule entries 13 and 14 are not the act's
        ("4", fourth),
    ]


CITING_NOTE = {  # the note cites an act by number and year: the comma is the citation's
    "en": ("Amendment of section 4.", "Amendment of Act No. 15, 2022."),
    "fr": ("Modification de l'article 4.", "Modification de la loi no 15, 2022."),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_marginal_note_citing_an_act_with_its_year_titles_its_section(lang: str) -> None:
    printed, citing = CITING_NOTE[lang]
    first, _, third, fourth = AMENDING_TITLES[lang]
    got = clauses(AMENDING_ACT[lang].replace(printed, citing), lang)
    assert [t for _, t in got] == [first, None, None, citing.rstrip("."), third, fourth]


ORDINAL = {
    "fr": """TITRE PREMIER
DISPOSITIONS GÉNÉRALES

Article premier

La présente loi s'applique au financement du terrorisme.

Article 2

Elle s'applique aussi aux actifs virtuels.

TITRE II
DISPOSITIONS FINALES

Article 3

La présente loi entre en vigueur le jour de sa publication.
""",
    "en": """CONVENTION ON THE MARKING OF EXPLOSIVES

Article First

Each State Party shall mark the explosives it makes.

Article II

Each State Party shall prohibit unmarked explosives.

Article III

This Convention shall enter into force on ratification.
""",
}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["Title I", "Article 1", "Article 2", "Title II", "Article 3"]),
        ("en", ["Article I", "Article II", "Article III"]),
    ],
)
def test_ordinal_word_takes_the_numerals_of_its_siblings(lang: str, expected: list[str]) -> None:
    assert [n for n, _ in clauses(ORDINAL[lang], lang)] == expected


RUNNING_HEAD = {
    "fr": """Article 1

Le comité est présidé par le ministre de l'intérieur.

412          JOURNAL OFFICIEL          N° 88 – 3 mars 2030

Article 2

Le comité se réunit deux fois par an.
""",
    "en": """Article 1

The committee is chaired by the Minister of the Interior.

212          OFFICIAL GAZETTE          No. 14 – 3 March 2030

Article 2

The committee meets twice a year.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_page_number_of_a_running_head_is_no_section(lang: str) -> None:
    assert [n for n, _ in clauses(RUNNING_HEAD[lang], lang)] == ["Article 1", "Article 2"]


QUOTED_ARTICLE = {
    "en": """Article 1

Amendments to Directive (EU) 2030/100

Directive (EU) 2030/100 of the European Parliament and of the Council (1) is amended as follows:

(1) in Article 3, the following point is inserted:

'(k) the supply of drones to terrorist groups;';

(2) the following Article is inserted:

'Article 12a

Material support

1. Member States shall ensure that material support is punishable.

(1) OJ L 88, 31.3.2030, p. 6.

2. Paragraph 1 applies to software and know-how.';

(3) Article 20 is deleted.

Article 2

Transposition

Member States shall transpose this Directive by 1 June 2032.
""",
    "fr": """Article premier

Modifications de la directive (UE) 2030/100

La directive (UE) 2030/100 du Parlement européen et du Conseil (1) est modifiée comme suit :

1) à l'article 3, le point suivant est inséré :

« k) la fourniture de drones à des groupes terroristes ; » ;

2) l'article suivant est inséré :

« Article 12 bis

Soutien matériel

1. Les États membres veillent à ce que le soutien matériel soit punissable.

(1) JO L 88 du 31.3.2030, p. 6.

2. Le paragraphe 1 s'applique aux logiciels et au savoir-faire. » ;

3) l'article 20 est supprimé.

Article 2

Transposition

Les États membres transposent la présente directive au plus tard le 1er juin 2032.
""",
}


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("en", ("Amendments to Directive (EU) 2030/100", "Transposition")),
        ("fr", ("Modifications de la directive (UE) 2030/100", "Transposition")),
    ],
)
def test_article_quoted_by_an_amending_article_is_its_text(
    lang: str, titles: tuple[str, str]
) -> None:
    doc = parse_text(QUOTED_ARTICLE[lang], language=lang)  # type: ignore[arg-type]
    assert [(c.number, c.title) for c in doc.clauses()] == [
        ("Article 1", titles[0]),
        ("Article 1(1)", None),
        ("Article 1(2)", None),  # the inserted Article 12a, its heading and paragraphs
        ("Article 1(3)", None),
        ("Article 2", titles[1]),
    ]
    (point,) = [c for c in doc.clauses() if c.number == "Article 1(2)"]
    assert "punishable" in point.text or "punissable" in point.text
    notes = [b for b in doc.blocks() if getattr(b, "role", None) == "footnote"]
    assert [b.text[:3] for b in notes] == ["(1)"]  # the page's note, not a paragraph


CHAPTER_PAGE = {
    "en": """# Chapter 4. Prosecuting terrorist financing

## 4.1 Typologies

1. Investigators report recurring patterns in the cases collected for this handbook.

2. Two of them stand out:

   1. **Online appeals** for donations on messaging channels;
   2. **Cash couriers** crossing land borders.

3. In practice, funds are converted quickly into goods.

## 4.2 Case law

4. In *State v. Karimov* (Supreme Court, 2024), the court relied on chat logs.
""",
    "fr": """# Chapitre 4. Poursuivre le financement du terrorisme

## 4.1 Typologies

1. Les enquêteurs signalent des schémas récurrents dans les affaires recueillies.

2. Deux d'entre eux se distinguent :

   1. **Appels en ligne** aux dons sur des messageries ;
   2. **Passeurs de fonds** franchissant les frontières terrestres.

3. En pratique, les fonds sont vite convertis en biens.

## 4.2 Jurisprudence

4. Dans l'affaire *Ministère public c. Karimov* (Cour suprême, 2024), la cour s'est fondée
sur des conversations.
""",
}


@pytest.mark.parametrize(
    ("lang", "headings"),
    [("en", ("Typologies", "Case law")), ("fr", ("Typologies", "Jurisprudence"))],
)
def test_markdown_chapter_page_with_a_nested_list(lang: str, headings: tuple[str, str]) -> None:
    assert clauses(CHAPTER_PAGE[lang], lang) == [
        ("4.1", headings[0]),  # the page's one "# Chapter 4." heading is its title
        ("1", None),
        ("2", None),
        ("2(1)", None),  # a list set deeper under "2. … :" restarts at 1: its items
        ("2(2)", None),
        ("3", None),  # back at the paragraph's indent: the text's own 3
        ("4.2", headings[1]),
        ("4", None),  # "v." / "c." is an abbreviation, not the end of a run-in title
    ]


SPOKEN_QUOTE = {
    "en": """1. The Council condemns the attack in the strongest terms.

‘We stand with the victims,’ said the President of the Council.

2. The Council calls on all States to cooperate with the investigation.
""",
    "fr": """1. Le Conseil condamne l'attentat dans les termes les plus fermes.

‘Nous sommes aux côtés des victimes,’ a déclaré la présidente du Conseil.

2. Le Conseil demande à tous les États de coopérer à l'enquête.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quotation_in_single_quotes_closes_inside_its_line(lang: str) -> None:
    assert clauses(SPOKEN_QUOTE[lang], lang) == [("1", None), ("2", None)]


# A judgment quotes an act's text and cuts it with an ellipsis: the quotation closes at
# "…'" as at ".'", so the judgment's own paragraphs after it stay clauses.
ELLIPSIS_QUOTE = {
    "en": """1        Recital 14 of the directive states:

'In order to cut off the supply of resources … the Member States should
criminalise terrorist financing …'

2        Article 11 of that directive provides:

'1.      Member States shall take the necessary measures …

2.      Where the terrorist financing concerns any of the offences …'

3        The referring court asks whether crypto-assets are funds.
""",
    "fr": """1        Le considérant 14 de la directive énonce :

'Afin de tarir les sources de financement … les États membres devraient
incriminer le financement du terrorisme …'

2        L'article 11 de cette directive dispose :

'1.      Les États membres prennent les mesures nécessaires …

2.      Lorsque le financement du terrorisme concerne l'une des infractions …'

3        La juridiction de renvoi demande si les crypto-actifs sont des fonds.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_quotation_cut_by_an_ellipsis_closes(lang: str) -> None:
    assert [n for n, _ in clauses(ELLIPSIS_QUOTE[lang], lang)] == ["1", "2", "3"]


BOLD_HEADS = {
    "en": """**Deterrence.**

1. Allies will keep their forces ready.

**Resilience.**

2. Allies will protect their critical infrastructure.

**Partnerships.**

3. Allies will deepen cooperation with partners.
""",
    "fr": """**Dissuasion.**

1. Les Alliés maintiendront leurs forces prêtes.

**Résilience.**

2. Les Alliés protégeront leurs infrastructures critiques.

**Partenariats.**

3. Les Alliés approfondiront la coopération avec leurs partenaires.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_bold_lines_over_paragraphs_are_no_marginal_notes(lang: str) -> None:
    """Set in bold, a short line closed by a full stop heads a part of the text: the
    marginal-note reading of a gazette's plain lines does not make it a paragraph's title."""
    assert clauses(BOLD_HEADS[lang], lang) == [("1", None), ("2", None), ("3", None)]


DECIMAL_SECTION = {
    "en": """## Annual Report

### 27.1 Annual report

(1) The National Authority shall prepare an annual report on the implementation of this Act.

**Tabling of report**

(2) The Minister shall cause a copy of the report to be laid before each House of Parliament.
""",
    "fr": """## Rapport annuel

### 27.1 Rapport annuel

(1) L'autorité nationale établit un rapport annuel sur l'application de la présente loi.

**Dépôt du rapport**

(2) Le ministre fait déposer un exemplaire du rapport devant chaque chambre du Parlement.
""",
}


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("en", ("Annual report", "Tabling of report")),
        ("fr", ("Rapport annuel", "Dépôt du rapport")),
    ],
)
def test_marginal_note_inside_a_decimal_section(lang: str, titles: tuple[str, str]) -> None:
    assert clauses(DECIMAL_SECTION[lang], lang) == [
        ("27.1", titles[0]),
        ("27.1(1)", None),
        ("27.1(2)", titles[1]),  # the bold note titles the subsection; 27.1 stays open
    ]


LAST_ITEM = {
    "en": """10. The National Authority

(a) shall keep a register of stations;

(b) shall receive notices;

(c) shall inspect facilities;

(d) shall train inspectors;

(e) shall publish guidance;

(f) shall cooperate with the Organization;

(g) shall answer requests from other States;

(h) shall cooperate with the mining industry to facilitate that reporting; and

(i) shall report to the Organization on compliance.
""",
    "fr": """10. L'autorité nationale

(a) tient un registre des stations;

(b) reçoit les avis;

(c) inspecte les installations;

(d) forme les inspecteurs;

(e) publie des lignes directrices;

(f) coopère avec l'Organisation;

(g) répond aux demandes des autres États;

(h) coopère avec l'industrie minière pour faciliter ces déclarations; et

(i) fait rapport à l'Organisation sur le respect du Traité.
""",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_item_after_a_joiner_is_the_next_letter(lang: str) -> None:
    """``(h) …; and`` ends an item (the joiner comes before the last one): the ``(i)`` after
    it is the ninth letter, 10(i), not a roman sub-item of (h)."""
    assert [n for n, _ in clauses(LAST_ITEM[lang], lang)] == ["10"] + [
        f"10({letter})" for letter in "abcdefghi"
    ]


NOTE_CALL_HEADING = {
    "en": """# Chemical Weapons Act

### 26 Venue

A complaint may be heard by a court in the place where the accused is found.

## Coming into Force

### [^]27 Coming into force

This Act comes into force on a day to be fixed by order of the Governor in Council.
""",
    "fr": """# Loi sur les armes chimiques

### 26 Ressort

La plainte peut être entendue par le tribunal du lieu où se trouve l'accusé.

## Entrée en vigueur

### [^]27 Entrée en vigueur

La présente loi entre en vigueur à la date fixée par décret.
""",
}


@pytest.mark.parametrize(
    ("lang", "titles"),
    [("en", ("Venue", "Coming into force")), ("fr", ("Ressort", "Entrée en vigueur"))],
)
def test_footnote_call_before_a_section_number(lang: str, titles: tuple[str, str]) -> None:
    assert clauses(NOTE_CALL_HEADING[lang], lang) == [("26", titles[0]), ("27", titles[1])]
