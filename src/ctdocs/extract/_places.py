"""Whether a state is named as a place: read from the words right before it.

A state is an actor where it acts, is addressed or is represented, not where it
only says where something happens (guidelines §3). What tells the two apart,
in both languages, is what stands before the name:

* a place preposition or a compass point (``in Iraq``, ``en Jordanie``,
  ``north-east Syria``, ``le nord-est de la Syrie``);
* a participle of being somewhere or going there, then ``at``/``to``/``à``/
  ``au`` (``signed at``, ``travelled to``, ``tenue à``, ``réunis au``): the
  same ``to``/``au`` after ``sent``/``apporté`` marks a recipient, who may act;
* a town and a comma, after a place word (``in Christchurch, New Zealand``,
  ``signed at Paris, France``): the state only says where the town is; so does a
  place and ``and`` after a place word in lower case (``in Europe and Russia``):
  the two are listed as where something happens;
* a town, perhaps with its region, that opens a field or a line (``Place of
  Birth: Kismayo, Somalia``, ``Address: a) Bosaso, Puntland, Somalia``, ``"X"),
  Istanbul, Turkey;``): an address or a birthplace in a sanctions entry or a
  register, which only says where the town is;
* the title of an official gazette (``Journal officiel de la République
  française``): the state names the publisher there, it neither acts nor is
  addressed; so does a plan's or an agreement's name that ends on the state it
  is for (``the EU Regional Strategy for Syria``, ``Peace Agreement for Bosnia``).

A state glued into a web address (``Belgique.be``) names a site, not an actor; a
state that labels a row of figures (``France ........ 126 ... 94``) is what the
figures are counted in, not one that acts.
The words are data (``[place]`` in ``data/models/actor_shapes.toml``); the
patterns read at most :data:`WINDOW` characters before each state mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from .._knowledge import fold, load_actor_shapes
from .._needles import case_view
from ._shape_regex import by_first_letter

__all__ = [
    "WINDOW",
    "before_border",
    "blank_trie",
    "in_act_number",
    "in_address",
    "in_field",
    "in_publication",
    "last_in_brackets",
    "named_as_place",
    "opens_undertaking",
    "table_label",
]

WINDOW = 80  # characters before a mention that the patterns read


def _forms(words: list[str]) -> list[str]:
    """Folded, case-folded words, longest first."""
    return sorted({fold(w).casefold() for w in words}, key=len, reverse=True)


def _alt(words: list[str]) -> str:
    """Folded words as an alternation, longest first, blanks matching any space."""
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in _forms(words))


def _alt_trie(words: list[str]) -> str:
    """:func:`_alt` as a trie (:func:`blank_trie`): the same strings matched (the patterns
    built on it are asked only whether they match), but the regex engine reads each letter
    once at a position, where it tried every form in turn. Speed: the town pattern is
    searched from every position of its window."""
    return blank_trie(_forms(words))


def blank_trie(forms: Iterable[str]) -> str:
    """An alternation of ``forms`` as a trie of their letters, a blank matching any run of
    white space (``\\s+``): the strings of ``"|".join`` of the forms, each blank so read."""
    root: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = root
        for ch in " ".join(form.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(n)
            for ch, n in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def _last_words(words: list[str]) -> tuple[str, ...] | None:
    """The last word of each form, in :func:`case_view` form (see :func:`named_as_place`);
    None when a form is empty (the pattern may then end anywhere)."""
    forms = _forms(words)
    if not forms or not all(f.split() for f in forms):
        return None
    return tuple(sorted({case_view(f.split()[-1]) for f in forms}))


def _alt_backwards(words: list[str]) -> str:
    """:func:`_alt` read from its end: each form's words in reverse order, spelt backwards."""
    return "|".join(
        r"\s+".join(re.escape(w[::-1]) for w in reversed(f.split())) for f in _forms(words)
    )


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]:
    """Each pattern with the endings one of which the window must have for it to match
    (None: not known, always run)."""
    c = load_actor_shapes().place
    # a departure's word right before the state, never before a town and a comma
    right_before = [*c.before.all(), *c.departures.all()]
    before = _alt(right_before)
    links = _alt(c.located_links.all())
    before_t, links_t = _alt_trie(c.before.all()), _alt_trie(c.located_links.all())
    # a town: capitalised words, a short lower-case particle between two ("Hoyo de Mazanares")
    town = r"[A-Z][\w'-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'-]*){0,3}"
    # ... then a comma or "and" and perhaps an article: what such a window ends with
    articles = ("the", "la", "le", "les")
    joiners = ("and", "et")
    # the place word may come again after "and" ("en Afrique et à Madagascar"); after a
    # year, these say where, not to whom ("recensées entre janvier et août 2026 au Mali")
    again = ("a", "au", "aux", "en", "in", "at")
    town_ends = tuple(sorted({case_view(e) for e in (",", *joiners, *articles, *again)}))
    return (
        (re.compile(rf"(?i:(?<![\w'])(?:{before}))\s*$"), _last_words(right_before)),
        (
            re.compile(rf"(?i:(?<![\w'])(?:{_alt(c.located.all())})\s+(?:{links}))\s*$"),
            _last_words(c.located_links.all()),
        ),
        # "held in Vredepeel, the Netherlands", "9 October 2023, Copenhagen, Denmark";
        # a place and a state listed after a place word in lower case: "in Europe and
        # Russia" (not "North Macedonia and Serbia", a state's own name; not after "to" /
        # "au": "support to NATO and Ukraine" names whom it goes to); a year, then "au" / "à" /
        # "at": "deux attaques, en 2013, au Royaume-Uni"
        (
            re.compile(
                rf"(?:(?i:(?<![\w'])(?:{before_t}))[ \t]+{town},\s*"
                rf"|(?<![\w'])(?:{before_t})[ \t]+{town}[ \t]+(?:{'|'.join(joiners)})[ \t]+"
                rf"(?:(?:{'|'.join(again)})[ \t]+)?"
                rf"|(?:(?i:(?<![\w'])(?:{links_t}))|\d,)[ \t]+{town},\s*)"
                rf"(?:(?:{'|'.join(articles)})[ \t]+)?$"
                rf"|(?<![\w'])(?:1[89]|20)\d\d,?[ \t]+(?:{'|'.join(again[:3] + again[-1:])})[ \t]+$"
            ),
            town_ends,
        ),
        (
            re.compile(rf"(?i:(?<![\w'])(?:{_alt(c.publications.all())}))\s*$"),
            _last_words(c.publications.all()),
        ),
    )


