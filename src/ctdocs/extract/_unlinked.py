"""Actors found by their shape, not in the knowledge base (``linked=False``).

The knowledge base is closed, but texts name bodies and people it does not list:
a national ministry, a court, a parliamentary committee, a rapporteur. Their
names have a shape that holds across publishers and both languages:

* a body's name is a run of capitalised words built on a head noun, its parts
  joined by ``of the`` / ``de la`` (``Ministry of Defence``, ``Federal Court``,
  ``ministère iraquien de la Défense``); a run that holds a title word
  (``Report``, ``Convention``, a month) is a heading or a title, not a body;
* an acronym defined in the text, ``Full Name (ACR)``, is the same body;
* a person's name follows a title (``M.``, ``Mr``, ``général``, ``the
  Honourable``), or ends on a surname in capitals (``Jean-Charles
  LARSONNEUR``); after its first full mention, the surname alone is that person.

Head nouns, titles and joiners are data (``data/models/actor_shapes.toml``).
Everything runs as a few regular expressions over the whole text; Python looks
only at the candidates they return (a few per paragraph), so the cost stays
proportional to the text. A candidate that overlaps a knowledge-base mention
yields to it, unless it is that body's longer full name with its own head noun
(``Ministry of Defence of the Russian Federation`` is one name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .._knowledge import ActorEntry, fold
from .._offsets import Positions
from ..models import ActorKind
from . import _name_bounds as bounds
from ._actors import ActorHit, folded_text, get_matcher, release_folded, text_words
from ._capitals import drop_capital_words
from ._credits import credited_names
from ._given_finder import Span
from ._name_bounds import before_body, holds_office, judge_letters_close, name_inner
from ._name_hyphens import hyphened, name_edges
from ._owner_first import body_acronyms
from ._shape_regex import (
    AFTER_CAPITAL,
    adjective,
    finditer_from,
    named_further,
    undertaking,
    word_start,
)
from ._state_refs import government_refs, shared_government
from ._unlinked_cells import in_table_row, signatory_rows
from ._unlinked_chairs import held_chair
from ._unlinked_court import court_names
from ._unlinked_cues import _Cues, numbered_title, opening_words, titled_at
from ._unlinked_cues import _cues as _cues
from ._unlinked_defined import defined_short
from ._unlinked_edges import name_end
from ._unlinked_english import CANONICAL_LANGUAGE, acronyms_of, in_english
from ._unlinked_firms import firms
from ._unlinked_heads import common_nouns, head_refs, own_organs, owned_refs, rehome_defaults
from ._unlinked_judges import judges
from ._unlinked_lower import absorbed, lower_bodies, tails
from ._unlinked_middle import middle_initialled
from ._unlinked_missions import posts, seated_courts
from ._unlinked_named import Cand as _Cand
from ._unlinked_named import shape_hits as _shape_hits
from ._unlinked_named import slug
from ._unlinked_names import affiliates
from ._unlinked_owned import foreign_bodies, held_names, owned_names, states_own
from ._unlinked_persons import (
    between_titles,
    initialled,
    introduced,
    middle_initial,
    month_surnames,
    short_named,
    signature_starts,
    speakers,
    surname_start,
    written_lower,
)
from ._unlinked_perstate import per_state
from ._unlinked_recase import recased
from ._unlinked_refs import (
    Known,
    acronyms,
    drop_redefined,
    drop_translations,
    is_office,
    is_state,
    mask_of,
    shared_weak,
    surnames,
    title_word,
    words_in,
)
from ._unlinked_runs import capital_runs
from ._unlinked_shortened import shortened
from ._unlinked_signed import capitals_lines
from ._unlinked_spelt import spelt_by_acronym
from ._unlinked_stated import state_spans, stated
from ._unlinked_suffixed import suffixed_acronyms
from ._weak_pairs import coordinates
from ._word_openings import TextWords

__all__ = ["propose", "slug"]


_CUT = re.compile(r"[a-z](?=[A-Z])| [-\u2013\u2014] ")


def _organ(text: str, folded: str, start: int, end: int, cues: _Cues, known: Known) -> _Cand | None:
    """A capitalised run or French head phrase, if it names a body."""
    cut = _CUT.search(text, start, end)  # glued table cells, "Division - NATO ..."
    if cut is not None:
        end = cut.start() + (1 if cut.group()[:1].isalpha() else 0)
    words = words_in(folded, start, end)
    if words and words[0][0].casefold() in cues.titles and _in_title(folded, start, end, cues):
        return None  # "Général de Division Assimi GOÏTA": a rank's last word, then a name
    lower_head = bool(words) and words[0][0].islower() and words[0][0] in cues.heads
    while words and not words[0][0][:1].isupper() and not lower_head:
        words.pop(0)
    opened = opening_words(words, cues)
    if opened is None:
        return None  # "Chief of the Defence Staff": an office, not a body
    words = opened
    caps = [w for w in words if w[0][:1].isupper()]
    if lower_head and len(caps) > 1 and caps[0][0] in cues.given:
        return None  # "sous la direction de Muriel Domenach": a person, no body
    # "Autorité nationale", "Gendarmerie nationale": a capitalised head and its adjective
    short = len(words) > 1 and words[0] in caps and words[0][0].casefold() in cues.heads
    unnamed = any(w[0].casefold() in cues.not_names for w in caps)
    if unnamed or (len(caps) + lower_head < 2 and not short):
        return None
    heads = [w for w in words if w[0].casefold() in cues.heads and (w is words[0] or w in caps)]
    if lower_head and all(w[0].casefold() in cues.the_state for w in caps):
        return None  # "services de l'État": the state's services, no one body
    if not heads or (lower_head and (len(heads) > 1 or caps[0][0].isupper())):
        return None  # "commandement de la Force", "forces de la RSM": generic nouns
    s, e = words[0][1], words[-1][2]
    trimmed = name_end(folded, s, e, known)
    if trimmed != e:  # what is left must still be a name ("forces de la Russie": no)
        left = [w for w in words if w[2] <= trimmed]
        if len(left) < 2 or not left[0][0][:1].isupper():
            return None
        e = trimmed
    s, e = name_edges(text, folded, s, e, cues.heads)  # the name read: "Chefs d'État-major"
    if known.free(s, e):
        return _Cand(s, e, "organ")
    e = known.closing(s, e)
    inner = known.inside(s, e)
    if -1 in inner or lower_head:  # "forces de l'OTAN"; not "ministère de la Justice du Togo"
        ok = lower_head and stated(folded, words, inner, e, known)
        return _Cand(s, e, "organ", tuple(inner)) if ok else None
    # a bare word the text resolved to a body ("Commission", "Union") closing a longer
    # name, with no other body than a state inside, is that name's own ("Lake Chad
    # Basin Commission", "Assembly of the Union")
    hits = [known.hits[k] for k in inner]
    bare = [h for h in hits if folded[h.start : h.end].isalpha() and title_word(folded, h)]
    if not (bare and bare[-1].end == e and all(h in bare or is_state(h, known) for h in hits)):
        bare = []
    # a short reference the text did not resolve by a full name ("Council" weak) inside a
    # longer capitalised run is that run's own head ("IGAD Council of Ministers")
    bare += [h for h in hits if h not in bare and _own_head(folded, words, h)]
    spans = [(h.start, h.end) for h in hits if h not in bare]
    own_head = any(all(not (a <= h[1] < b) for a, b in spans) for h in heads)
    if not (own_head or named_further(words, spans, cues.genitive, cues.link_words)) and not (
        spans and _qualified(words, spans[0][0], cues)
    ):
        return None  # every head word is inside a known name: nothing new
    return _Cand(s, e, "organ", tuple(inner))


def _own_head(folded: str, words: list[tuple[str, int, int]], hit: ActorHit) -> bool:
    """Whether a one-word short reference (``Council``, ``Cour``) the knowledge base
    resolved by default heads the longer run it stands in: it opens a name joined on
    (``Council of Foreign Ministers of the SCO``, ``Council of the Regional ...``) or follows
    its owner's name (``IGAD Council of Ministers``), once. Not ``Council Common
    Position`` (an act's title) nor a glued line repeating the word."""
    word = folded[hit.start : hit.end]
    if hit.method != "context" or not word.isalpha() or not title_word(folded, hit):
        return False
    at = next((k for k, w in enumerate(words) if w[1] == hit.start), None)
    if at is None or sum(w[0].casefold() == word.casefold() for w in words) > 1:
        return False
    after = words[at + 1][0] if at + 1 < len(words) else ""
    # opening the run, a word that is no capital and no "and" must carry the name on
    # ("Senate and House of Representatives": two bodies, not one name)
    return at > 0 or not (after == "" or after[:1].isupper() or coordinates(folded, hit.end))


def _in_title(folded: str, start: int, end: int, cues: _Cues) -> bool:
    """Whether a title of several words (``Général de Division``, ``Général d'Armée``)
    holds the run's first word, a name after it: the run is a person's, not a body's."""
    m = cues.person_title.search(folded, max(0, start - 30), end)
    return m is not None and m.start() < start < m.start(1)


def _qualified(words: list[tuple[str, int, int]], first: int, cues: _Cues) -> bool:
    """Whether capitalised words before a known name, one of them a body's qualifier,
    make another body of it (``National Security Council``, ``National Counter-Terrorism
    Committee``: a state's own, not the United Nations')."""
    before = [w for w in words if w[2] <= first]
    return bool(before) and any(w[0].casefold() in cues.modifiers for w in before)


def _person(
    folded: str, start: int, end: int, cues: _Cues, known: Known, *, keep_first: bool = False
) -> _Cand | None:
    """A run of name words after a title, if it is a person's name; its words stop where
    a table's next cell begins (a member's country, a judge's seat in the next column)."""
    words = words_in(folded, start, known.cell_end(start, end))
    if not keep_first:  # "Secretary General Ban": the second title is no name
        words = bounds.after_titles(words, cues.titles - cues.not_names)
    while len(words) > 2 and words[-1][0] in cues.postnominals:
        words.pop()  # "Joanna Pemberton-Hale MP": the seat is no part of the name
    words = bounds.less_judge_letters(folded, words)
    while len(words) > 2 and _LABEL_NEXT.match(folded, words[-1][2]):
        words.pop()  # "Jonas WEIDEMANN Téléphone +32 ...": a label, lines run together
    words = between_titles(words, cues.address_words, cues.titles)
    words = before_body(words, cues.heads)
    names = words[1:] if keep_first else words
    if not names or names[-1][0].casefold().removesuffix("'s") in cues.titles:
        return None  # "Secretary General's": an office's possessive, no name
    s, e = words[0][1], words[-1][2]
    month = names[-1][0].casefold() in month_surnames() and not _DIGIT_NEXT.match(folded, e)
    if len(names) > 1 and month:
        names = names[:-1]  # "Theresa May": a surname, with no day or year after it
    inner = name_inner(words)
    vetoes = cues.not_titled if titled_at(folded, s, e, cues) else cues.not_person
    if any(w[0].casefold() in vetoes for w in names if _capital(w) and w[1] not in inner):
        return None
    if folded[e : e + 1] == ".":
        e += 1 if len(words[-1][0]) == 1 else 0  # an initial keeps its full stop
    if not known.free(s, e):
        return None
    return _Cand(s, e, "person")


def _capital(word: tuple[str, int, int]) -> bool:
    return word[0][:1].isupper()


_AFTER_WORD = re.compile(r"[\w'] $")
# the short last part of a compound surname in capitals (two or three letters, one of
# them a vowel; caps_anchor reads those of four and more), after its hyphen
_SHORT_PART = re.compile(
    r"-(?<=[A-Z]{2}-)(?=[A-Z]{0,2}[AEIOUY])([A-Z]{2,3})(?![\w'-])(?![ \t]+[A-Z]{2,})"
)
_DIGIT_NEXT = re.compile(r"[ \t]*\d")
# a phone number or a version number after a word: "Téléphone +32 2 29", "Version 1.2 —"
# (not a footnote's mark: "Lindqvist-Amari 2, consacré")
_LABEL_NEXT = re.compile(r"[ \t]+(?:\+\d|\d[\d.]*[ \t]+[\d\u2013\u2014-])")


def _some(c: _Cand | None) -> list[_Cand]:
    return [] if c is None else [c]


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _coordinated(folded: str, persons: list[_Cand], cues: _Cues, known: Known) -> list[_Cand]:
    """Names listed after a person's name are persons too: ``MM. Jacques MÉZARD,
    François PILLET et Michel PINAULT``, ``Senators Peter Harder, P.C. (or Diane
    Bellemare) and Larry W. Smith``; each of at least two name words. A name after a
    bare comma counts only in a list that goes on to ``and``/``et`` or a title, or where
    each name has its affiliation in brackets (``Tomasz Wierzbicki (Egmont Group), Aïcha
    Ndiaye Sarr (CENTIF)``): in ``James Malizia, Federal Policing Criminal Operations``
    the comma opens an office.
    """
    out: list[_Cand] = []
    for c in persons:
        at, pending = c.end, []
        for _ in range(12):
            m = cues.next_name.match(folded, at)
            nxt = None if m is None else _person(folded, m.start(1), m.end(1), cues, known)
            if nxt is None or m is None:
                break
            pending.append(nxt)
            link = folded[m.start() : m.start(1)].strip(" \t,")
            if (link and not _INITIALS.fullmatch(link)) or link.endswith(")"):
                out += pending  # "and", "et", "(or", or a title: a list of names
                pending = []
            at = nxt.end + (folded[nxt.end : nxt.end + 1] == ")")
    return out


def _given_names(
    folded: str, hyphened: str, cues: _Cues, known: Known, tokens: TextWords
) -> list[_Cand]:
    """A common given name and one or two name words in running text, not inside a longer
    capitalised name (``headed since 2017 by Michèle Coninsx``; not ``Rue Jean Monnet``):
    a person, where no title or line of its own says so. ``hyphened``: the folded text
    with its joining hyphens (:mod:`._name_hyphens`), where the finder counts name parts;
    ``tokens``: the folded text's (the same runs of letters)."""
    out: list[_Cand] = []
    for m in cues.person_given.finditer(hyphened, tokens.written_tokens):
        at = m.start()
        before = AFTER_CAPITAL.search(folded, max(0, at - 40), at)
        if judge_letters_close(folded, m.end()):
            continue  # "Niall JJA": the judge's surname, read by the judges' finder
        if word_start(folded, at) and (
            before is None or holds_office(before.group(), cues.office_words)
        ):
            out += _some(_person(folded, at, m.end(), cues, known, keep_first=True))
    return out


def _titled(
    folded: str, hyphened: str, cues: _Cues, known: Known, tokens: TextWords
) -> list[_Cand]:
    """Persons after a title, after a byline's credit, under an office in a signature,
    after a given name, or on a line of their own (a byline)."""
    found: list[_Cand] = []
    for m in finditer_from(cues.person_title, folded, cues.person_title_at.at(tokens)):
        if word_start(folded, m.start()) and not adjective(folded, m.start(), m.start(1)):
            if middle_initial(folded, m.start(), m.start(1), cues.address_words, cues.titles):
                continue  # "GRACE M. NAKIBUULE": a middle initial, no Monsieur
            c = _person(folded, m.start(1), m.end(1), cues, known)
            words = words_in(folded, m.start(1), m.end(1))
            if c is None and len(words) > 2 and words[0][0].casefold() in cues.titles:
                # "H.E. Commissioner Idrissa Ould Baba": a second title, then the name
                c = _person(folded, words[1][1], m.end(1), cues, known)
            found += _some(c)
    offices = cues.signature_at.at(tokens)
    for m in finditer_from(cues.signature, folded, signature_starts(folded, offices)):
        for g in (1, 2, 3, 4, 5):  # "R. VALKONEN M. HANSEN": two signatures side by side
            if m.group(g) is not None:  # initials there are no title ("M. HANSEN")
                c = _person(folded, m.start(g), m.end(g), cues, known, keep_first=g > 1)
                found += _some(c)
    for s, e in credited_names(folded, cues):  # a byline: "By Harriet Colquhoun"
        found += _some(_person(folded, s, e, cues, known, keep_first=True))
    found += _given_names(folded, hyphened, cues, known, tokens)
    for s, e in capitals_lines(folded, cues.given, cues.titles, cues.not_person):  # signed
        found += _some(_person(folded, s, e, cues, known, keep_first=True))
    bracketed = finditer_from(cues.person_bracketed, folded, cues.person_bracketed_at.at(tokens))
    speaking = speakers(folded, cues.person_speaker)
    for matches in (bracketed, speaking, short_named(folded, cues.person_short)):
        for m in matches:
            found += _some(_person(folded, m.start(1), m.end(1), cues, known, keep_first=True))
    hits: list[tuple[bool, Iterable[re.Match[str] | Span]]] = [
        (False, finditer_from(cues.person_kept, folded, cues.person_kept_at.at(tokens))),
        (True, cues.person_line.finditer(hyphened)),
    ]
    for on_line, found_by in hits:
        for hit in found_by:
            if word_start(folded, hit.start()):
                # "M. Julien Marcellin-Roux attire": "M." before a given name is "Monsieur",
                # not an initial ("C. Richard Nelson")
                titled = on_line and folded[hit.start() + 1 : hit.start() + 2] == "."
                titled = titled and folded[hit.start()].casefold() in cues.titles
                c = _person(folded, hit.start(), hit.end(), cues, known, keep_first=not titled)
                found += _some(c)
    return found


def _capital_bodies(text: str, folded: str, cues: _Cues, known: Known) -> list[_Cand]:
    """Bodies named in capitals (``FEDERAL COURT OF AUSTRALIA``): the runs in capitals
    written as names are (:mod:`._unlinked_recase`), read by the same rules."""
    caps = recased(folded, cues.link_words, cues.modifiers)
    if caps is None:
        return []
    spans = capital_runs(caps, cues, known.bodies_free)
    # tried only where a head noun's first letter is: the recast text is line breaks but
    # for its runs in capitals (a thousandth of it), where the whole pattern was tried
    # at every line break (some 1.5 % of a parse)
    starts = (m.start() for m in cues.organ_fr_at.first_letters.finditer(caps))
    spans += [
        m.span()
        for m in finditer_from(cues.organ_fr, caps, starts)
        if word_start(caps, m.start(), elision=True)
    ]
    return [c for s, e in spans if (c := _organ(text, caps, s, e, cues, known)) is not None]


def _a_body(folded: str, c: _Cand, cues: _Cues, defined: bool = False) -> bool:
    """Whether a body's name names one body: not an operation's or a programme's, not a
    kind of body after an indefinite article ("a Main Committee") unless an acronym
    defines it (``defined``: a law creates "une Cellule de ... (CLEEI)" by name)."""
    return not (
        undertaking(folded, c.end, cues.acronym_def, cues.undertakings)
        or (not defined and cues.indefinite.search(folded, max(0, c.start - 6), c.start))
    )


def _kinds_and_owners(folded: str, known: Known, words: TextWords) -> list[_Cand]:
    """Bodies named by their kind and a seat or a state: a court by its seat ("la cour
    d'appel de Bruxelles"), a state's diplomatic post ("Permanent Mission of Norway")."""
    found = [_Cand(s, e, "organ") for s, e in seated_courts(folded, words) if known.free(s, e)]
    for s, e, key in [*posts(folded, known.hits, known.entries, words), *held_names(folded, known)]:
        inner = known.inside(s, e)
        if -1 not in inner:
            found.append(_Cand(s, e, "organ", tuple(inner), key))
    return found


# Speed: the one character before a surname that the name's search can end on; at a
# surname after no blank, the search would try every position of its 80 characters for nothing
_NAME_GAP = frozenset(" \t\n")


def _caps_surnames(text: str, folded: str, hyphens: str, cues: _Cues, known: Known) -> list[_Cand]:
    """Names ending on a surname in capitals (``Abdallahi OULD BOUBACAR``), read
    backwards from the capitals, at the start of a phrase. The last part of a compound
    surname (``Fatoumata DIALLO-SOW``: ``hyphens``, :mod:`._name_hyphens`) anchors one
    however short: the hyphen joins it to the capitals before it, no acronym stands so."""
    found: list[_Cand] = []
    lower: dict[str, bool] = {}  # a word -> whether the text writes it in lower case

    def common(word: str) -> bool:
        if word not in lower:
            lower[word] = written_lower(folded, word)
        return lower[word]

    anchors = [m.span() for m in cues.caps_anchor.finditer(folded)]
    anchors += [m.span(1) for m in _SHORT_PART.finditer(hyphens)]
    for start, end in anchors:
        if folded[start - 1 : start] not in _NAME_GAP:
            continue  # speed: no blank (nor hyphen, folded to one) before it: no part before
        at = surname_start(text, folded, start, common)
        if folded[at - 1 : at] not in _NAME_GAP:
            continue  # the name's words end on a blank ('$' also before a final newline)
        name = cues.caps_name.search(folded, max(0, at - 80), at)
        if name is None or not word_start(folded, name.start()) or not word_start(folded, at):
            continue
        if _AFTER_WORD.search(folded, max(0, name.start() - 2), name.start()) and not (
            bounds.after_caps_name(folded, name.start(), cues.coordinated)
            and bounds.person_mark(hyphens[name.start() : end])
        ):
            continue  # a capitalised surname run starts a phrase (or a row of names)
        found += _some(_person(folded, name.start(), end, cues, known))
    return found


def _candidates(
    text: str, folded: str, cues: _Cues, known: Known, language: str, tokens: TextWords
) -> list[_Cand]:
    """``tokens``: the text's tokens, where the patterns opening on listed words are tried."""
    found: list[_Cand] = []
    for start, end in capital_runs(folded, cues, known.bodies_free):
        c = _organ(text, folded, start, end, cues, known)
        if c is not None:
            found.append(c)
    # Speed: the patterns below start with their words, not with a look-behind, so
    # that the regex engine can skip ahead to the letters they open with; where a
    # match starts is checked here instead.
    for m in finditer_from(cues.organ_fr, folded, cues.organ_fr_at.at(tokens)):
        if not word_start(folded, m.start(), elision=True):
            continue
        if cues.portfolio_of.search(folded, max(0, m.start() - 40), m.start()):
            continue  # "le Ministre de l'Administration Territoriale": a portfolio
        if m.group("titled") and numbered_title(folded, m.start(), m.end()):
            continue  # "AXE 3 : Coordination Nationale de la Réponse": a heading's topic
        c = _organ(text, folded, m.start(), m.end(), cues, known)
        if c is not None:
            found.append(c)
    found += _capital_bodies(text, folded, cues, known)
    for s, e in lower_bodies(text, folded, tokens, known):
        inner = absorbed(s, e, folded, known)
        found += [] if inner is None else [_Cand(s, e, "organ", inner)]
    hyphens = hyphened(text, folded)  # the joining hyphens kept: a name's parts
    found += _titled(folded, hyphens, cues, known, tokens)
    for s, e in [*initialled(folded, language), *middle_initialled(text, folded)]:
        found += _some(_person(folded, s, e, cues, known, keep_first=True))  # "A. Koivisto"
    # Names before an office, closing on capitals (read back); a court's bench, parties
    for m in cues.office_anchor.finditer(folded):
        name = cues.office_name.search(folded, max(0, m.start() - 80), m.start())
        while name is not None and not word_start(folded, name.start()):
            # "DR. ANIL KUMAR SHRIVASTAV, Secretary": the name after the title's full stop
            name = cues.office_name.search(folded, name.start() + 1, m.start())
        if name is not None:
            found += _some(_person(folded, name.start(), name.end(), cues, known))
    # "Europol's director, ..."
    for s, e in [*introduced(folded, tokens), *court_names(folded, tokens)]:
        found += _some(_person(folded, s, e, cues, known))
    found += _caps_surnames(text, folded, hyphens, cues, known)
    spelt = [_Cand(*c[:2], "organ", c[2]) for c in spelt_by_acronym(folded, cues, known, hyphens)]
    found += _kinds_and_owners(folded, known, tokens)
    found += [_Cand(s, e, "organization") for s, e in firms(folded, tokens) if known.free(s, e)]
    found += _coordinated(folded, [c for c in found if c.kind == "person"], cues, known)
    found = [c for c in found if c.kind != "organ" or _a_body(folded, c, cues)]
    found = [c for c in tails(text, found, known) if not held_chair(folded, c.start, c.end, known)]
    found += [c for c in spelt if _a_body(folded, c, cues, defined=True)]
    # longest first where two overlap, then in text order
    # not in table rows: a table's cells are headings and labels more than names
    sign = signatory_rows(text, known.hits, sorted(c.start for c in found if c.kind == "person"))
    found = [c for c in found if not in_table_row(text, c.start, c.end, c.kind == "person", sign)]
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Cand] = []
    for c in found:
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return out


