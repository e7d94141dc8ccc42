"""When two physical lines are one logical line: the joining rules of normalisation.

A line break is layout, not structure, when the next line goes on with a lower-case
word after a line that did not end a sentence, after a Markdown soft break or a hard
break inside prose (:func:`_hard_break_joins`),
after a line ending on a function word or a comma, inside an open bold span, or in a
hard-wrapped text (a PDF copy) whose lines fill its width (:func:`_wrapped`, with the
width from :func:`_width_of`). Page furniture, headings and markup lines never join.

Kept apart from :mod:`ctdocs.normalise._text`, which cleans each physical line and
writes the text out, so that the cleaning there can grow its fast paths under the
module size limit; these rules read only the cleaned lines (:class:`PhysLine`).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import any_of, function_words, load_language, load_layout
from .._markers import MARKER_RE, TERMINAL, starts_lower
from ._linekinds import drawn_rule, leader_table_row
from ._menulines import field_line, stands_apart
from ._physline import PhysLine
from ._sites import site_line

_TERMINAL = TERMINAL
# Markdown lines that open a block of their own: table rows, quotes, fences, rules.
_MD_BLOCK_RE = re.compile(r"^(?:\||>|```|~~~|(?:[-*_=]\s*){3,}$)")


_WIDE = 40  # the shortest line that counts in the width of a hard-wrapped text


def _whole_bold(p: PhysLine) -> bool:
    return len(p.bold_toggles) == 2 and p.bold_toggles[0] == 0 and p.bold_toggles[1] >= len(p.text)


_starts_lower = starts_lower


def _should_join(
    prev: PhysLine,
    prev_text: str,
    cur: PhysLine,
    text: str,
    blank_run: int,
    bold_open: bool,
    cont_words: frozenset[str],
    markdown: bool = False,
    after: tuple[int, str] | None = None,
    web: bool = False,
) -> bool:
    if prev.heading_level is not None or cur.heading_level is not None:
        return False
    if prev.furniture or cur.furniture or prev.markup or cur.markup:
        return False
    if MARKER_RE.match(text) or _quoted_item(text) or prev.term:
        return False
    if leader_table_row(text) or leader_table_row(prev_text):
        return False
    ends_sentence = prev_text.rstrip().endswith(_TERMINAL)
    if blank_run == 0 and bold_open:
        return True
    if blank_run == 0 and prev.hard_break:
        return not web or _hard_break_joins(prev_text, text, ends_sentence, cont_words)
    if (
        markdown
        and blank_run == 0
        and not ends_sentence
        and not _MD_BLOCK_RE.match(text)
        and not _MD_BLOCK_RE.match(prev_text)
        and not _whole_bold(prev)
        and not _whole_bold(cur)
        and not stands_apart(prev_text, text)
        and not _opens_record(text, after)
        and not _rows_apart(prev_text, text)
        and not _set_in_body(prev_text, text, cur.indent, prev.indent, after)
        and not heading_over_sentence(prev_text, text)
    ):
        # A soft break: Markdown lines with no blank line between them are one paragraph
        # ("*Recalling* its resolution⏎1373 (2001), in which …"). A line that ends a
        # sentence, or is bold from end to end (a heading in converted text), stays apart;
        # so does a numbered heading over a paragraph set in below it (``1°) Recensement
        # des stocks`` over "     Tout commerçant …", as in a hard-wrapped copy).
        return True
    if _starts_lower(text) and not ends_sentence:
        if numbered_kind_heading(prev_text):
            return False
        cur.term = term_under_number(prev_text, text, after)
        # A bare address alone after a blank line is the print's (its page foot's), not the
        # rest of the sentence above: "10 June 2026" then "edps.europa.eu" stay apart; a
        # report's code over it ("IF12937") is that foot's too and goes with it.
        return not (blank_run and site_line(text)) or site_line(f"{prev_text} {text}")
    return blank_run == 0 and not ends_sentence and _runs_on(prev_text, text, cont_words)


def _runs_on(prev_text: str, text: str, cont_words: frozenset[str]) -> bool:
    """A line that ends mid-sentence, right over the next (no blank line), on a comma or a
    word that continues, or on a compound broken at its own hyphen before a capitalised
    word ("… section 67 of the Anti-" over "Terrorism Act, makes …": no line, heading or
    sentence, ends so)."""
    last = prev_text.rsplit(" ", 1)[-1].lower()
    if prev_text.endswith(",") or last in cont_words:
        return text[:1].isalnum() or text[:1] in "«\"'(“"
    return text[:1].isupper() and broken_word(prev_text, text, cont_words) is not None


# what stands before a numbered heading's words in its margin: a number ("2.", "4.1"), a
# roman or a capital with its stop ("IV.", "B."), or a word and its number ("CHAPTER 3")
_HANGING_LABEL_RE = re.compile(r"(?:[^\W\d_]+\s+)?(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.?|[A-Z]\.)")
_HANGING_MAX_WORDS = 8  # the wrapped rest of a heading: a few words
# three spaces or more between a title's words: columns of a table, not one heading
_COLUMN_GAP_RE = re.compile(r"\S {3,}\S")


def layout_wraps(
    above: tuple[PhysLine, str, str],
    below: tuple[PhysLine, str, str],
    blank: int,
    width: int,
    after: tuple[int, str] | None,
) -> bool:
    """The line below (``below``: the line, its cleaned text, the line as read) goes on
    with the one above as the print wrapped it: a hard-wrapped text's full line
    (:func:`_wrapped`) or a capital heading's hanging words (:func:`hanging_capitals`).
    Neither may be a heading's, furniture or markup above, nor markup below."""
    prev, prev_text, prev_line = above
    cur, text, line = below
    if prev.heading_level is not None or prev.furniture or prev.markup or cur.markup:
        return False
    return _wrapped(prev_text, text, blank, width, cur, prev.indent, after) or hanging_capitals(
        prev, prev_line, cur, line, blank
    )


