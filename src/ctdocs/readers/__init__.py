"""Stage 1, the readers: bytes of one format to Markdown-ish text with an offset map.

``html`` (HTML pages: tags to lines, navigation kept as spans; the tree walked in
``ctdocs.readers._htmlwalk``, each tag written by the converter of
``ctdocs.readers._htmlconv``, list labels from ``ctdocs.readers._htmllists``, hidden
elements and screen-reader text told by ``ctdocs.readers._htmlhidden``) and ``pdf``
(pdfplumber pages to paragraphs, furniture and footnotes marked). Plain text
and Markdown are read by ``ctdocs.readers._source`` (decoding, sniffing); a block of
them set in two columns (a gazette copied as text) is read column by column by
``ctdocs.readers._textcolumns``, and a letterhead in two boxes at a text's head has each
row cut into its boxes by ``ctdocs.readers._letterheads``; a statute's marginal notes
copied beside its sections are set on lines of their own by ``ctdocs.readers._margins`` (and
notes run into their sections' lines, ``Short title 1. This Act …``, by
``ctdocs.readers._runinnotes``). A reader
imports nothing from a later stage (normalise, layout, structure, extract):
what it shares with them lives in ``ctdocs._markers``; see docs/architecture.md.
"""
