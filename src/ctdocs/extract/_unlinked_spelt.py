"""A body named by the words before its acronym, whose initials spell it.

Split from :mod:`ctdocs.extract._unlinked` (which turns each span into a candidate) to
keep both modules short.
"""

from __future__ import annotations

from ._shape_regex import acronym_defs
from ._unlinked_cues import _Cues
from ._unlinked_refs import NAME_STOP, Known, blank_before, words_in
from ._unlinked_spelling import spelt_loosely

__all__ = ["spelt_by_acronym"]

# a body's name: start, end, and the knowledge-base hits it holds
_Span = tuple[int, int, tuple[int, ...]]


def spelt_by_acronym(
    folded: str, cues: _Cues, known: Known, hyphens: str | None = None
) -> list[_Span]:
    """``Service de renseignement de la Confédération (SRC)``: the words before an
    acronym whose initials spell it, one of them a head noun, are the body's name,
    whatever their case (French names are written in sentence case: ``direction
    des libertés publiques et des affaires juridiques (DLPAJ)``). A name in lower
    case counts where the text uses its acronym again (not after an indefinite article:
    ``Une équipe commune d'enquête (ECE)`` is a kind of body), or where a singular definite
    article opens it and it stands on a singular head (``la cellule de traitement du
    renseignement financier (CTRF)``): a phrase glossed once (``au service de la paix
    et de la sécurité (SPS)``) is no more than a phrase. ``hyphens``: ``folded`` with
    the joining hyphens kept (:func:`._name_hyphens.hyphened`), where a compound's parts
    are told from two words.
    """
    out: list[_Span] = []
    for m in acronym_defs(cues.acronym_def, folded):  # suffixed_acronyms reads last
        end = blank_before(folded, m.start())
        stops = list(NAME_STOP.finditer(folded, max(0, end - 160), end))
        words = words_in(folded, stops[-1].end() if stops else max(0, end - 160), end)
        if not words or words[-1][2] != end:
            continue
        for acr in m.groups():
            acr = acr.replace(" ", "") if acr else acr  # "(CNC-LTEV)", folded "(CNC LTEV)"
            joined = folded if hyphens is None else hyphens
            c = _spelt(folded, words, acr, cues, known, joined) if acr and acr.isalpha() else None
            loose = acr and not c
            span = spelt_loosely(words, acr, cues.link_words, cues.spelt.heads) if loose else None
            if span is not None:  # "Cellule ... (CENTIF)", "Japan Financial ... (JAFIC)"
                c = _loose(words, span, acr, cues, known)
            if c is None and acr:  # "le Service de renseignement de l'État (SIE)"
                c = _head_led(folded, words, acr, cues, known)
            if c is not None and (
                folded[c[0]].isupper()
                or (folded.count(acr) > 1 and not _described(folded, c, cues))
                or _one_body(folded, c, cues)
            ):
                out.append(c)
                break
    return out


def _described(folded: str, c: _Span, cues: _Cues) -> bool:
    """Whether an indefinite article opens the name ``c`` in lower case: a kind of body
    the text describes (``Une équipe commune d'enquête (ECE)``), named again by its
    acronym as any defined term is, not one body."""
    # organ.indefinite, read case aside: the article may open the sentence ("Une ...")
    return cues.indefinite.search(folded[max(0, c[0] - 5) : c[0]].lower()) is not None


def _one_body(folded: str, c: _Span, cues: _Cues) -> bool:
    """Whether a singular definite article opens the name ``c`` and one of its words is
    a singular head: one body, named once (``Le service national du renseignement
    pénitentiaire (SNRP)``), not a kind of body (``des services pénitentiaires``)."""
    if cues.spelt.singular.search(folded, max(0, c[0] - 4), c[0]) is None:
        return False
    return any(w.casefold() in cues.spelt.heads for w, _, _ in words_in(folded, c[0], c[1]))


