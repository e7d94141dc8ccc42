"""The schemas of the text-cue files: dates, layout (the language file's is
:class:`._schemas.LanguageFile`, the document file's are :mod:`._docschema`'s, all
re-exported here).

Strict like :mod:`._schemas`: unknown keys and patterns that do not compile are errors.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ._docschema import DocumentCues as DocumentCues
from ._docschema import DocumentFile as DocumentFile
from ._docschema import SymbolPattern as SymbolPattern
from ._schemas import LanguageFile as LanguageFile
from ._schemas import PageRecordCues, _check_patterns, _Strict, _Versioned


# ---------------------------------------------------------------- dates
class MonthNames(_Strict):
    number: int = Field(ge=1, le=12)
    names: list[str]


class DateLanguage(_Strict):
    months: list[MonthNames]
    ordinal_day: list[str] = Field(default_factory=list)  # "1er", "1st"
    mid: list[str] = Field(default_factory=list)  # "mi-", "mid-"
    early: list[str] = Field(default_factory=list)  # "début", "early"
    late: list[str] = Field(default_factory=list)  # "fin", "late"
    by_end: list[str] = Field(default_factory=list)  # "avant la fin", "d'ici fin", "by the end of"
    # "d'ici", "by": a year-less date after one lies ahead
    deadline: list[str] = Field(default_factory=list)
    from_to: list[list[str]] = Field(default_factory=list)  # [["du", "au"], ["from", "to"]]
    between: list[list[str]] = Field(default_factory=list)  # [["entre", "et"], ["between", "and"]]
    year_prefix: list[str] = Field(default_factory=list)  # "pour", "for"
    # Optional refinements (see the header of data/models/dates.toml):
    # forms that need a day or a year: "May", "Dec."
    weak_months: list[str] = Field(default_factory=list)
    month_first: bool = False  # "June 6, 2002"
    capitalized: bool = False  # month names take a capital; "may" is another word
    day_month_link: list[str] = Field(default_factory=list)  # "of" in "25th of June"
    # "en", "in": a year-less month after one is a date
    month_cue: list[str] = Field(default_factory=list)
    # "in": even a weak form ("May") after one is a month (one of month_cue)
    weak_month_cue: list[str] = Field(default_factory=list)
    year_suffix: list[str] = Field(default_factory=list)  # "et au-delà", "and beyond"
    # "résolution 2001": a number after one is no year
    reference_words: list[str] = Field(default_factory=list)
    # "2000 euros": a number before one is no year
    count_words: list[str] = Field(default_factory=list)
    # "2001, c. 41": a year before one is a citation
    reference_after: list[str] = Field(default_factory=list)
    # "et", ",": consecutive days of one event (14 et 15 mai)
    day_join: list[str] = Field(default_factory=list)
    # "le", "on": an article allowed after day_join before the next day (le 27 et le 28 mai)
    day_article: list[str] = Field(default_factory=list)
    # "lundi", "Monday": allowed before a day of such a list
    weekdays: list[str] = Field(default_factory=list)
    # ordinal day words, the first for day 1 ("tenth" is 10)
    day_words: list[str] = Field(default_factory=list)
    day_of: list[str] = Field(default_factory=list)  # "day of" in "the tenth day of May, 1996"
    # cardinal number words and their values, scales included ("hundred" = 100)
    number_words: dict[str, int] = Field(default_factory=dict)
    number_and: list[str] = Field(default_factory=list)  # "and" in "nineteen hundred and six"
    # "in the year", "de l'an": between a month and its year in words (a treaty's formula)
    year_of: list[str] = Field(default_factory=list)
    # "du", "the": a year-less event day after one is a name
    event_before: list[str] = Field(default_factory=list)
    # "dernier", "last": a year-less date is the latest one before
    recent: list[str] = Field(default_factory=list)
    # "de cette année", "this year": a year-less date before one is in the own date's year
    this_year: list[str] = Field(default_factory=list)
    # "last year", "l'an dernier" earlier in its clause: a year-less date is in the year
    # before the own date's
    last_year: list[str] = Field(default_factory=list)
    # "suivant", "the following": a year-less date next to one comes after the written date
    # just before it ("les 3 et 4 octobre 2025 … avant le mois de janvier suivant")
    following: list[str] = Field(default_factory=list)
    # "for example", "par exemple": a year-less date just after one is an example, no year
    example: list[str] = Field(default_factory=list)
    # "de chaque année", "every year": a year-less date before one recurs, no date
    recurring: list[str] = Field(default_factory=list)
    # "puis", "then": a year-less date before one and a dated one shares its year
    series_join: list[str] = Field(default_factory=list)
    # "deux fois par an": a year-less date after one in its clause recurs, no date
    recurring_before: list[str] = Field(default_factory=list)
    # "met", "most recently", "à compter du": after the frequency in a year-less date's
    # clause, words of one occurrence (a past tense, a first or last one, an anchor): the
    # date is that occurrence's, no month of every year ("meets every six months and met
    # on 14 April"); so are the recent words
    recurring_break: list[str] = Field(default_factory=list)
    # "will be held", "se tiendra": a year-less date after one in its clause lies ahead
    future: list[str] = Field(default_factory=list)
    # "-era", "-ront": a word with one of these endings is a verb in the future tense
    future_endings: list[str] = Field(default_factory=list)
    # "signed", "tenue": a participle of a thing done, after the clause's future word and a
    # few words before a year-less date, makes it past ("would act under a protocol signed
    # in June"); not after done_not_after ("will be held on 3 June" stays ahead)
    done: list[str] = Field(default_factory=list)
    done_not_after: list[str] = Field(default_factory=list)
    # "formally", "ensuite": words that may stand between done_not_after and its
    # participle ("will be formally signed", "sera ensuite signée"); done_skip_endings,
    # the endings of such adverbs ("-ly", "-ment")
    done_skip: list[str] = Field(default_factory=list)
    done_skip_endings: list[str] = Field(default_factory=list)
    # "and", "et": a participle after one of these, after a future passive in its clause,
    # is coordinated with it and stays ahead ("sera remis au ministre et publié en novembre")
    done_joins: list[str] = Field(default_factory=list)
    # "had", "depuis": between two year-less dates of one clause, the later is past, no
    # sibling ahead sharing the first's year ("as they did on 19 September")
    sibling_break: list[str] = Field(default_factory=list)
    # "automne", "spring": after a season_cue and with no year, a date of year precision
    seasons: list[str] = Field(default_factory=list)
    season_cue: list[str] = Field(default_factory=list)  # "à l'", "in the"
    # "l'", "the": an article a season with its year may take at an interval's end
    # ("between November 2023 and the summer of 2026")
    season_article: list[str] = Field(default_factory=list)
    # "compared with", "depuis": a bare year a few words after one in its phrase is a
    # point of comparison or of origin, not the year of the year-less dates that follow
    reference_point: list[str] = Field(default_factory=list)
    # "qu'en", "than in": the same, only right before the year ("plus qu'en 2024"); further
    # off they join places ("ainsi qu'en Afrique de l'Ouest en 2025")
    reference_right_before: list[str] = Field(default_factory=list)
    # "Act", "arrêté": a date right after one (its number, "of", "du" between) names the
    # instrument ("l'arrêté du 11 septembre 2013", "the SOCI Act 2018"), no narrative's year
    instrument_words: list[str] = Field(default_factory=list)
    instrument_links: list[str] = Field(default_factory=list)  # "du", "of", "dated"
    # "(Saka)": a year right before one is another calendar's, no date
    era_after: list[str] = Field(default_factory=list)
    # "FY": a prefix written glued to a year that names a fiscal year (FY2025), a year still
    year_glued_prefix: list[str] = Field(default_factory=list)
    # "of": after a designation and its number, the year is the number's (L.N. 118 of 2002)
    number_of_year: list[str] = Field(default_factory=list)
    # "à", "at" before a time of day, and the time's units ("heures", "a.m."): a time
    # written between an interval's date and its connector ("du 13 juillet 2026 à 8
    # heures au 15 juillet 2026") is skipped, as the time of a single date is
    time_before: list[str] = Field(default_factory=list)
    time_units: list[str] = Field(default_factory=list)

    @field_validator("from_to", "between")
    @classmethod
    def _pairs(cls, v: list[list[str]]) -> list[list[str]]:
        for pair in v:
            if len(pair) != 2 or not all(w.strip() for w in pair):
                raise ValueError(f"connector {pair!r} is not a pair of two words")
        return v

    @model_validator(mode="after")
    def _weak_are_months(self) -> DateLanguage:
        names = {n for m in self.months for n in m.names}
        unknown = sorted(set(self.weak_months) - names)
        if unknown:
            raise ValueError(f"weak_months {unknown} are not month names of this language")
        stray = sorted(set(self.weak_month_cue) - set(self.month_cue))
        if stray:
            raise ValueError(f"weak_month_cue {stray} are not month cues of this language")
        return self


class DatesFile(_Versioned):
    languages: dict[str, DateLanguage]
    min_year: int = 1900
    max_year: int = 2099
    event_days: list[str] = Field(
        default_factory=list,
        description="Days written as MM-DD that, with no year, name an event (09-11), not a date.",
    )

    @field_validator("event_days")
    @classmethod
    def _month_days(cls, v: list[str]) -> list[str]:
        bad = [d for d in v if not re.fullmatch(r"(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", d)]
        if bad:
            raise ValueError(f"event_days {bad} are not MM-DD")
        return v


# ---------------------------------------------------------------- the document itself
# (the schema of document.toml: :mod:`._docschema`)


class TitleCues(_Strict):
    """Words of one language that tell a document's title from a site's name (title.toml)."""

    document: list[str] = Field(description='Words naming a kind of document ("rapport").')
    organisation: list[str] = Field(description='Words naming a body ("council", "ministère").')
    by: list[str] = Field(
        default_factory=list,
        description='Words after a title that name who issued it ("publiée par", "issued by"): '
        "the title ends before them.",
    )
    articles: list[str] = Field(
        default_factory=list,
        description='Articles: a line opening with one ("An Act …") '
        "starts anew rather than carrying on the line above.",
    )
    label: list[str] = Field(
        default_factory=list,
        description='Whole lines that announce the title on the next line ("Title", "Titre").',
    )
    part: list[str] = Field(
        default_factory=list,
        description='Words opening a heading inside a larger text ("Schedule", "Annexe", '
        "\"Introduction\"): a part's heading, not the document's title.",
    )
    occasion: list[str] = Field(
        default_factory=list,
        description='Words naming a sitting ("meeting", "réunion") among a line\'s first three '
        "words: with no document word, the line names the occasion, not the document.",
    )
    distribution: list[str] = Field(
        default_factory=list,
        description='Labels of a distribution line ("Original:", "Distr.:"): a line holding '
        "one is metadata, not a title.",
    )
    addressed: list[tuple[str, str]] = Field(
        default_factory=list,
        description='Sender and addressee words after a kind of document ("from the", "to the"): '
        '"COMMUNICATION FROM THE COMMISSION TO THE …" names the kind, not the title.',
    )


class TitleWeights(_Strict):
    """Points a title candidate gains or loses for each feature (see title.toml)."""

    document: float
    organisation: float
    function: float
    h1: float
    subject: float
    noise: float
    interface: float
    position: float
    no_function_short: float
    symbol: float = 0.0  # a short line that carries a document number: a label
    # a candidate naming a document that outscores the first heading line by this much
    # replaces it (0: never)
    overrule: float = 0.0
    label: float = 0.0
    part: float = 0.0
    adopted: float = 0.0


class TitleFile(_Versioned):
    """How the document's own title is chosen among the head's lines."""

    head_units: int = Field(default=40, ge=1)
    prose_lines: int = Field(default=3, ge=1)
    max_words: int = Field(default=60, ge=1)
    max_length_points: int = Field(default=20, ge=1)
    weights: TitleWeights
    languages: dict[str, TitleCues]


# ---------------------------------------------------------------- layout / noise
class BoilerplateModel(_Strict):
    """Noise by features: word lists, cue patterns and the fitted weights of the line scorer."""

    stop_words: dict[str, list[str]] = Field(
        description="Function words per language; their share of a line's words marks prose."
    )
    interface_words: dict[str, list[str]] = Field(
        description="Words of a web or file-host interface (page, share, download, views); "
        "their share of a short line marks chrome, as link density does in HTML."
    )
    closing_formulas: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Openings of a closing formula ('en foi de quoi', 'thus done'): a row "
        "cut by gaps under the sentence one opens is the text's (a bench), under another "
        "closed sentence the page's.",
    )
    stamp_cues: list[str] = Field(
        description="Regexes for a page's own stamp ('Last updated', 'Mis à jour le'); a short "
        "line opening with one is metadata noise."
    )
    issue_cues: list[str] = Field(
        default_factory=list,
        description="Regexes for the official journal's issue a text was published in "
        "('JORF n° 72 du 26 mars 2024'): a stamp of the database's record beside other record "
        "lines, the document's own publication line between two lines of its head.",
    )
    toc_headings: list[str] = Field(description="Whole lines that head a table of contents.")
    toc_qualifiers: list[str] = Field(
        default_factory=list,
        description="Words a contents heading's qualifier names what it lists or its columns "
        "by ('du chapitre 4', 'of Annex 3', 'Paragraphes Page'), case-insensitive literal words.",
    )
    distribution_headings: list[str] = Field(
        default_factory=list,
        description="Whole lines that head a letter's distribution list, whose dot leaders "
        "end in a number of copies, not a page ('Ampliations :').",
    )
    good_min_words: int = Field(ge=1, description="A good (prose) line has this many words...")
    good_min_stop: float = Field(ge=0, le=1, description="...and this share of stop words.")
    neighbour_max_words: int = Field(
        ge=0, description="A line this short between two boilerplate lines is boilerplate."
    )
    weights: dict[str, float] = Field(description="Feature weights of the linear line scorer.")
    bias: float
    threshold: float = Field(description="A line whose score reaches this is boilerplate.")

    @field_validator("stamp_cues", "issue_cues")
    @classmethod
    def _compile_cues(cls, v: list[str], info: ValidationInfo) -> list[str]:
        return _check_patterns(v, info)


class CopyNoiseCues(_Strict):
    """``layout.toml``'s ``[copy_noise]``: what a copied page prints about itself inside a
    line of its own (see :mod:`ctdocs.layout._stamps`)."""

    stamp_inline: list[str] = Field(
        default_factory=list,
        description="Regexes for a page's stamp cue that may stand after a few words or a "
        "separator ('mise en ligne le', 'last modified on', 'version … as at'); the date "
        "must follow the cue and close the line.",
    )
    published: list[str] = Field(
        default_factory=list,
        description="Regexes for a publication cue ('Publié le', 'Published'): with its date "
        "alone on a line, a stamp of the page when an update stamp stands beside it.",
    )
    submitted: list[str] = Field(
        default_factory=list,
        description="Regexes for a content system's submission cue up to the word before "
        "its date ('Publié par … le', 'Submitted by … on'): with a date and a time of day "
        "closing the line, the page's stamp.",
    )
    submitted_dashed: list[str] = Field(
        default_factory=list,
        description="Regexes for a submission cue a meeting's record shares ('Soumis par "
        "… le', 'Submitted by … on'): the page's stamp only when a dash sets the time of "
        "day closing the line after the date (a content system's shape, '… 27/11/2026 - "
        "10:12'), not a motion's 'Submitted by the Chair on 3 May 2026 at 10:30'.",
    )
    page_bylines: list[str] = Field(
        default_factory=list,
        description="Regexes for the word a page's byline opens on ('Par', 'By'): after a "
        "separator on a publication line ('Publié le … | Par Service de la communication "
        "| 1 245 vues'), a piece of the page's date block, not of the text.",
    )
    page_counters: list[str] = Field(
        default_factory=list,
        description="Regexes for the word of a page's counter of readers ('vues', 'views'), "
        "a number before it, after a separator on a publication line.",
    )
    page_byline_acts: list[str] = Field(
        default_factory=list,
        description="Regexes for the word after a byline's word that makes it an act's "
        "authority ('Par décret …', 'By order of …'), not the page's author.",
    )
    citation_line: list[str] = Field(
        default_factory=list,
        description="Regexes for a whole line made of an amending act's citation only, a "
        "consolidation's history note ('[Act 18 of 2026 wef 01/09/2026]', '2023, c. 31, "
        "s. 4'): noise (repository).",
    )
    record_tables: list[str] = Field(
        default_factory=list,
        description="Regexes for the words a repository's record table is captioned or headed "
        "by ('Document history', 'Tableau historique', 'Status table'): a dated table under "
        "the text so named is the copy's record, noise (repository).",
    )
    record_folds: list[str] = Field(
        default_factory=list,
        description="Regexes for the words a <details> fold's summary names the repository's "
        "record by ('Historical Note', 'Version history', 'Historique des versions'): all "
        "the fold holds is noise (repository), its prose too.",
    )
    contact_labels: list[str] = Field(
        default_factory=list,
        description="Regexes for the label opening a publisher's contact field ('Tel.', "
        "'Fax', 'E-mail', 'Postal address', 'Courriel'): a short line of such fields is "
        "the publisher's contact box, noise (boilerplate).",
    )

    mail_headers: list[str] = Field(
        default_factory=list,
        description="Regexes for the name of a saved e-mail's header field ('From', "
        "'Subject', 'Objet'), before its colon.",
    )
    mail_transport: list[str] = Field(
        default_factory=list,
        description="Regexes for the name of a header field only a mail program writes "
        "('MIME-Version', 'Content-Type', 'List-Unsubscribe'): with one among them, the "
        "header lines opening a text are the message's envelope, noise (metadata).",
    )

    note_labels: list[str] = Field(
        default_factory=list,
        description="Regexes for the label an editor's or a keeper's note on the copy opens on "
        "('Editor's note:', 'Note du dépôt :', 'Source:'): see layout/_editnotes.py.",
    )
    copy_words: list[str] = Field(
        default_factory=list,
        description="Regexes for the words a note on the copy speaks of it by (translation, "
        "transcription, reproduces, converted, authentic, how to cite): see _editnotes.py.",
    )

    site_record_keys: list[str] = Field(
        default_factory=list,
        description="Field names a static site generator's record may open a text with, "
        "unfenced ('Title:', 'Slug:', 'Tags:', 'Titre :'), case-insensitive literal words.",
    )
    site_only_keys: list[str] = Field(
        default_factory=list,
        description="Of those, the names only a site writes ('slug', 'tags', 'status'): an "
        "unfenced record needs two (a memo's 'Title:/Date:/Author:' is the text's head).",
    )

    @field_validator(
        "stamp_inline",
        "published",
        "submitted",
        "submitted_dashed",
        "page_bylines",
        "page_counters",
        "page_byline_acts",
        "citation_line",
        "record_tables",
        "record_folds",
        "contact_labels",
        "mail_headers",
        "mail_transport",
        "note_labels",
        "copy_words",
    )
    @classmethod
    def _compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        return _check_patterns(v, info)


class LayoutFile(_Versioned):
    """Cues for what is not document: web chrome, captions, front matter."""

    boilerplate: BoilerplateModel | None = Field(
        default=None, description="Noise by features (see _boilerplate.py); None turns it off."
    )

    chrome: list[str] = Field(description="Regexes; a line matching one is web chrome.")
    notices: list[str] = Field(
        default_factory=list,
        description="Regexes for a publisher's or a repository's notice on the copy itself (an "
        "unofficial copy, its terms of reproduction and reuse, how to obtain it): noise "
        "('boilerplate'), never the site's chrome that makes the lines beside it a banner.",
    )
    chrome_lines: list[str] = Field(description="Whole lines (case-insensitive) that are chrome.")
    keyword_rows: list[str] = Field(
        default_factory=list,
        description='Regexes for a row of keywords ("Mots-clés :"): web chrome unless one '
        "of the few lines above it opens an abstract (abstract_labels).",
    )
    abstract_labels: list[str] = Field(
        default_factory=list,
        description='Regexes for the line that opens an abstract ("Résumé :", "Abstract"): '
        "the keyword row under it is the document's own.",
    )
    trailer_lines: list[str] = Field(
        default_factory=list,
        description='Whole lines that open a page\'s trailer of links ("Related news"): the '
        "short lines after one are chrome too, up to the next numbered or long line.",
    )
    caption: list[str] = Field(description="Regexes that mark a one-sentence photo caption.")
    caption_credits: list[str] = Field(
        default_factory=list,
        description="Regexes for the label of a credit that closes a photo's caption after its "
        "one sentence ('Photo :', 'Credit:'); like a closing '©', such a credit makes the "
        "line a caption.",
    )
    front_matter: list[str] = Field(description="Regexes for metadata lines below the title.")
    masthead: list[str] = Field(description="Whole lines that head a document but are no title.")
    signature: list[str] = Field(
        default_factory=list,
        description="Regexes for the lines that close a document: signature and closing formula.",
    )
    signed_for: list[str] = Field(
        default_factory=list,
        description="Words that open the authority a signatory signs for, the body's article "
        "last ('pour l'', 'for and on behalf of the'), before its capital and a comma.",
    )
    office_articles: list[str] = Field(
        default_factory=list,
        description="Articles an office's line in a signature may open on ('le', 'l'', 'the'): "
        "dropped, or cut off the word they are elided into, before the office word is read.",
    )
    name_joiners: list[str] = Field(
        default_factory=list,
        description="Words that join two persons' names in a signature's or a cover sheet's "
        "field ('Members: A. DUPONT and B. MARTIN'), French and English side by side.",
    )
    name_parties: list[str] = Field(
        default_factory=list,
        description="Words after counsel's name that open the party counsel appears for "
        "('R M Tipene for Crown', 'Me R. Tipene pour le ministère public'): a name that they "
        "follow is whole. French and English side by side.",
    )
    record_labels: list[str] = Field(
        default_factory=list,
        description="Labels (before the colon, any case) of a site's record or a release's "
        "contact card that name its author or its press contact ('Author', 'Auteur', 'Media "
        "contact', 'Contact presse'): a box of fields holding one is never the document's "
        "cover sheet, whatever person its values name.",
    )
    pointer_kinds: list[str] = Field(
        default_factory=list,
        description="Kinds of publication a site's 'further reading' box names its pointers "
        "by, before the colon ('fiche', 'rapport', 'guide', 'report', 'policy paper'), in "
        "lower case: a kind matches whole or by its first or last word. A labelled block "
        "above the page's closing chrome is the page's only when every line's kind is one "
        "(layout/_closingblock.py); a contact card, an annex list, a distribution list or a "
        "version note is the text's. French and English side by side.",
    )
    subject_line: list[str] = Field(
        default_factory=list,
        description="Regexes for a head line that names the document's subject (an EU cover "
        "note's 'Subject:'); each has a named group 'title'. A document with no title line "
        "takes its title from such a line.",
    )
    amendment_notes: list[str] = Field(
        default_factory=list,
        description="Regexes for a consolidation's amendment-history note under a provision "
        "('Section 5(3): replaced, on 28 October 2021, by …', 'Modifié par Loi n° …'): the "
        "database's record of the text's history, noise ('repository'), never a clause.",
    )
    page_furniture: dict[
        Literal["page-number", "page-header", "page-footer", "page-count"], list[str]
    ] = Field(
        default_factory=dict,
        description="Regexes, by kind, for whole lines printed on every page of a paginated "
        "source (page numbers, running headers and footers, barcodes, job numbers). They are "
        "noise wherever they stand, and a line break next to one is never joined. A "
        "page-header line in the document's head (before its first numbered or long line) "
        "is the document's own symbol, not noise. 'page-count' lines (a reference, a dash and "
        "the page's count, groups n and of) are page numbers only on a page's or the text's "
        "first or last line, n no higher than of: a body line may end so.",
    )

    page_records: PageRecordCues | None = Field(
        default=None,
        description="Bibliographic records and screen-reader text (see PageRecordCues).",
    )
    copy_noise: CopyNoiseCues | None = Field(
        default=None,
        description="Stamps and citation lines of copied pages (see CopyNoiseCues).",
    )

    @field_validator(
        "chrome",
        "notices",
        "caption",
        "caption_credits",
        "front_matter",
        "signature",
        "amendment_notes",
    )
    @classmethod
    def _compile(cls, v: list[str], info: ValidationInfo) -> list[str]:
        return _check_patterns(v, info)

    @field_validator("subject_line")
    @classmethod
    def _compile_subject(cls, v: list[str], info: ValidationInfo) -> list[str]:
        _check_patterns(v, info)
        missing = [p for p in v if "title" not in re.compile(p).groupindex]
        if missing:
            raise ValueError(f"subject_line patterns without a (?P<title>...) group: {missing}")
        return v

    @field_validator("page_furniture")
    @classmethod
    def _compile_furniture(
        cls, v: dict[str, list[str]], info: ValidationInfo
    ) -> dict[str, list[str]]:
        for pats in v.values():
            _check_patterns(pats, info)
        return v

    @field_validator(
        "name_parties", "record_labels", "pointer_kinds", "signed_for", "office_articles"
    )
    @classmethod
    def _plain_words(cls, v: list[str], info: ValidationInfo) -> list[str]:
        """Words matched as they are written, in lower case, after one blank: a stray
        blank, a capital or a colon would never match a label or a name's end."""
        bad = [w for w in v if not w or w != " ".join(w.split()) or w != w.lower() or ":" in w]
        if bad:
            raise ValueError(
                f"{info.field_name}: entries not in lower case and single-spaced: {bad}"
            )
        return v
