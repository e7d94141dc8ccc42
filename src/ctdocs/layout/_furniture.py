"""Page furniture and page tools found by shape: running lines, footnote zones, contents
pages, menus and record boxes.

A text copied out of a PDF repeats the same line at the top or foot of every page (a
running header, a footer with the page number), ends each page with its footnotes under
a short rule, and may open with a contents page; a web page carries menus and
breadcrumbs (short items joined by ``|``, ``>`` or `` / ``). None of these is worded the
same on two sites, but their shapes are the same everywhere: a line printed again and
again apart from its page number, a rule followed by numbered notes down to the next
running line, entries of a contents list that end in a page number or come back later
as headings, a line cut into short unpunctuated items. A site that holds a text shows its
record beside it (type, reference, dates in force, a release's contacts): three or more
short "Label: value" lines outside the document's prose. Only shapes, no site strings.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from ..normalise._linekinds import page_furniture
from ._linekeys import PHONE_RE as _PHONE_RE
from ._linekeys import TABLE_ROW_RE as _TABLE_ROW_RE
from ._linekeys import WEB_RE as _WEB_RE
from ._linekeys import (
    ends_sentence,
    has_dot_leader,
    is_leader_row,
    key,
    open_runs,
    scorable,
    unit_key,
)
from ._personnames import (
    is_signed_name,
    names_bench,
    names_person,
    names_person_firmly,
    record_label,
)
from ._running import mark_running_lines
from ._runon import runs_on
from ._tableruns import in_table
from ._toczone import mark_toc_zone

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = [
    "column_furniture",
    "ends_sentence",
    "has_dot_leader",
    "is_contact",
    "is_field",
    "is_leader_row",
    "is_local_contact",
    "is_menu",
    "is_menu_at",
    "is_signed_name",
    "key",
    "mark_banners",
    "mark_field_blocks",
    "mark_running_lines",
    "mark_slug_titles",
    "mark_title_bar",
    "mark_toc_zone",
    "page_foot",
    "scorable",
]

# Items of a menu or breadcrumb: "Home > Acts > In force", "Contact | Privacy | ©".
_MENU_SPLIT_RE = re.compile(r"\s*\|\s*|\s+[>\u203a/]\s+")
_MENU_CHARS = "|>/\u203a"
_MENU_CHAR_RE = re.compile(f"[{re.escape(_MENU_CHARS)}]")  # one scan, not one per mark
_MENU_MIN_ITEMS = 3
# An item ending so is a sentence or a label ("From:"), or a phrase that runs on into the
# next (a signature's "NAME," over its office, right-aligned in columns): no menu item.
_STOPS = frozenset(".!?;:,")
_MENU_ITEM_WORDS = 8
# A Markdown link, the whole of a menu item: "[Livre II : Ordre public](../livre-ii.md)".
_MD_LINK_RE = re.compile(r"\[[^\[\]]{1,200}\]\([^()\s]{1,300}\)")
# A table's row of column numbers over its header: "(1)   (2)   (3)", "1   2   3".
_COLUMN_NUMBERS_RE = re.compile(r"^\s*(?:\(?\d{1,2}\)?\s+){2,}\(?\d{1,2}\)?\s*$")


_CONTACT_MAX_WORDS = 25
# A national number: "01 71 75 80 11", "418 646-6135", "(613) 555-0199".
_LOCAL_PHONE_RE = re.compile(r"(?:^|\s)(?:0\d(?:[\s.]\d\d){4}|\(?\d{3}\)?[\s.-]\d{3}-\d{4})\b")
_PHONE_LINE_RE = re.compile(r"^[\s\d()+./-]{10,22}$")  # a phone number alone on its line
# A house number before its street, then a postcode before its town: "126, rue de
# l'Université – 75355 Paris", "2, rue de Montpensier 75001 Paris".
_ADDRESS_RE = re.compile(
    r"(?:^|[\s\u2013\u2014-])\d{1,4}(?:bis|ter)?,\s+[^\d,]{2,60}?[\s\u2013\u2014-]\d{4,5}\s+[A-ZÀ-Ý]"
)


def is_menu(text: str, gaps: Sequence[int] = ()) -> bool:
    """Three or more short unpunctuated items joined by separators: a menu, a breadcrumb, a
    footer's row of links. Not a sentence (its items would end in a stop, or run on:
    :func:`._runon.runs_on`), nor a document's header line (``Report | Doc. 12712 | 16
    September 2011``: most of its items are numbers and dates, a menu's are words)."""
    if not (gaps or _MENU_CHAR_RE.search(text)) or _TABLE_ROW_RE.match(text):
        return False
    cuts = [0, *gaps, len(text)]
    pieces = (_MENU_SPLIT_RE.split(text[a:b].strip()) for a, b in pairwise(cuts))
    items = [x for p in pieces for x in p if x and x.strip("-\u2022*")]
    if len(items) >= _MENU_MIN_ITEMS and all(_MD_LINK_RE.fullmatch(x.strip()) for x in items):
        return True  # a Markdown trail of links only: its last item may be a long chapter name
    numbered = sum(any(ch.isdigit() for ch in x) for x in items)
    return (
        len(items) >= _MENU_MIN_ITEMS
        and 2 * numbered <= len(items)
        and all(_nwords(x) <= _MENU_ITEM_WORDS and x[-1] not in _STOPS for x in items)
    ) and not runs_on(items)


