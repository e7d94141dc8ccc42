"""Stage 3, layout: normalised lines become units, and what is not document becomes noise.

``_segment.segment`` is the stage's entry point; it calls the detectors below
in turn. Each detector takes units (``_unit.Unit``) and marks noise with a
reason, never removes it: no text is dropped.

Modules:

* ``_asides``: A Markdown page's callouts and admonitions (``> [!info]``, ``!!! note``,
  ``<Admonition>``, and a ``:::note`` container above the document's first line): the copy
  keeper's boxes beside the text, noise; a container below it is the document's own.
* ``_bibliographic``: The record a legal database prints about an act, set aside as noise
  (``metadata``).
* ``_bodyrows``: Rows of the text read as menus: a line cut into columns under an open line
  of the text, naming no page tool, is given back to the text.
* ``_boilerplate``: Noise by features: page stamps, tables of contents, separators and site
  chrome.
* ``_brackets``: Paragraph numbers in square brackets: which open a judgment's paragraphs.
* ``_bulletruns``: A list's rest: the short items of a bulleted list that the page's chrome
  opens or boxes.
* ``_chromelines``: Web chrome the line scorer leaves open: separator-joined tool lines and
  boxed notices.
* ``_closingblock``: The labelled block of pointers (a label over kinds and titles) between
  a page's last sentence and its closing chrome.
* ``_columns``: Page furniture cut into columns: a PDF's running head or foot copied as one
  line.
* ``_copynote``: A repository copy's note on itself: the blockquote between its record and the
  text.
* ``_crumbtrails``: A breadcrumb trail whose last step is the page's title (a long step the
  menu rule leaves open), above the document's first numbered line: navigation.
* ``_editnotes``: An editor's or a keeper's note on the copy (translation, transcription,
  source, how to cite) before the document's numbered span or after it, noise.
* ``_edgesites``: A web address alone at a page's edge: the publisher's site printed in a
  page's foot or head, noise.
* ``_fieldruns``: A record's fields left open among fields set aside, under the site's
  chrome: the rest of one record.
* ``_footboxes``: A web page's foot read as boxes: a label over a related list, or a run of
  short lines between web chrome, below the text's last numbered line or sentence.
* ``_footnotes``: Footnotes of a PDF copy found by shape: the notes at a page's foot are page
  furniture.
* ``_frontcues``: The front-matter cues tried by a line's first character: only the cues
  that may open on it, case-blind (the same answer as the whole union's).
* ``_furniture``: Page furniture and page tools found by shape: running lines, footnote zones,
  contents pages, menus and record boxes.
* ``_headblocks``: A page's running head block: the division lines a PDF's page opens with
  under its running head, each repeating a heading printed further up.
* ``_headingback``: Headings given back: a line the noise passes set aside by its shape that
  stands once, right over the first item of a numbered sequence, heads it.
* ``_headingparts``: The parts of a judgment or an act a heading names (its operative part,
  its orders) and the headings whose numbers are another text's (re-exported by ``_numbering``).
* ``_hiddentext``: Screen-reader-only text of an HTML page, set aside as noise with its span.
* ``_keywordrows``: A page's row of keywords or tag chips ("Mots-clés : Mali, Niger"): web
  chrome, unless an abstract right above it owns it.
* ``_letterruns``: Paragraphs numbered after a letter (``R1``, ``C2``, ``A3.``): which open a
  paragraph.
* ``_linekeys``: A line's shape as the page-furniture rules read it: its key, whether it ends
  a sentence, whether the scorer may still class it, dot leaders, web and phone marks.
* ``_linkmenus``: Menus of a Markdown copy of a web page: runs of lines that are nothing but
  links.
* ``_mailheads``: A saved e-mail's envelope: the header lines ("From:", "Date:", "Subject:",
  "MIME-Version:", "Content-Type:") that open a newsletter or a circular kept as a message.
  They are the mail program's record of the sending, not the text, noise (``metadata``).
* ``_markergate``: Whether a line may open with a marker at all: one pattern of every shape's
  opening, so that running text skips the numbering grammar's shapes one by one.
* ``_mastheads``: A gazette's masthead: the journal's name, then the state that publishes it.
* ``_menugaps``: Menu runs left open between two blocks of a page's chrome, outside its prose:
  two or more short label lines (no sentence, no figure, not in capitals) with the site's
  tools on one side and its tools or a printed page's mark on the other (jusText's reading
  of a block by its neighbours).
* ``_mirrored``: Mirrored running lines: a PDF's running head or foot that changes sides from
  page to page.
* ``_numbering``: The numbering grammar: which marker a line opens with, and how it is cited.
* ``_numberingschema``: The schema of ``data/models/numbering.toml``: the numbering schemes
  that are data (articles, divisions of an act, item families, run-in titles, annexes),
  validated on load. Kept apart from the grammar that reads them (:mod:`._numbering`), which
  re-exports what it loads.
* ``_pageinfo``: What a page prints about its publisher and its publication, beside the text.
* ``_pagetop``: The site's banner at a web page's top: a run of short open lines with only
  noise above and the site's tools right below, when the title stays open under them.
* ``_pagecounts``: A page's count after the text's reference ("VI-22.614 - 4/4"): a page
  number as the last page's foot or at a page's edge, a body line's tally elsewhere.
* ``_personnames``: Persons' names as a record's field gives them: a signature's, a court's
  cover sheet's (initials or a form of address before a surname), which keep a box of
  fields in the text.
* ``_pictures``: Pictures drawn in characters, noise of the layout rules (``markup``): a bar
  chart in block characters, and a diagram's labels read across by a PDF's text layer; and a
  picture's words the rules left open deep inside its other words.
* ``_postal``: A publisher's postal address under the text (a postcode and its town, the
  street written either way round), with nothing of the text below it: the colophon, noise.
* ``_recordtables``: A repository's record table under the text: its history, its versions,
  its signatures.
* ``_repository``: A repository's record around the text told by its markup (front matter,
  HTML-only lines, image names, a ``<details>`` fold), but the prose a fold holds.
* ``_rulefoot``: A page's foot under a rule: related items, terms, an address or a copyright
  below the text's last rule, told by their marks.
* ``_running``: Running lines: a line printed again and again down a copied document, apart
  from its page number, is page furniture (see :mod:`ctdocs.layout._furniture`).
* ``_runon``: A line whose pieces run on as one sentence: a set-in title wrapped over blank
  lines ("Opinion 14/2026" / "on the Proposal for a Regulation on" / "the use of advance …").
* ``_saying``: Whether a short line says or names: the run-in title's test of its first words.
* ``_segment``: Normalised lines become units, and what is not document becomes noise.
* ``_shortboxed``: A short open line boxed by noise: a page's chrome left open between
  chrome set aside, or left as the text's last open line above the page's foot.
* ``_signblock``: A signature block under the text, set aside with the page's closing
  chrome: the text's, given back (the signatory is an actor of the text).
* ``_sitefooter``: A site that names itself at both ends of its page: the last line opening
  with the name one of the first lines prints alone is the site's footer.
* ``_stamps``: A copied page's stamps and history notes written into lines of their own.
* ``_tableruns``: Runs of lines cut into as many columns: a table's header and rows, not
  menus.
* ``_tailboxes``: Boxes under the text: a release's press contacts and a page's history of
  updates.
* ``_toczone``: Contents zones: the entries under a contents heading, each paged or printed
  again later as a heading (see :mod:`ctdocs.layout._furniture`). A layout rule; the structure
  stage's :mod:`ctdocs.structure._contents` finds contents lists that kept no heading.
* ``_unit``: The unit of the layout stage: one logical line of the normalised text.
* ``_webtails``: Web page chrome told by repetition and position: heading tails, trailing
  asides and a chrome link's gloss.
"""

from ._segment import (
    is_amendment_note,
    is_front_matter,
    is_masthead,
    is_signature,
    segment,
    subject_title,
)
from ._unit import Unit

__all__ = [
    "Unit",
    "is_amendment_note",
    "is_front_matter",
    "is_masthead",
    "is_signature",
    "segment",
    "subject_title",
]
