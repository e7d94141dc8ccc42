"""Which section a clause is in (ctdocs.structure._clauses): the nearest unnumbered heading above it
(guidelines §1), French and English side by side.

Each text is written in a publisher's style; the expected sections were worked out by
hand from the guidelines: a heading names the section of what follows it, a line that
only looks like a heading (a running head, a symbol) names none.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text


def sections(text: str, language: str) -> dict[str, str | None]:
    doc = parse_text(text, language=language)  # type: ignore[arg-type]
    return {c.number: c.section for c in doc.clauses()}


# A court decision's subheadings: a dash or a dot, a few words, a colon, between two
# consecutive paragraphs.
DECISION = {
    "fr": (
        "Décision n° 2021-1 DC du 3 mars 2021\n\n"
        "1. Les requérants défèrent la loi au Conseil.\n\n"
        "- Sur l'article 2 :\n\n"
        "2. L'article 2 modifie le code de la sécurité intérieure.\n\n"
        ". En ce qui concerne le grief tiré de la liberté d'aller et de venir :\n\n"
        "3. Il appartient au législateur d'assurer la conciliation entre ces exigences.\n"
    ),
    "en": (
        "Judgment No. 2021-1 of 3 March 2021\n\n"
        "1. The applicants refer the Act to the Court.\n\n"
        "- On section 2 of the Act:\n\n"
        "2. Section 2 amends the Internal Security Code.\n\n"
        ". As to the complaint based on the freedom of movement:\n\n"
        "3. It is for Parliament to strike a balance between these requirements.\n"
    ),
}
DECISION_SECTIONS = {
    "fr": {
        "1": None,
        "2": "Sur l'article 2",
        "3": "En ce qui concerne le grief tiré de la liberté d'aller et de venir",
    },
    "en": {
        "1": None,
        "2": "On section 2 of the Act",
        "3": "As to the complaint based on the freedom of movement",
    },
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_colon_line_between_consecutive_paragraphs_heads_them(lang: str) -> None:
    assert sections(DECISION[lang], lang) == DECISION_SECTIONS[lang]


# The same colon line before a number that does not continue the paragraphs is no
# heading: a dash item of paragraph 2 (it stays in no section).
NOT_A_SUBHEADING = {
    "fr": (
        "Décision n° 2021-1 DC du 3 mars 2021\n\n"
        "1. Les requérants défèrent la loi au Conseil.\n\n"
        "2. Ils soutiennent trois griefs.\n\n"
        "- Sur l'article 2 :\n\n"
        "5. L'article 5 modifie le code de la sécurité intérieure.\n"
    ),
    "en": (
        "Judgment No. 2021-1 of 3 March 2021\n\n"
        "1. The applicants refer the Act to the Court.\n\n"
        "2. They raise three complaints.\n\n"
        "- On section 2 of the Act:\n\n"
        "5. Section 5 amends the Internal Security Code.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_colon_line_before_a_number_out_of_sequence_is_no_heading(lang: str) -> None:
    assert sections(NOT_A_SUBHEADING[lang], lang) == {"1": None, "2": None, "5": None}


# A convention: the preamble heading has text of its own, and the chapters after it have no
# unnumbered heading between: the preamble is still the nearest heading above them (§1);
# guidelines whose heading stands right above their first roman section.
CONVENTION = {
    "fr": (
        "Convention du Conseil de l'Europe pour la prévention du terrorisme\n\n"
        "Préambule\n\n"
        "Les États membres du Conseil de l'Europe, signataires de la présente Convention,\n\n"
        "Sont convenus de ce qui suit :\n\n"
        "Chapitre I – Dispositions générales\n\n"
        "Article 1 – Terminologie\n\n"
        "1. Aux fins de la présente Convention, on entend par infraction terroriste toute "
        "infraction.\n"
    ),
    "en": (
        "Council of Europe Convention on the Prevention of Terrorism\n\n"
        "Preamble\n\n"
        "The member States of the Council of Europe, signatories to this Convention,\n\n"
        "Have agreed as follows:\n\n"
        "Chapter I – General provisions\n\n"
        "Article 1 – Terminology\n\n"
        "1. For the purposes of this Convention, terrorist offence means any offence.\n"
    ),
}
PREAMBLE = {"fr": "Préambule", "en": "Preamble"}
GUIDELINES = {
    "fr": (
        "Recommandation du Comité des Ministres\n\n"
        "Lignes directrices sur les terroristes agissant seuls\n\n"
        "I. Champ d'application\n\n"
        "1. Les présentes lignes directrices s'appliquent aux États membres.\n\n"
        "II. Prévention\n\n"
        "2. Les États membres devraient former leurs agents.\n"
    ),
    "en": (
        "Recommendation of the Committee of Ministers\n\n"
        "Guidelines on terrorists acting alone\n\n"
        "I. Scope\n\n"
        "1. These guidelines apply to member States.\n\n"
        "II. Prevention\n\n"
        "2. Member States should train their officers.\n"
    ),
}
GUIDELINES_HEADING = {
    "fr": "Lignes directrices sur les terroristes agissant seuls",
    "en": "Guidelines on terrorists acting alone",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_with_text_of_its_own_still_names_the_chapters_below(lang: str) -> None:
    p = PREAMBLE[lang]
    assert sections(CONVENTION[lang], lang) == {
        "Chapter I": p,
        "Article 1": p,
        "Article 1(1)": p,
    }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_right_above_the_first_numbered_section_holds_them_all(lang: str) -> None:
    h = GUIDELINES_HEADING[lang]
    assert sections(GUIDELINES[lang], lang) == {"I": h, "1": h, "II": h, "2": h}


# A running head at the top of the next page repeats the open section's heading (with
# the dash lost): it reopens nothing, and the paragraphs after it stay in the section.
RUNNING_HEAD = {
    "fr": (
        "Plan d'action\n\n"
        "Prévenir le terrorisme—Mesures\n\n"
        "1. Les Alliés partagent leurs évaluations de la menace.\n\n"
        "\f"
        "Prévenir le terrorisme  Mesures\n\n"
        "2. Les Alliés forment leurs forces ensemble.\n"
    ),
    "en": (
        "Action Plan\n\n"
        "Preventing terrorism—Measures\n\n"
        "1. Allies share their threat assessments.\n\n"
        "\f"
        "Preventing terrorism  Measures\n\n"
        "2. Allies train their forces together.\n"
    ),
}
RUNNING_HEAD_SECTION = {
    "fr": "Prévenir le terrorisme—Mesures",
    "en": "Preventing terrorism—Measures",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_head_repeating_the_open_section_reopens_nothing(lang: str) -> None:
    doc = parse_text(RUNNING_HEAD[lang], language=lang)  # type: ignore[arg-type]
    h = RUNNING_HEAD_SECTION[lang]
    assert {c.number: c.section for c in doc.clauses()} == {"1": h, "2": h}
    assert [b.text for b in doc.blocks() if b.kind == "heading"] == [h]


# A centred heading over two lines (both indented alike), the second starting with a
# capital: one heading.
CENTRED = {
    "fr": (
        "Rapport du Secrétaire général\n\n"
        "Annexe\n"
        "          Projets de renforcement des capacités mis en œuvre par le Centre\n"
        "          Nations Unies de lutte contre le terrorisme, 2017\n\n"
        "1. Sécurité des frontières : assistance aux États du Sahel.\n"
    ),
    "en": (
        "Report of the Secretary-General\n\n"
        "Annex\n"
        "          Capacity-building projects implemented by the United Nations\n"
        "          Counter-Terrorism Centre, 2017\n\n"
        "1. Border security: assistance to the States of the Sahel.\n"
    ),
}
CENTRED_SECTION = {
    "fr": "Projets de renforcement des capacités mis en œuvre par le Centre Nations Unies de "
    "lutte contre le terrorisme, 2017",
    "en": "Capacity-building projects implemented by the United Nations Counter-Terrorism "
    "Centre, 2017",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_centred_heading_over_two_lines_is_one_section(lang: str) -> None:
    assert [s for s in sections(CENTRED[lang], lang).values()] == [CENTRED_SECTION[lang]]


# A symbol alone on its line between two paragraphs (a PDF's running head): no section.
SYMBOL_LINE = {
    "fr": (
        "Doctrine interalliée\n\n"
        "Section II – La menace\n\n"
        "1. Caractéristiques. Un engin explosif est fabriqué de manière improvisée.\n\n"
        "AJP-3.15\n\n"
        "2. Menace hors du champ de bataille. Les engins restent l'arme de choix.\n"
    ),
    "en": (
        "Allied Joint Doctrine\n\n"
        "Section II – The threat\n\n"
        "1. Characteristics. An explosive device is fabricated in an improvised manner.\n\n"
        "AJP-3.15\n\n"
        "2. Threat beyond the battlefield. These devices remain the weapon of choice.\n"
    ),
}
SYMBOL_SECTION = {"fr": "Section II – La menace", "en": "Section II – The threat"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_symbol_alone_on_its_line_names_no_section(lang: str) -> None:
    h = SYMBOL_SECTION[lang]
    assert sections(SYMBOL_LINE[lang], lang) == {"1": h, "2": h}


# A declaration whose head ends with its meeting's line (place and date) set as a heading
# right above the first paragraph: a line of the head, it names no section.
DATED_HEAD = {
    "fr": (
        "Déclaration de Cotonou sur la sûreté portuaire\n\n"
        "RÉUNION DES MINISTRES DE L'INTÉRIEUR – Cotonou (Bénin), 4 et 5 mai 2031\n\n"
        "1. Les ministres condamnent les attaques contre les ports.\n\n"
        "2. Ils conviennent de partager les informations.\n"
    ),
    "en": (
        "Valletta Declaration on Port Security\n\n"
        "MEETING OF INTERIOR MINISTERS – Valletta (Malta), 4-5 May 2031\n\n"
        "1. The Ministers condemn the attacks on ports.\n\n"
        "2. They agree to share information.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dated_line_above_the_first_paragraph_names_no_section(lang: str) -> None:
    assert sections(DATED_HEAD[lang], lang) == {"1": None, "2": None}


# A circular's attachment whose heading in capitals the page width broke over two lines,
# no blank line between: one heading, the section of the paragraphs below.
BROKEN_CAPITALS = {
    "fr": (
        "Circulaire d'information\n\n"
        "Pièce jointe\n\n"
        "DÉCLARATION COMMUNE SUR LA PRÉVENTION DE L'USAGE DES SYSTÈMES\n"
        "AÉRIENS TÉLÉPILOTÉS CONTRE LES PORTS\n\n"
        "1. Les États signataires renforcent la détection des drones.\n\n"
        "2. Ils partagent les informations sur les incidents.\n"
    ),
    "en": (
        "Information Circular\n\n"
        "Attachment\n\n"
        "JOINT STATEMENT ON PREVENTING THE USE OF UNMANNED AIRCRAFT\n"
        "SYSTEMS AGAINST PORT INSTALLATIONS\n\n"
        "1. The subscribing States will strengthen the detection of drones.\n\n"
        "2. They will share information on incidents.\n"
    ),
}
BROKEN_SECTION = {
    "fr": "DÉCLARATION COMMUNE SUR LA PRÉVENTION DE L'USAGE DES SYSTÈMES AÉRIENS "
    "TÉLÉPILOTÉS CONTRE LES PORTS",
    "en": "JOINT STATEMENT ON PREVENTING THE USE OF UNMANNED AIRCRAFT SYSTEMS AGAINST PORT "
    "INSTALLATIONS",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_heading_in_capitals_broken_over_two_lines_is_one_section(lang: str) -> None:
    got = set(sections(BROKEN_CAPITALS[lang], lang).values())
    assert got == {BROKEN_SECTION[lang]}


# An act's last heading, a blank line, then a sub-heading opening with a word that cannot
# end a line ("De", "On"): two headings, the nearer one the section (a heading the width
# broke keeps no blank line between its halves); the same line right below, one heading.
SUB_HEADING = {
    "fr": (
        "Loi n° 2031-12 relative à la sûreté des installations portuaires\n\n"
        "Article 9\n\nLes exploitants déclarent tout survol de drone au préfet.\n\n",
        "Dispositions finales",
        "De l'entrée en vigueur",
        "Article 10\n\nLa présente loi entre en vigueur le 1er juillet 2031.\n",
    ),
    "en": (
        "Act No. 12 of 2031 on the Security of Port Facilities\n\n"
        "Article 9\n\nOperators shall report every drone flight to the port authority.\n\n",
        "Final provisions",
        "On entry into force",
        "Article 10\n\nThis Act enters into force on 1 July 2031.\n",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("gap", "joined"), [("\n\n", False), ("\n", True)], ids=["blank", "none"])
def test_a_blank_line_ends_a_heading(lang: str, gap: str, joined: bool) -> None:
    top, head, sub, last = SUB_HEADING[lang]
    text = f"{top}{head}{gap}{sub}\n\n{last}"
    assert sections(text, lang) == {
        "Article 9": None,
        "Article 10": f"{head} {sub}" if joined else sub,
    }


# A court's judgment in plain text: a long heading between two paragraphs of the sequence,
# the paragraph above closed by its full stop. A heading however long, not the text of 6.
LONG_HEADING = {
    "fr": (
        "Arrêt\n\n"
        "5        Le droit national punit le financement du terrorisme.\n\n"
        " Le litige au principal et la question préjudicielle posée à la Cour\n\n"
        "6        Entre 2019 et 2020, RW a effectué trente-sept virements.\n"
    ),
    "en": (
        "Judgment\n\n"
        "5        National law punishes the financing of terrorism.\n\n"
        " The dispute in the main proceedings and the question referred to the Court\n\n"
        "6        Between 2019 and 2020, RW made thirty-seven transfers.\n"
    ),
}
LONG_SECTION = {
    "fr": "Le litige au principal et la question préjudicielle posée à la Cour",
    "en": "The dispute in the main proceedings and the question referred to the Court",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_heading_between_two_paragraphs_names_the_next(lang: str) -> None:
    assert sections(LONG_HEADING[lang], lang)["6"] == LONG_SECTION[lang]


# A court's decision: a formula of a few words closed by a colon, alone between blank lines,
# over the paragraph it introduces, opens a part (the items below are in it); a lead-in that
# numbered paragraphs complete ("DECLARE:") opens none.
FORMULA = {
    "fr": (
        "Décision n° 4871 du 18 octobre 2031\n\n"
        "Vu la procédure suivante :\n\n"
        "Par une requête enregistrée le 14 août 2031, l'association demande au Conseil :\n\n"
        "1°) d'annuler l'arrêté du 9 juin 2031 ;\n\n"
        "2°) de mettre à la charge de l'État la somme de 5 000 euros.\n"
    ),
    "en": (
        "Decision No. 4871 of 18 October 2031\n\n"
        "Procedure before the Court:\n\n"
        "By an application lodged on 14 August 2031, the association asks the Court:\n\n"
        "(1) to annul the order of 9 June 2031;\n\n"
        "(2) to order the State to pay the costs.\n"
    ),
}
FORMULA_SECTION = {"fr": "Vu la procédure suivante", "en": "Procedure before the Court"}
LEAD_IN = {
    "fr": "Déclaration de Lomé\n\nNous nous engageons :\n\n1. À partager le renseignement.\n\n"
    "2. À protéger les ports.\n",
    "en": "Lomé Declaration\n\nDECLARE:\n\n1. Their resolve to share intelligence.\n\n"
    "2. Their resolve to protect ports.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_formula_over_its_paragraph_opens_a_section(lang: str) -> None:
    assert set(sections(FORMULA[lang], lang).values()) == {FORMULA_SECTION[lang]}
    assert set(sections(LEAD_IN[lang], lang).values()) == {None}


# A decision's part heading over the first paragraph of its sequence ("Faits :" over "A."
# alone on its line, "Considérant en droit :" over paragraph 1): a few words in sentence case
# closed by a colon, over a paragraph of its own. A body's subject over the operative
# paragraphs that complete it ("The Assembly:" / "1. Urges …") opens none.
FIRST_PART = {
    "fr": (
        "Arrêt du 3 mars 2031\n\n"
        "Faits :\n\n"
        "A.\n"
        "Par jugement du 9 novembre 2030, le tribunal a condamné le recourant à deux ans.\n\n"
        "B.\n"
        "Le tribunal a retenu que le recourant avait transféré des fonds à des détenues.\n\n"
        "C.\n"
        "Le recourant forme un recours en matière pénale au Tribunal fédéral.\n\n"
        "Considérant en droit :\n\n"
        "1. Le recours est dirigé contre une décision finale rendue en matière pénale.\n\n"
        "2. Le recourant conteste que les versements puissent être qualifiés de soutien.\n"
    ),
    "en": (
        "Judgment of 3 March 2031\n\n"
        "Facts:\n\n"
        "A.\n"
        "By a judgment of 9 November 2030, the court sentenced the appellant to two years.\n\n"
        "B.\n"
        "The court found that the appellant had transferred funds to detained women.\n\n"
        "C.\n"
        "The appellant lodged an appeal in criminal matters with the Federal Court.\n\n"
        "The Court considers in law:\n\n"
        "1. The appeal is directed against a final decision given in criminal matters.\n\n"
        "2. The appellant disputes that the transfers can be described as support.\n"
    ),
}
FIRST_PART_SECTIONS = {
    "fr": {
        "A": "Faits",
        "B": "Faits",
        "C": "Faits",
        "1": "Considérant en droit",
        "2": "Considérant en droit",
    },
    "en": {
        "A": "Facts",
        "B": "Facts",
        "C": "Facts",
        "1": "The Court considers in law",
        "2": "The Court considers in law",
    },
}
SUBJECT = {
    "fr": "Résolution 19/2031\n\nLe Conseil :\n\n1. Exhorte les États membres à partager "
    "sans délai les données des passagers.\n\n2. Prie le Secrétaire général de faire rapport.\n",
    "en": "Resolution 19/2031\n\nThe Assembly:\n\n1. Urges all Member States to share passenger "
    "data with each other without delay.\n\n2. Requests the Secretary General to report.\n",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_part_heading_over_the_first_paragraph_opens_a_section(lang: str) -> None:
    assert sections(FIRST_PART[lang], lang) == FIRST_PART_SECTIONS[lang]
    assert set(sections(SUBJECT[lang], lang).values()) == {None}


# An opinion whose paragraphs run 1 to 6 across four numbered headings: "1. Introduction"
# over paragraph 1, "2. General remarks" after paragraph 2 (its number taken already), a
# decimal sub-heading "3.1 Scope" that keeps its number. A report whose numbered heading
# continues the run ("3. Scope" after paragraph 2) keeps it as a clause.
OPINION = {
    "fr": (
        "Avis 7/2031 sur la proposition relative aux données des passagers\n\n"
        "1. Introduction\n\n"
        "1. Le 2 avril 2031, la Commission a publié une proposition de règlement sur les "
        "données des passagers.\n\n"
        "2. Le présent avis répond à la consultation de la Commission du 9 avril 2031.\n\n"
        "2. Observations générales\n\n"
        "3. Le Contrôleur rappelle que la Cour a encadré strictement le traitement "
        "systématique de ces données.\n\n"
        "3. Observations particulières\n\n"
        "3.1. Champ d'application\n\n"
        "4. L'article 2 de la proposition étend l'obligation des transporteurs aux vols "
        "intérieurs.\n\n"
        "4. Conclusions\n\n"
        "5. Au vu de ce qui précède, le Contrôleur formule les recommandations suivantes "
        "à la Commission.\n"
    ),
    "en": (
        "Opinion 7/2031 on the Proposal on passenger data\n\n"
        "1. Introduction\n\n"
        "1. On 2 April 2031, the Commission published a Proposal for a Regulation on "
        "passenger data.\n\n"
        "2. This Opinion responds to the consultation by the Commission of 9 April 2031.\n\n"
        "2. General remarks\n\n"
        "3. The Supervisor recalls that the Court strictly limited the systematic "
        "processing of such data.\n\n"
        "3. Specific remarks\n\n"
        "3.1. Scope\n\n"
        "4. Article 2 of the Proposal extends the obligation of carriers to domestic "
        "flights.\n\n"
        "4. Conclusions\n\n"
        "5. In light of the above, the Supervisor makes the following recommendations to "
        "the Commission.\n"
    ),
}
OPINION_SECTIONS = {
    "fr": {
        "1": "Introduction",
        "2": "Introduction",
        "3": "Observations générales",
        "3.1": "Observations particulières",
        "4": "Observations particulières",
        "5": "Conclusions",
    },
    "en": {
        "1": "Introduction",
        "2": "Introduction",
        "3": "General remarks",
        "3.1": "Specific remarks",
        "4": "Specific remarks",
        "5": "Conclusions",
    },
}
CONTINUING = {
    "fr": (
        "Rapport sur la sûreté portuaire\n\n"
        "1. Le rapport couvre l'année 2031 et les vingt ports du pays.\n\n"
        "2. Les ports ont signalé quarante survols de drones pendant l'année.\n\n"
        "3. Champ d'application\n\n"
        "Le rapport ne couvre pas les ports de plaisance.\n"
    ),
    "en": (
        "Report on port security\n\n"
        "1. The report covers the year 2031 and the twenty ports of the country.\n\n"
        "2. The ports reported forty drone overflights during the year.\n\n"
        "3. Scope\n\n"
        "The report does not cover marinas.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_headings_whose_numbers_the_paragraphs_take_name_sections(lang: str) -> None:
    """The paragraphs run on across the headings and are what the text is cited by
    (guidelines §1a): a heading whose number a paragraph takes right below it or took
    already is an unnumbered heading, the section; ``3.1`` keeps its number."""
    assert sections(OPINION[lang], lang) == OPINION_SECTIONS[lang]
    assert sections(CONTINUING[lang], lang) == {"1": None, "2": None, "3": None}


# A typologies report: "4. RED FLAG INDICATORS" after paragraph 8, "5. RECOMMENDATIONS"
# after paragraph 9, over paragraph 10, a lead-in a colon closes ("Member countries
# should:") over its items: a paragraph, not a title.
LEAD_IN_BELOW = {
    "fr": (
        "Rapport de typologies\n\n"
        "8. Les passeurs voyagent en autocar sur des lignes régulières et portent de fausses "
        "déclarations.\n\n"
        "4. INDICATEURS D'ALERTE\n\n"
        "9. Les entités déclarantes devraient tenir compte notamment des indicateurs "
        "suivants relevés dans les dossiers.\n\n"
        "5. RECOMMANDATIONS\n\n"
        "10. Les pays membres devraient :\n"
        "(a) renforcer la vigilance à l'égard des agents ;\n"
        "(b) partager les déclarations d'espèces avec les CRF.\n\n"
        "11. Le Secrétariat rendra compte des progrès au Conseil des ministres en 2031.\n"
    ),
    "en": (
        "Typologies report\n\n"
        "8. Couriers travel by bus on regular routes and often carry declarations for goods "
        "that do not exist.\n\n"
        "4. RED FLAG INDICATORS\n\n"
        "9. Reporting entities should consider, among other things, the indicators "
        "found in the cases.\n\n"
        "5. RECOMMENDATIONS\n\n"
        "10. Member countries should:\n"
        "(a) apply enhanced due diligence to agents;\n"
        "(b) share cash declaration data with FIUs.\n\n"
        "11. The Secretariat will report progress to the Council of Ministers in 2031.\n"
    ),
}
LEAD_IN_SECTIONS = {
    "fr": ("INDICATEURS D'ALERTE", "RECOMMANDATIONS"),
    "en": ("RED FLAG INDICATORS", "RECOMMENDATIONS"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_colliding_heading_over_a_lead_in_names_its_section(lang: str) -> None:
    """Paragraph 10 is a lead-in of three words closed by a colon: a paragraph all the
    same (no title ends so), so ``5. RECOMMENDATIONS`` above it is the section's heading."""
    first, second = LEAD_IN_SECTIONS[lang]
    assert sections(LEAD_IN_BELOW[lang], lang) == {
        "8": None,
        "9": first,
        "10": second,
        "10(a)": second,
        "10(b)": second,
        "11": second,
    }