def propose(
    text: str,
    known_hits: list[ActorHit],
    entries: dict[str, ActorEntry],
    language: str = "",
    named: list[ActorHit] | None = None,
    words: TextWords | None = None,
    cells: Sequence[int] = (),
) -> tuple[list[ActorHit], dict[str, tuple[str, ActorKind]]]:
    """All mentions: the knowledge base's, less those a longer full name absorbs, plus
    the bodies and persons found by shape; and id -> (name, kind) for the new ones.
    ``named``: every knowledge-base mention, places too, for "le Gouvernement" in a text
    that names its state only as a place or a publisher; ``words``: the text's tokens;
    ``cells``: where a table row's cells begin, in order (``Structure.cells``).
    """
    cues = _cues()
    folded = folded_text(text)
    tokens = words if words is not None else TextWords.of(folded, *text_words(text))
    hits = sorted(drop_capital_words(text, known_hits, language), key=lambda h: (h.start, -h.end))
    hits = common_nouns(folded, hits)
    hits = shared_government(text, hits, entries, get_matcher().find)
    hits = drop_redefined(folded, hits, cues.acronym_def, cues.link_words)
    hits = owned_names(folded, hits, entries)
    hits, names = states_own(text, folded, hits, entries, named or [], slug)
    hits = affiliates(text, hits, entries, names, slug)
    hits, foreign = foreign_bodies(folded, hits, entries, named or [], slug)
    names.update(foreign)
    hits, foreign = per_state(text, folded, hits, entries, named or [], slug)
    names.update(foreign)
    known = Known(hits, len(folded))
    known.entries = entries
    known.cells = Positions(cells)
    known.states = state_spans([*(named or []), *hits], entries)
    cands = _no_shared(folded, _candidates(text, folded, cues, known, language, tokens), entries)
    dropped = {k for c in cands for k in c.replaces}
    extra, persons, written = _shape_hits(text, folded, cands, hits, entries, names)
    kept = [h for k, h in enumerate(hits) if k not in dropped]
    fulls = {actor_id: fold(name) for actor_id, name in written.items()}
    by_name = (persons, fulls)
    defined = _references(text, folded, kept, extra, names, by_name, named or [], tokens, entries)
    found = rehome_defaults(folded, sorted([*kept, *extra], key=lambda h: h.start), entries, names)
    found = own_organs(text, folded, found, entries, names, language)
    glossed = names if language != CANONICAL_LANGUAGE else {}  # a gloss names it canonically
    people = {k for k, (_, kind) in names.items() if kind == "person"}
    every = drop_translations(text, folded, found, glossed, people)
    every = suffixed_acronyms(text, folded, every, cues.acronym_def)
    every = shortened(text, every, names, entries)
    release_folded()  # the last reader of the text's fold (a name's own search sets it too)
    # a body's canonical name is its English name (§3), else the acronym the text defines
    short = {} if language == CANONICAL_LANGUAGE else acronyms_of(text, defined)
    owners = body_acronyms(text, every, entries, names)  # "GIABA": an owner, not "ICT"
    return sorted(every, key=lambda h: (h.start, -h.end)), in_english(names, short, owners)


