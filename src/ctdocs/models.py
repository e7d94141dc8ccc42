"""The typed graph ctdocs produces: pydantic v2 models and nothing else.

Design rules, so that researchers can trust what they query:

* every model is frozen (a value object) and forbids unknown fields;
* every mention and block carries a span ``[start, end)`` into ``Document.text``;
* blocks refer to each other by id (``parent``, ``children``), never by
  back-pointer, so the graph serialises to plain JSON and back unchanged;
* block kinds form a discriminated union on ``kind``: exact in the JSON Schema
  and fast to validate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar, Union

from pydantic import BaseModel, ConfigDict, Field

from ._offsets import OffsetMap
from ._vocab import ActorKind, BlockRole, Language, MentionMethod, NoiseReason, Precision

if TYPE_CHECKING:  # the views live outside the graph; see Document.to_pandas, .display
    from .views._display import DocumentView
    from .views._frames import Frames

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "ActorMention",
    "Block",
    "Clause",
    "DateMention",
    "Document",
    "DomainTag",
    "Evidence",
    "FootnoteRef",
    "Heading",
    "ListItem",
    "Noise",
    "Paragraph",
    "Source",
]

# 1.1: Paragraph.note_mark and Document.footnote_refs (footnotes linked to their marks).
# 1.2: Document.date and Document.symbol (the document's own date and official number).
# 1.3: ActorMention.method "shape" (actors found by their shape, beyond the knowledge base);
#      Noise.reason names metadata, toc, repository and boilerplate.
# 1.4: Noise.reason is a closed list (an enum in the schema; every 1.3 export holds only
#      these values, so it still loads).
SCHEMA_VERSION = "1.4"


class _Value(BaseModel):
    """Frozen, unknown keys refused; each validator is built when its class is first used.

    ``defer_build``: ``import ctdocs`` does not pay for building a validator and a
    serialiser per class (a fifth of the import); the first parse builds those it
    needs, so a cold start costs the same, and output is the same.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


_V = TypeVar("_V", bound=_Value)
_FIELDS_SETS: dict[tuple[type[_Value], tuple[str, ...]], set[str]] = {}
_set = object.__setattr__


def _trusted(cls: type[_V], values: dict[str, Any], unset: tuple[str, ...] = ()) -> _V:
    """An instance of ``cls`` from values the pipeline built with the fields' own types.

    Why: a parse makes one mention every few dozen characters, and a validated
    instance carries its own ``__pydantic_fields_set__`` (a set grown to about 700
    bytes) besides its ``__dict__``: three quarters of a mention's memory, and the
    bulk of a parse's peak on text dense with names. Here the instance shares one
    set per class (frozen models never change it; ``model_copy`` copies it first).
    The caller passes every field, in declaration order, with the type validation
    would give (``float`` scores, ``tuple`` sequences), but those in ``unset``,
    which it leaves to their defaults as a validated call would;
    tests/test_models.py checks each such caller against the validated model.
    Users' models (from JSON, from keyword arguments) are always validated.
    """
    key = (cls, unset)
    fields_set = _FIELDS_SETS.get(key)
    if fields_set is None:
        fields_set = _FIELDS_SETS[key] = set(cls.model_fields).difference(unset)
    m = cls.__new__(cls)
    _set(m, "__dict__", values)
    _set(m, "__pydantic_fields_set__", fields_set)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_private__", None)
    return m


class Source(_Value):
    """Where a document came from, so a finding can be traced to its file."""

    name: str | None = Field(description="Path or name of the input; null for an anonymous string.")
    media_type: str = Field(description="text/plain, text/markdown, text/html or application/pdf.")
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 text for strings).")
    size: int = Field(description="Size of the input in bytes.")
    encoding: str | None = Field(default=None, description="Encoding the bytes were read with.")
    encoding_fallback: bool = Field(
        default=False,
        description="True when the bytes were not UTF-8/UTF-16 and a cp1252/latin-1 "
        "fallback was used: check the text for mis-decoded characters.",
    )
    pages: int | None = Field(default=None, description="Page count, for PDF input.")


class Evidence(_Value):
    """A stretch of ``Document.text`` that supports a finding."""

    text: str
    start: int
    end: int


class ActorMention(_Value):
    """One place an actor is named."""

    text: str
    start: int
    end: int
    score: float = Field(default=100.0, description="Match score 0-100; 100 for exact matches.")
    method: MentionMethod = "exact"