def _nwords(text: str) -> int:
    """Words with a letter or digit: French typography's spaced « » and : are no words."""
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def is_contact(text: str) -> bool:
    """An address or contact line, short and not a sentence: a street address (house
    number, street, postcode, town: "Assemblée nationale – 126, rue de l'Université –
    75355 Paris 07 SP"), a phone number with an e-mail or web address, or a web address
    among short parts (``_site_address``)."""
    t = text.rstrip()
    # (the words counted no further than the limit: a paragraph is not cut whole)
    if not t or t[-1] in ".!?;" or len(t.split(None, _CONTACT_MAX_WORDS)) > _CONTACT_MAX_WORDS:
        return False
    if _ADDRESS_RE.search(t):
        return True
    return bool(_WEB_RE.search(t) and (_PHONE_RE.search(t) or _site_address(t)))


# What parts a publisher's address line: a spaced dash or bar, a comma
_PART_CUT_RE = re.compile(r"\s[|\u2013\u2014-]\s|,\s")
_PART_MAX_WORDS = 6


def _site_address(text: str) -> bool:
    """A web or e-mail address set among a publisher's name, street and town, cut by
    dashes, bars or commas ("Immeuble CENTIF, Plateau, Abidjan - 01 BP 1234 Abidjan 01 -
    www.centif.ci", "Boulevard du 30 Juin, Kinshasa/Gombe – www.interieur.gouv.cd"): parts
    of a few words each, no clause among them. A label before a colon makes the address a
    field the text gives ("Pour suivre l'actualité du ministère : https://…", "Contact:
    …"), left to the text."""
    if ": " in text or " :" in text:
        return False
    parts = [p for p in _PART_CUT_RE.split(text) if p.strip()]
    return len(parts) >= 2 and all(len(p.split()) <= _PART_MAX_WORDS for p in parts)


def is_local_contact(text: str) -> bool:
    """A release's contact line with a national phone number: the number alone
    ("418 646-6135") or with an e-mail or web address ("presse@… – 01 71 75 80 11").
    Asked after the running lines and record boxes have been found (a running footer
    with a switchboard number is the page's furniture, a box's number the box's)."""
    t = text.rstrip()
    # (the words counted no further than the limit: a paragraph is not cut whole)
    if not t or t[-1] in ".!?;" or len(t.split(None, _CONTACT_MAX_WORDS)) > _CONTACT_MAX_WORDS:
        return False
    if not _LOCAL_PHONE_RE.search(t):
        return False
    return bool(_PHONE_LINE_RE.match(t) or _WEB_RE.search(t))


def is_menu_at(units: Sequence[Unit], i: int) -> bool:
    """``is_menu`` of the i-th unit, unless it is a row of a table: columns whose next
    line is cut into columns too, with numbers in them (the table's rows), that stand
    right under a row of the columns' numbers ("(1)   (2)   (3)"), or one of a run of
    lines cut into as many columns (:func:`._tableruns.in_table`)."""
    u = units[i]
    if not is_menu(u.text, u.gaps):
        return False
    if not u.gaps:
        return True
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is not None and nxt.gaps and any(c.isdigit() for c in nxt.text):
        return False
    prv = units[i - 1] if i else None
    if prv is not None and prv.gaps and _COLUMN_NUMBERS_RE.match(prv.text):
        return False
    return not in_table(units, i)  # a wordy table's rows: as many columns, line after line


