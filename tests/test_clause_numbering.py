"""Which numbered lines of a body are clauses, and under which parent (ctdocs.structure._clauses).

French and English side by side: items written inline, unnumbered definitions, quoted
amending text, annexes that restart, footnotes, contents lists, run-in titles, lone
decimals and notes, slash points, pandoc's roman articles. The expected numbers and
titles were worked out by hand from the annotation guidelines §1a.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._clausetree import numbers, tree

INLINE = {  # the (a) line is one line of text, as the regulation prints it
    "en": "Article 1\n\nFor the purposes of this Regulation:\n"
    "(a) 'claim' means any claim, and in particular: (i) a claim for performance; "
    "(ii) a claim for payment; (iii) a counterclaim;\n"
    "(b) 'funds' means financial assets.\n",
    "fr": "Article premier\n\nAux fins du présent règlement :\n"
    "a) « créance », toute créance, et notamment : i) une demande d'exécution ; "
    "ii) une demande de paiement ; iii) une demande reconventionnelle ;\n"
    "b) « fonds », les avoirs financiers.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_items_written_inline_in_one_sentence(lang: str) -> None:
    doc = parse_text(INLINE[lang], language=lang)  # type: ignore[arg-type]
    c = {c.number: c for c in doc.clauses()}
    assert list(c) == [
        "Article 1",
        "Article 1(a)",
        "Article 1(a)(i)",
        "Article 1(a)(ii)",
        "Article 1(a)(iii)",
        "Article 1(b)",
    ]
    assert c["Article 1(a)(iii)"].text.rstrip(" ;") in (
        "a counterclaim",
        "une demande reconventionnelle",
    )
    assert "(ii)" not in c["Article 1(a)(i)"].text and "ii)" not in c["Article 1(a)(i)"].text


DEFINITIONS = {
    "en": """# Explosives Act

### 2 Definitions

In this Act,

**explosive** means any thing that is made to produce an explosion, and includes

- (a) gunpowder, and
- (b) blasting agents.

**Minister** means the Minister of Natural Resources.
""",
    "fr": """# Loi sur les explosifs

### 2 Définitions

Les définitions qui suivent s'appliquent à la présente loi.

**explosif** Toute chose fabriquée pour produire une explosion, notamment :

- (a) la poudre à canon;
- (b) les agents de sautage.

**ministre** Le ministre des Ressources naturelles.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_items_of_an_unnumbered_definition_belong_to_it(lang: str) -> None:
    assert numbers(DEFINITIONS[lang], lang) == ["2"]