def hanging_capitals(prev: PhysLine, prev_line: str, cur: PhysLine, line: str, blank: int) -> bool:
    """``CHAPTER 3          SURVEILLANCE TECHNOLOGIES AND INTELLIGENCE SHARING`` over
    ``                   AT BORDERS``: a numbered heading in capitals whose words wrap onto
    the next line, set in under its first word (a hanging indent), in capitals too. One
    heading: the second line is no heading of its own (guidelines §1a, the title is the
    heading text). Shape only: the column, the case, no closing mark, no number below."""
    if blank or not line.startswith((" ", "\t")) or cur.heading_level is not None:
        return False  # (most lines open at the margin: no hanging indent, nothing to read)
    if prev.heading_level is not None:
        return False
    if prev.furniture or cur.furniture or prev.markup or cur.markup or "\f" in line:
        return False
    above, below = prev_line.expandtabs(), line.expandtabs()
    col = len(below) - len(below.lstrip(" "))
    if not 0 < col < len(above) or above[col - 1] != " " or not above[col : col + 1].isalpha():
        return False
    if not _HANGING_LABEL_RE.fullmatch(above[:col].strip()):
        return False
    head, rest = above[col:].strip(), below.strip()
    if head.endswith(_TERMINAL) or MARKER_RE.match(rest) or len(rest.split()) > _HANGING_MAX_WORDS:
        return False
    if _HANGING_LABEL_RE.fullmatch(rest) or _COLUMN_GAP_RE.search(head):
        return False  # a label of its own (``DIVISION 1``) below, or a table's columns above
    return all(_capitals(t) for t in (head, rest))


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# a clause number alone on its line ("3.1", "3.1.2"): a glossary entry's, over its term
_LONE_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")
_TERM_MAX_WORDS = 6