# A record's field: a label of at most four words, a colon, then a value or nothing
# ("Type: Recommendation", "Entrée en vigueur : 07-04-2019", "Votes :").
_FIELD_RE = re.compile(r"^[^\W\d_][\w'’.()/-]*(?:\s+[\w'’.()/-]+){0,3}\s?:(?:\s|$)")
_FIELD_MAX_WORDS = 12  # a short line between two fields
_FIELD_VALUE_WORDS = 6
_FIELD_RUN = 3
_FIELD_GAP = 4  # short lines between two fields of one box
_FIELD_LINK_RE = re.compile(
    r"^[^\W\d_][\w'’.()/-]*(?:\s+[\w'’.()/-]+){0,3}\s?:\s*(?:https?://|www\.)\S+$"
)


def is_field(text: str) -> bool:
    """A short "Label: value" line that is not a sentence: a field of a record. Its value
    is a few words at most: a title with a subtitle ("Returning Home: Prosecuting and
    Reintegrating Women …") has more."""
    t = text.strip()
    m = _FIELD_RE.match(t)
    return (
        m is not None
        and len(t[m.end() :].split()) <= _FIELD_VALUE_WORDS
        and not t.endswith((".", ";"))
    )


def _loose_field(text: str) -> bool:
    """A labelled line whose value is longer than a field's, a list of terms or articles
    ("Thèmes : Liberté de circulation ; Terrorisme ; Recours utile"): a field only right
    under one of a box; alone it may be the text's own lead-in."""
    t = text.strip()
    m = _FIELD_RE.match(t)
    if m is None or ends_sentence(t) or t.endswith(";") or _URL_RE.search(t):
        return False
    return sum(any(c.isalnum() for c in w) for w in t[m.end() :].split()) <= _FIELD_MAX_WORDS


def mark_field_blocks(
    units: Sequence[Unit],
    outside: Sequence[bool],
    prose: Sequence[bool],
    protected: Callable[[Unit], bool],
    beyond: Sequence[bool] | None = None,
) -> None:
    """Three or more field lines ("Type: Recommendation", "Date: 04/07/2018",
    "Originating body: …") ``outside`` the document's text (before its first prose or
    numbered line, after its last) and not between two paragraphs: the metadata box of
    the site or repository that holds the text, or a release's contact box
    ("Renseignements :", a name, a phone number, "Information :"), not the text. Up to
    four short lines may stand between two fields (the values of a label written above
    them); lines already noise do not break the box, a rule does; the document's head lines
    (``protected``: "Distr.: General") count towards it but stay. A box that stands
    inside the prose's span (``beyond`` False: under a long title, before the first
    article) is the holding site's record, reason ``repository``, not a stamp of the page
    (a page's stamp tells where its title stands)."""
    run: list[int] = []  # the box's fields and the short lines between them
    gap = 0  # short lines since the box's last field
    for i, u in enumerate(units):
        if u.noise == "markup" and run:  # a rule under the box closes it
            _close_box(units, run[: len(run) - gap], prose, protected, beyond)
            run, gap = [], 0
        if u.noise is not None:
            continue
        open_line = outside[i] and scorable(u)
        if open_line and _FIELD_LINK_RE.match(u.text) and not protected(u):
            u.noise = "metadata"  # a labelled link alone: "ELI: http://data.europa.eu/…"
        elif open_line and is_field(u.text):
            run.append(i)
            gap = 0
        elif open_line and run and gap == 0 and _loose_field(u.text):
            run.append(i)  # right under a field, one with a longer value: the box goes on
        elif open_line and run and gap < _FIELD_GAP and _short_value(u.text):
            run.append(i)
            gap += 1
        else:
            _close_box(units, run[: len(run) - gap], prose, protected, beyond)
            run, gap = [], 0
    _close_box(units, run[: len(run) - gap], prose, protected, beyond)
    _mark_stacked_pairs(units, outside, protected)


