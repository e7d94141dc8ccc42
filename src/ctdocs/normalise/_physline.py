"""The cleaned physical line, the unit normalisation reads and joins.

Its own module because the cleaner (:mod:`._text`) makes these lines and the join
rules (:mod:`._joins`) read them: with the class here both import it and neither
imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PhysLine"]


@dataclass(slots=True)
class PhysLine:
    """A cleaned physical line: pieces of text with their input offsets."""

    pieces: list[tuple[str, int]]
    heading_level: int | None
    bold_toggles: list[int]  # positions (in cleaned line) where ** toggled
    hard_break: bool
    indent: int
    end_in: int  # input offset of the line end (where the newline is)
    spacer: bool = False  # not empty in the input, empty once odd spaces are gone
    furniture: bool = False  # a page number, running header or footer
    lead_gap: bool = False  # a short first token set apart by a wide gap: "1   La présente"
    markup: bool = False  # front matter, an HTML-only or shortcode line (never joined)
    italic: bool = False  # wholly in one emphasis span (*…*, _…_, <em>…</em>, <i>…</i>)
    term: bool = False  # a glossary's term under its lone number: ends its logical line

    @property
    def text(self) -> str:
        pieces = self.pieces
        if len(pieces) == 1:  # speed: most lines are one piece
            return pieces[0][0]
        return "".join(p for p, _ in pieces)
