"""The normalise stage on its own: raw text in, clean text, logical lines and an
offset map out (no layout, structure or extraction runs here).

Expected values are written from the module's contract (``ctdocs.normalise._text``
docstring): words kept in order, markup out but remembered, layout breaks
joined, every output character mapped back to the same input character.
"""

from __future__ import annotations

import pytest

from ctdocs._offsets import OffsetMap
from ctdocs.normalise._joins import BrokenWords, broken_word
from ctdocs.normalise._linekinds import front_matter_block
from ctdocs.normalise._text import NormalisedText, is_markup_line, normalise


def _line_texts(norm: NormalisedText) -> list[str]:
    return [norm.text[line.start : line.end] for line in norm.lines]


def _maps_back(raw: str, norm: NormalisedText) -> None:
    """Every letter or digit of the output is the same character at its input offset."""
    offsets = OffsetMap(norm.anchors)
    for out, char in enumerate(norm.text):
        if char.isalnum():
            assert raw[offsets.input_at(out)] == char, (out, char)


@pytest.mark.parametrize(
    ("raw", "lines"),
    [
        (
            "Les Alliés condamnent le terrorisme\r\nsous toutes ses formes.\r\n\r\n\r\n\r\n"
            "2. Ils coopèrent.\r\n",
            ["Les Alliés condamnent le terrorisme sous toutes ses formes.", "2. Ils coopèrent."],
        ),
        (
            "Allies condemn terrorism\r\nin all its forms.\r\n\r\n\r\n\r\n2. They cooperate.\r\n",
            ["Allies condemn terrorism in all its forms.", "2. They cooperate."],
        ),
    ],
    ids=["fr", "en"],
)
def test_wrapped_sentence_is_joined_and_blank_runs_fold(raw: str, lines: list[str]) -> None:
    norm = normalise(raw, markdown=False)
    assert _line_texts(norm) == lines
    # One blank line between the two paragraphs, whatever the input had.
    assert "\n\n" in norm.text and "\n\n\n" not in norm.text
    assert norm.lines[1].blank_before
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    ("raw", "heading", "bold"),
    [
        (
            "## Coopération **internationale**\n\nTexte du paragraphe.\n",
            "Coopération internationale",
            "internationale",
        ),
        (
            "## International **cooperation**\n\nText of the paragraph.\n",
            "International cooperation",
            "cooperation",
        ),
    ],
    ids=["fr", "en"],
)
def test_markdown_marks_go_and_are_remembered(raw: str, heading: str, bold: str) -> None:
    norm = normalise(raw, markdown=True)
    first = norm.lines[0]
    assert norm.text[first.start : first.end] == heading
    assert first.heading_level == 2
    assert [norm.text[s:e] for s, e in first.bold_spans] == [bold]
    assert "#" not in norm.text and "*" not in norm.text
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    ("raw", "heading"),
    [
        # pandoc's EPUB-to-Markdown id, kramdown's class block: the heading's id, not words
        ("### Article IV bis {#art-4bis}\n\n**Freezing**\n", "Article IV bis"),
        ("## Article II ter {#art-2ter .unnumbered}\n\n**Gel**\n", "Article II ter"),
        ("## Introduction {.unnumbered}\n\nTexte.\n", "Introduction"),
        # key="value" pairs (Writerside, Hugo), MkDocs' attr_list with spaces, kramdown's IAL
        (
            '## 1. Objectifs d\'apprentissage {id="objectifs"}\n\nTexte.\n',
            "1. Objectifs d'apprentissage",
        ),
        (
            '## 3. Scope of the review {collapsible="true" default-state="collapsed"}\n\nText.\n',
            "3. Scope of the review",
        ),
        ("### Champ d'application { #champ .special }\n\nTexte.\n", "Champ d'application"),
        ("## Definitions {: #defs}\n\nText.\n", "Definitions"),
        ("## Background {id=background}\n\nText.\n", "Background"),
    ],
    ids=[
        "en-pandoc",
        "fr-kramdown",
        "fr-class",
        "fr-keyvalue",
        "en-keyvalues",
        "fr-attrlist",
        "en-ial",
        "en-bare-value",
    ],
)
def test_a_heading_attribute_block_is_markup(raw: str, heading: str) -> None:
    norm = normalise(raw, markdown=True)
    first = norm.lines[0]
    assert norm.text[first.start : first.end] == heading
    assert "{" not in norm.text
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    ("raw", "heading"),
    [
        # braces around words or a formula are the heading's own: no "#", "." or key=value
        (
            "## Les ensembles {A, B} et leurs accords\n\nTexte.\n",
            "Les ensembles {A, B} et leurs accords",
        ),
        ("## Threshold {x = 1}\n\nText.\n", "Threshold {x = 1}"),
        ("## Threshold {x=1}\n\nText.\n", "Threshold {x=1}"),
        ("## Seuil de risque {n=3}\n\nTexte.\n", "Seuil de risque {n=3}"),
        ("## Le coût {total}\n\nTexte.\n", "Le coût {total}"),
        ("## Placeholders {name}\n\nText.\n", "Placeholders {name}"),
    ],
    ids=["fr-set", "en-formula", "en-formula-glued", "fr-variable", "fr-word", "en-word"],
)
def test_braces_of_words_stay_in_the_heading(raw: str, heading: str) -> None:
    norm = normalise(raw, markdown=True)
    first = norm.lines[0]
    assert norm.text[first.start : first.end] == heading
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    "raw",
    ["## Titre **gras**\n", "## Title **bold**\n"],
    ids=["fr", "en"],
)
def test_plain_text_keeps_markdown_characters(raw: str) -> None:
    # Without markdown=True the marks are words of the text, kept as they are.
    norm = normalise(raw, markdown=False)
    assert norm.text == raw.rstrip("\n")
    assert norm.lines[0].heading_level is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Article\u00a05\u2009: la\u200b présente   loi", "Article 5 : la présente loi"),
        ("Article\u00a05 \u2013 the\u00ad present\t\tact", "Article 5 \u2013 the present act"),
    ],
    ids=["fr", "en"],
)
def test_odd_spaces_fold_and_invisible_characters_go(raw: str, clean: str) -> None:
    norm = normalise(raw, markdown=False)
    assert norm.text == clean
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    "raw",
    [
        "1. Premier paragraphe.\n2. Second paragraphe.\n",
        "1. First paragraph.\n2. Second paragraph.\n",
    ],
    ids=["fr", "en"],
)
def test_a_numbered_line_is_never_joined_to_the_line_before(raw: str) -> None:
    norm = normalise(raw, markdown=False)
    assert len(norm.lines) == 2
    assert not norm.lines[1].blank_before