class Actor(_Value):
    """An organisation, organ, state, person or armed group, with every mention."""

    id: str = Field(description="Stable, language-independent id (same for OTAN and NATO).")
    name: str = Field(description="Canonical English name, as NATO most uses it.")
    name_fr: str | None = None
    kind: ActorKind
    linked: bool = Field(
        default=True,
        description="False for actors proposed by a statistical model and absent from "
        "the knowledge base; their id is a slug of the surface form.",
    )
    mentions: tuple[ActorMention, ...] = ()


class DateMention(_Value):
    """An explicit calendar expression, normalised to ISO 8601 at its written precision."""

    text: str
    start: int
    end: int
    value: str = Field(
        description="ISO 8601: 2002-06-06, 2004-10, 2004, intervals 2002-09-25/2002-09-27, "
        "and --06-05 where no year can be inferred."
    )
    precision: Precision
    inferred_year: bool = Field(
        default=False, description="True when the year was not written and was inferred."
    )


class DomainTag(_Value):
    """A counter-terrorism domain a clause or document addresses, with its evidence."""

    code: str
    evidence: tuple[Evidence, ...] = ()


class Noise(_Value):
    """Text judged not part of the document, kept with its span so nothing is lost."""

    text: str
    start: int
    end: int
    reason: NoiseReason = Field(
        description="web-chrome, caption, navigation, page-header, page-footer, page-number, "
        "duplicate, markup, metadata (the page's own stamp: 'Last updated …', NATO's date "
        "block), toc (table of contents), repository (YAML front matter, <meta>, <details> "
        "history notes) or boilerplate (chrome found by line features)."
    )
    page: int | None = None


class FootnoteRef(_Value):
    """A footnote mark in the running text, linked to the footnote it calls."""

    text: str = Field(description="The mark as printed: '1', '12', '*'.")
    start: int
    end: int
    block: str | None = Field(
        description="Id of the block the mark stands in; null when it stands in noise."
    )
    note: str = Field(description="Id of the footnote paragraph (role 'footnote').")


class _BlockBase(_Value):
    id: str = Field(description="Block id, unique in the document (b0, b1, ...).")
    start: int = Field(description="Start of the block's own text in Document.text.")
    end: int = Field(description="End of the block's own text in Document.text.")
    text: str = Field(description="The block's text: markup removed, layout line breaks joined.")
    section: str | None = Field(default=None, description="Nearest preceding unnumbered heading.")
    parent: str | None = Field(default=None, description="Id of the enclosing clause, if any.")
    page: int | None = Field(default=None, description="1-based page, for PDF input.")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="x0, top, x1, bottom on the page, for PDF input."
    )


class Heading(_BlockBase):
    """An unnumbered heading; it names the section of what follows."""

    kind: Literal["heading"] = "heading"
    level: int = Field(default=2, description="1 for the title, 2.. for lower headings.")


class Paragraph(_BlockBase):
    """Free text: preamble, signature, front matter or body paragraph."""

    kind: Literal["paragraph"] = "paragraph"
    role: BlockRole = "body"
    note_mark: str | None = Field(
        default=None, description="For a footnote: its mark as printed ('1', '*')."
    )


class ListItem(_BlockBase):
    """An unnumbered bullet item; the child of the clause it follows, if any."""

    kind: Literal["list_item"] = "list_item"
    marker: str = Field(description="The bullet as printed: -, •, *.")


class Clause(_BlockBase):
    """A numbered unit: 3.1, 16.2.5, paragraph 18., sub-item 1(a)(ii)."""

    kind: Literal["clause"] = "clause"
    number: str = Field(description="Citation form: 4.1, 18, 1(a)(ii).")
    label: str = Field(description="The number as printed: '4.1.', '(a)', 'iii)'.")
    title: str | None = Field(default=None, description="Run-in or heading title.")
    depth: int = Field(description="1 for top-level clauses, 2 for their children, ...")
    parent_number: str | None = Field(default=None, description="Number of the parent clause.")
    children: tuple[str, ...] = Field(
        default=(), description="Ids of sub-clauses, list items and paragraphs, in order."
    )
    extent_end: int = Field(description="End of the clause with everything it contains.")
    actors: tuple[str, ...] = Field(default=(), description="Ids of actors named in the clause.")
    dates: tuple[DateMention, ...] = ()
    domains: tuple[DomainTag, ...] = ()

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