# a document's or plan's name ending on the state it is for ("the EU Regional Strategy
# for Syria", "Peace Agreement for Bosnia"): a title word, then "for" / "pour"
_FOR = re.compile(
    r"(?<![\w'])([A-Z][\w']*)[ \t]+(?:for|pour)(?:[ \t]+(?:the|la|le|les)|[ \t]+l')?[ \t]*$"
)


@cache
def _title_words() -> frozenset[str]:
    """The words that make a capitalised run a title (``Strategy``, ``Accord``)."""
    return frozenset(fold(w) for w in load_actor_shapes().organ.not_names.all() if len(w) > 3)


@cache
def _backwards() -> tuple[re.Pattern[str] | None, ...]:
    """Patterns 1, 2 and 4 of :func:`_patterns` read from the window's end: matched at
    the start of the reversed window, they match exactly where the forward ones find a
    match (which must end the window, but is searched for from every position of it);
    None for the town pattern, searched forwards."""
    c = load_actor_shapes().place
    before = _alt_backwards([*c.before.all(), *c.departures.all()])
    links = _alt_backwards(c.located_links.all())
    located = _alt_backwards(c.located.all())
    publications = _alt_backwards(c.publications.all())
    return (
        re.compile(rf"\s*(?i:(?:{before}))(?![\w'])"),
        re.compile(rf"\s*(?i:(?:{links})\s+(?:{located}))(?![\w'])"),
        None,
        re.compile(rf"\s*(?i:(?:{publications}))(?![\w'])"),
    )