def test_empty_input_gives_no_line() -> None:
    norm = normalise("", markdown=False)
    assert norm.text == "" and norm.lines == []


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a syllable break: the word is whole again, its hyphen gone
        (
            "approved by the Council of Minis-\nters on 5 September 2026.",
            "approved by the Council of Ministers on 5 September 2026.",
        ),
        (
            "la lutte contre le ter-\nrorisme et son financement.",
            "la lutte contre le terrorisme et son financement.",
        ),
        # the word written whole elsewhere in the document wins over two words
        ("the air-\ncraft operator of an aircraft.", "the aircraft operator of an aircraft."),
        ("le rap-\nport du rapporteur.", "le rapport du rapporteur."),
        # a prefix that takes a hyphen keeps it (data: language.toml hyphen_prefixes)
        ("for non-\nscheduled flights.", "for non-scheduled flights."),
        ("la non-\nprolifération des armes.", "la non-prolifération des armes."),
        # the compound written with its hyphen elsewhere keeps it
        (
            "the drone-\nrelated threat and drone-related risks.",
            "the drone-related threat and drone-related risks.",
        ),
        ("les pays-\nmembres et les pays-membres.", "les pays-membres et les pays-membres."),
        # two parts that are both words of the document keep the hyphen
        (
            "the cargo-\nscreening rules: cargo and screening.",
            "the cargo-screening rules: cargo and screening.",
        ),
        ("la région nord-\nest: le nord et l'est.", "la région nord-est: le nord et l'est."),
        # a function word after the hyphen: two words ("anti- and counter-terrorism")
        ("anti-\nand counter-terrorism units.", "anti- and counter-terrorism units."),
        ("les mesures anti-\net contre-terroristes.", "les mesures anti- et contre-terroristes."),
    ],
)
def test_a_word_a_line_end_broke_is_joined_again(raw: str, clean: str) -> None:
    norm = normalise(raw, markdown=False)
    assert norm.text == clean
    _maps_back(raw, norm)
    tail = clean.index(".")  # the characters after the join map past the line end
    assert raw[OffsetMap(norm.anchors).input_at(tail)] == "."