def term_under_number(prev_text: str, text: str, after: tuple[int, str] | None) -> bool:
    """``text`` is a defined term under its entry's number alone on the line above
    (``3.1`` / ``hostile vehicle`` / ``vehicle used to …``, as a standard's terms and
    definitions print them): a few words, no mark closing or cutting a sentence, with a
    line of more words below. It goes on the number's line and ends it, so that the
    definition below is the entry's text and the term its title (guidelines §1a)."""
    if not _LONE_NUMBER_RE.fullmatch(prev_text.strip()) or after is None:
        return False
    term, below = text.strip(), after[1].strip()
    return (
        0 < len(term.split()) <= _TERM_MAX_WORDS
        and not opens_on_function_word(term)
        and not re.search(r"[.,;:!?]", term)
        and len(below.split()) > len(term.split())
        and not MARKER_RE.match(below)
    )


def _hard_break_joins(
    prev_text: str, text: str, ends_sentence: bool, cont_words: frozenset[str]
) -> bool:
    """A web page's hard break (its ``<br>``) is a new line as the page shows it. It is
    only layout inside a sentence: the next line goes on in lower case, or the line ends
    on a comma or a function word ("présidente," over "Henrik Aalberg,"), or one of the
    two is a long line of prose. Short lines either side
    are what a page breaks on purpose: a record's fields ("Passed 06.06.2001" over "RT I
    2001, 61, 364"), an address, a byline, a contact box; and a ``Label : value`` line is
    a field of its own (:func:`field_line`)."""
    if field_line(prev_text) or field_line(text):
        return False
    if _starts_lower(text) and not ends_sentence:
        return True
    last = prev_text.rsplit(" ", 1)[-1].lower()
    if not ends_sentence and (prev_text.endswith(",") or last in cont_words):
        return True
    return max(len(prev_text), len(text)) >= _SHORT_LINE


_SHORT_LINE = 60  # a record's field, an address or a byline line is shorter


def _opens_record(text: str, after: tuple[int, str] | None) -> bool:
    """A ``Label : value`` line over another (``after``, the next line) opens a run of a
    record's fields, or of a glossary's entries ("CAERT : Centre africain …" over
    "CEMAC : …"): it opens a line of its own, never goes on with the line above (a
    heading "3 SIGLES ET ABRÉVIATIONS")."""
    return after is not None and field_line(text) and field_line(after[1])


_OPENING_QUOTES = "\u201c\u00ab\u201e\"'\u2018"
# "1.", "3.1", "(a)", "b)" (a bare "3 " may be a quoted count: "“3 men were …")
_NUMBER_MARK_RE = re.compile(r"^(?:\d{1,3}\.|\d{1,3}(?:\.\d{1,3})+\.?|\(\w{1,4}\)|\w{1,3}\))\s")


# Items cut by a spaced bar, the bar inside the line: "Mentions légales | Contact", "EN | FR"
_LINK_ROW_RE = re.compile(r"\S\s+\|\s+\S")


def _link_row(text: str) -> bool:
    """A row of links or items cut by bars ("Mentions légales | Protection des données |
    Contact", "Transférer à un ami | Mettre à jour vos préférences"): a page sets such a
    row on a line of its own, and a sentence's wrapped lines never hold a bar. So in a
    hard-wrapped text a row and a line without bars never join, however far the line
    above fills the width (a reference "Arrêts similaires : 6B_1132/2019 ; …" over the
    site's footer row, the row over its copyright line); two rows may (a row of long
    titles wraps). A Markdown table row opens with its bar and is a block already."""
    return not text.startswith("|") and _LINK_ROW_RE.search(text) is not None


# A breadcrumb's steps cut by a spaced arrow, ">" or the single angle quote U+203A:
# "Accueil > Recherche > Comité des droits de l'homme"
_CRUMB_RE = re.compile(r"\S\s+[>\u203a]\s+\S")


