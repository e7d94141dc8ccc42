"""The schema of ``data/models/numbering.toml``: the numbering schemes that are data (articles,
divisions of an act, item families, run-in titles, annexes), validated on load. Kept apart
from the grammar that reads them (:mod:`._numbering`), which re-exports what it loads.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from .._knowledge import _check_patterns, _load, _Strict, _Versioned

__all__ = ["NumberingFile", "load_numbering"]


class _Division(_Strict):
    form: str  # "" keeps the word as printed
    words: list[str] = Field(min_length=1)
    holds_units: bool = False  # a division only over smaller numbered units (Section)
    holds_items: bool = False  # its items are cited under it, as an article's
    # words that may qualify the division word on either side, kept in its citation as
    # printed ("Axe stratégique 1", "Strategic Objective 1.1")
    qualifiers: list[str] = Field(default_factory=list)

    def phrases(self) -> list[str]:
        """The division's words, alone and with each qualifier before or after them."""
        out = list(self.words)
        for w in self.words:
            out += [f"{w} {q}" for q in self.qualifiers] + [f"{q} {w}" for q in self.qualifiers]
        return out


class _Article(_Strict):
    form: str = Field(min_length=1)
    pattern: str
    ordinals: dict[str, str] = Field(default_factory=dict)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        return v


class _Item(_Strict):
    family: str = Field(pattern=r"^[a-z][a-z-]*$")
    pattern: str
    scope: Literal["", "article"] = ""  # "article": read only in sequence inside an article
    joined: bool = False  # cited after its parent's number with a dot (IMO ".1" under 5: 5.1)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        if "(?P<value>" not in v:
            raise ValueError("an item pattern needs a (?P<value>...) group")
        return v


class _Paragraph(_Strict):
    pattern: str  # matched with its case as written: "R1." is a recommendation, "r1." not
    # numbered within a chapter ("2-1."): a "Section I" over them divides the chapter
    in_chapters: bool = False
    # holds its own numbered items as an article does ("1." under a minutes' item code)
    holds_items: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        if "(?P<value>" not in v:
            raise ValueError("a paragraph pattern needs a (?P<value>...) group")
        return v


class _VerbCue(_Strict):
    ending: str
    next: list[str]
    # endings of a form that names though the cue's word follows it: a French infinitive
    # ("Renforcer la coopération", "Établir les listes") heads an action, it does not decide
    unless: list[str] = Field(default_factory=list)
    # words with the cue's ending that are no verb inside a phrase ("Vehicle as a weapon")
    not_verbs: list[str] = Field(default_factory=list)


class _RunInTitle(_Strict):
    max_words: int = Field(ge=1, le=20)
    sentence_words: list[str]
    verb_cues: list[_VerbCue]
    # "Chemical, biological and nuclear defence": a title with commas enumerates, its last
    # part joined by one of these words
    coordinators: list[str] = Field(default_factory=list)
    # "De la coopération internationale …", "Du gel des avoirs": a preposition opening a
    # name (a French statute's division title), never an operative verb a cue points at
    prepositions: list[str] = Field(default_factory=list)
    # "Adopté par consensus", "Adopted by consensus": a past participle (one of these
    # endings) and the word naming its doer say what was done, a sentence, not a name
    participle_endings: list[str] = Field(default_factory=list)
    passive_agents: list[str] = Field(default_factory=list)
    # "on entend par :", "For the purposes of this Act:": a lead-in over a definitions
    # list, whose items' "term : meaning" is text, not a run-in title over a body
    definition_lead_ins: list[str] = Field(default_factory=list)
    # "1.2 Case study: the ricin plot …": an article after a colon opens the noun phrase
    # the label's words go on into, one topic's name (structure/_stoptitles.py)
    subtitle_openers: list[str] = Field(default_factory=list)
    # "Our commitments", "Nos engagements": sentence words that are determiners, which
    # opening a line before a noun name it (structure/_lonelines.py); a pronoun ("We …",
    # "Nous …") opens a sentence
    name_determiners: list[str] = Field(default_factory=list)
    # "4.5.1 L'ANIF entend :", "5. The Council:" over a list: a line closed by a colon that
    # opens on an article names a subject about to say, the list's lead-in, never its
    # heading (structure/_itemheads.py)
    subject_articles: list[str] = Field(default_factory=list)
    # "to improve …", "se réunit …"; "endorsed the …": an item that says, opening on a verb
    # (its mark first, or an object's article second), under a subject that leads in
    predicate_openers: list[str] = Field(default_factory=list)
    predicate_objects: list[str] = Field(default_factory=list)