@pytest.mark.parametrize(
    ("prev_text", "text", "parts", "keeps"),
    [
        # a capitalised word after the hyphen: a name's own hyphen, kept, even where the
        # document writes the two parts whole elsewhere (no syllable opens on a capital)
        ("the Chair of the Counter-", "Terrorism Committee", ("Counter", "Terrorism"), True),
        ("son envoyé spécial, M. Jean-", "Pierre Dupont, a parlé", ("Jean", "Pierre"), True),
        # a syllable break still loses its hyphen
        ("the Council of Minis-", "ters on 5 September", ("Minis", "ters"), False),
        ("la lutte contre le ter-", "rorisme et son financement", ("ter", "rorisme"), False),
        # a word in capitals after the hyphen is no name's part: not joined here
        ("THE ANTI-", "TERRORISM UNIT", None, None),
        ("LA LUTTE ANTI-", "TERRORISTE", None, None),
    ],
)
def test_a_capitalised_word_after_a_line_end_hyphen_keeps_it(
    prev_text: str, text: str, parts: tuple[str, str] | None, keeps: bool | None
) -> None:
    found = broken_word(prev_text, text, frozenset({"and", "et"}))
    assert found == parts
    raw = "counterterrorism, jeanpierre, ministers, terrorisme"  # the parts written whole
    assert (None if found is None else BrokenWords(raw).keeps_hyphen(*found)) is keeps


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a compound broken at its own hyphen before a capitalised word, no blank line: one
        # line (an enacting formula, a heading wrapped at a hyphen), the hyphen kept
        (
            "The Minister, in exercise of the powers conferred by section 67 of the Anti-\n"
            "Terrorism Act, makes the following Regulations.",
            "The Minister, in exercise of the powers conferred by section 67 of the"
            " Anti-Terrorism Act, makes the following Regulations.",
        ),
        (
            "Counter-terrorism measures for the Trans-\nSaharan corridor\n\nText.",
            "Counter-terrorism measures for the Trans-Saharan corridor\n\nText.",
        ),
        (
            "Menaces terroristes venues du Moyen-\nOrient et du Sahel\n\nTexte.",
            "Menaces terroristes venues du Moyen-Orient et du Sahel\n\nTexte.",
        ),
        (
            "Le Conseil des ministres de l'Afrique du Nord-\nOuest arrête le plan.",
            "Le Conseil des ministres de l'Afrique du Nord-Ouest arrête le plan.",
        ),
    ],
    ids=["en-formula", "en-heading", "fr-heading", "fr-sentence"],
)
def test_a_compound_broken_before_a_capital_is_one_line(raw: str, clean: str) -> None:
    norm = normalise(raw, markdown=False)
    assert norm.text == clean
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    "raw",
    [
        # a dash set apart leads in; a blank line between; a word in capitals; an item below
        "In these Regulations -\nAct means the Anti-Terrorism Act.",
        "Les mesures de la zone Nord-\n\nOuest du pays.",
        "LA LUTTE ANTI-\nTERRORISTE",
        "the measures listed in the Counter-\n1. Terrorism Act apply.",
    ],
    ids=["en-dash-apart", "fr-blank-line", "fr-capitals", "en-numbered-item"],
)
def test_other_line_ends_on_a_hyphen_stay_apart(raw: str) -> None:
    norm = normalise(raw, markdown=False)
    assert len(norm.lines) == raw.count("\n") - raw.count("\n\n") + 1
    _maps_back(raw, norm)


