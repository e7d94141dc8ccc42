"""Stage 4, structure: units become the title, the head, sections and the clause tree.

``_tree.build`` is the stage's entry point; the numbering grammar it reads
markers with lives in ``layout._numbering`` and ``data/models/numbering.toml``.

Modules:

* ``_actlines``: Shapes of single lines in legal acts: a quoted term opening a line inside the
  provisions an amending act quotes, an article's heading line that holds a sentence.
* ``_blocks``: Blocks before they become models, and the tests of what a line is.
* ``_clausereading``: How the body reader reads a line in its context: headings and the
  titles they give (run-in, standalone, marginal notes, a heading broken over two lines),
  and items written inline in one line (split where a consecutive sequence shows them).
* ``_clauses``: The body of a document: sections, numbered clauses and their number spaces.
* ``_clausestate``: The state the body reader keeps while it reads: blocks made so far, what
  is open above the current line (divisions, an article or numbered section, roman and
  capital headings, the latest paragraph, open items), and the steps that make and close
  blocks.
* ``_contents``: Contents lists known by repetition: entries whose headings the text prints
  again.
* ``_language``: Language detection: French or English, from stop-word frequencies.
* ``_lineshapes``: Shapes of a numbered line's rest that tell a heading from a sentence a
  line end cut.
* ``_locations``: Divisions of codes and acts read over the whole text: where a legal
  database's page sits in a larger code (``Title 31`` / ``Chapter V`` / ``PART 594`` above its
  text, not its divisions), and divisions numbered afresh under each larger one (``Title II
  Chapter I``).
* ``_sequences``: Helpers of the clause tree: number sequences, quotation state, run-in
  title and definition shapes, annex headings. Pure functions over text and the numbering
  data.
* ``_spaces``: Number spaces: the parts of a text that number afresh, and the outline around
  paragraphs.
* ``_stoptitles``: Run-in titles closed by a full stop, and the test of the whole document
  that keeps them (a sibling titled too).
* ``_title``: The document's own title, chosen among the lines of its head by features.
* ``_titlelines``: What one line of a document's head reads as, for the title chooser
  (``_title``).
* ``_tree``: Content units become titled, sectioned, nested blocks.
"""