AMENDING = {
    "en": """Counter-Terrorism and Border Security Act 2019

1       Expressions of support
  (1)   In section 12 of the Terrorism Act 2000, after subsection (1) insert—
          "(1A) A person commits an offence if the person—
                (a) expresses an opinion, and
                (b) is reckless as to its effect."
  (2)   In subsection (6), for "subsection (2)" substitute "subsection (1A) or (2)".
""",
    "fr": """Loi de 2019 sur la lutte contre le terrorisme

1       Expressions de soutien
  (1)   À l'article 12 de la loi de 2000, après le paragraphe (1), insérer —
          "(1A) Commet une infraction la personne qui —
                (a) exprime une opinion, et
                (b) ne se soucie pas de son effet."
  (2)   Au paragraphe (6), remplacer "paragraphe (2)" par "paragraphe (1A) ou (2)".
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbers_inside_quoted_amending_text_are_not_the_documents(lang: str) -> None:
    assert numbers(AMENDING[lang], lang) == ["1", "1(1)", "1(2)"]


ANNEX = {
    "en": """1. Decides to support participating States in establishing passenger data systems;

2. Tasks the Secretary General to report on implementation.

Annex

MODALITIES OF SUPPORT
FOR PASSENGER INFORMATION

1. Needs assessment. At the request of a participating State, the Secretariat will assess needs.

2. Legal advice. The Secretariat will advise on legislation governing passenger data.
""",
    "fr": """1. Décide d'aider les États participants à mettre en place des systèmes de données;

2. Charge le Secrétaire général de faire rapport sur la mise en œuvre.

Annexe

MODALITÉS DU SOUTIEN
À L'INFORMATION SUR LES PASSAGERS

1. Évaluation des besoins. À la demande d'un État participant, le Secrétariat évaluera les besoins.

2. Conseil juridique. Le Secrétariat donnera des avis sur la législation des données des passagers.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_annex_that_restarts_its_numbering_has_its_own_space(lang: str) -> None:
    doc = parse_text(ANNEX[lang], language=lang)  # type: ignore[arg-type]
    c = {c.number: c for c in doc.clauses()}
    assert list(c) == ["1", "2", "Annex(1)", "Annex(2)"]
    assert c["Annex(1)"].title == {"en": "Needs assessment", "fr": "Évaluation des besoins"}[lang]
    assert (
        c["Annex(1)"].section
        == {
            "en": "MODALITIES OF SUPPORT FOR PASSENGER INFORMATION",
            "fr": "MODALITÉS DU SOUTIEN À L'INFORMATION SUR LES PASSAGERS",
        }[lang]
    )


FOOTNOTES = {
    "fr": """1. Le présent rapport est soumis en application de la résolution 2253 (2015)1.

2. Le rapport a été établi par l'Équipe de surveillance2.

1   Voir également la résolution 2368 (2017).
2   Voir S/2018/14/Rev.1, par. 12.
""",
    "en": """1. The present report is submitted pursuant to resolution 2253 (2015)1.

2. The report was prepared by the Monitoring Team2.

1   See also resolution 2368 (2017).
2   See S/2018/14/Rev.1, para. 12.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_number_cited_again_is_a_footnote_not_a_second_clause(lang: str) -> None:
    doc = parse_text(FOOTNOTES[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]
    notes = [b for b in doc.blocks() if getattr(b, "role", None) == "footnote"]
    assert [n.text[:1] for n in notes] == ["1", "2"]


TOC = {
    "fr": """Sommaire
1. Contexte ......................................... 3
2. Les axes du plan .................................. 5

1. Contexte

Depuis janvier 2015, la France a été frappée par une série d'attentats.

2. Les axes du plan

Le plan comporte quatre axes.
""",
    "en": """Contents
1. Background ........................................ 3
2. The pillars of the plan ........................... 5

1. Background

Since January 2015, France has been struck by a series of attacks.

2. The pillars of the plan

The plan has four pillars.
""",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_table_of_contents_entries_are_not_clauses(lang: str) -> None:
    doc = parse_text(TOC[lang], language=lang)  # type: ignore[arg-type]
    c = {c.number: c for c in doc.clauses()}
    assert list(c) == ["1", "2"]
    assert c["1"].title == {"fr": "Contexte", "en": "Background"}[lang]
    assert c["1"].text.startswith({"fr": "Depuis janvier", "en": "Since January"}[lang])


# Run-in titles (§1a: a run-in title ends at a colon or a full stop): an enumeration with
# commas is a title, a sentence with a comma is not; a colon title of five words or more
# when it names, not when it says (subject and verb).
RUN_IN_TITLES = {
    "en": (
        "Report of the Secretary-General\n\n"
        "1. Chemical, biological, radiological and nuclear defence. Adversaries may combine "
        "an explosive device with toxic industrial chemicals.\n\n"
        "2. In 2017, the Council met in Brussels. It adopted a plan to counter the threat of "
        "explosive devices.\n\n"
        "3. Countering the financing of terrorism: training for financial intelligence units "
        "in Central Asia.\n\n"
        "4. The Secretary-General recommends that Member States: consider joining the "
        "programme and report on it.\n"
    ),
    "fr": (
        "Rapport du Secrétaire général\n\n"
        "1. Défense chimique, biologique, radiologique et nucléaire. Les adversaires peuvent "
        "associer un engin explosif à des produits chimiques toxiques.\n\n"
        "2. En 2017, le Conseil s'est réuni à Bruxelles. Il a adopté un plan contre la menace "
        "des engins explosifs.\n\n"
        "3. Lutte contre le financement du terrorisme : formation des cellules de "
        "renseignement financier d'Asie centrale.\n\n"
        "4. Le Secrétaire général recommande que les États : envisagent de rejoindre le "
        "programme et en rendent compte.\n"
    ),
}
RUN_IN_EXPECTED = {
    "en": [
        ("1", "Chemical, biological, radiological and nuclear defence", "Adversaries may"),
        ("2", None, "In 2017, the"),
        ("3", "Countering the financing of terrorism", "training for financial"),
        ("4", None, "The Secretary-General recommends"),
    ],
    "fr": [
        ("1", "Défense chimique, biologique, radiologique et nucléaire", "Les adversaires"),
        ("2", None, "En 2017, le"),
        ("3", "Lutte contre le financement du terrorisme", "formation des cellules"),
        ("4", None, "Le Secrétaire général"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_run_in_titles_enumerations_and_longer_colon_titles(lang: str) -> None:
    doc = parse_text(RUN_IN_TITLES[lang], language=lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.text) for c in doc.clauses()]
    assert [(n, t) for n, t, _ in got] == [(n, t) for n, t, _ in RUN_IN_EXPECTED[lang]]
    for (_, _, text), (_, _, first) in zip(got, RUN_IN_EXPECTED[lang], strict=True):
        assert text.startswith(first), (text, first)


# A decimal number alone on its line that no other number shares a stem with (Fedlex's
# classification number above an ordinance's title) is not a clause (§1: numbers that are
# not clause numbers); bare decimals in a sequence (3.1, 3.2) are.
LONE_DECIMAL = {
    "fr": (
        "120.52\nOrdonnance sur les mesures policières préventives\ndu 4 mai 2022\n\n"
        "Art. 1 Objet\nLa présente ordonnance règle la procédure.\n"
    ),
    "en": (
        "120.52\nOrdinance on preventive police measures\nof 4 May 2022\n\n"
        "Art. 1 Subject matter\nThis Ordinance governs the procedure.\n"
    ),
}
BARE_DECIMALS = {
    "fr": (
        "Plan d'action\n\n3.1\n\nLes Alliés formeront leurs forces ensemble.\n\n"
        "3.2\n\nLes Alliés partageront leurs évaluations de la menace.\n"
    ),
    "en": (
        "Action Plan\n\n3.1\n\nThe Allies will train their forces together.\n\n"
        "3.2\n\nThe Allies will share their threat assessments.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_decimal_above_the_title_is_not_a_clause(lang: str) -> None:
    assert numbers(LONE_DECIMAL[lang], lang) == ["Article 1"]
    assert numbers(BARE_DECIMALS[lang], lang) == ["3.1", "3.2"]


# An undotted number before a heading ("2 Questions politiques") heads a clause when its
# decimal children follow (2.3); a meeting number ("925 Réunion") has none and is not one.
UNDOTTED_PARENT = {
    "fr": (
        "Délégués des Ministres\n\n925 Réunion, 4 mai 2005\n2 Questions politiques\n\n"
        "2.3 Coopération avec l'OSCE\n\n"
        "Une réunion jointe s'est tenue au siège du Conseil de l'Europe.\n"
    ),
    "en": (
        "Ministers' Deputies\n\n925 Meeting, 4 May 2005\n2 Political questions\n\n"
        "2.3 Co-operation with the OSCE\n\n"
        "A joint meeting was held at the seat of the Council of Europe.\n"
    ),
}
UNDOTTED_EXPECTED = {
    "fr": [("2", "Questions politiques", None), ("2.3", "Coopération avec l'OSCE", "2")],
    "en": [("2", "Political questions", None), ("2.3", "Co-operation with the OSCE", "2")],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_undotted_number_heads_its_decimal_children(lang: str) -> None:
    assert tree(UNDOTTED_PARENT[lang], lang) == UNDOTTED_EXPECTED[lang]
    alone = UNDOTTED_PARENT[lang].split("\n\n")
    del alone[2]  # without 2.3, "2 …" has no child: a line of text
    assert numbers("\n\n".join(alone), lang) == []


# A cover page's note "(1) Cette commission est composée de …", called after a word above
# and followed by no (2), is a footnote (§1: footnote marks are not clause numbers); EU
# recitals (1), (2) after a footnote call "(1)," in the citations stay recitals.
LONE_NOTE = {
    "fr": (
        "RAPPORT D'INFORMATION\n\nfait au nom de la commission des lois (1) sur le contrôle "
        "de la loi\n\nPar M. Marc DUPONT\n\n(1) Cette commission est composée de : M. Jean "
        "Martin, président.\n\nI. UN CADRE JURIDIQUE\n\n1. Les mesures sont utilisées de "
        "façon croissante par les préfets.\n"
    ),
    "en": (
        "INFORMATION REPORT\n\nmade on behalf of the Committee on Legal Affairs (1) on the "
        "review of the Act\n\nBy Mr John SMITH\n\n(1) This committee is composed of: Mr John "
        "Martin, chair.\n\nI. A LEGAL FRAMEWORK\n\n1. The measures are used more and more by "
        "the prefects.\n"
    ),
}
RECITALS_AFTER_CALL = {
    "fr": (
        "DÉCISION DU CONSEIL\n\nvu l'avis du Parlement européen (1),\n\nconsidérant ce qui "
        "suit :\n\n(1) L'Union devrait soutenir la stratégie.\n\n(2) Le Conseil convient "
        "d'agir.\n"
    ),
    "en": (
        "COUNCIL DECISION\n\nHaving regard to the opinion of the European Parliament (1),\n\n"
        "Whereas:\n\n(1) The Union should support the Strategy.\n\n(2) The Council agrees to "
        "act.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lone_note_called_above_is_not_an_item(lang: str) -> None:
    assert numbers(LONE_NOTE[lang], lang) == ["I", "1"]
    assert numbers(RECITALS_AFTER_CALL[lang], lang) == ["(1)", "(2)"]


# The same note after the last paragraph, its call glued to a word ("terrorisme(1),"): a
# footnote, not item 2(1); an item (1) whose (2) follows stays an item.
NOTE_AFTER_LAST = {
    "fr": (
        "Résolution du Parlement européen\n\n– vu la directive (UE) 2017/541 relative à la "
        "lutte contre le terrorisme(1),\n\n1. demande aux États membres d'agir.\n\n2. charge "
        "son Président de transmettre la présente résolution.\n\n(1) JO L 88 du 31.3.2017, "
        "p. 6.\n"
    ),
    "en": (
        "European Parliament resolution\n\n– having regard to Directive (EU) 2017/541 on "
        "combating terrorism(1),\n\n1. Calls on the Member States to act.\n\n2. Instructs its "
        "President to forward this resolution.\n\n(1) OJ L 88, 31.3.2017, p. 6.\n"
    ),
}
SUBSECTIONS_AFTER_CALL = {
    "fr": (
        "Plan d'action\n\n1. Le Conseil rappelle sa décision (1) de mai.\n\n2. Le Conseil "
        "décide :\n\n(1) de former les forces ;\n\n(2) de partager les évaluations.\n"
    ),
    "en": (
        "Action Plan\n\n1. The Council recalls its decision (1) of May.\n\n2. The Council "
        "decides:\n\n(1) to train the forces;\n\n(2) to share the assessments.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_note_after_the_last_paragraph_is_not_its_item(lang: str) -> None:
    assert numbers(NOTE_AFTER_LAST[lang], lang) == ["1", "2"]
    assert numbers(SUBSECTIONS_AFTER_CALL[lang], lang) == ["1", "2", "2(1)", "2(2)"]


# Slash numbering (a French plan, and its English translation in an AU newsletter): the
# points 1/, 2/ start again under each lettered group A/, B/, so they are cited under it
# (guidelines: items that restart under a lettered group are A(1)).
@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        (
            "fr",
            "2. ATELIER RÉGIONAL\n\nLes participants ont adopté les recommandations suivantes.\n\n"
            "A/ Au niveau des États membres\n1/ créer des unités nationales de neutralisation ;\n"
            "2/ intégrer la collecte des preuves ;\n\nB/ Au niveau régional\n"
            "1/ mettre en place une base de données ;\n2/ harmoniser les programmes.\n",
            ["2", "A", "A(1)", "A(2)", "B", "B(1)", "B(2)"],
        ),
        (
            "en",
            "2. REGIONAL WORKSHOP\n\nThe participants adopted the following recommendations.\n\n"
            "A/ At Member State level\n1/ establish national bomb disposal units;\n"
            "2/ collect biometric evidence;\n\nB/ At regional level\n"
            "1/ set up an incident database;\n2/ harmonise training programmes.\n",
            ["2", "A", "A(1)", "A(2)", "B", "B(1)", "B(2)"],
        ),
    ],
)
def test_slash_points_restart_under_each_lettered_group(
    lang: str, text: str, numbers: list[str]
) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == numbers
    titles = {c.number: c.title for c in doc.clauses()}
    assert titles["B"] in ("Au niveau régional", "At regional level")


# An EPUB chapter converted by pandoc: the heading's id block is markup, and a roman
# article inserted after another keeps its suffix (Article IV bis).
@pytest.mark.parametrize(
    ("lang", "text", "numbers"),
    [
        (
            "en",
            "### Article IV {#art-4}\n\n**Cash couriers**\n\nEach Party shall declare cash.\n\n"
            "### Article IV bis {#art-4bis}\n\n**Freezing**\n\nEach Party shall freeze funds.\n",
            ["Article IV", "Article IV bis"],
        ),
        (
            "fr",
            "## Article II {#art-2 .unnumbered}\n\n**Objet**\n\nLe Protocole réprime.\n\n"
            "## Article II bis {#art-2bis}\n\n**Gel**\n\nChaque Partie gèle les fonds.\n",
            ["Article II", "Article II bis"],
        ),
    ],
)
def test_pandoc_roman_articles_with_bis(lang: str, text: str, numbers: list[str]) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == numbers
    assert [c.title for c in doc.clauses()][1] in ("Freezing", "Gel")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "I. LES ORIENTATIONS\n\nA) Les mineurs\nLes procureurs veilleront à une coordination "
            "étroite avec la protection judiciaire.\n\nB) Les drones\nLe survol d'une zone "
            "interdite est poursuivi lorsqu'il vise :\na) une installation nucléaire ;\n"
            "b) un établissement pénitentiaire.\n\nC) Le financement\nLes parquets porteront "
            "une attention particulière aux cagnottes.\n",
            [
                ("A", "Les mineurs", "I"),
                ("B", "Les drones", "I"),
                ("B(a)", None, "B"),
                ("B(b)", None, "B"),
                ("C", "Le financement", "I"),
            ],
        ),
        (
            "en",
            "I. CRIMINAL POLICY\n\nA) Minors\nProsecutors will work closely with the youth "
            "justice services in every case.\n\nB) Drones\nA flight over a prohibited zone is "
            "prosecuted where it targets:\na) a nuclear installation;\nb) a prison.\n\n"
            "C) Financing\nProsecutors will pay particular attention to online fundraising.\n",
            [
                ("A", "Minors", "I"),
                ("B", "Drones", "I"),
                ("B(a)", None, "B"),
                ("B(b)", None, "B"),
                ("C", "Financing", "I"),
            ],
        ),
    ],
)
def test_capital_letter_closed_by_parenthesis_heads_a_section(
    lang: str, text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    """``A) Les mineurs`` alone on its line is a capital-letter section heading (§1a ``A``,
    not an item ``(A)``); the ``a)`` items under ``B)`` with no numbered paragraph above
    them are cited under it (``B(a)``, §1: appended to the number they sit under)."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    got = [(c.number, c.title, c.parent_number) for c in doc.clauses() if c.number != "I"]
    assert got == expected
