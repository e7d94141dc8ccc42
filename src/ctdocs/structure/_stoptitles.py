"""Run-in titles closed by a full stop (``11. Terrorism. We condemn …``), and the test of
the whole document that keeps them.

A full stop ends a run-in title (guidelines §1a), but it ends every sentence too: a
paragraph's short first sentence (``7. Member States continued repatriations. Between
July …``, ``2.3. Le recourant invoque le caractère humanitaire des versements. Il …``)
reads as one when its words happen to name. What tells them apart holds across
publishers: a document that titles its paragraphs titles their siblings too (``Purpose``,
``Scope``, ``Application`` …), in runs, so a title closed by a stop that no sibling beside
it shares is the paragraph's first sentence, unless it is too short to say anything (``Terrorism``,
``Training``). The reader records where each such title stood (:func:`stop_title`);
once the body is read, :func:`lone_stop_titles` gives the lone ones back to their text.
A colon closes a run-in title too, and a sentence's lead-in as well (``4. The following 131
States Parties participated: Afghanistan, …``, ``(f) Welcoming the International Conference
on Nuclear Security: Shaping the Future …``): the reader records those the same way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

from .._knowledge import load_actor_shapes
from .._offsets import SpanIndex
from ..layout._numbering import load_numbering
from ..layout._saying import opens_on_verb
from ._blocks import RawBlock, _function_words, body_text, clean_title
from ._sequences import _STOP_TITLE_RE, _enumerates, _names, _says_inside

__all__ = ["lone_stop_titles", "named_stop_titles", "run_in_stop_title", "stop_title"]

_DASHED_TITLE_MORE = 4  # "SEC. 8. Amendment to Section 4 of Republic Act No. 11479. –"
_STOP_DASH_RE = re.compile(r"\.(?:[—–]|--)\s?$")
# a body that only leads in to the items below: closed by a colon, or by a statute's dash
# ("1.3 Application. This Guideline applies to -", "… shall –")
_LEAD_IN_END_RE = re.compile(r"(?::|\w\s?(?:[—–]|--)|\w\s-)$")
# a title of at most so many words names even with no titled sibling: a sentence needs a
# subject, a verb and what it says ("Terrorism.", "Training.")
_LONE_MAX_WORDS = 2
# "Exchange of information": a head noun, a preposition and its noun (see _head_of_noun)
_HEAD_OF_NOUN_WORDS = 3
# a colon title is told lone only among so many siblings at least (the others untitled)
_COLON_SIBLINGS = 3
# a colon title over lower case is a label where so many of its siblings are titled (3 in 4)
_LABELLED_SHARE = (3, 4)
_PHRASE_MAX_WORDS = 15  # a list of topics: each untitled item one line's phrase
_LAST_PART_RE = re.compile(r"[^\W_]+°?\)?$")  # "2" of "1.2", "3)" of "Annex(3)", "IV"
# a body that is one short sentence, closed ("4.1 Training – Operators train staff yearly."):
# all the paragraph says after its title; whether the first part names is the siblings' call
_CLOSED_RE = re.compile(r"\w[.!?…]$")
# a body this short, or a title opening as a verb does, is a title only beside a titled sibling
_SHORT_BODY = 40
# a one-word "title" this short before a short closed body is read as an abbreviation's
# stop ("2. St. Lucia ratified it.", "Gen. Ruiz signed."), not as a title over a sentence
_ABBREVIATION_MAX_LETTERS = 4
# a label's run-in title in lower case, after the colon that closes its number
# ("Recommandation 1 : détecter. Équiper …", "Recommendation 2: neutralise. Set out …"): a
# verb or a name of at most three words, closed by a full stop before a capitalised sentence
_COLON_REACH = 8  # speed: the colon is looked for just before the body, not in the whole text
_LOWER_TITLE_RE = re.compile(r"([a-zà-ÿ][\w'’-]*(?: [\w'’-]+){0,2})\.\s+(?=[A-ZÀ-Ý«\"“])")
# how many titled siblings set their titles in bold before a plain one is told a sentence
_MARKED_SIBLINGS = 2
# named units titled by a full stop in a run at least this long
_NAMED_RUN = 2
# a title that opens as a verb does ("Attacks on staff", "Calls for reform") has so few words
_VERB_TITLE_MAX_WORDS = 4


def stop_title(text: str, after: int, end: int, led_in: bool = False) -> tuple[str, int] | None:
    """The title a full stop (or a stop and a dash) closes right after a number, and where
    the body starts: ``(g) Definitions.—As used …``, ``3. Technical assistance. It may
    include:``; None when the first sentence says rather than names, or is all there is.
    ``led_in``: items written inline cut the body short (``1.2 Mandate. The Committee
    examined (a) …``), which goes on past ``end`` as a lead-in closed by a colon does."""
    sm = _STOP_TITLE_RE.match(text, after, end)
    if sm is None:
        return None
    dashed = re.search(r"\.\s?(?:[—–]|--)\s?$", sm.group(0)) is not None
    if not _names(sm.group(1), _DASHED_TITLE_MORE if dashed else 0) and not _verb_named(
        sm.group(1)
    ):
        return None
    if (
        end - sm.end() > 40
        or (_CLOSED_RE.search(text[sm.end() : end].rstrip()) is not None and not _clipped(sm))
        or led_in
        or _STOP_DASH_RE.search(sm.group(0))
        or _LEAD_IN_END_RE.search(text[sm.end() : end].rstrip()) is not None
    ):
        return clean_title(sm.group(1)), sm.end()
    return None


# "a) capacité financière : chiffre d'affaires …", "(b) experience: two contracts …": an item's
# label in lower case closed by a colon, the item's text going on after it on the same line
_LOWER_COLON_RE = re.compile(r"([a-zà-ÿ][\w'’-]*(?: [\w'’-]+){0,3}?)[ \u00a0]?:[ \u00a0]+(?=\S)")


def run_in_stop_title(
    text: str, after: int, end: int, led_in: bool = False
) -> tuple[str, int] | None:
    """A run-in title closed by a full stop (:func:`stop_title`), or else an item's label
    in lower case closed by a colon (``a) capacité financière : chiffre …``): guidelines
    §1a, a run-in title ends at a colon. Lower case, the label could as well open a
    sentence's lead-in (``a) les personnes suivantes : …``): it must name (no function
    word first, no verb, no sentence word), and :func:`lone_stop_titles` keeps it only
    where the siblings beside it are titled so too (a list of labelled criteria)."""
    st = stop_title(text, after, end, led_in)
    if st is not None:
        return st
    lm = _LOWER_COLON_RE.match(text, after, end)
    if lm is None:
        return None
    # an elided article opens a phrase too ("l'exploitant :" as "les personnes :"), and a
    # name ends on no function word ("any person who: (i) …", "ceux dont : …"); a figure
    # makes a cross-reference or a date ("paragraph 4: for …", "juin 2025 : entrée …")
    label = lm.group(1)
    ws = re.split(r"[\s'’]", label)
    if {ws[0].casefold(), ws[-1].casefold()} & _function_words():
        return None
    if any(c.isdecimal() for c in label):
        return None
    return (clean_title(label), lm.end()) if _names(label) else None


def _clipped(sm: re.Match[str]) -> bool:
    """The full stop may close an abbreviation rather than a title: one word of a few
    letters (``St.``, ``Mt.``, ``Gen.``, ``Capt.``), which a longer body alone shows a title."""
    words = sm.group(1).split()
    return len(words) == 1 and len(words[0]) <= _ABBREVIATION_MAX_LETTERS


def lone_stop_titles(
    blocks: list[RawBlock],
    cuts: dict[int, int],
    text: str,
    bold: Sequence[tuple[int, int]] = (),
    labels: Mapping[int, int] = MappingProxyType({}),
) -> None:
    """Give back to its text each title closed by a full stop that no sibling clause (same
    parent) shares a title with, if longer than a name's few words, or set in plain type
    where its titled siblings set theirs in bold (``bold``: the document's bold spans, in
    order). ``cuts`` maps where such a title's body starts to where the title starts, as
    the reader recorded them; ``labels`` the same for titles a colon closes before words in
    lower case (:func:`_topics` and :func:`_subtitle` tell them)."""
    if not cuts and not labels:
        return
    spans = SpanIndex(bold, bold)
    titled: dict[int | None, int] = {}
    siblings: dict[int | None, int] = {}
    order: dict[int | None, list[RawBlock]] = {}
    for b in blocks:
        if b.kind == "clause":
            siblings[b.parent] = siblings.get(b.parent, 0) + 1
            titled[b.parent] = titled.get(b.parent, 0) + bool(b.title)
            order.setdefault(b.parent, []).append(b)
    labelled = {id(b) for b in blocks if b.kind == "clause" and b.title}  # as the reader read
    speakers = _speakers(blocks, cuts, labels)
    topics: dict[tuple[int | None, str], bool] = {}  # (parent, number space) -> _topics
    for k, b in enumerate(blocks):
        after = cuts.get(b.body_start, labels.get(b.body_start))
        if b.kind != "clause" or not b.title or after is None:
            continue
        if id(b) in speakers:
            pass  # "EDELMAN J. I agree …", "Justice Holt: I agree …": who speaks, the text's
        elif b.title[:1].islower():  # a label in lower case: only among labelled siblings
            if _labelled_run(blocks, k, order[b.parent], titled[b.parent]):
                continue
        elif b.body_start in labels:  # "1.2 Case study: the ricin plot …"
            key = (b.parent, _space(b.number))
            if key not in topics:  # once a number space (a glossary of a thousand terms)
                topics[key] = _topics(order[b.parent], key[1], labelled)
            if not topics[key] or not _subtitle(b.text) or _defines_items(blocks, k):
                continue  # (a definitions list's terms as the reader took them)
        elif _keeps(b, order[b.parent], titled[b.parent] > 1) and not _unmarked(
            b, order[b.parent], spans
        ):
            continue
        elif text[: b.body_start].rstrip().endswith(":") and siblings[b.parent] < _COLON_SIBLINGS:
            continue  # "4.1 Training and Education: Allies will …" alone (§1a): too few to tell
        b.text = " ".join(s for s in (body_text(text[after : b.body_start]), b.text) if s)
        b.title, b.body_start = None, after


def _speakers(
    blocks: list[RawBlock], cuts: Mapping[int, int], labels: Mapping[int, int]
) -> set[int]:
    """The run-in titles that name a judge who speaks (:func:`_speaker`): those with the
    judicial letters after the surnames (``GAGELER CJ, GORDON AND JAGOT JJ.``), and those
    with a judge's title first (``Justice Holt:``) where a sibling's names a speaker too (a
    judgment gives its judges' words in turn; ``Justice Reform:`` alone is a name)."""
    found: dict[int, int] = {}
    per_parent: dict[int | None, int] = {}
    for b in blocks:
        cut = b.body_start in cuts or b.body_start in labels
        if not (b.kind == "clause" and b.title and cut and _PARAGRAPH_RE.fullmatch(b.number)):
            continue  # a judgment numbers paragraphs 13, (13), [13]; "3.2 Justice Reform:" names
        if kind := _speaker(b.title):
            found[id(b)] = kind
            per_parent[b.parent] = per_parent.get(b.parent, 0) + 1
    parents = {id(b): b.parent for b in blocks}
    return {k for k, kind in found.items() if kind == 2 or per_parent[parents[k]] > 1}


# a judgment's paragraph number: 13, (13), [13]
_PARAGRAPH_RE = re.compile(r"[(\[]?\d{1,4}[)\]]?")


def _speaker(title: str) -> int:
    """2 where ``title`` is surnames in capitals closed by a judge's letters (``EDELMAN J``,
    ``GAGELER CJ, GORDON AND JAGOT JJ``), as a court prints them; 1 where the letters close
    words in small letters (``Edelman J``, as ``Annex J`` would) or a judge's title opens it
    before surnames (``Justice Holt``, ``Justices Sætre, Lund and Bråten``: one name after
    a title in the singular, more after one in the plural), else 0: every name word
    capitalised, joined by commas and ``and``/``et`` (``actor_shapes.toml``: ``judicial``,
    ``bench_titles``, ``bench_plural``, ``bench_joiners``)."""
    person = load_actor_shapes().person
    ws = [w for w in re.split(r"[\s,]+", title.strip()) if w]
    joiners = {j.casefold() for j in (person.bench_joiners.all() if person.bench_joiners else [])}
    plural = {p.casefold() for p in (person.bench_plural.all() if person.bench_plural else [])}
    kind, names = 0, ws
    if len(ws) > 1 and ws[-1].rstrip(".") in {*person.judicial, *person.judicial_plural}:
        names = ws[:-1]
        kind = 2 if all(w.isupper() for w in names) else 1
    else:
        for t in person.bench_titles.all() if person.bench_titles else []:
            n = len(t.split())
            if len(ws) > n and " ".join(ws[:n]).casefold() == t.casefold():
                kind, names = 1, ws[n:]
                several = (
                    len(
                        re.split(
                            r",|\s(?:" + "|".join(map(re.escape, joiners)) + r")\s", " ".join(names)
                        )
                    )
                    > 1
                )
                if several != (t.casefold() in plural):
                    return 0  # "Justice Holt", "Justices Berg and Holm"; not "Justice X and Y"
                break
    named = all(w[:1].isupper() or w.casefold() in joiners for w in names)
    return kind if kind and named and names[0][:1].isupper() else 0


def _space(number: str) -> str:
    """The number space of a clause number: all but its last part (``Annex(`` for
    ``Annex(3)``, ``1.`` for ``1.2``, ``Pilier `` for ``Pilier 4``)."""
    return _LAST_PART_RE.sub("", number)


def _topics(run: list[RawBlock], space: str, labelled: set[int]) -> bool:
    """Whether the siblings of a number space are a list of topics, where a colon title
    over words in lower case is the item's own words (``1.1 Trends in …``, ``1.2 Case
    study: the ricin plot …``, ``1.3 Post-blast …``): three at least (with fewer, §1a: a
    run-in title ends at a colon), fewer than three in four labelled as the reader read
    them (a strategy's pillars, a glossary, an annex's list of projects are labelled
    throughout), every untitled one a short phrase (beside paragraphs that say, ``2. In
    2017, the Council met …``, ``1. Member States shall …``, a label heads its text)."""
    same = [x for x in run if _space(x.number) == space]
    share, whole = _LABELLED_SHARE
    return (
        len(same) >= _COLON_SIBLINGS
        and whole * sum(id(x) in labelled for x in same) < share * len(same)
        and all(_phrase(x.text) for x in same if id(x) not in labelled)
    )


def _subtitle(text: str) -> bool:
    """The words after a label's colon go on naming its topic: a noun phrase opened by an
    article (``the ricin plot disrupted in Cologne``, ``l'attentat de la promenade``), with
    nothing a sentence says (``the notification may be made …``, ``la liste doit …``)."""
    ws = re.split(r"[\s'’]+", text.casefold().lstrip('"“«( '))
    return ws[0] in load_numbering().run_in_title.subtitle_openers and not _saying(text)


def _saying(text: str) -> bool:
    """A sentence's words: one of the run-in titles' sentence words in lower case (``shall``,
    ``doivent``; ``May 2017`` is a month), or a verb cue's ending before its object
    (``Condemns the …``, ``… recommends that``)."""
    ws = [w.strip(".,;:!?") for w in re.split(r"[\s'’]+", text.strip())]
    words = load_numbering().run_in_title.sentence_words
    said = any(w.casefold() in words for k, w in enumerate(ws) if k == 0 or w.islower())
    return said or _says_inside(text)


def _phrase(text: str) -> bool:
    """One short phrase that names: a few words, no sentence's stop inside and nothing a
    sentence says (``Decontamination of victims and responders.``, not ``Member States shall
    designate a contact point.``)."""
    return (
        len(text.split()) <= _PHRASE_MAX_WORDS
        and not re.search(r"[.;:!?]\s", text.strip())
        and not _saying(text)
    )


def _labelled_run(blocks: list[RawBlock], k: int, run: list[RawBlock], titled: int) -> bool:
    """``blocks[k]``'s label in lower case stands among siblings labelled so on every side,
    under a lead-in to no definitions: a list of labelled items (criteria, fields)."""
    return titled > 1 and _titled_around(run, blocks[k]) and not _defines_items(blocks, k)


def _defines_items(blocks: list[RawBlock], k: int) -> bool:
    """The parent of ``blocks[k]``, or the paragraph or heading its run of siblings follows
    (no parent: ``Section 11`` heading, ``In this Act:``, then the items), leads in to a
    definitions list (``Art. 2 Définitions  Au sens de la présente ordonnance, on entend
    par :``, ``For the purposes of this Act:``): each item's ``term : meaning`` is a
    definition's text (guidelines §1), its term no run-in title."""
    parent = blocks[k].parent
    leads = [blocks[parent]] if parent is not None else []
    j = k - 1
    while parent is None and j >= 0 and blocks[j].kind == "clause":
        j -= 1  # back over the siblings before (and their items) to what leads in to them
    if parent is None and j >= 0:
        leads.append(blocks[j])  # the lead-in, and a heading right over it
        if blocks[j].kind == "paragraph" and j > 0 and blocks[j - 1].kind == "heading":
            leads.append(blocks[j - 1])
    said = " ".join(f"{p.title or ''} {p.text}" for p in leads).casefold()
    return any(cue in said for cue in load_numbering().run_in_title.definition_lead_ins)


def _marked(b: RawBlock, bold: SpanIndex[tuple[int, int]]) -> bool:
    """Some of the number and title of ``b`` is set in bold (``3.1. **Volet religieux.**``,
    ``<strong>`` in a page): a bold span overlaps them."""
    return bool(bold.overlapping(b.start, b.body_start))


def _unmarked(b: RawBlock, run: list[RawBlock], bold: SpanIndex[tuple[int, int]]) -> bool:
    """``3.4. Chaque session dure trois mois. La …`` after ``3.3. **Volet psychologique.**
    Un …``: where every other titled sibling sets its title in emphasis (two at least), a
    first sentence in plain type is the paragraph's text; the emphasis is how the document
    tells its titles, whatever the words say."""
    others = [x for x in run if x is not b and x.title]
    return (
        len(others) >= _MARKED_SIBLINGS
        and all(_marked(x, bold) for x in others)
        and not _marked(b, bold)
    )


def _titled_beside(run: list[RawBlock], b: RawBlock) -> bool:
    """A sibling right before or after ``b`` has a title too: a document titles its
    paragraphs in runs (``3.1 Overcrowding.``, ``3.2 Recruitment.`` …); a paragraph whose
    neighbours are untitled opens on a sentence (``13. Hospitals activated plans within
    the hour. The …`` among untitled 12 and 14), however far a titled one stands."""
    k = next(i for i, x in enumerate(run) if x is b)
    return any(0 <= j < len(run) and run[j].title for j in (k - 1, k + 1))


def _parts(title: str) -> bool:
    """A title that lists the parts of one field (``Chemical, biological, radiological and
    nuclear defence``, ``Défense chimique, biologique, radiologique et nucléaire``) names;
    no sentence opens that way, so it stays a title where another sibling has one, beside
    it or not."""
    return _enumerates(title, load_numbering().run_in_title.coordinators)


def _keeps(b: RawBlock, run: list[RawBlock], shared: bool) -> bool:
    """Whether ``b``'s stop title stays: a weak one (:func:`_weak`) between titled siblings
    only; another beside a titled sibling (``shared``: one at least besides itself), or
    listing a field's parts, or of a name's few words."""
    assert b.title is not None
    if _weak(b):
        return shared and _titled_around(run, b)
    if shared and (_titled_beside(run, b) or _parts(b.title)):
        return True
    return len(b.title.split()) <= _LONE_MAX_WORDS or _head_of_noun(b.title)


def _head_of_noun(title: str) -> bool:
    """``Exchange of information``, ``Déclaration des soupçons``: a noun, a preposition and
    a noun, three words in all; a sentence needs a verb that three words so placed leave
    no room for, so the phrase names even where no sibling is titled. A past participle
    before the word naming its doer (``Adopté par consensus.``) is a passive sentence: no
    verb cue here, as a noun before ``à``/``aux`` (``Accès aux données``) would read as one."""
    rules = load_numbering().run_in_title
    ws = re.split(r"[\s'’]+", title.lower().strip())
    if len(ws) != _HEAD_OF_NOUN_WORDS or ws[1] not in rules.prepositions:
        return False
    passive = ws[1] in rules.passive_agents and ws[0].endswith(tuple(rules.participle_endings))
    return not passive


def _verb_named(phrase: str) -> bool:
    """A few words that would name but for a first word that reads as a verb
    (``Attacks on staff``, ``Calls for reform``): a title only where its siblings are titled
    on every side (:func:`_titled_around`); no sentence word, no comma."""
    rules = load_numbering().run_in_title
    ws = re.split(r"[\s'’]+", phrase.lower().strip())
    return (
        1 < len(phrase.split()) <= _VERB_TITLE_MAX_WORDS
        and opens_on_verb(ws)
        and not any(w in rules.sentence_words for w in ws)
        and "," not in phrase
    )


def _weak(b: RawBlock) -> bool:
    """A title the full stop closes that is a title only among titled siblings: the body
    after it is one short sentence, closed (two short sentences read the same; a lead-in to
    items is no sentence of its own: ``1.2 Mandate. The Committee examined``), or it opens
    as a verb does."""
    assert b.title is not None
    short = len(b.text) <= _SHORT_BODY and _CLOSED_RE.search(b.text) is not None
    return short or opens_on_verb(re.split(r"[\s'’]+", b.title.lower()))


def _lower_title(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``Recommendation 1: detect. Equip …``: a title in lower case is told from the text's
    first sentence by the colon that closes the label's number before it, and by its few
    words (``Titre I : il fixe les missions …`` goes on past three words)."""
    if not text[max(0, start - _COLON_REACH) : start].rstrip().endswith(":"):
        return None
    lm = _LOWER_TITLE_RE.match(text, start, end)
    return (clean_title(lm.group(1)), lm.end()) if lm else None


def _titled_around(run: list[RawBlock], b: RawBlock) -> bool:
    """Every sibling right before and after ``b`` that exists has a title (one at least)."""
    k = next(i for i, x in enumerate(run) if x is b)
    near = [run[j] for j in (k - 1, k + 1) if 0 <= j < len(run)]
    return bool(near) and all(x.title for x in near)


def named_stop_titles(blocks: list[RawBlock], text: str) -> None:
    """``Mesure 1. Renforcer la coopération. Les services …``, ``Proposition 2. Clarifier le
    rôle des organisateurs. Un décret …``: a named unit's run-in title closed by a full stop
    (guidelines §1a), which the heading reader leaves in the text of a line that goes on;
    taken where two siblings or more open so (a document titles its units in runs)."""
    found: dict[int, tuple[str, int]] = {}
    for k, b in enumerate(blocks):
        if b.kind != "clause" or b.family != "holds-items" or b.title is not None:
            continue
        st = stop_title(text, b.body_start, b.end) or _lower_title(text, b.body_start, b.end)
        if st is not None and b.text.startswith(text[b.body_start : st[1]].strip()):
            found[k] = st
    runs: dict[int | None, int] = {}
    for k in found:
        runs[blocks[k].parent] = runs.get(blocks[k].parent, 0) + 1
    for k, (title, cut) in found.items():
        b = blocks[k]
        if runs[b.parent] < _NAMED_RUN:
            continue
        b.text = b.text[len(text[b.body_start : cut].strip()) :].strip()
        b.title, b.body_start = title, cut