def named_as_place(text: str, start: int) -> bool:
    """Whether the state mention starting at ``start`` follows a place word, a
    participle of place, or a town and a comma.

    Speed: every pattern ends with a word of its list (or a comma), then white
    space to the end of the window; where the window, stripped of that white
    space and seen as ``re.IGNORECASE`` sees it (:func:`case_view`), ends with
    none of these, the pattern is not run (most windows: a table cell, a
    sentence's subject). The word patterns are then matched once, backwards from
    the window's end (:func:`_backwards`), instead of searched from each position."""
    window = fold(text[max(0, start - WINDOW) : start])
    view = case_view(window.rstrip()[-_longest_end() :])
    backwards = window[::-1]
    for (forward, ends), backward in zip(_patterns(), _backwards(), strict=True):
        if ends is not None and not view.endswith(ends):
            continue
        if backward is not None:
            if backward.match(backwards) is not None:
                return True
        elif forward.search(window) is not None:
            return True
    m = _FOR.search(window, max(0, len(window) - 40))
    return m is not None and m.group(1) in _title_words()


def in_publication(folded: str, start: int) -> bool:
    """Whether the mention closes an official journal's title (``Journal officiel de
    l'Union européenne``, ``Official Journal of the European Union``): a body there names
    the publisher, as a state does (:func:`named_as_place`); it neither acts nor is
    addressed. ``folded``: the text, folded (speed: asked of every mention, the window
    before it is cut from the text's one fold, not folded anew each time)."""
    pattern = _backwards()[3]
    window = folded[max(0, start - WINDOW) : start]
    return pattern is not None and pattern.match(window[::-1]) is not None


# A field's opening (a label's colon, a list's semicolon, a bracket closing an alias,
# a line's start, perhaps an item letter "a)"), then a town and up to two more
# capitalised places before the state, each closed by a comma; a town may end on a
# lower-case kind ("Ménaka region, Mali").
_TOWN = r"[A-Z][\w'-]*(?:[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z][\w'-]*){0,2}(?:[ \t]+[a-z]+)?"
# A field or a line opens the town, and so does a table's cell bar, a bullet, a postal
# code ("Avenue Louise 235 • 1050 Brussels, Belgium") or a quote after a field's colon
# ("Venue: 'Budapest, Hungary'", "Lieu : « Tunis, Tunisie »"): each opens an address
# the way a line does.
_FIELD_OPEN = (
    r"(?:^|[:;)\n|\u2022\u00b7]|(?<![\w.])\d{4,5}[ \t])"  # what opens the address
    r"[ \t,]*(?:['\"\u2018\u201c\u00ab][ \t]*)?"  # a quote may open its value
)
_FIELD_TOWN = re.compile(
    rf"{_FIELD_OPEN}(?:[a-z]\)[ \t]*)?(?P<town>{_TOWN})(?:,[ \t]*{_TOWN}){{0,2}},[ \t]*$"
)


def in_field(text: str, start: int, floor: int) -> bool:
    """Whether the state at ``start`` closes an address or a birthplace: a town (and
    its region) opening a field, a line, a table's cell, a bullet or a postal code, then
    the state (``Place of Birth: Mopti, Mali``, ``| Budapest, Hungary |``). ``floor``:
    where the mention before it ends; a mention between the field's opening and the state
    makes a list (``Benin, Togo and Ghana``), no town. A person's office in the town's
    place (``| Vice-Chair, Norway |``) names the state that holds it: represented, kept."""
    low = max(0, start - WINDOW, floor)
    if not _comma_closes(text, low, start):
        return False  # speed: the pattern, tried at every place of the window, needs one
    m = _FIELD_TOWN.search(text, low, start)
    return m is not None and not set(m["town"].casefold().split()) & _offices()


def _comma_closes(text: str, low: int, end: int) -> bool:
    """Whether ``text[low:end]`` ends on a comma and blanks (spaces, tabs), or on those
    and one line break: what every match of :data:`_FIELD_TOWN` ends on, its ``$`` read at
    ``end`` or before a line break there (a search to ``end`` reads the text as ending
    there). Most states follow no comma: their window is then not searched at all."""
    if end > low and text[end - 1] == "\n":
        end -= 1
    while end > low and text[end - 1] in " \t":
        end -= 1
    return end > low and text[end - 1] == ","