def _mark_stacked_pairs(
    units: Sequence[Unit], outside: Sequence[bool], protected: Callable[[Unit], bool]
) -> None:
    """A label alone on its line over its value ("Author(s):" over "International
    Monetary Fund"), right above or below a record's pair the rules set aside already
    ("Published Date:" over "September 2003"): the same record box, printed one label
    and one value a line, outside the document's text."""
    for i in range(len(units) - 1):
        label, value = units[i], units[i + 1]
        if not (
            outside[i]
            and outside[i + 1]
            and scorable(label)
            and scorable(value)
            and _lone_label(label.text)
            and _short_value(value.text)
            and not _lone_label(value.text)
        ):
            continue
        if protected(label) or protected(value):
            continue
        if _record_pair(units, i + 2) or _record_pair(units, i - 2):
            label.noise = value.noise = "metadata"


def _lone_label(text: str) -> bool:
    t = text.strip()
    m = _FIELD_RE.match(t)
    return m is not None and not t[m.end() :].strip()


def _record_pair(units: Sequence[Unit], k: int) -> bool:
    return (
        0 <= k < len(units) - 1
        and units[k].noise == units[k + 1].noise == "metadata"
        and _lone_label(units[k].text)
    )


_URL_RE = re.compile(r"https?://|\bwww\.")


def _short_value(text: str) -> bool:
    """A value written under its label; a lead-in to a web address ("Pour suivre
    l'actualité du ministère : https://…") is the text's own pointer, not a value."""
    t = text.strip()
    return len(t.split()) <= _FIELD_MAX_WORDS and not ends_sentence(t) and not _URL_RE.search(t)


def _close_box(
    units: Sequence[Unit],
    run: list[int],
    prose: Sequence[bool],
    protected: Callable[[Unit], bool],
    beyond: Sequence[bool] | None,
) -> None:
    fields = [i for i in run if is_field(units[i].text)]
    if len(fields) < _FIELD_RUN or all(protected(units[i]) for i in fields):
        return
    if _open_prose(units, prose, run[0], -1) and _open_prose(units, prose, run[-1], 1):
        return  # between two paragraphs the fields are the document's own list
    if _signed_box(units, run):
        return
    reason = "metadata" if beyond is None or all(beyond[i] for i in run) else "repository"
    for i in run:
        if not protected(units[i]):
            units[i].noise = reason


# A phone number's eight digits or more, spaced or dotted: a contact box, not a signature
_CONTACT_NUMBER_RE = re.compile(r"\d(?:[\s.()-]{0,2}\d){7,}")


def _signed_box(units: Sequence[Unit], run: list[int]) -> bool:
    """A box of fields whose values name persons (an office over its holder's name, a
    judge or a party on a judgment's cover) and that gives no phone or address: the
    document's own signature or cover sheet, not a site's record or a contact box. One
    field naming a person firmly (:func:`names_person_firmly`: "Counsel: R M Tipene"), or
    a court's bench (:func:`names_bench`: "Devant : M. le Juge …"), or two naming persons
    after a form of address make it; a record's author or a release's contact
    (:func:`record_label`: "Author: Dr Jane Whitfield") never does. The field that names
    may hold a longer value than a record's (counsel for each party)."""
    firm = loose = 0
    for i in run:
        t = units[i].text.strip()
        m = _FIELD_RE.match(t)
        if m is None:
            continue
        if record_label(t[: m.end()]):
            return False
        if names_person_firmly(t[m.end() :]) or names_bench(t[: m.end()], t[m.end() :]):
            firm += 1
        elif names_person(t[m.end() :]):
            loose += 1
    if not firm and loose < 2:
        return False
    for i in run:
        t = units[i].text
        if _PHONE_RE.search(t) or _WEB_RE.search(t) or _CONTACT_NUMBER_RE.search(t):
            return False
    return True


def _open_prose(units: Sequence[Unit], prose: Sequence[bool], i: int, step: int) -> bool:
    """Whether the nearest open line from ``i`` in direction ``step`` is an unnumbered
    paragraph (a numbered line below a box opens the text the box stands above)."""
    k = i + step
    while 0 <= k < len(units) and units[k].noise is not None:
        k += step
    return 0 <= k < len(units) and prose[k] and units[k].marker is None


_SLUG_MIN_WORDS = 4