FRONT_MATTER = {
    "fr-toml": (
        '+++\ntitle = "Communiqué de la réunion"\ndate = 2025-03-02T10:00:00Z\n'
        'tags = ["frontières", "Sahel"]\n[params]\n  pdf = "/docs/com.pdf"\n+++\n\n'
        "1. Les ministres se sont réunis à Niamey.\n"
    ),
    "en-toml": (
        '+++\ntitle = "Ministerial statement"\ndraft = false\n[[menu.main]]\n'
        "weight = 3\n+++\n\n1. The ministers met in Windhoek.\n"
    ),
    "en-yaml": "---\ntitle: Ministerial statement\ndate: 2025-03-02\n---\n\n1. They met.\n",
}


@pytest.mark.parametrize("raw", FRONT_MATTER.values(), ids=FRONT_MATTER.keys())
def test_a_front_matter_block_is_markup(raw: str) -> None:
    # YAML's "---" and a static site's TOML "+++": the site's record, never the text
    norm = normalise(raw, markdown=True)
    marked = [norm.text[ln.start : ln.end] for ln in norm.lines if ln.markup]
    body = [norm.text[ln.start : ln.end] for ln in norm.lines if not ln.markup]
    assert marked[0] in {"+++", "---"} and marked[-1] == marked[0]
    assert body == [raw.rstrip("\n").rsplit("\n", 1)[1]]


@pytest.mark.parametrize(
    "raw",
    [
        "Nations Unies (ONU-\nNew York) et l'OTAN.",  # a capital after the break: a name part
        "Article 3 --\nthe Council decides.",  # a dash typed as two hyphens
        "Section 12-\n15 of the Act.",  # digits
    ],
)
def test_other_hyphens_at_a_line_end_stay(raw: str) -> None:
    assert "-" in normalise(raw, markdown=False).text


