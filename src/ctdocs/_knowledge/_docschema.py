"""The schema of the document file (``document.toml``): the cue words of the document's own
date and the shapes of its official number, split from :mod:`._textcues` (which re-exports
it) along the seam between the files' schemas.

Strict like :mod:`._schemas`: unknown keys and patterns that do not compile are errors.
"""

from __future__ import annotations

import re
import string

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ._schemas import _check_patterns, _Strict, _Versioned


class DocumentCues(_Strict):
    """Cue words of one language for the document's own date (see document.toml)."""

    adopted: list[str] = Field(default_factory=list)  # "adoptée", "issued on": the strongest cue
    # "in witness whereof": the closing formula's date
    closing: list[str] = Field(default_factory=list)
    # "signed in", "fait en": closing only on a short line ending on its date (not prose)
    closing_ending: list[str] = Field(default_factory=list)
    # "regulation", "position commune": an act's title carries its date
    act: list[str] = Field(default_factory=list)
    # "of", "du" between the act's name and its date
    act_of: list[str] = Field(default_factory=list)
    # "la", "the": an article before an act's name and its "of" in a title names another act
    # the title cites ("Projet de loi modifiant … la loi du 28 mai 1956"), not the title's own
    act_article: list[str] = Field(default_factory=list)
    # "of the", "du": between a heading's kind and number in capitals and its author
    # ("DECISION No 2026/17 OF THE EXECUTIVE DIRECTOR")
    issuer: list[str] = Field(default_factory=list)
    # "last updated": the date only when nothing else dates it
    stamp: list[str] = Field(default_factory=list)
    # "published", "publié le": a page's publication stamp, over its update stamps
    published: list[str] = Field(default_factory=list)
    # "posted by", "mis en ligne par": a byline's poster cue, a publication stamp only in the
    # head with the poster's words before the date (not "must be posted by 30 June")
    poster: list[str] = Field(default_factory=list)
    # "updated", "révisé": a stamp right under the adoption line dates the revised text
    revised: list[str] = Field(default_factory=list)
    # "download", "télécharger": a line offering the full text, with its number
    download: list[str] = Field(default_factory=list)
    not_own: list[str] = Field(default_factory=list)  # "post on", "envoyé sur": someone else's date
    # "commencé le", "entry into force": a date, not the document's own
    event: list[str] = Field(default_factory=list)
    # "restricted until", "sous embargo jusqu'au": the date a restriction on the text ends, on
    # its line or the line above it; a date, not the document's own
    embargo: list[str] = Field(default_factory=list)
    # "saved", "date_capture": a front-matter key of the archive that copied the text; its date
    # is the copy's, not the document's
    archive_key: list[str] = Field(default_factory=list)
    # "date", "citation_publication_date": a front-matter key a site generator writes the
    # post's date under; the document's date when nothing the text prints dates it
    record_date: list[str] = Field(default_factory=list)
    # "tabled in parliament", "date de l'arrêt": a field's label that says its date is the
    # document's own (before a colon, or opening its line as a table's row)
    own_label: list[str] = Field(default_factory=list)
    # "date", "issue date": the label of a date field in a row of labelled fields ("Issue date:
    # 09/06/2026 Effective: …", "Réf. : … – Date : 12 mai 2026 – Destinataires : …"): the
    # field's value is the text's date as a short line's would be, however long the row
    field_label: list[str] = Field(default_factory=list)
    # "held on", "tenue le": a meeting record's opening line or capitals heading says when the
    # meeting was held ("Held in … Suva on Wednesday, 26 August 2026 at 9.35 a.m."): its date
    held: list[str] = Field(default_factory=list)
    # "minutes", "procès-verbal": a meeting's record, named above a held cue; elsewhere a held
    # cue tells an event ("Elections held on …")
    held_record: list[str] = Field(default_factory=list)
    # "séance", "sitting": the one word before a held cue that names the sitting it records
    held_sitting: list[str] = Field(default_factory=list)
    # "sanctioned by", "sanctionnée le": the assent that makes an act law after its passing; its
    # date is the act's, over the adoption's printed beside it
    assent: list[str] = Field(default_factory=list)
    # "gazette", "journal officiel": a periodical the text is published in; a date on a head
    # line naming it is the issue's, not the act's printed in it
    periodical: list[str] = Field(default_factory=list)
    # "n°", "issue": the mark of an issue's number; a head line that numbers an issue and
    # closes with a month is a periodical's masthead, its month the issue's date as written
    issue_mark: list[str] = Field(default_factory=list)
    dateline_article: list[str] = Field(default_factory=list)  # "le" in "Bruxelles, le 2.12.2015"
    # "this", "le présent": running text that names the document itself, then an
    # adopted cue before a date ("this memorandum ... was endorsed ... on 28 September 2020")
    self_ref: list[str] = Field(default_factory=list)
    # "adoption": the noun of adopting right before a year-less day ("lors de l'adoption de la
    # résolution, le 17 octobre"), the day of a session's span the text was adopted on
    adoption: list[str] = Field(default_factory=list)
    # "last synced", "dernière synchronisation": a mirror's stamp of its last copy; the date
    # only when nothing else, not even a page's stamp, dates the text
    synced: list[str] = Field(default_factory=list)
    # "approved by", "approuvée par", "issued" opening a line or a field: a body's approval or
    # issue of the text ("Version 2.0 — approved by the Executive Committee on 8 September
    # 2026", "Ref: … | Issued 30 June 2026 | …"), the date of
    # a text that prints no date of its own, above a page's stamps but below any head line's
    # date (a cover's "September 2026" over "Approuvé par le Comité … en sa séance du …")
    approved: list[str] = Field(default_factory=list)
    # "adoptée", "endorsed": a verb of a body's adopting the text that opens a sentence or a
    # comma's segment of a head line, after at most one word, and reaches a date closing that
    # sentence ("Lignes directrices CTAF n° 2026-02, adoptées par le Conseil … lors de sa séance
    # du 25 février 2026.", "… version 1.0. Endorsed by the … Conference, Tonga, 20 May 2026."):
    # the text's status statement, its date when no head line gives one (above a stamp)
    status: list[str] = Field(default_factory=list)
    # "cette", "this": a determiner opening a long segment before a status verb's comma, a
    # sentence about the text that names another it cites ("This toolkit supports … the
    # Madrid Guiding Principles, adopted by …"), where a text's own long name opens on its
    # noun ("Guide de bonnes pratiques pour la protection …, validé par …")
    status_determiner: list[str] = Field(default_factory=list)
    # "recalling", "rappelant": a preambular paragraph cites other instruments, so an
    # adopted cue inside it dates the instrument it cites, not the document
    citing: list[str] = Field(default_factory=list)
    # "convention", "résolution": an instrument named right before ", adopted …" is the
    # cue's subject
    instrument: list[str] = Field(default_factory=list)
    # "no.", "n°": before a number, the issue of a gazette or journal ("No. 97 Lagos - 19th
    # June, 2026 Vol. 113", "Journal N° 8.800 du 22 mai 2026"): its date in the head dates the
    # page the text is published in
    issue: list[str] = Field(default_factory=list)
    # "table", "source": a caption's label; a date on its line dates the figures shown
    caption: list[str] = Field(default_factory=list)
    # "reference", "cote": a field's label whose value is the document's own number, whatever
    # its shape ("Doc. | SC0147F1a", front matter's reference: "…")
    symbol_label: list[str] = Field(default_factory=list)
    # "Cap.": a word before a number that is a document's number ("Cap. 575 … Ordinance")
    symbol_prefix: list[str] = Field(default_factory=list)
    # "case no.", "rôle", "RG": a court's roll label, or its capitals, under which a field's
    # value may open on the register's capitals and a space ("Case No.: HCCR 118/2025",
    # "Référence : RG 2026/0412"); after any other label such capitals name a cited
    # instrument or a part ("Reference: ISO 31000", "No.: ANNEX 3"), not the document
    symbol_roll: list[str] = Field(default_factory=list)
    # "prev.", "précédent": a label's word naming another document's number
    symbol_not_own: list[str] = Field(default_factory=list)
    # "article", "chapter": a word naming a part of the text; a number after it is the
    # part's ("Article L230-1"), not the document's
    symbol_part: list[str] = Field(default_factory=list)
    symbol_key: list[str] = Field(default_factory=list)  # a record key's part: pubNumber, doc_id
    # "title", "titre": how a record key naming the page's title ends (title, long_title,
    # page-title): a front matter's heading of level 2 or more is the title unless the
    # record names another
    title_key: list[str] = Field(default_factory=list)
    # "v", "version": a word marking a version after a code ("NPSA-GUID-CP-0412 v3.1")
    symbol_version: list[str] = Field(default_factory=list)
    # "n°", "no.": a number's mark between a kind and its serial ("Arrêt n° 262.418")
    symbol_mark: list[str] = Field(default_factory=list)
    # "page", "step", "pillar": a word naming a part, step or item of a text that a heading
    # and its contents entry both print with a number ("Pillar 2"), never a document's kind
    symbol_not_kind: list[str] = Field(default_factory=list)
    # "by", "par": an agent's word inside a kind makes it a step of the text's record and the
    # act that took it ("Amended by Order No. 2026-0412", "Modifié par Décret n° …")
    symbol_agent: list[str] = Field(default_factory=list)
    # "la", "of the": an article or a preposition before a kind and its serial cites them ("la loi
    # n° 2026-14 modifie …"): the text names so another text, never its own number printed once
    symbol_cited_by: list[str] = Field(default_factory=list)


