"""Stage 4, structure: units become the title, the head, sections and the clause tree.

``_tree.build`` is the stage's entry point; the numbering grammar it reads
markers with lives in ``layout._numbering`` and ``data/models/numbering.toml``.

Modules:

* ``_actlines``: Shapes of single lines in legal acts: a quoted term opening a line inside the
  provisions an amending act quotes, an article's heading line that holds a sentence.
* ``_bareruns``: Numbered units no line pattern alone can read, found from runs over the whole
  body: paragraphs numbered with a bare number and no dot (an IMO circular's ``1 The Committee
  …``), and annexes laid out as an outline of numbered headings (``1 INTRODUCTION`` over
  ``1.1``, ``1.2``), which are cited as a document's outline is, after the annex's word
  (``Annex 1.1``) rather than as its paragraphs (``Annex(1)``).
* ``_blocks``: Blocks before they become models, and the tests of what a line is.
* ``_bylines``: Lines that name persons (a byline, a signature, a question's authors), never a
  heading.
* ``_captionlines``: Caption lines: ``Table 1: Threat levels``, ``Figure 2 – Attacks by
  region`` alone on a line over a table, a chart or a box name no section.
* ``_capitals``: The citation of capital-letter section headings under roman ones (guidelines
  §1a).
* ``_cells``: The cell boundaries of a document's tables: where extraction must stop.
* ``_clausereading``: How the body reader reads a line in its context: headings and the titles
  they give (run-in, standalone, marginal notes, a heading broken over two lines), and items
  written inline in one line (split where a consecutive sequence shows them).
* ``_clauses``: The body of a document: sections, numbered clauses and their number spaces.
* ``_clausestate``: The state the body reader keeps while it reads: blocks made so far, what
  is open above the current line (divisions, an article or numbered section, roman and capital
  headings, the latest paragraph, open items), and the steps that make and close blocks.
* ``_closinglists``: Numbered lists of names that close a text (its signatories, the offices
  it is copied to): their numbers count names, not provisions, and open no clause.
* ``_colonitems``: Items written inline after a colon in a paragraph with no number of its own,
  their labels closed by a bare parenthesis (``… pourront imposer : i) un périmètre ; ii) …``).
* ``_commaitems``: Items written inline in one sentence and separated by commas (``… covering
  (a) online radicalisation, (b) the misuse of drones and (c) explosive precursors, to be
  presented …``).
* ``_commentary``: Articles a text comments on, one by one, under a heading that says so
  (``Examen des articles``): their numbers are the bill's, no clauses.
* ``_contents``: Contents lists known by repetition: entries whose headings the text prints
  again.
* ``_definitions``: Paragraphs that open a definition whose lettered or ``1°`` items follow
  (``« infrastructure essentielle » : …, notamment :``; an amending act's ``… the following
  definitions - "explosives precursor" means …, including -``): the items are its text.
* ``_defverbs``: A term defined by a verb at the head of a text: ``"blasting" means …``, ``«
  Acte terroriste » signifie …`` (guidelines §1: the items of one definition belong to it).
* ``_facts``: A judgment's facts outline: ``A.``, ``B.``, ``B.a``, ``B.b``, ``C.`` opening
  sentences.
* ``_fieldlabels``: Words before a colon that several clauses repeat (``Co-lead countries:``):
  a field's label kept in each clause's text, not a title.
* ``_gluedpages``: Page numbers a document-sharing site's transcript glues to the first line
  of a page.
* ``_inlinelead``: A sentence's first inline item cut from its paragraph by the layout of the
  second.
* ``_itemheads``: A numbered line that names (``2) Typologies observées``) alone on its line
  over the first item of a list (``a) utilisation de comptes …``): the heading of its part,
  whose items are its children; and a numbered question alone over its answer (``1. Who sets
  the threat level?``), a questions-and-answers page's heading in plain type (guidelines §1a:
  a numbered heading standing alone on its line is a clause whose text is its title).
* ``_language``: Language detection: French or English, from stop-word frequencies.
* ``_listedtitles``: Titles a document's contents list gives its clauses where the body prints
  only a marginal note's first line above the number (``Reporting of`` over ``5. The
  master …``).
* ``_ledruns``: Lists a numbered paragraph leads into with its colon, found by where the
  text's numbering resumes after them (``1.`` between ``119 …:`` and ``120.`` is 119(1)).
* ``_lineshapes``: Shapes of a numbered line's rest that tell a heading from a sentence a line
  end cut.
* ``_listparts``: A heading set between the items of one list: the list goes on across it.
* ``_listspaces``: A lettered list with no numbered parent that starts again under another
  heading.
* ``_locations``: Divisions of codes and acts read over the whole text: where a legal
  database's page sits in a larger code (``Title 31`` / ``Chapter V`` / ``PART 594`` above its
  text, not its divisions), and divisions numbered afresh under each larger one (``Title II
  Chapter I``).
* ``_lonelines``: A numbered paragraph's first line read as its heading (``5. La délégation du
  Ghana a présenté …`` over ``« Koudalgou IV » …``) given back to its text where it says
  rather than names and no sibling of its number space has a title.
* ``_headrows``: A table's rows right under a numbered heading, whose borders are gone (an
  HTML ``<tr>``, a PDF's columns as one line each): three short plain lines or more in a row
  with nothing under any are the heading clause's text, not headings.
* ``_headingbodies``: The body of a numbered heading that the reader left beside it: a titled
  clause with no text takes the body paragraphs set right after it, under it (guidelines §1).
* ``_itemshapes``: Which open item a new item of its family closes, told by how the number
  is printed: a ``(1)`` opening under an open ``1.`` heading or lead-in is a level below it.
* ``_marginalnotes``: A heading line right above a numbered line read as its marginal note
  (its title), or as a section's heading where the number goes on with the document's own
  paragraphs past a named unit (``Questions for consultees`` over ``5.10``).
* ``_markupoutline``: Numbered headings that the page's markup nests under a roman or capital
  heading.
* ``_minuteitems``: Which agenda-item codes are a minutes' own items, read off the sequence
  they print (one meeting's codes counting from 1).
* ``_noheadings``: Lines a reader takes for a heading that name no section
  (ctdocs.structure._clauses, guidelines §1: a clause's section is the nearest unnumbered
  heading above it). Shallow shapes that hold across publishers: a table's row of figures
  ("TOTAL 22 31 48"), an act's number or citation ("2019 CHAPTER 3", "S.O. 2021, CHAPTER 19",
  "Number 27 of 2024") - half its words numbers - a place and a date ("Islamabad, 18th
  November, 2026"), and a formula closed by a colon and a dash ("Enacted by the Parliament of
  Guyana:-"), which Commonwealth drafting sets only after a lead-in ("as follows:—",
  "namely:—"). None of these is a section in any gold file, and the heading-like lines above
  one are an act's head (its short title, "Act 2019"), a signature ("Chairperson") or a
  table's rows, not sections: gold gives the clauses below no section (220 of 244 clauses in
  the 11 files where this fires, against 57 at base and 81 had they kept the section above).
* ``_prefixquotes``: Whether a quotation is open before each of many positions of one text,
  read once.
* ``_reportreading``: How the body reader reads reports, statements and web pages whose
  numbering is not printed as a dot after a number at a line's start.
* ``_reproduced``: Paragraphs of another instrument reproduced after a lead-in that cites it.
* ``_runparas``: Paragraph numbers printed in parentheses that run across a text's markup
  headings (``<h2>The judgment</h2>`` / ``(1) The case concerns …`` … ``<h3>Legal starting
  point</h3>`` / ``(6) …``): a judgment's or a report's paragraphs, cited by their number as
  ``[1]`` or ``1.`` are (``1``, its items ``8(a)``; heldout23 and heldout24 gold), not
  recitals (``(1)``), which stand in one preamble, nor a lead-in's items, which stand in one
  section, nor a statute's subsections, whose ``(1)`` starts again in every section.
* ``_sectionspaces``: Section headings whose paragraphs start their numbers again under
  each: number spaces of their own (``Section 2(1)``), read off the printed sequence.
* ``_sequences``: Helpers of the clause tree: number sequences, quotation state, run-in title
  and definition shapes, annex headings. Pure functions over text and the numbering data.
* ``_spaces``: Number spaces: the parts of a text that number afresh, and the outline around
  paragraphs.
* ``_stoptitles``: Run-in titles closed by a full stop, and the test of the whole document
  that keeps them (a sibling titled too).
* ``_termtitles``: Titles printed on the number's line over a body that starts on the next
  (a glossary's term, ``2.1 port facility (installation portuaire)``), taken where the
  document titles the clause's siblings too; a headline closed by a full stop where every
  sibling has one.
* ``_title``: The document's own title, chosen among the lines of its head by features.
* ``_titlefit``: A learned second look at each clause's run-in title (the words before the
  first colon, full stop or dash of its first line): a logistic model over shapes that hold
  across publishers and the document's own siblings overrules the rules where it is sure by
  its margin (``data/models/title_fit.toml``, fitted leave-one-batch-out).
* ``_titlefitschema``: The schema of ``data/models/title_fit.toml``, validated on load.
* ``_titlelang``: Whether a head line is in another language than the text's
  (ctdocs.structure._title): a republisher's English header over a French act is no candidate
  for the act's title. Kept apart from the title chooser, which reads only a line's shape.
* ``_titlelines``: What one line of a document's head reads as, for the title chooser
  (``_title``).
* ``_trailinglabels``: Named units whose number is printed after their text: ``… support.
  (Recommendation 1)``.
* ``_tree``: Content units become titled, sectioned, nested blocks.
* ``_undotted``: Paragraph numbers printed with no dot that the bare-number run
  (``_bareruns``) misses.
* ``_wrappedrefs``: A number in parentheses a line break set at a line's start inside a
  sentence (``… after subsection`` / ``(3) the following subsection -``): a reference.
"""