@pytest.mark.parametrize(
    "raw",
    [
        # a fence that does not close, or prose between fences: not front matter
        '+++\ntitle = "Communiqué"\n\n1. Les ministres se sont réunis.\n',
        "+++\nThe ministers met in Windhoek = a first.\n+++\n",
        "+++\n+++\n\nTexte.\n",
    ],
    ids=["fr-open", "en-prose", "fr-empty"],
)
def test_a_fence_without_front_matter_is_text(raw: str) -> None:
    norm = normalise(raw, markdown=True)
    assert not any(ln.markup for ln in norm.lines)


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ('{{< banner "Ce site est en cours de refonte." >}}', True),
        ("{{< share twitter facebook linkedin >}}", True),
        ('{{% notice note "Read the annex first." %}}', True),
        ("Les {{< abbr OTAN >}} alliés se sont réunis.", False),
        ("The ministers {{ agreed }} on a plan.", False),
    ],
    ids=["fr-banner", "en-share", "en-notice", "fr-inline", "en-braces"],
)
def test_a_shortcode_standing_alone_is_markup(line: str, markup: bool) -> None:
    assert is_markup_line(line) is markup


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ('{% callout "Points clés" %}', True),
        ('{% include "components/cite-this.njk", citation: "Note n° 12, 2026" %}', True),
        ('{{ breadcrumb(items=["Accueil", "Publications"]) }}', True),
        ("{{ related(items=['Sahel (2025)', 'Drones (2026)']) }}", True),
        ('::: {.callout-note appearance="minimal"}', True),
        (":::", True),
        ("Les ministres ont adopté {% raw %} le plan.", False),
        ("The Council {{ noted }} the report of the Secretary-General.", False),
        ("::: Note : le texte fait foi.", False),
        ("Considering that ::: the Parties agree", False),
    ],
    ids=[
        "fr-callout",
        "en-include",
        "fr-expression",
        "en-expression",
        "en-div",
        "fr-div-close",
        "fr-inline-tag",
        "en-inline-expression",
        "fr-colons-then-text",
        "en-colons-inside",
    ],
)
def test_a_template_tag_or_a_fenced_div_standing_alone_is_markup(line: str, markup: bool) -> None:
    """A Jinja, Nunjucks, Liquid or Tera tag or expression, and a Pandoc or Quarto fenced
    div's fence, alone on its line, is a site generator's markup; inside a sentence, or
    a fence followed by words, it is not."""
    assert is_markup_line(line) is markup


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ("[notice=warning]", True),
        ('[ui-tab title="Points de contact"]', True),
        ("[/related-posts]", True),
        ('::encadre{couleur="bleu"}', True),
        ("::", True),
        (':chip[Policy Brief 7]{color="blue"} :chip[April 2026]{color="gray"}', True),
        ("[signé]", False),  # a signature's mark, the text's own
        ("[Seal]", False),
        ("[1] See the Council's report of 3 May.", False),
        ("Article 3 :: le ministre arrête", False),
    ],
    ids=[
        "en-value",
        "fr-attribute",
        "en-close",
        "fr-block",
        "fr-block-close",
        "en-inline-row",
        "fr-bare-mark",
        "en-bare-capital",
        "en-note",
        "fr-double-colon-in-text",
    ],
)
def test_a_shortcode_in_brackets_or_a_component_call_is_markup(line: str, markup: bool) -> None:
    """A WordPress or Grav shortcode (with a value, attributes, or closing) and a Nuxt
    component's call hold no text of the document; a bare bracketed mark may be the
    text's own (a signature's "[signed]")."""
    assert is_markup_line(line) is markup


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ("::: tip Rappel", True),
        ("::: details Worked example", True),
        (":::danger[Point de vigilance]", True),
        (":::caution[Key point]", True),
        ("!!!info À propos de cette édition", True),
        ("!!!warning", True),
        ("!!!", True),
        ('??? note "Détail du calcul"', True),
        ("+++ Pour les collectivités", True),
        ("==- Appeals", True),
        ('```admonish warning title="Sécurité des agents"', True),
        ("```{note}", True),
        ("```python", False),
        ("::: Note : le texte fait foi.", False),
        ("!!! Attention : ce texte est provisoire.", False),
        ("+++ The Council noted the report.", False),
        ("== History ==", False),
        ("???", False),
    ],
    ids=[
        "fr-tip",
        "en-details",
        "fr-bracket-label",
        "en-bracket-label",
        "fr-retype",
        "en-retype-bare-kind",
        "en-retype-close",
        "fr-mkdocs-fold",
        "fr-retype-tab",
        "en-retype-panel",
        "fr-mdbook-admonish",
        "en-myst-directive",
        "en-code-fence",
        "fr-colons-then-sentence",
        "fr-marks-then-sentence",
        "en-plus-then-sentence",
        "en-wiki-heading",
        "fr-question-marks",
    ],
)
def test_a_boxs_fence_with_its_kind_and_label_is_markup(line: str, markup: bool) -> None:
    """A box's or a tab's fence, with the box's kind in lower case and a label that ends
    no sentence, is the site's markup; fence marks then a sentence are the text's."""
    assert is_markup_line(line) is markup


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("fr", "+++ Mesures de prévention"),
        ("en", "+++ Prevention measures"),
        ("fr", "==- Voies de recours"),
        ("en", "==- Appeals"),
    ],
)
def test_a_tab_fence_is_markup_in_markdown_only(lang: str, heading: str) -> None:
    """A Retype tab's or panel's fence is Markdown's markup; a plain text's line that opens
    on the same marks is the text's own line."""
    body = {
        "fr": "Les services ont renforcé les contrôles aux frontières en 2025.",
        "en": "The services strengthened border checks in 2025.",
    }[lang]
    raw = f"{heading}\n\n{body}\n"
    plain = normalise(raw, markdown=False)
    assert next(plain.text[ln.start : ln.end] for ln in plain.lines if not ln.markup) == heading
    marked = normalise(raw, markdown=True)
    assert [marked.text[ln.start : ln.end] for ln in marked.lines if ln.markup] == [heading]


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ('<Etiquette couleur="bleu" texte="Note n° 14" /> <Etiquette texte="Mars 2026" />', True),
        ('<Chip variant="outlined">Policy Brief No. 7</Chip> <Chip>April 2026</Chip>', True),
        ("<B>Article premier</B> <I>Objet du décret</I>", False),
        ("<p>The Council adopted the plan.</p> <p>It enters into force today.</p>", False),
        ('<Etiquette texte="Note n° 14" /> le ministre a présenté le plan.', False),
        ('<Badge text="Brief" /> The Council adopted the plan on 3 May.', False),
    ],
    ids=["fr-badges", "en-chips", "fr-html-capitals", "en-html-pairs", "fr-then-text", "en-text"],
)
def test_a_row_of_site_components_is_markup(line: str, markup: bool) -> None:
    """A row of a site's own components (names in capital then lower case, as no HTML tag
    is written) holds no text of the document; HTML's tags, or a component before words,
    are left to the text."""
    assert is_markup_line(line) is markup