@cache
def _offices() -> frozenset[str]:
    """The words that close a person's office after a name and a comma (``Chair``,
    ``Vice-Chair``, ``secrétaire``), and the forms of address (``Mr``, ``Mme``): the
    ``offices`` and ``address`` of ``[person]`` in ``actor_shapes.toml``, folded as the
    text the fields are read in is (no accents, a hyphen read as a blank), case-folded;
    an office's last word (``Special Envoy``, ``haut représentant``)."""
    person = load_actor_shapes().person
    words = [*person.offices.all(), *person.address]
    return frozenset(fold(w).casefold().rstrip(".").split()[-1] for w in words if w.strip())


@cache
def _longest_end() -> int:
    """The length of the longest ending of :func:`_patterns` (1 at least)."""
    return max([1] + [len(e) for _, ends in _patterns() for e in ends or ()])


@cache
def _border() -> re.Pattern[str] | None:
    words = load_actor_shapes().place.after
    if not words:
        return None
    # perhaps a dash and another state's name first: "Niger–Burkina Faso border"
    other = r"(?:[ \t]*[-\u2013\u2014][ \t]*[A-Z][\w']*(?:[ \t]+[A-Z][\w']*){0,3})?"
    return re.compile(rf"{other}\s+(?i:{_alt(words)})(?![\w'])")


def before_border(text: str, end: int) -> bool:
    """Whether the state mention ending at ``end`` locates a border (``the Syria
    border``, ``the Niger–Burkina Faso border``): a place, not the state acting."""
    pattern = _border()
    return pattern is not None and pattern.match(text, end) is not None


@cache
def _undertaking() -> re.Pattern[str] | None:
    words = load_actor_shapes().organ.deployments
    if words is None:
        return None
    alt = "|".join(re.escape(w) for w in sorted(set(words.all()), key=len, reverse=True))
    return re.compile(rf"(?:[ \t]+[A-Z][\w'-]*){{0,3}}[ \t]+(?:{alt})(?![\w'])")


def opens_undertaking(text: str, end: int) -> bool:
    """Whether capitalised words after the mention ending at ``end`` close on a mission's
    or an operation's word (``EU Military Assistance Mission``, ``Southern African
    Development Community Mission in Mozambique``): the body opens the name of what is
    done, it does not act there (guidelines §3)."""
    pattern = _undertaking()
    return pattern is not None and pattern.match(text, end) is not None


_ROW_BEFORE = re.compile(r"(?:^|\n)[ \t|]*$")
_ROW_AFTER = re.compile(r"[ \t|.:·…_\-–—]*\d[\d \t|.,:%·…_\-–—]*(?:\n|$)")


def table_label(text: str, start: int, end: int) -> bool:
    """Whether the mention opens its line (or a table cell) and only figures, leaders and
    cell bars follow it to the line's end: a row of a table of figures."""
    before = _ROW_BEFORE.search(text, max(0, start - 40), start) is not None
    return before and _ROW_AFTER.match(text, end) is not None


_ADDRESS_BEFORE = re.compile(r"[/@]$|[a-z]\.$")
_ADDRESS_AFTER = re.compile(r"\.[a-z]")
_CAPS_ADDRESS = re.compile(r"[A-Z]{2}\.$")


def in_address(text: str, start: int, end: int) -> bool:
    """Whether the mention is part of a web or mail address (``Belgique.be``,
    ``www.gov.uk/Canada``, ``GOV.UK``): glued to a dot and a lower-case letter (or a
    word in capitals, for a name in capitals), or after a slash."""
    glued_before = _ADDRESS_BEFORE.search(text[max(0, start - 2) : start]) is not None
    # an address in capitals: "GOV.UK"
    caps = text[start:end].isupper() and _CAPS_ADDRESS.search(text, max(0, start - 3), start)
    return glued_before or bool(caps) or _ADDRESS_AFTER.match(text, end) is not None


_CLOSING = r"(?:(?<=')|[ \t]+)$"  # a style or a government closing the window before the name