def _rows_apart(prev_text: str, text: str) -> bool:
    """Two rows of a page's chrome of different kinds, a row of links cut by bars and a
    breadcrumb cut by arrows, are two lines of the page even with no blank line between
    them (a site's name bar over its breadcrumb, the breadcrumb over its tool row): no
    sentence wraps from one kind of row into the other. A row and a plain line may still
    join (a soft break inside a page's title line)."""
    kinds = [
        ("bar" if _link_row(t) else "crumb" if _CRUMB_RE.search(t) else None)
        for t in (prev_text, text)
    ]
    return None not in kinds and kinds[0] != kinds[1]


def _quoted_item(text: str) -> bool:
    """A line opening with a quotation mark and an item's number ("“1. Condemns …"): a
    press release quotes a resolution paragraph by paragraph, each opened by a quotation
    mark, so the line starts a quoted item, whatever the line above ends with."""
    inner = text.lstrip(_OPENING_QUOTES)
    return inner != text and _NUMBER_MARK_RE.match(inner) is not None


def _width_of(line_lengths: list[int]) -> int:
    """The width a hard-wrapped text fills: the length most of its long lines reach.

    Zero when the text is not hard-wrapped (few lines, or lines of every length), so
    that :func:`_wrapped` joins nothing there.
    """
    lengths = sorted(n for n in line_lengths if n >= _WIDE)
    if len(lengths) < 8:
        return 0
    width = lengths[int(len(lengths) * 0.9) - 1]
    near = sum(1 for n in lengths if n >= 0.8 * width)
    return width if 40 <= width <= 140 and near * 2 >= len(lengths) else 0


def _wrapped(
    prev_text: str,
    text: str,
    blank_run: int,
    width: int,
    cur: PhysLine,
    indent: int = 0,
    after: tuple[int, str] | None = None,
) -> bool:
    """A line of a hard-wrapped text (a PDF copy) filled to the width and not ending a
    sentence goes on in the next line, whatever case that line opens with. A line well
    past the width, or followed by one, was never wrapped to it: a web page's chrome
    copied above or below a wrapped text ("Latest Action: House - 04/09/2026 …" over
    "Tracker: Introduced > Passed House > …") keeps its lines. A paragraph's first line,
    set in while the lines below go back to the margin, fills the width with its indent
    (``indent``, the line above's: "    In consideration of the foregoing, the Federal
    Aviation" over "Administration amends …"); a deeper indent centres a line."""
    if not width or blank_run or cur.heading_level is not None or cur.furniture:
        return False
    first_line = cur.indent < indent <= _PARAGRAPH_INDENT
    filled = len(prev_text) + (indent if first_line else 0)
    if filled < 0.8 * width or _closes_sentence(prev_text):
        return False
    if max(len(prev_text), len(text)) > _OVER_WIDTH * width:
        return False
    if drawn_rule(prev_text) or drawn_rule(text):
        return False  # a drawn rule fills the width too, but closes a page or a note zone
    if _link_row(text) != _link_row(prev_text):
        return False
    if _same_opening(prev_text, text) or _same_closing(prev_text, text) or _contact_field(text):
        return False
    if _set_in_body(prev_text, text, cur.indent, indent, after):
        return False
    if heading_over_sentence(prev_text, text):
        return False
    if prev_text.count("(") > prev_text.count(")") and not MARKER_RE.match(text):
        return True  # "Resolution 2178 (hereinafter" goes on: '“UNSCR 2178”) was adopted'
    return not MARKER_RE.match(text) and not text.startswith(("(", "[", "“", '"', "«"))


# A sentence's full stop inside the quotation it closes: "… of suspension.'", "… ainsi.»"
_QUOTED_END_RE = re.compile(r"[.!?\u2026][\u2019\u201d'\"\u00bb]+\)?$")