def mark_slug_titles(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """A title all in lower case on the text's first line ("décision n° 1063 cadre
    consolidé de l`osce pour la lutte contre le", "lignes directrices sur les droits de
    l'homme et la … ·"): a file host's copy of the title, cut to its length, over the
    document. A document's own title has capitals; a line that wraps a paragraph does
    not open a text (further down, a lower-case line is such a paragraph's end)."""
    for u in units[:1]:
        t = u.text.strip()
        if (
            scorable(u)
            and u.marker is None
            and len(t.split()) >= _SLUG_MIN_WORDS
            and not any(ch.isupper() for ch in t)
            and not ends_sentence(t.rstrip(" ·…."))
            and not protected(u)
        ):
            u.noise = "web-chrome"


_BAR_SPLIT_RE = re.compile(r"\s[-\u2013\u2014|/]\s")
_BAR_PART_WORDS = 6


def mark_title_bar(units: Sequence[Unit], protected: Callable[[Unit], bool]) -> None:
    """The page's first line cut in two by a spaced dash, bar or slash into two short
    names without a figure ("LII / Legal Information Institute", "JUSTEL - Législation
    consolidée", "Cision | Newswire"): the browser's title bar of the site that holds
    the text, copied over it. A headline after a cue ("ARCHIVED - Harper Government
    confronts …") is longer; a meeting's line has its number and date; a line printed
    again in the text is its title's copy; a line with nothing after it is the text
    itself ("… Service – Tricia Geddes, Assistant Director" given alone)."""
    if len(units) < 2:
        return
    u = units[0]
    t = u.text.strip()
    parts = _BAR_SPLIT_RE.split(t)
    if (
        len(parts) != 2
        or not scorable(u)
        or u.marker is not None
        or any(ch.isdigit() for ch in t)
        or any(not p.strip() or len(p.split()) > _BAR_PART_WORDS for p in parts)
        or ends_sentence(t)
        or protected(u)
    ):
        return
    k = key(t)
    if all(unit_key(v) != k for v in units[1:]):
        u.noise = "boilerplate"


# What a page's menu or breadcrumb is classed as; a banner line stands above one.
_CHROME_BELOW = frozenset({"navigation", "web-chrome"})
_CHROME_ABOVE = _CHROME_BELOW | {"boilerplate"}
# Below the text, the page's stamp ("This page was last updated …") is chrome's neighbour;
# above a footer stands a page tool found by rule, not a line the scorer guessed.
_FOOTER_SIDE = _CHROME_ABOVE | {"metadata"}
_FOOTER_TOP = _CHROME_BELOW | {"metadata"}
_BANNER_RUN = 6  # open lines between the top (or chrome) and the menu below them
_CRUMB_RE = re.compile(r"\S\s+[>\u203a]\s+\S")  # "Home > Acts > In force"
_BANNER_WORDS = 12
_FOOTER_WORDS = 25  # a footer's line: a linked headline with its date, the site's owner


def mark_banners(
    units: Sequence[Unit],
    head: Sequence[bool],
    tail: Sequence[bool],
    loose: Sequence[bool],
    protected: Callable[[Unit], bool],
) -> None:
    """Short open lines with chrome on both sides, before the document's first line of
    prose or after its last, are chrome: above the text, the site's banner (its name, the
    ministry or university behind it, a language switch), with the top of the page above
    it and a menu or breadcrumb below; under the text, the site's footer (its owner, a
    copyright line, other releases), with the end of the page or chrome below it
    (``tail``: no prose down to the end; ``loose``: prose allowed, page tools on both
    sides). A line printed again elsewhere (a page-title copy of the document's title)
    stays open; so do the document's own head and close (``protected``), numbered lines."""
    seen = Counter(unit_key(u) for u in units)
    text: str | None = None  # the open lines' text, joined when first needed
    for i, j in open_runs(units):
        picked = _banner_lines(units, i, j, head, tail, loose) if j - i <= _BANNER_RUN else []
        for k in picked:
            u = units[k]
            once = seen[unit_key(u)] == 1
            if not (once and scorable(u) and u.marker is None and not protected(u)):
                continue
            if text is None:
                text = "\n".join(unit_key(v) for v in units if v.noise is None)
            # its words inside the document (a masthead's "Parliamentary Assembly" named in
            # the text): not the site's alone, left to the head reader
            if text.count(unit_key(u)) == 1:
                u.noise = "web-chrome"


def _banner_lines(
    units: Sequence[Unit],
    i: int,
    j: int,
    head: Sequence[bool],
    tail: Sequence[bool],
    loose: Sequence[bool],
) -> list[int]:
    """The lines of the open run units[i:j] that its chrome neighbours make chrome."""
    above = units[i - 1].noise if i else None
    below = units[j].noise if j < len(units) else None
    # at the top of the page only a menu proves a banner (a page's title may stand above a
    # cue line such as "Archived Content"); a line the scorer guessed proves one only over a
    # menu or breadcrumb found by rule; a run that holds the text's sentences, none
    ruled = above in _CHROME_BELOW or (above in _CHROME_ABOVE and below == "navigation")
    ruled = ruled and not any(_sentence(units[k]) for k in range(i, j))
    if j == 1 and _over_chrome_run(units, j) and _bare_banner(units[0]):
        # the page's first line alone over two lines of page tools: the site's name ("EUR-Lex
        # Access to European Union law" over "Back to EUR-Lex homepage"); one cue line may
        # stand under a page's title, a run of them under its banner
        return [0]
    if (ruled if i else below == "navigation") and below in _CHROME_BELOW:
        # the line right under a breadcrumb is the page's title ("Accueil > … > Décision
        # n° 2021-822 DC" over "Décision n° 2021-822 DC du 30 juillet 2021")
        first = i + 1 if i and _CRUMB_RE.search(units[i - 1].text) else i
        banner = [
            k
            for k in range(first, j)
            if head[k] and _words_at_most(units[k], _BANNER_WORDS) and not _sentence(units[k])
        ]
        if banner:
            return banner
    # under the text: the chrome above the run stands below the document's prose too; a
    # run with prose in it ("Voir aussi : Rapport d'information …") needs a page tool on
    # both sides and no prose below it down to the end (a last paragraph above the end of
    # the page is the document's; so are paragraphs that alternate with menus)
    foot = i > 0 and not head[i - 1]
    if foot and tail[i] and above in _FOOTER_TOP and (below in _FOOTER_SIDE or j == len(units)):
        return list(range(i, j))
    below_bare = j == len(units) or tail[j]
    if foot and loose[i] and below_bare and above in _CHROME_BELOW and below in _CHROME_ABOVE:
        return list(range(i, j))
    return []


_TOP_RUN = 2  # chrome lines in a row under a banner at the top of the page
_TOP_BANNER_WORDS = 8


def _over_chrome_run(units: Sequence[Unit], j: int) -> bool:
    """The lines from ``j`` on open with a run of page tools (two chrome lines)."""
    below = units[j : j + _TOP_RUN]
    return len(below) == _TOP_RUN and all(v.noise in _CHROME_ABOVE for v in below)


def _bare_banner(u: Unit) -> bool:
    """A site's name or tagline: short, no sentence, no figure (a document's symbol or
    date over its record box is its head)."""
    return (
        _words_at_most(u, _TOP_BANNER_WORDS)
        and not _sentence(u)
        and not any(ch.isdigit() for ch in u.text)
    )


def _words_at_most(u: Unit, n: int) -> bool:
    return u.words() <= n


def _sentence(u: Unit) -> bool:
    """A line of several words closed by a full stop, a question or an exclamation mark:
    a sentence of the document, never a site's name or a language switch."""
    return u.text.rstrip().endswith((".", "!", "?")) and not _words_at_most(u, 5)


def page_foot(units: Sequence[Unit], head: Sequence[bool], prose: Sequence[bool]) -> list[bool]:
    """Lines past the document's first line of prose with nothing but short unnumbered
    lines down to the end of the page, none of them prose (``prose`` all False: prose
    allowed): where a site's footer may stand (a last paragraph after a page stamp is the
    document's)."""
    out = [False] * len(units)
    short = True
    for i in range(len(units) - 1, -1, -1):
        u = units[i]
        if u.noise is None:
            short = short and scorable(u) and u.marker is None and not prose[i]
            short = short and _words_at_most(u, _FOOTER_WORDS)
        out[i] = short and not head[i]
    return out


def column_furniture(text: str, gaps: Sequence[int]) -> str | None:
    """A PDF's page foot copied as one line of columns ("24-01876      3/3", "MC30EW12
    - 4 -", "*2312709*      Please recycle"): furniture when every column is furniture on
    its own; the kind is the foot's when any column is a footer."""
    if not gaps:
        return None
    cuts = [0, *gaps, len(text)]
    kinds = [page_furniture(text[a:b].strip()) for a, b in pairwise(cuts)]
    if any(k is None for k in kinds):
        return None
    return "page-footer" if "page-footer" in kinds else kinds[0]