def _loose(
    words: list[tuple[str, int, int]], span: tuple[int, int], acr: str, cues: _Cues, known: Known
) -> _Span | None:
    """The name :func:`spelt_loosely` found, where no known name holds it or it outgrows
    the known names inside it."""
    if known.free(*span):
        return (*span, ())
    inner = known.inside(*span)
    spans = [(known.hits[i].start, known.hits[i].end) for i in inner if i >= 0]
    named = [w for w in words if span[0] <= w[1] < span[1]]
    if -1 in inner or not _outgrows(named, acr, spans, inner, known, cues):
        return None
    return (*span, tuple(inner))


def _spelt(
    folded: str,
    words: list[tuple[str, int, int]],
    acr: str,
    cues: _Cues,
    known: Known,
    hyphens: str,
) -> _Span | None:
    """The shortest run of ``words`` ending the list whose initials spell ``acr``; a known
    body closing the name after a joiner is its owner, left out of the acronym
    (``Commission de contrôle des fichiers d'INTERPOL (CCF)``) unless the acronym
    spells it too (``Institut de recherche criminelle de la gendarmerie nationale
    (IRCGN)``: the known body is part of the name)."""
    owner = len(words)
    while owner > 1 and not known.free(words[owner - 1][1], words[owner - 1][2]):
        owner -= 1
    at = words[owner][1] if owner < len(words) else 0
    if not (folded[at - 1 : at] == "'" or words[owner - 1][0].casefold() in cues.link_words):
        owner = len(words)
    found = _spelt_to(folded, words, acr, cues, known, (owner, hyphens))
    if found is None and owner < len(words):
        found = _spelt_to(folded, words, acr, cues, known, (len(words), hyphens))
    return found


def _spelt_to(
    folded: str,
    words: list[tuple[str, int, int]],
    acr: str,
    cues: _Cues,
    known: Known,
    upto: tuple[int, str],
) -> _Span | None:
    """:func:`_spelt` over ``words`` up to ``owner`` (the owner's words left out; ``upto``:
    ``owner`` and the text with its joining hyphens)."""
    owner, hyphens = upto
    skips = [_skippable(hyphens, x, cues.link_words) for x in words[:owner]]
    content = 0  # words of the run that must each give a letter
    for k in range(owner - 1, -1, -1):
        w = words[k][0]
        if skips[k]:
            continue
        content += 1
        if content > len(acr):
            return None
        if w[0].upper() != acr[0] or not _aligns([x[0] for x in words[k:owner]], acr, skips[k:]):
            continue
        span = words[k:]
        s, e = span[0][1], span[-1][2]
        if not _headed(folded, s, span, cues):
            return None
        if known.free(s, e):
            return s, e, ()
        inner = known.inside(s, e)
        spans = [(known.hits[i].start, known.hits[i].end) for i in inner if i >= 0]
        own_head = any(
            _a_head(x[0], cues) and all(not a <= x[1] < b for a, b in spans) for x in span
        )  # a known name, or one it holds with all its heads, is nothing new
        if -1 in inner or not (own_head or _outgrows(span, acr, spans, inner, known, cues)):
            return None
        return s, e, tuple(inner)
    return None


def _outgrows(
    span: list[tuple[str, int, int]],
    acr: str,
    spans: list[tuple[int, int]],
    inner: list[int],
    known: Known,
    cues: _Cues,
) -> bool:
    """Whether the name an acronym spells is a longer body's than the known names inside
    it: a word of the name outside them gives a letter too (``Japan Financial
    Intelligence Center (JAFIC)``, ``Centre régional de coordination des opérations
    (CRCO)``, ``World Organisation for Animal Health (WOAH)`` round a bare
    ``Organisation``), and the acronym is none of theirs."""
    outside = [
        w
        for w, at, _ in span
        if w.casefold() not in cues.link_words and all(not a <= at < b for a, b in spans)
    ]
    if not outside:
        return False
    for k in inner:
        entry = known.entries.get(known.hits[k].actor_id)
        if entry is not None and acr in (*entry.acronyms, *entry.aliases):
            return False  # the known body's own acronym: the name is its longer form
    return True