def _closes_sentence(prev_text: str) -> bool:
    """A wrapped line ends a sentence on a full stop, a colon or the like, or on a closing
    quotation mark after one: an order quoting the sentence it imposes ("… replaced with
    the following:" over "'The accused is sentenced … of suspension.'") ends with the
    quotation, and the next line ("4 The sentence is antedated …") opens an item of its
    own, however far the quoted line fills the width."""
    end = prev_text.rstrip()
    return end.endswith(_TERMINAL) or _QUOTED_END_RE.search(end) is not None


def _set_in_body(
    prev_text: str, text: str, cur_indent: int, indent: int, after: tuple[int, str] | None
) -> bool:
    """A numbered line at the margin ("2.3. Le préjudice exceptionnel … (PESVT)"), the next
    line set in ("     Le PESVT, reconnu …") and the one after it (``after``: its indent and
    text) back at the margin with no number of its own, going on with the set-in line: that
    line opens a paragraph (its first-line indent), so the numbered line above is a heading
    of its own, however far it reaches. A hanging paragraph's wrapped lines all keep the
    indent of the words after its number; only its last one is followed by a line further
    out, and that line opens the next item ("c. individual assessment …")."""
    return (
        after is not None
        and indent < cur_indent <= _PARAGRAPH_INDENT
        and after[0] < cur_indent
        and MARKER_RE.match(after[1]) is None
        and text[:1].isupper()
        and prev_text[:1].isalnum()
        and MARKER_RE.match(prev_text) is not None
    )


# A heading of one to three words of capitals naming the text by its kind, a number's mark and
# the number, alone on its line: "CIRCULAIRE N° 014/2026", "REGLEMENT N° 04/23/CEMAC/UMAC/CM",
# "ACT No. 14" (the mark's small "o" is the only small letter it may hold)
_KIND_NUMBER_RE = re.compile(
    r"^[ \t#*]*(?:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de\x27\u2019.-]+[ \t]+){1,3}"
    r"(?:N°|Nº|NO\.?|No\.?)[ \t]?(?=[\w/.()-]*\d)[A-Z\d][\w/.()-]*[ \t*]*$"
)


def numbered_kind_heading(prev_text: str) -> bool:
    """A line that is a kind in capitals and its number alone (``CIRCULAIRE N° 014/2026``)
    closes a heading: the line under it opening in small letters ("relative au renforcement
    …") is the title set below the number, never the same sentence wrapped, since a wrapped
    sentence does not switch from capitals to small letters at its line's end. Kept apart,
    the number stays the heading line's own, as its symbol is printed (guidelines §6)."""
    return _KIND_NUMBER_RE.match(prev_text) is not None


# A number a heading opens with: a clause's marker, or a word and its number
# ("Recommendation 3 –", "Mesure 12 :", "Axe II")
_LABELLED_NUMBER_RE = re.compile(
    r"^[A-ZÀ-Ý][^\W\d_]{2,24}\s+(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})\b"
)
_HEADING_MAX_WORDS = 10
_CITED_RE = re.compile(r"\([^()]*\)")


def heading_over_sentence(prev_text: str, text: str) -> bool:
    """A numbered line whose words name (``10°) Formation et sensibilisation``,
    ``Recommendation 3 – Make more use of EU Protective Security Advisors``) over a line
    that opens a sentence with a capitalised function word ("Les Gouverneurs …", "The
    Commission …"): a heading over its paragraph, set on its own line with no blank line
    between, never a sentence wrapped (a wrapped sentence does not open its next line on
    an article in capitals, and a heading's words do not open on one either). Shapes
    only: a number, a short unpunctuated name, a sentence's first word."""
    m = MARKER_RE.match(prev_text) or _LABELLED_NUMBER_RE.match(prev_text)
    if m is None:
        return False
    end = m.end()
    if m.group()[-1:].isdigit():  # "Article 11.": the marker ends on its first digit
        end = len(prev_text) - len(prev_text[end:].lstrip("0123456789."))
    rest = prev_text[end:].lstrip(" )–—-:.\t")
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    # a name's words: a citation in brackets, a number, a dash are no words of its name
    # ("Amendment of section 2 of the Terrorism Act (2018 Revision) - definitions")
    names = [w for w in _CITED_RE.sub(" ", rest).split() if any(ch.isalpha() for ch in w)]
    if not names or len(names) > _HEADING_MAX_WORDS or not rest[:1].isupper():
        return False
    if rest.rstrip().endswith((*_TERMINAL, ",")) or not first[:1].isupper():
        return False
    small = function_words()
    last = names[-1].casefold()
    return (
        _APOSTROPHE_RE.split(first, maxsplit=1)[0].casefold() in _sentence_openers()
        and names[0].casefold() not in small
        and last not in small
        and last not in continuation_words()
    )