def _no_shared(folded: str, cands: list[_Cand], entries: dict[str, ActorEntry]) -> list[_Cand]:
    """``cands`` less the bodies named by a short reference the knowledge base shares among
    bodies ("General Assembly"), which the text did not settle, and by an office written
    like a body's name ("garde des Sceaux": organ.office_titles): no new body either."""
    weak = shared_weak(entries)
    return [
        c
        for c in cands
        if c.kind != "organ"
        or (
            (form := folded[c.start : c.end].casefold()) not in weak
            and not is_office(form, entries)
        )
    ]


def _references(
    text: str,
    folded: str,
    kept: list[ActorHit],
    extra: list[ActorHit],
    names: dict[str, tuple[str, ActorKind]],
    people: tuple[dict[str, str], dict[str, str]],
    named: list[ActorHit],
    tokens: TextWords,
    entries: dict[str, ActorEntry],
) -> list[ActorHit]:
    """The mentions that lean on those found (acronyms, defined short names, judges,
    surnames alone, references to a government, a head, an owned body), each step seeing
    every mention before it, added to ``extra``; returns the acronyms' mentions.
    ``people``: the persons' surnames and full names (:func:`._unlinked_named.shape_hits`).

    Speed: the mask of the spans taken is built once and marked with each step's new
    mentions; a step that marks more than it returns gets a copy."""
    cues, (persons, fulls) = _cues(), people
    taken = mask_of(bytearray(len(folded)), [*kept, *extra])
    defined = acronyms(folded, [*kept, *extra], names, cues.acronym_def, cues.link_words, taken)
    steps: list[Callable[[list[ActorHit]], list[ActorHit]]] = [
        lambda hits: defined_short(text, folded, hits, names, slug, tokens, bytearray(taken)),
        lambda hits: judges(text, hits, names, slug, cues.not_person | cues.titles, tokens, taken),
        lambda hits: surnames(folded, hits, persons, entries, fulls, bytearray(taken)),
        lambda hits: government_refs(folded, hits, entries, named),
        lambda hits: head_refs(folded, hits, entries, names, taken, tokens),
        lambda hits: owned_refs(folded, hits, entries, names, taken, tokens),
    ]
    extra += defined  # marked in ``taken`` by acronyms
    for step in steps:
        new = step([*kept, *extra])
        mask_of(taken, new)
        extra += new
    return defined