def _skippable(hyphens: str, word: tuple[str, int, int], link: frozenset[str]) -> bool:
    """Whether ``word`` may give its name's acronym no letter: a joiner (``of``, ``de``),
    a short word in lower case between the capitalised words of a name (``Cabinet
    Committee to Combat Terrorism (CCCT)``), or the second part of a hyphened compound,
    which acronyms spell by its first letter or by each part (``Inter-departmental
    Counter Terrorism Unit (ICTU)``, ``Counter-Terrorism Committee (CTC)``)."""
    w, at, _ = word
    short = len(w) <= _SHORT_WORD and w.islower()
    return w.casefold() in link or short or hyphens[at - 2 : at] in _JOINED


_SHORT_WORD = 3  # "to", "in", "by", "au": a function word, not a word of meaning
_JOINED = {f"{a}-" for a in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _aligns(words: list[str], acr: str, skips: list[bool]) -> bool:
    """Whether ``words`` spell ``acr`` by their initials in order, each word one letter,
    a word that may be skipped (:func:`_skippable`) one letter or none: an acronym may
    skip the function words of its name (``World Organisation for Animal Health
    (WOAH)``) or keep one that carries meaning (``Plateforme de coopération en matière
    de sécurité (PCMS)``).

    Speed: the letters spelt so far, word by word (a set of counts), not every way of
    skipping joiners: linear in words times letters, whatever the joiners."""
    done = {0}  # how many letters of acr the words so far can spell
    for w, skip in zip(words, skips, strict=True):
        initial = w[0].upper()
        done = {n + 1 for n in done if n < len(acr) and acr[n] == initial} | (
            done if skip else set()
        )
        if not done:
            return False
    return len(acr) in done


def _a_head(word: str, cues: _Cues) -> bool:
    """Whether ``word`` heads a name an acronym spells, in the singular or the plural."""
    w = word.casefold()
    return w in cues.spelt.heads or w in cues.spelt.plurals


def _headed(folded: str, s: int, span: list[tuple[str, int, int]], cues: _Cues) -> bool:
    """Whether the name ``span`` (starting at ``s``) stands on a head: a singular one, or
    a plural one after a definite article (``Les cellules nationales de coopération``;
    ``leurs cellules de renseignement financier`` are each state's units, a kind)."""
    if any(x[0].casefold() in cues.spelt.heads for x in span):
        return True
    if not any(x[0].casefold() in cues.spelt.plurals for x in span):
        return False
    return cues.spelt.article.search(folded, max(0, s - 8), s) is not None


_LED_WORDS = 14  # words at most from a head noun to the acronym it is named by


def _head_led(
    folded: str, words: list[tuple[str, int, int]], acr: str, cues: _Cues, known: Known
) -> _Span | None:
    """A name in the French order, opened by a capitalised head noun after a definite
    article and closed by the acronym, whose letters it need not spell: the acronym is
    of the name in another language or of older words (``le Service de renseignement
    de l'État (SIE)``, ``le Centre national de ressources et de résilience (CN2R)``,
    ``l'Office Malien des Produits Pétroliers (OMAP)``). The head's initial opens the
    acronym; the nearest such head to it opens the name (none where that head is in
    lower case: the rules for names in lower case judge those), and no known name
    stands in it (a known body's own acronym is the matcher's)."""
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _LED_WORDS), -1):
        w, s, _ = words[k]
        if not (w[0].upper() == acr[0] and _a_head(w, cues)):
            continue
        if not w[0].isupper():
            return None  # "Le Conseil invite les cellules ... (CENTIF)": a name in lower case
        if cues.spelt.singular.search(folded, max(0, s - 4), s) is None and (
            cues.spelt.article.search(folded, max(0, s - 8), s) is None
        ):
            return None
        e = words[-1][2]
        return (s, e, ()) if known.free(s, e) else None
    return None
