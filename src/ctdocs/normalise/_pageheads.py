"""Page tops in a PDF copy: a running head after each form feed, and the line printed
right under it on several pages, which the walk of :func:`._text.normalise` never joins
to the sentence the page goes on with."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ._linekinds import page_top

__all__ = ["PageHeads", "second_heads"]


@dataclass(slots=True)
class PageHeads:
    """The walk's view of page tops: the line after a form feed that may be the page's
    running head (:func:`page_top`), the line right under it when it is one of the
    head's second lines (:func:`second_heads`), and the page the walk is on."""

    second: frozenset[str]
    above: bool = False  # the last non-blank line opened a page as its running head
    page: int = 1  # form feeds read so far, plus one: the page of the line just read

    def running(self, line: str, text: str) -> bool:
        if "\f" in line:
            self.page += line.count("\f")
        opens = line[:1] == "\f"
        head = (opens and page_top(text)) or (self.above and " ".join(text.split()) in self.second)
        if text:
            self.above = opens and head
        return head


_SECOND_HEAD_PAGES = 2  # a running head's second line is printed on two pages or more


def second_heads(raw: str) -> frozenset[str]:
    """The lines printed right under a page's running head on two pages or more (a
    classification mark and a reference under the publisher's name): the head's second
    line, never joined to the sentence the page goes on with. A line under the head on
    one page only (a heading, a paragraph's end) is left to the usual joins."""
    seen: Counter[str] = Counter()
    for page in raw.split("\f")[1:]:
        lines = [" ".join(x.split()) for x in page.split("\n")]
        lines = [x for x in lines if x][:2]
        if len(lines) == 2 and page_top(lines[0]) and page_top(lines[1]):
            seen[lines[1]] += 1
    return frozenset(x for x, n in seen.items() if n >= _SECOND_HEAD_PAGES)