class SymbolPattern(_Strict):
    pattern: str
    lang: str | None = None
    # a general shape (a kind word and a number) yields to any specific one that matches
    weak: bool = False
    # the shape counts only on the head's first so many non-empty lines
    lines: int | None = Field(default=None, ge=1)
    # the symbol as cited, built from the pattern's named groups when the text prints its
    # parts apart ("{title} CFR Part {part}" from a title's and a part's headings)
    form: str | None = None
    # the match counts only when the text prints it again (a running header's number)
    repeated: bool = False
    # an identifier a database gives the text (an ECLI): the symbol only when the text
    # prints no number of its own of any other shape, strong or weak
    fallback: bool = False
    # the kind words a heading prints in capitals are given as the act is cited, only their
    # first letter a capital: an EU act's citation form ("RÈGLEMENT (UE) 2021/784" heads the
    # Official Journal's page; the act is "Règlement (UE) 2021/784")
    cited_case: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str, info: ValidationInfo) -> str:
        _check_patterns([v], info)
        return v

    @model_validator(mode="after")
    def _form_groups(self) -> SymbolPattern:
        """A form names only groups the pattern has: a typo would fail on first use."""
        if self.form is not None:
            groups = set(re.compile(self.pattern).groupindex)
            wanted = {f for _, f, _, _ in string.Formatter().parse(self.form) if f}
            if not wanted or not wanted <= groups:
                raise ValueError(f"form {self.form!r} names groups the pattern lacks")
        return self


class DocumentFile(_Versioned):
    """How the document's own date and official number are found."""

    head_lines: int = Field(default=60, ge=1)
    head_chars: int = Field(default=4000, ge=1)
    short_line_words: int = Field(default=8, ge=0)
    languages: dict[str, DocumentCues]
    symbols: list[SymbolPattern] = Field(default_factory=list)
    # shapes no document's number takes (an ISBN, a telephone number), whole values
    not_symbols: list[str] = Field(default_factory=list)
    # the names an HTML page's <meta> elements declare the page's own identifier under, as the
    # last part of the name after a prefix's "." or ":" ("DC.identifier", "dcterms.identifier",
    # "cisa:product-id"): the page's record of its number, read when the text prints none
    declared_names: list[str] = Field(default_factory=list)
    # a postal code and its town, after a street's number ("Rue de la Loi 16, 1000 Bruxelles",
    # "… 73 / 2517 KK The Hague"): the kind and number before it are an address, no document's
    postal_codes: list[str] = Field(default_factory=list)

    @field_validator("not_symbols", "postal_codes")
    @classmethod
    def _not_symbols_compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        return _check_patterns(v, info)
