"""Token shapes that make a number part of a code, not a year (guidelines §2).

Shallow features of the tokens around a four-digit number, the same in every
language: a full stop glueing it to a word (``COMM.1241``, ``Circ.1712``), a lone
series letter after it (``OJ 2017 L 88``), colons on both sides (an ECLI's field),
a run of digit groups one space apart (a telephone number ``1800 123 400``).
:class:`ctdocs.extract._dateparse._Pieces` asks them while reading a year.
"""

from __future__ import annotations

from collections.abc import Collection

from ._dategrammar import _NUM, _PUNCT, _WORD, _Tokens

__all__ = [
    "between_colons",
    "dotted_after",
    "dotted_number",
    "footnote_after",
    "in_digit_groups",
    "series_letter_after",
    "word_dot_before",
]


def _glued_to_word(t: _Tokens, k: int) -> bool:
    """Whether the number at k is glued by a full stop to a word of two letters or more."""
    return bool(
        k > 1
        and t.tight[k]
        and t.raw[k - 1] == "."
        and t.tight[k - 1]
        and t.kind[k - 2] == _WORD
        and len(t.raw[k - 2]) >= 2
    )


def dotted_number(t: _Tokens, k: int) -> bool:
    """Whether the number at k is glued by a full stop to an upper-case word
    (COMM.1241): the serial of a symbol, where a resolution's number stands alone."""
    return _glued_to_word(t, k) and t.raw[k - 2].isupper()


def between_colons(t: _Tokens, i: int) -> bool:
    """A number glued between two colons, with a token glued on each side
    (ECLI:EU:C:2019:1048, X:2026:CR00842): a field of a colon-separated identifier,
    where a time (12:21) has a colon on one side only."""
    return bool(
        1 < i < t.n - 2
        and t.raw[i - 1] == ":" == t.raw[i + 1]
        and t.tight[i - 1]
        and t.tight[i]
        and t.tight[i + 1]
        and t.tight[i + 2]
        and t.kind[i - 2] != _PUNCT
        and t.kind[i + 2] != _PUNCT
    )


def series_letter_after(t: _Tokens, i: int) -> bool:
    """A lone capital letter and a number after token i (2017 L 88): a series and a
    number, as an official journal cites its issues."""
    k = i + 1
    return bool(
        k + 1 < t.n
        and t.kind[k] == _WORD
        and len(t.raw[k]) == 1
        and t.raw[k].isupper()
        and t.gap_ok[k]
        and not t.tight[k]
        and t.kind[k + 1] == _NUM
        and t.gap_ok[k + 1]
        and not t.tight[k + 1]
    )


def dotted_after(t: _Tokens, k: int) -> bool:
    """Whether the number at k goes on with a full stop and digits (23.3461)."""
    return bool(
        k + 2 < t.n
        and t.raw[k + 1] == "."
        and t.tight[k + 1]
        and t.tight[k + 2]
        and t.kind[k + 2] == _NUM
    )


def word_dot_before(t: _Tokens, i: int, months: Collection[str]) -> bool:
    """Whether the number at i is glued by a full stop to a word of two letters or
    more that is no month (Circ.1712): a series' abbreviation and its serial, where
    running text puts a space after a full stop (Dec.2015 stays a date)."""
    return _glued_to_word(t, i) and t.norm[i - 2] not in months


def footnote_after(t: _Tokens, j: int) -> bool:
    """Whether a full stop at j and one to three digits glued after it are a footnote mark
    after a sentence's end: "in 2023.1 In November", "septembre 2022.43" ending its line.
    The digits stand free of the next token, which opens a sentence or a line; a decimal
    or a dotted date goes on ("2004.5 %", "2.12.2015")."""
    k = j + 2
    if not (
        k - 1 < t.n
        and t.raw[j] == "."
        and t.tight[j]
        and t.tight[j + 1]
        and t.kind[j + 1] == _NUM
        and len(t.raw[j + 1]) <= 3
    ):
        return False
    if k >= t.n:
        return False  # "2004.5" ending the text: a decimal as likely as a footnote
    gap = t.text[t.end[k - 1] : t.start[k]]
    return not t.tight[k] and ("\n" in gap or (t.kind[k] == _WORD and t.raw[k][:1].isupper()))


_GROUPS_REACH = 3  # digit groups looked at on each side: a run longer than three is a table's


def _one_space(t: _Tokens, k: int) -> bool:
    """Whether tokens k - 1 and k are numbers one plain space apart."""
    return (
        t.kind[k - 1] == _NUM
        and t.kind[k] == _NUM
        and t.start[k] - t.end[k - 1] == 1
        and t.text[t.end[k - 1]] == " "
    )


def in_digit_groups(t: _Tokens, k: int) -> bool:
    """Whether the number at k is one of exactly three digit groups one space apart, each
    of two digits or more, one of three: a telephone number (``1800 123 400``, ``020 7960
    1886``, ``+267 395 1863``), whose four digits are no year. A flattened table row runs
    on (``2023 9 840 212 118``: a year, then amounts in groups and counts) or has a
    one-digit cell; a space-separated date (``12 06 2026``) and a row of years (``2024
    2025 2026``) have no group of three."""
    lo = hi = k
    while lo > 0 and k - lo < _GROUPS_REACH and _one_space(t, lo):
        lo -= 1
    while hi + 1 < t.n and hi - k < _GROUPS_REACH and _one_space(t, hi + 1):
        hi += 1
    sizes = [len(t.raw[j]) for j in range(lo, hi + 1)]
    return len(sizes) == 3 and min(sizes) >= 2 and 3 in sizes
