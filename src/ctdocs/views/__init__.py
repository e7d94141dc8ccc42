"""Stage 7, views: what researchers read off a parsed Document.

Tables, display, alignment, diff, export, validation and the corpus runner.
Nothing here changes a Document; every view reads the graph by ids and spans.

Modules:

* ``_align``: Pair the blocks of two language versions of one text (French and English).
* ``_chains``: Order-keeping chains and paths over two sequences, shared by
  :mod:`ctdocs.align` and :mod:`ctdocs.diff`.
* ``_corpus``: Many documents: :func:`parse_corpus` streams results in input order, on one or
  more processes.
* ``_diff``: Compare two versions of one text in one language: an action plan and its update.
* ``_display``: A parsed document as HTML, for Jupyter's rich display
  (``Document._repr_html_``).
* ``_export``: A corpus as a database: :func:`export` writes the tables of ``frames()`` to
  DuckDB or Parquet.
* ``_frames``: Parsed documents as tidy tables: the rows behind ``frames()`` and ``export()``.
* ``_jsoncheck``: ``ctdocs validate --json``: check exported JSON against the committed JSON
  Schema.
* ``_jsonmeaning``: What an export must mean beyond its shape (``ctdocs validate --json``).
* ``_mentions``: The mentions table: every actor, date and domain mention of a document, in
  text order, and the innermost clause that holds a span.
* ``_runner``: Worker processes that may die: each holds one file at a time, and a dead one
  costs that file.
* ``_validate``: Numbering checks for ``ctdocs validate``: gaps, duplicates, order, parents.
"""