class _Annex(_Strict):
    form: str = Field(min_length=1)
    words: list[str] = Field(min_length=1)
    forms: dict[str, str] = Field(default_factory=dict)  # printed word -> citation word
    links: list[str] = Field(default_factory=list)  # "Appendix to …": what it is annexed to
    # "Interpretive Note to Recommendation 5" -> "INR.5": a word whose space is cited by a
    # prefix glued to the number of what it is annexed to
    prefixes: dict[str, str] = Field(default_factory=dict)
    # "SCHEDULE 1   Regulation 3": the margin reference to the provision that calls it
    references: list[str] = Field(default_factory=list)
    # "PAR CES MOTIFS, LA COUR," -> "Dispositif": a judgment's operative part, cited "Dispositif 1"
    parts: dict[str, str] = Field(default_factory=dict)
    # "THE COURT ORDERS THAT:" -> "Order": the orders a judgment opens with, cited "Order 1"
    leading_parts: dict[str, str] = Field(default_factory=dict)


class _WordSection(_Strict):
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        return v


class _SectionSign(_Strict):
    pattern: str
    max_title_words: int = Field(ge=1, le=30)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        if "(?P<value>" not in v:
            raise ValueError("the section sign's pattern needs a (?P<value>...) group")
        return v


class _CapitalSection(_Strict):
    """How ``A. Prévention`` under ``II.`` is cited: its letter alone, or with its roman
    where a bare letter would collide (the structure stage decides which, per document)."""

    alone: str  # "{letter}"
    colliding: str  # "{roman}.{letter}"

    @field_validator("alone", "colliding")
    @classmethod
    def _names_letter(cls, v: str) -> str:
        if "{letter}" not in v or v.replace("{letter}", "").replace("{roman}", "").count("{"):
            raise ValueError("a capital section's form holds {letter} (and maybe {roman})")
        return v


class NumberingFile(_Versioned):
    run_in_title: _RunInTitle
    annex: _Annex
    article: _Article
    word_section: _WordSection
    section_sign: _SectionSign
    capital_section: _CapitalSection
    division: list[_Division]
    item: list[_Item]
    paragraph: list[_Paragraph] = Field(default_factory=list)  # "[12]", "R1.", "Ad 1)"
    inline_joiners: list[str] = Field(default_factory=list)
    range_joiners: list[str] = Field(default_factory=list)  # "3.1 to 3.4", "(2) et (3)"
    foreign_headings: list[str] = Field(default_factory=list)
    # "Examen des articles": a part commenting on a bill's articles, which it cites by number
    commentary_headings: list[str] = Field(default_factory=list)
    # "Cet article n'appelle pas d'observation": a comment's first words naming the article
    commentary_openers: list[str] = Field(default_factory=list)
    # "This Article applies to …": an act's article stating its rule, no comment on it
    commentary_normative: list[str] = Field(default_factory=list)
    # "Resolution 2396 provides:": a lead-in quoting another instrument, whose paragraphs follow
    quoting_leads: list[str] = Field(default_factory=list)
    # "Copy for information:", "Hon.", "No.": what makes a closing numbered list one of names
    closing_list_labels: list[str] = Field(default_factory=list)
    closing_list_honorifics: list[str] = Field(default_factory=list)
    number_column_headers: list[str] = Field(default_factory=list)
    # "Mr Smith asked why …?": a reporting verb and an indirect question's opener after it
    question_reporting: list[str] = Field(default_factory=list)
    question_indirect: list[str] = Field(default_factory=list)
    # "… SHARING" / "AT BORDERS": the words a capitals heading's second line runs on with
    title_run_on_openers: list[str] = Field(default_factory=list)
    range_words: list[str] = Field(default_factory=list)
    enacting: list[str] = Field(default_factory=list)  # "HAS ADOPTED THIS DECISION:"
    forewords: list[str] = Field(default_factory=list)  # "Ministerial foreword": signed
    clock_words: list[str] = Field(default_factory=list)  # "9.30 am": a time, not clause 9.30
    # "Figure 2: …", "Tableau 3 –": a caption's word, never a labelled number space's
    caption_words: list[str] = Field(default_factory=list)
    spelled_numbers: dict[str, str] = Field(default_factory=dict)  # "Chapter One": Chapter 1
    # R, F, C: the letter of a kind of paragraph ("R1." a recommendation, "F1." a finding)
    letter_kinds: list[str] = Field(default_factory=list)

    @field_validator("letter_kinds")
    @classmethod
    def _one_capital(cls, v: list[str]) -> list[str]:
        if any(len(k) != 1 or not k.isupper() for k in v):
            raise ValueError(f"letter_kinds: one capital letter each, got {v}")
        return v


@cache
def load_numbering() -> NumberingFile:
    return _load("numbering.toml", NumberingFile)