# A hard-wrapped export (a newsletter's text copy) whose closing contact box has an
# address line filled to the width by chance, then its phone field.
WRAPPED_BOX = {
    "fr": (
        "Le Centre a tenu sa réunion annuelle des points focaux à Alger et a adopté son",
        "CENTRE, 12, rue des Frères Amrani, BP 141, El-Mohammadia, Alger, Algérie",
        "Tél. : +213 23 82 09 44 - Fax : +213 23 82 09 47",
    ),
    "en": (
        "The Centre held its annual meeting of focal points in Algiers and adopted its",
        "CENTRE, 12 Freedom Avenue, PO Box 141, El-Mohammadia, Algiers, Algeria 16000",
        "Tel.: +213 23 82 09 44 - Fax: +213 23 82 09 47",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_contact_field_never_goes_on_from_a_wrapped_line(lang: str) -> None:
    prose, address, phone = WRAPPED_BOX[lang]
    raw = "\n".join([prose] * 10 + [address, phone]) + "\n"
    norm = normalise(raw, markdown=False)
    lines = [norm.text[ln.start : ln.end] for ln in norm.lines]
    assert lines[-1] == phone and lines[-2].endswith(address)
    # the same line with no contact label goes on as a wrapped line does
    raw = "\n".join([prose] * 10 + [address, "les " + phone.split(":", 1)[1]]) + "\n"
    norm = normalise(raw, markdown=False)
    assert norm.text.rstrip().endswith(address + " les" + phone.split(":", 1)[1])


# A hard-wrapped text (a Federal Register or Journal officiel text copy) whose paragraphs
# set their first line in: the first line fills the width with its indent, though its
# words alone fall short of the wrapped lines' length.
INDENTED_FIRST = {
    "fr": (
        "Le Conseil s'est réuni à Bruxelles le douze juin et a adopté son programme",
        "Au vu de ce qui précède, le Premier ministre et le Ministre",
        "Délégué aux transports modifient le chapitre I comme suit :",
    ),
    "en": (
        "The Council met in Brussels on the twelfth of June and adopted its plan",
        "In consideration of the foregoing, the Federal Aviation",
        "Administration amends chapter I of title 14 as follows:",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("indent", "next_indent", "joined"),
    [(4, 0, True), (0, 0, False), (20, 0, False), (4, 4, False)],
    ids=["first-line-indent", "flush", "centred", "block-indent"],
)
def test_an_indented_first_line_fills_the_width_with_its_indent(
    lang: str, indent: int, next_indent: int, joined: bool
) -> None:
    """Set in while the next line goes back to the margin: a paragraph's first line, joined;
    flush, set in as deep as the next line, or centred, its words alone are measured."""
    prose, first, second = INDENTED_FIRST[lang]
    raw = "\n".join([prose] * 10) + f"\n\n{' ' * indent}{first}\n{' ' * next_indent}{second}\n"
    norm = normalise(raw, markdown=False)
    lines = [norm.text[ln.start : ln.end] for ln in norm.lines]
    assert lines[-2:] == ([prose, f"{first} {second}"] if joined else [first, second])
    _maps_back(raw, norm)


# A hard-wrapped report (a PDF copy) whose numbered headings stand at the margin over a
# paragraph set in by the width of the number: a heading as long as a wrapped line, and a
# hanging list whose wrapped lines keep the indent of the words after the number.
SET_IN = {
    "fr": (
        "Le Fonds a reçu cette année un nombre de demandes plus élevé que les années passées",
        "2.3. Le préjudice exceptionnel spécifique des victimes du terrorisme (PESVT)",
        "Le PESVT, reconnu par le Conseil d'administration en 2014 et confirmé par la",
        "Cour de cassation, répare l'angoisse de mort imminente des victimes.",
    ),
    "en": (
        "The Fund received more applications this year than in any of the years before it",
        "6.  Targeted financial sanctions related to terrorism and terrorist financing",
        "Countries should put in place targeted financial sanctions regimes so as",
        "to comply with the United Nations Security Council resolutions.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(
    ("third", "apart"),
    [(0, True), (None, False)],
    ids=["body-back-at-the-margin", "hanging-paragraph"],
)
def test_a_numbered_heading_over_a_set_in_paragraph_stays_apart(
    lang: str, third: int | None, apart: bool
) -> None:
    """A numbered line filled to the width, the next line set in and the one after back at
    the margin: the set-in line opens the heading's paragraph, so the heading is not joined
    to it; when the line after keeps the indent (a hanging paragraph), the numbered line
    wraps into the next as any filled line does."""
    prose, heading, first, second = SET_IN[lang]
    hang = len(heading) - len(heading.split(None, 1)[1])
    after = " " * (hang if third is None else third)
    raw = "\n".join([prose] * 10) + f"\n\n{heading}\n{' ' * hang}{first}\n{after}{second}\n"
    norm = normalise(raw, markdown=False)
    lines = [norm.text[ln.start : ln.end] for ln in norm.lines]
    heading = " ".join(heading.split())  # the spaces after the number fold to one
    if apart:
        assert lines[-2:] == [heading, f"{first} {second}"]
    else:
        assert lines[-1] == f"{heading} {first} {second}"
    _maps_back(raw, norm)


@pytest.mark.parametrize(
    ("raw", "pages"),
    [
        ("Première page.\n\f2\nDeuxième page.\n\f\n3\nTroisième page.\n", [1, 2, 2, 3, 3]),
        ("First page.\n\f2\nSecond page.\n\f\n3\nThird page.\n", [1, 2, 2, 3, 3]),
    ],
    ids=["fr", "en"],
)
def test_each_line_knows_the_page_the_form_feeds_put_it_on(raw: str, pages: list[int]) -> None:
    """A form feed opens a page, whether it starts a line or stands on its own."""
    assert [ln.page for ln in normalise(raw, markdown=False).lines] == pages


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_hanging_item_before_the_next_item_wraps(lang: str) -> None:
    """The last wrapped line of a hanging item is followed by the next item at the margin:
    a number opens that line, so the set-in line goes on with the item above it."""
    prose, heading, first, _ = SET_IN[lang]
    hang = len(heading) - len(heading.split(None, 1)[1])
    nxt = "7.  " + first
    raw = "\n".join([prose] * 10) + f"\n\n{heading}\n{' ' * hang}{first}\n{nxt}\n"
    norm = normalise(raw, markdown=False)
    lines = [norm.text[ln.start : ln.end] for ln in norm.lines]
    assert lines[-2] == f"{' '.join(heading.split())} {first}"
    _maps_back(raw, norm)


# A hard-wrapped text whose foot carries a row of links cut by bars: the reference above
# it fills the width by chance, and the copyright line below goes to the margin.
WRAPPED_ROW = {
    "fr": (
        "Le Tribunal a rendu son arrêt après avoir entendu les parties à l'audience.",
        "Arrêts similaires : 6B_1132/2019 ; 6B_948/2022 ; 1C_455/2024 ; 6B_12/2021",
        "Mentions légales | Protection des données | Contact | Accessibilité",
        "© Tribunal fédéral, Av. du Tribunal fédéral 29, 1000 Lausanne 14",
    ),
    "en": (
        "The Court delivered its judgment after hearing the parties at the hearing.",
        "Similar judgments: 6B_1132/2019; 6B_948/2022; 1C_455/2024; 6B_12/2021; 1B_7",
        "Legal notice | Data protection | Contact | Accessibility | Site map",
        "© Federal Supreme Court, Av. du Tribunal fédéral 29, 1000 Lausanne 14",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_row_of_links_never_joins_a_wrapped_line(lang: str) -> None:
    prose, reference, row, copyright_ = WRAPPED_ROW[lang]
    raw = "\n".join([prose] * 10 + [reference, row, copyright_]) + "\n"
    lines = _line_texts(normalise(raw, markdown=False))
    assert lines[-3:] == [reference, row, copyright_]
    # the same lines with no bar go on as wrapped lines do
    plain = row.replace(" | ", " · ")
    raw = "\n".join([prose] * 10 + [reference, plain]) + "\n"
    lines = _line_texts(normalise(raw, markdown=False))
    assert lines[-1] == reference + " " + plain
    # and so do two rows: a row of long titles wraps
    raw = "\n".join([prose] * 10 + [row + " |", "Aide | Plan | Presse"]) + "\n"
    lines = _line_texts(normalise(raw, markdown=False))
    assert lines[-1] == row + " | Aide | Plan | Presse"


@pytest.mark.parametrize(
    "key",
    ["'og:updated_time'", '"dc:date"'],
    ids=["single-quoted", "double-quoted"],
)
def test_front_matter_with_a_quoted_key_is_the_sites_record(key: str) -> None:
    """YAML quotes a key that holds a colon; the block is front matter all the same, and
    the text below it stays."""
    lines = [
        "---",
        "title: 'Note sur la menace'",
        "metadata:",
        f"    {key}: '2026-02-04T16:02:11+01:00'",
        "---",
        "",
        "Le ministre a présenté le plan.",
    ]
    assert front_matter_block(lines) == 5


@pytest.mark.parametrize(
    ("line", "markup"),
    [
        ("{.is-success}", True),
        ("{: .note}", True),
        ("{#introduction .unnumbered}", True),
        ("{.encadre couleur=bleu}", True),
        ("{Le texte entre accolades}", False),
        ("{ Article 3 }", False),
        ("The values {.5, .7} are kept.", False),
    ],
    ids=["en-wiki", "en-kramdown", "en-pandoc", "fr-pairs", "fr-words", "fr-article", "en-inline"],
)
def test_an_attribute_list_alone_is_markup(line: str, markup: bool) -> None:
    """An attribute list standing alone for the block beside it (Pandoc, kramdown, a wiki's
    class list): classes, an id and pairs, no word of the document; braces around words
    are the text's."""
    assert is_markup_line(line) is markup