Block = Annotated[Union[Heading, Paragraph, ListItem, Clause], Field(discriminator="kind")]  # noqa: UP007


class Document(_Value):
    """One parsed policy text: its structure, its mentions, its noise."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", validate_by_name=True, serialize_by_alias=True
    )

    schema_version: str = SCHEMA_VERSION
    language: Language
    title: str | None = None
    source: Source
    text: str = Field(description="The normalised text every span points into.")
    offset_map: tuple[tuple[int, int], ...] = Field(
        default=((0, 0),),
        description="Anchors (offset in text, offset in input): from each anchor on, offsets "
        "advance together until the next one.",
    )
    block_list: tuple[Block, ...] = Field(default=(), alias="blocks")
    noise: tuple[Noise, ...] = ()
    actors: tuple[Actor, ...] = ()
    dates: tuple[DateMention, ...] = ()
    domain_tags: tuple[DomainTag, ...] = Field(default=(), alias="domains")
    footnote_refs: tuple[FootnoteRef, ...] = Field(
        default=(), description="Footnote marks in the text, each linked to its footnote."
    )
    date: DateMention | None = Field(
        default=None,
        description="The date the document bears as its own (adopted, signed, issued, "
        "published), or null when the text gives none.",
    )
    symbol: str | None = Field(
        default=None,
        description="The document's official number as printed (S/RES/1624 (2005), "
        "COM(2015) 625 final, MC.DEC/5/07), or null.",
    )

    # -- navigation -------------------------------------------------------------
    def blocks(self) -> list[Block]:
        """Every block in reading order (heading, paragraph, clause, list item)."""
        return list(self.block_list)

    def clauses(self) -> list[Clause]:
        """Every numbered clause, in reading order (which is depth-first order)."""
        return [b for b in self.block_list if isinstance(b, Clause)]

    def clause(self, number: str) -> Clause | None:
        """The first clause with this citation number, or None."""
        return next((c for c in self.clauses() if c.number == number), None)

    def block(self, block_id: str) -> Block:
        """The block with this id (KeyError if there is none)."""
        for b in self.block_list:
            if b.id == block_id:
                return b
        raise KeyError(block_id)

    def children(self, block: Clause) -> list[Block]:
        """The blocks a clause contains, in order."""
        wanted = set(block.children)
        return [b for b in self.block_list if b.id in wanted]

    def walk(self) -> Iterator[tuple[int, Clause]]:
        """(depth, clause) pairs in reading order, for outlines."""
        for c in self.clauses():
            yield c.depth, c

    @property
    def domains(self) -> list[str]:
        """Document-level domain codes (see ``domain_tags`` for evidence)."""
        return [t.code for t in self.domain_tags]

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def input_offset(self, offset: int) -> int:
        """Map an offset in ``text`` back to the input's own character offset."""
        return OffsetMap(self.offset_map).input_at(offset)

    def __repr__(self) -> str:
        """Short: a whole document's fields would fill a notebook cell or a log line."""
        return (
            f"Document(language={self.language!r}, title={self.title!r}, "
            f"source={self.source.name!r}, blocks={len(self.block_list)}, "
            f"clauses={len(self.clauses())}, actors={len(self.actors)}, "
            f"dates={len(self.dates)}, noise={len(self.noise)})"
        )

    __str__ = __repr__

    # -- views outside the graph (imported on use) ----------------------------
    def to_pandas(self) -> Frames:
        """Tidy pandas tables of this document (see :func:`ctdocs.frames`); needs pandas."""
        from .views._frames import frames

        return frames(self)

    def _repr_html_(self) -> str:
        """Jupyter's rich display: the outline, actors and dates highlighted, domain chips."""
        from .views._display import render_document

        return render_document(self)

    def display(
        self,
        domains: Iterable[str] | str | bool | None = None,
        *,
        actors: bool = True,
        dates: bool = True,
    ) -> DocumentView:
        """The outline with chosen highlights, as displaCy's ``options`` choose labels.

        ``domains``: ``None`` (default) shows domain codes as chips only; ``True``
        also marks every domain's evidence in the text; a list of codes marks
        only theirs. ``actors`` / ``dates``: highlight those mentions. Jupyter
        shows the result; ``str()`` is its HTML, ``.save(path)`` writes a page.
        """
        from .views._display import display

        return display(self, domains, actors, dates)
