"""Capitalised runs around English head nouns: the spans the unlinked-actor finder tries
as body names (``Joint Committee on the National Security Strategy``), cut after an
owner's possessive unless the owner is an office whose bare head names the body, and
cut at a coordinator that joins two bodies (``Scottish Ambulance Service and Scottish
Fire and Rescue Service``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ._unlinked_cues import _Cues

__all__ = ["capital_runs"]


def capital_runs(
    folded: str, cues: _Cues, free: Callable[[int, int], bool] = lambda s, e: True
) -> list[tuple[int, int]]:
    """Capitalised runs (joined by "of the", "for" ...) around each English head noun.
    ``free(start, end)``: whether no known name stands in the span.

    Looking from the heads outwards, not at every capitalised word, keeps the
    work proportional to the few head nouns a text holds.
    """
    out: list[tuple[int, int]] = []
    floor = 0  # where the second of two coordinated bodies starts, at the earliest
    for m in cues.organ_head.finditer(folded):
        if out and m.start() < out[-1][1]:
            continue  # a second head inside the run just found
        left = cues.run_left.search(folded, max(0, m.start() - 160, floor), m.start())
        start = left.start() if left else m.start()
        start = _left_of_last(folded, m, (start, floor), cues, free)
        owner = folded.rfind("'s ", start, m.start())  # "Eurojust's Genocide Network"
        if owner >= 0 and not _office_owned(folded, start, owner, m.start(), cues):
            start = owner + 3  # the owner is no part of the name
        office = cues.office_of.search(folded, max(0, start - 40), start)
        if office is not None and office.group(1).casefold() in cues.not_names:
            continue  # "Chief of the Defence Staff": an office, not a body
        right = cues.run_right.match(folded, m.end())
        end = right.end() if right else m.end()
        if _closes_only(folded, m, end, cues):
            continue  # "EU-Ukraine Association Agenda": a treaty's or a policy's name
        start = _past_initials(folded, start, end)
        second = _second_body(folded, (start, m.end(), end), cues)
        if second is not None:
            end, floor = second
        out.append((start, end))
    return out


_INITIALS = re.compile(r"(?:[A-Z]\.){2,}[ \t]+")  # "U.S. ": a state's initials
_LINKED = re.compile(r"[ \t]+(?:and|of)[ \t]+$")  # a run link right before a head


def _left_of_last(
    folded: str,
    m: re.Match[str],
    at: tuple[int, int],
    cues: _Cues,
    free: Callable[[int, int], bool],
) -> int:
    """Where the run of the head ``m`` starts (``at``: its start so far, the floor) once
    read from the run's last head: a head right after a run link ("Revenue and Customs
    Service", "Fiji Revenue and Customs Service") stops the words read before it (the
    link looks for a capital past the search's end), where the head closing the run
    ("Service") reads them all. Only bare qualifiers are so read: words before the link
    that hold a head noun, an office or a known name are a name of their own
    ("INTERPOL and Customs Service", "Ministry of Justice and Customs Service")."""
    start, floor = at
    link = _LINKED.search(folded, max(0, start - 8), start)
    if start != m.start() or link is None:
        return start
    right = cues.run_right.match(folded, m.end())
    last = None
    for h in cues.organ_head.finditer(folded, m.end(), right.end() if right else m.end()):
        last = h
    if last is None:
        return start
    again = cues.run_left.search(folded, max(0, last.start() - 160, floor), last.start())
    if again is None or again.start() >= start:
        return start
    before = start - len(link.group())
    return (
        again.start()
        if _bare(folded[again.start() : before], cues) and free(again.start(), before)
        else start
    )


def _closes_only(folded: str, m: re.Match[str], end: int, cues: _Cues) -> bool:
    """Whether the head ``m`` is one that heads a name only where it closes the run or a
    joiner follows it ("Kenya Bankers Association", "Association of Chief Police
    Officers"), and the run goes on past it over a capital or a coordinator
    ("Association Agenda", "Association and Protection of the Right")."""
    if end <= m.end() or m.group().casefold() not in cues.closing_heads:
        return False
    after = folded[m.end() : end].split()[0]
    return not after[:1].islower() or cues.coordinator.match(folded, m.end()) is not None


def _bare(words: str, cues: _Cues) -> bool:
    """Whether ``words`` are bare qualifiers ("Fiji Revenue") or one head alone ("Police
    and Customs Cooperation Centre"): no office, no head noun heading words of its own
    ("Department of Defence and Army Staff" is two names)."""
    said = [w for w in words.casefold().split() if w not in cues.articles]
    if any(w in cues.office_words or w.removesuffix("s") in cues.office_words for w in said):
        return False
    return len(said) == 1 or not any(w in cues.heads for w in said)


def _past_initials(folded: str, start: int, end: int) -> int:
    """Where a run that opens on a state's initials starts: at them where two capitalised
    words or more follow (``U.S. Marshals Service``, ``U.S. Department of
    Transportation``), after them before a bare head (``U.S. Customs`` at a line's end,
    its name going on below: the initials and the head alone are no name)."""
    m = _INITIALS.match(folded, start)
    if m is None:
        return start
    rest = sum(w[:1].isupper() for w in folded[m.end() : end].split())
    return start if rest >= 2 else m.end()


def _second_body(folded: str, run: tuple[int, int, int], cues: _Cues) -> tuple[int, int] | None:
    """Where a run (start, its head's end, end) that goes on past its head through a
    coordinator holds two bodies: (the first's end, the second's start). It does where
    only capitalised words stand between the head and the coordinator (no ``of``: the
    coordinator is then inside the first name's complement, ``Department of Public
    Safety and Emergency Preparedness``), and either an article opens the second
    (``Police Scotland and the Scottish Government``) or a head noun ends a first name of
    two words or more (``Immigration Services Agency and Japan Customs``; a bare head
    opens one name, ``Customs and Excise Service``)."""
    start, head_end, end = run
    k = cues.coordinator.search(folded, head_end, end)
    if k is None:
        return None
    between = folded[head_end : k.start()].split()
    if any(not w[:1].isupper() for w in between):
        return None
    first = [w for w in folded[start : k.start()].split() if w.casefold() not in cues.articles]
    if k.group("article") is None and (len(first) < 2 or first[-1].casefold() not in cues.heads):
        return None
    return k.start(), k.end()


def _office_owned(folded: str, start: int, owner: int, head: int, cues: _Cues) -> bool:
    """Whether a bare head after an office's possessive is that body's whole name: the
    ``Attorney-General's Department``, the ``Prime Minister's Office`` (the office of two
    words or more, the head right after it); "Eurojust's Genocide Network" names the
    network alone."""
    words = [w for w in folded[start:owner].split() if w.casefold() not in cues.articles]
    return head == owner + 3 and len(words) >= 2