def opens_on_function_word(text: str) -> bool:
    """``text`` opens on a function word ("where the site holds", "lorsque le site …"): the
    start of a sentence cut at the margin, never a defined term, which is a name."""
    first = text.split(None, 1)[0] if text.strip() else ""
    return first.casefold() in _opening_words()


@cache
def _opening_words() -> frozenset[str]:
    """Stop, continuation and clause-opening words of every language (``language.toml``)."""
    model = load_language()
    tables = (*model.stopwords.values(), *model.continuation.values())
    return frozenset(w.casefold() for ws in (*tables, *model.clause_openers.values()) for w in ws)


# an elided word's apostrophe: "Lorsqu'il", "L’État" open on "lorsqu", "l"
_APOSTROPHE_RE = re.compile(r"['\u2019]")


@cache
def _sentence_openers() -> frozenset[str]:
    """Words a sentence under a heading opens with: the function words, and the words
    legislative drafting opens a provision with ("No person shall …", "Every operator …",
    "Nul ne peut …", "Quiconque …", ``language.toml``'s provision openers), which no
    heading's wrapped words go on with in capitals."""
    openers = load_language().provision_openers.values()
    return function_words() | frozenset(w.casefold() for ws in openers for w in ws)


def _same_opening(prev_text: str, text: str) -> bool:
    """Two lines opening with the same two words, the first capitalised, are two rows of
    one list ("Special edition in Czech: …" over "Special edition in Estonian: …"), short
    enough to fit the width a wrapped text fills; a wrapped sentence never so repeats."""
    a, b = prev_text.split()[:2], text.split()[:2]
    return len(a) == 2 and a == b and a[0][:1].isupper()


# a line closing on a bracketed group holding a year: an item's date, "(12 July 2026)"; a
# footnote call "(1)" closes a wrapped sentence's line as well and says nothing of a list
_FIGURED_CLOSE_RE = re.compile(r"\([^()]{0,40}\b(?:19|20)\d\d\b[^()]{0,40}\)$")


def _same_closing(prev_text: str, text: str) -> bool:
    """Two lines each closing on a bracketed group with a year (a related item's date,
    "… after national review (12 July 2026)" over "New guidance for … (3 June 2026)") are
    two rows of one list, as two lines opening alike are (:func:`_same_opening`): a
    wrapped sentence does not close two lines running on such a group."""
    return bool(_FIGURED_CLOSE_RE.search(prev_text.rstrip())) and bool(
        _FIGURED_CLOSE_RE.search(text.rstrip())
    )


_OVER_WIDTH = 1.1  # a wrapped line may run this far past the width, no farther
_PARAGRAPH_INDENT = 8  # the deepest indent that opens a paragraph (deeper centres a line)


@cache
def _contact_field_re() -> re.Pattern[str]:
    cues = load_layout().copy_noise
    labels = cues.contact_labels if cues is not None else []
    return re.compile(rf"^(?:{any_of(labels)})\s*:\s*\S", re.IGNORECASE)


def _contact_field(text: str) -> bool:
    """A line opened by a contact field's label ("Tél. : +213 …", "Fax: …", "E-mail: …",
    ``layout.toml``'s ``contact_labels``) is a field of a publisher's contact box, set on
    a line of its own: never the rest of a wrapped line (the address above it, filled to
    the width by chance, would carry the box into the text)."""
    return _contact_field_re().match(text) is not None