@cache
def _styled() -> re.Pattern[str]:
    """A state's style closing the window (``République fédérale du``), as written.

    Speed: one branch per first letter, the look-behind after it, at the pattern's top
    level: the regex engine skips ahead to those letters, where a look-behind in front
    was tried at every character of the window (some 1 % of the actor stage)."""
    styles = {fold(w) for w in load_actor_shapes().state.styled.all()}
    styles |= {w.upper() for w in styles}  # a letterhead's "REPUBLIC OF CAMEROON"
    groups: dict[str, list[str]] = {}
    others = []  # a data file's style opening on no letter ("1st Republic of"): one branch
    for w in sorted(styles, key=len, reverse=True):
        alt = r"[ \t]+".join(map(re.escape, w.split()))
        if w[:1].isalpha():
            groups.setdefault(alt[0], []).append(alt[1:])
        else:
            others.append(alt)
    branches = [f"{c}(?<![\\w'-]{c})(?:{'|'.join(t)}){_CLOSING}" for c, t in groups.items()]
    if others:
        branches.append(f"(?<![\\w'-])(?:{'|'.join(others)}){_CLOSING}")
    return re.compile("|".join(branches))


@cache
def _government_of() -> re.Pattern[str]:
    """A government named by its state's short name closing the window (``Government of``),
    in any case (speed: opening on its first letters, :func:`._shape_regex.by_first_letter`)."""
    forms = _forms(load_actor_shapes().state.government_of.all())
    alts = [r"[ \t]+".join(map(re.escape, w.split())) for w in forms]
    return re.compile(by_first_letter(alts, r"[\w'-]") + _CLOSING)


def styled_start(text: str, start: int) -> int:
    """Where a state's full style starts that its name closes (``Republic of Panama``,
    ``République fédérale du Nigeria``): one name, the state's; ``start`` if none. A
    government named by the state's short name (``Government of Jamaica``, ``GOVERNMENT
    OF BARBADOS``) is one name too, the state's, as the knowledge base's ``Government of
    Canada`` is, whatever state it lists that way; before a full style the government is
    left out (``the Government of the Republic of Panama``: ``Republic of Panama``)."""
    window = fold(text[max(0, start - 50) : start])
    m = _styled().search(window)
    if m is not None:
        return start - (len(window) - m.start())
    g = _government_of().search(window)
    return start if g is None else start - (len(window) - g.start())


@cache
def _office_of() -> re.Pattern[str]:
    offices = sorted({fold(w) for w in load_actor_shapes().place.offices.all()}, key=len)
    alt = "|".join(r"[ \t]+".join(map(re.escape, w.split())) for w in reversed(offices))
    return re.compile(
        rf"(?<![\w'-])(?:{alt})(?:[ \t]+[a-z][\w'-]*){{0,4}}?[ \t]+"
        rf"(?:of|of[ \t]+the|de|de[ \t]+la|de[ \t]+l'|du|d')(?:(?<=')|[ \t]+)$"
    )


def completes_office(text: str, start: int) -> bool:
    """Whether the state mention starting at ``start`` completes a person's office
    (``ministre de l'intérieur de Malte``, ``Président de la République de Sierra Leone``):
    a title, not the state acting. Words in lower case only between the office and the
    state: a ministry's own name in capitals (``Ministre Adjoint des Affaires Etrangères de
    Pologne``, ``Minister for Foreign Affairs of Canada``) names the state's government."""
    window = fold(text[max(0, start - 60) : start])
    cut = max(window.rfind(c) for c in ",;.:()\n")  # within the clause
    return _office_of().search(window, cut + 1) is not None


def last_in_brackets(text: str, start: int) -> bool:
    """Whether a mention closing brackets is alone in them or their last item after a
    comma, on one line: ``Tunis (Tunisie)``, ``Aïcha Ndiaye Sarr (CENTIF, Senegal)``."""
    if text[start - 1 : start] == "(":
        return True
    opened = text.rfind("(", max(0, start - 80), start)
    return (
        opened >= 0
        and text[start - 2 : start] == ", "
        and not any(c in text[opened:start] for c in ")\n")
    )


# an act's number after its owner's acronym in brackets: "Regulation (EU) 2019/947",
# "directive (UE) 2017/541", "Regulation (EC) No 1234/2007"
_ACT_NUMBER = re.compile(r"\)[ \t]+(?:No\.?[ \t]*|n°[ \t]*)?\d+/\d+")


def in_act_number(text: str, start: int, end: int) -> bool:
    """Whether the mention is an acronym alone in brackets inside an act's number: the
    act is cited, the body that made it neither acts nor is addressed there."""
    return text[start - 1 : start] == "(" and _ACT_NUMBER.match(text, end) is not None