_CONT: frozenset[str] | None = None

# the letters before a hyphen that closes a line, and the letters that open the next
_FRAGMENT_END_RE = re.compile(r"([^\W\d_]+)-$")
_FRAGMENT_START_RE = re.compile(r"[^\W\d_]+")
# a document's words, hyphenated compounds whole, none that a line end breaks (the part
# before the break is followed by its hyphen; the part after is left out by position)
_WORD_RE = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)*(?![\w-])")
_BREAK_RE = re.compile(r"-[ \t]*\r?\n[ \t\f]*")


def broken_word(prev_text: str, text: str, cont_words: frozenset[str]) -> tuple[str, str] | None:
    """The two parts of a word a line end broke after a hyphen ("Council of Minis-" over
    "ters on 5 September"): the line ends on letters and one hyphen, the next opens on a
    lower-case letter that is not a function word ("anti-" over "and counter-terrorism"
    is two words), or on a capitalised word ("Counter-" over "Terrorism Committee",
    "Harry-" over "Whitlock": a name's own hyphen). ``None`` for any other line end."""
    capitalised = text[:1].isupper() and text[1:2].islower()
    if not prev_text.endswith("-") or prev_text.endswith("--"):
        return None
    if not text[:1].islower() and not capitalised:
        return None
    head, tail = _FRAGMENT_END_RE.search(prev_text), _FRAGMENT_START_RE.match(text)
    if head is None or tail is None or tail.group() in cont_words:
        return None
    return head.group(1), tail.group()


class BrokenWords:
    """Whether a word broken at a line end keeps its hyphen when it is joined again.

    Why: a PDF copy hyphenates at syllables ("infrastruc-" over "ture"), and a name or a
    term cut so is found by nothing downstream (actors, domain words, dates); but a
    compound breaks at its own hyphen too ("non-" over "scheduled"). Without a dictionary
    the document itself tells: the word written whole elsewhere loses the hyphen, written
    with it elsewhere keeps it; else a prefix that takes a hyphen (data:
    ``hyphen_prefixes``), or two parts that are both words of the document, keep it."""

    def __init__(self, raw: str) -> None:
        self._raw = raw
        self._words: frozenset[str] | None = None  # made at the first broken word

    def keeps_hyphen(self, head: str, tail: str) -> bool:
        if tail[:1].isupper():
            return True  # "Counter-" over "Terrorism": no syllable opens on a capital
        if self._words is None:
            self._words = _whole_words(self._raw)
        words, head, tail = self._words, head.casefold(), tail.casefold()
        if head + tail in words:
            return False
        if f"{head}-{tail}" in words or head in _hyphen_prefixes():
            return True
        return head in words and tail in words


def _whole_words(raw: str) -> frozenset[str]:
    """The words of ``raw``, case-folded, less the parts of words a line end broke."""
    after_break = {m.end() for m in _BREAK_RE.finditer(raw)}
    found = _WORD_RE.finditer(raw)
    return frozenset(m.group().casefold() for m in found if m.start() not in after_break)


_PREFIXES: frozenset[str] | None = None


def _hyphen_prefixes() -> frozenset[str]:
    global _PREFIXES
    if _PREFIXES is None:
        cues = load_language().hyphen_prefixes.values()
        _PREFIXES = frozenset(w.casefold() for ws in cues for w in ws)
    return _PREFIXES


def continuation_words() -> frozenset[str]:
    """The function words a wrapped line may end on (``language.toml``'s continuation
    lists, every language folded together): read by the joins here, and by layout and
    structure where they ask whether a line goes on."""
    global _CONT
    if _CONT is None:
        words: set[str] = set()
        for ws in load_language().continuation.values():
            words.update(w.lower() for w in ws)
        _CONT = frozenset(words)
    return _CONT
