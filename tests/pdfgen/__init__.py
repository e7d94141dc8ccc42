"""Typeset the seed texts as real PDFs with reportlab, in three page layouts.

The seeds are Markdown-ish: ``#`` headings, ``**bold**`` runs, ``*italic*``,
``<sup>`` and ``-``/``•`` bullets, a hard break as two trailing spaces. This
module reads that shape simply (it does not use ctdocs) and sets each paragraph
with platypus, so the PDF holds typeset text with Helvetica / Helvetica-Bold:

``un``
    UN document: the symbol (``S/2003/82``) on every page, top right on odd
    pages and top left on even ones; the job number (``03-22133 (F)``) and the
    page number at the foot; justified text with soft hyphens, so some lines
    end in a hyphenated word.
``nato``
    Two columns; a running head (``OTAN SANS CLASSIFICATION``) and a foot
    ``Page 3 sur 5``.
``report``
    One ragged-right column, paragraphs marked only by a first-line indent (no
    space between them), footnotes in small type at the foot of the page and a
    lone page number.

``render(text, layout)`` returns the PDF bytes; ``footnote(n)`` is how the
report layout prints footnote ``n``, for tests that look for it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
)

__all__ = [
    "FOOTNOTES",
    "FOOTNOTE_TEXT",
    "JOB_NUMBER",
    "LAYOUTS",
    "NATO_HEAD",
    "SYMBOL",
    "Block",
    "footnote",
    "parse_markdownish",
    "printable",
    "render",
]

Layout = Literal["un", "nato", "report"]
LAYOUTS: tuple[Layout, ...] = ("un", "nato", "report")

SYMBOL = "S/2003/82"
JOB_NUMBER = "03-22133 (F)"
NATO_HEAD = "OTAN SANS CLASSIFICATION"
FOOTNOTES = (
    "Voir la résolution 1373 (2001) du Conseil de sécurité, paragraphe 6.",
    "Document EAPC(C)D(2002)12, diffusé aux délégations le 22 novembre.",
    "Les chiffres cités proviennent du rapport annuel du Secrétaire général.",
    "Texte adopté sans vote ; les réserves figurent dans le compte rendu.",
    "Y compris les missions menées sous mandat des Nations Unies depuis 1995.",
    "Communiqué final de la réunion ministérielle de Reykjavik, point 4.",
    "La liste des pays participants est publiée sur le site officiel.",
    "Conformément aux procédures agréées par le Comité directeur.",
    "Les montants sont exprimés en euros aux prix courants de l'époque.",
    "Voir aussi le rapport du Comité contre le terrorisme publié en décembre.",
    "Traduction non officielle établie par le secrétariat international.",
    "Sous réserve de l'accord des autorités nationales compétentes.",
    "Document de travail présenté par la présidence en exercice.",
    "Cette disposition s'applique aussi aux territoires associés.",
    "Données provisoires, à confirmer lors de la prochaine session.",
    "Décision prise par consensus lors de la session extraordinaire.",
)
FOOTNOTE_TEXT = "{n} {text}"


def footnote(n: int) -> str:
    """The text of footnote ``n`` as the report layout prints it (mark, space, note)."""
    return FOOTNOTE_TEXT.format(n=n, text=FOOTNOTES[(n - 1) % len(FOOTNOTES)])


PAGE_W, PAGE_H = A4


@dataclass
class Block:
    kind: Literal["heading", "para", "bullet", "rule"]
    markup: str = ""  # reportlab paragraph markup
    level: int = 0
    bullet: str = ""
    words: int = 0
    footnote: int = 0  # footnote number attached to the end of the paragraph
    raw: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*([-\u2022*])\s+(.*)$")
_RULE = re.compile(r"^\s*([-*_]\s*){3,}$")


def printable(text: str) -> str:
    """``text`` with what Helvetica (WinAnsi) cannot show spelled without its accent (č → c)."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = unicodedata.normalize("NFKD", ch).encode("cp1252", "ignore").decode("cp1252")
        out.append(ch)
    return "".join(out)


def _inline(text: str, hyphenate: frozenset[str] = frozenset()) -> str:
    """Markdown-ish inline marks to reportlab markup (XML-escaped)."""
    text = printable(text)
    sup: list[str] = []

    def keep_sup(m: re.Match[str]) -> str:
        sup.append(m.group(1))
        return f"\x00{len(sup) - 1}\x00"

    text = re.sub(r"<sup>(.*?)</sup>", keep_sup, text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if hyphenate:
        text = re.sub(r"[^\W\d_]+", lambda m: _soft(m.group(), hyphenate), text)
    out: list[str] = []
    bold = False
    for part in re.split(r"(\*\*)", text):
        if part == "**":
            out.append("</b>" if bold else "<b>")
            bold = not bold
            continue
        part = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"<i>\1</i>", part)
        out.append(part)
    if bold:
        out.append("</b>")
    res = "".join(out)
    return re.sub(r"\x00(\d+)\x00", lambda m: f"<super>{sup[int(m.group(1))]}</super>", res)


_VOWELS = set("aeiouyàâäéèêëîïôöùûüœæAEIOUYÉÈÊÀ")


def _soft(word: str, hyphenate: frozenset[str]) -> str:
    """Soft hyphens between syllables (V-CV, VC-CV) of a word the document repeats."""
    if word.lower() not in hyphenate:
        return word
    cuts: list[int] = []
    for i in range(3, len(word) - 3):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if a in _VOWELS and b not in _VOWELS and c in _VOWELS:
            cuts.append(i)  # ma-nifeste
        elif (
            a not in _VOWELS
            and b not in _VOWELS
            and word[i - 2] in _VOWELS
            and c in _VOWELS
            and a + b not in ("ch", "ph", "th", "gn", "qu")
            and b not in "lr"
        ):
            cuts.append(i)  # ter-ro
    out, last = [], 0
    for cut in cuts:
        if cut - last >= 2:
            out.append(word[last:cut])
            last = cut
    out.append(word[last:])
    return "\u00ad".join(out)


def parse_markdownish(text: str, *, hyphenate: bool = False) -> list[Block]:
    """Blocks of a seed: one per line, lines ending in a hard break joined."""
    lines = text.replace("\r\n", "\n").split("\n")
    words: frozenset[str] = frozenset()
    if hyphenate:
        counts = Counter(w.lower() for w in re.findall(r"[^\W\d_]{9,}", text))
        words = frozenset(w for w, n in counts.items() if n >= 2)
    merged: list[str] = []
    buf = ""
    for line in lines:
        buf = buf.rstrip(" \\") + " " + line.strip() if buf else line
        if line.endswith("  ") and line.strip() and not _HEADING.match(buf):
            continue
        merged.append(buf)
        buf = ""
    if buf:
        merged.append(buf)
    blocks: list[Block] = []
    for line in merged:
        s = line.strip()
        if not s:
            continue
        if _RULE.match(s):
            blocks.append(Block("rule", raw=s))
            continue
        m = _HEADING.match(s)
        if m:
            blocks.append(Block("heading", _inline(m.group(2)), level=len(m.group(1)), raw=s))
            continue
        m = _BULLET.match(line)
        if m and not s.startswith("**"):
            markup = _inline(m.group(2), words)
            blocks.append(Block("bullet", markup, bullet=m.group(1), words=len(s.split()), raw=s))
            continue
        blocks.append(Block("para", _inline(s, words), words=len(s.split()), raw=s))
    return blocks


# -- styles ---------------------------------------------------------------------------

_HEAD_SIZE = {1: 17.0, 2: 15.0, 3: 13.0, 4: 12.0, 5: 11.5, 6: 11.5}


def _styles(layout: Layout) -> dict[str, ParagraphStyle]:
    if layout == "un":
        body = ParagraphStyle(
            "body",
            fontName="Helvetica",
            fontSize=10,
            leading=12.5,
            alignment=TA_JUSTIFY,
            spaceAfter=6,
            embeddedHyphenation=1,
            uriWasteReduce=0.3,
        )
    elif layout == "nato":
        body = ParagraphStyle(
            "body",
            fontName="Helvetica",
            fontSize=9,
            leading=11,
            alignment=TA_LEFT,
            spaceAfter=4,
        )
    else:
        body = ParagraphStyle(
            "body",
            fontName="Helvetica",
            fontSize=10.5,
            leading=13,
            alignment=TA_LEFT,
            firstLineIndent=16,
            spaceBefore=0,
            spaceAfter=0,
        )
    bullet = ParagraphStyle(
        "bullet",
        parent=body,
        leftIndent=14,
        bulletIndent=2,
        firstLineIndent=0,
        bulletFontName="Helvetica",
        bulletFontSize=body.fontSize,
    )
    styles = {"body": body, "bullet": bullet}
    scale = 0.85 if layout == "nato" else 1.0
    for level, size in _HEAD_SIZE.items():
        styles[f"h{level}"] = ParagraphStyle(
            f"h{level}",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=size * scale,
            leading=size * scale * 1.2,
            spaceBefore=6,
            spaceAfter=4,
            firstLineIndent=0,
            alignment=TA_LEFT,
        )
    return styles


class _Footnote(Flowable):  # type: ignore[misc]
    """Zero-height marker after a paragraph: note the footnote on the page it lands on."""

    def __init__(self, number: int, sink: dict[int, list[int]]) -> None:
        super().__init__()
        self.number = number
        self.sink = sink
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink.setdefault(self.canv.getPageNumber(), []).append(self.number)


def _story(blocks: list[Block], layout: Layout, notes: dict[int, list[int]]) -> list[Flowable]:
    st = _styles(layout)
    story: list[Flowable] = []
    n_notes = 0
    body_seen = 0
    for b in blocks:
        if b.kind == "rule":
            story.append(HRFlowable(width="100%", thickness=0.5, spaceBefore=2, spaceAfter=4))
        elif b.kind == "heading":
            story.append(Paragraph(b.markup, st[f"h{min(b.level, 6)}"]))
        elif b.kind == "bullet":
            story.append(Paragraph(b.markup, st["bullet"], bulletText=b.bullet))
        else:
            body_seen += 1
            markup = b.markup
            note = 0
            if (
                layout == "report"
                and b.words >= 20
                and body_seen % 4 == 2
                and b.raw.rstrip().endswith(".")
            ):
                n_notes += 1
                note = n_notes
                markup += f"<super>{note}</super>"
            story.append(Paragraph(markup, st["body"]))
            if note:
                story.append(_Footnote(note, notes))
    return story


def render(text: str, layout: Layout) -> bytes:
    """The seed ``text`` typeset as a PDF in ``layout`` (see the module docstring)."""
    blocks = parse_markdownish(text, hyphenate=layout == "un")
    total = 0
    pdf = b""
    for _ in range(2):  # the NATO foot says "Page n sur N": a first pass counts the pages
        notes: dict[int, list[int]] = {}
        pdf, total = _build(blocks, layout, notes, total)
    return pdf


def _build(
    blocks: list[Block], layout: Layout, notes: dict[int, list[int]], total: int
) -> tuple[bytes, int]:
    buf = io.BytesIO()
    margin = 72.0
    bottom = 120.0 if layout == "report" else 72.0
    pages = [0]

    def furniture(canv: Canvas, doc: BaseDocTemplate) -> None:
        n = canv.getPageNumber()
        pages[0] = max(pages[0], n)
        canv.saveState()
        if layout == "un":
            canv.setFont("Helvetica-Bold", 10)
            if n % 2:
                canv.drawRightString(PAGE_W - margin, PAGE_H - 40, SYMBOL)
            else:
                canv.drawString(margin, PAGE_H - 40, SYMBOL)
            canv.setFont("Helvetica", 8)
            canv.drawString(margin, 36, JOB_NUMBER)
            canv.setFont("Helvetica", 9)
            canv.drawRightString(PAGE_W - margin, 36, str(n))
        elif layout == "nato":
            canv.setFont("Helvetica-Bold", 8)
            canv.drawCentredString(PAGE_W / 2, PAGE_H - 36, NATO_HEAD)
            canv.setFont("Helvetica", 8)
            canv.drawCentredString(PAGE_W / 2, 32, f"Page {n} sur {max(total, n)}")
        else:
            canv.setFont("Helvetica", 9)
            canv.drawCentredString(PAGE_W / 2, 30, str(n))
        canv.restoreState()

    def footnotes(canv: Canvas, doc: BaseDocTemplate) -> None:
        if layout != "report":
            return
        here = notes.get(canv.getPageNumber(), [])
        if not here:
            return
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(margin, 104, margin + 120, 104)
        y = 92.0
        for k in here:
            mark = str(k)
            canv.setFont("Helvetica", 5.5)
            canv.drawString(margin, y + 3, mark)
            canv.setFont("Helvetica", 8)
            canv.drawString(
                margin + canv.stringWidth(mark, "Helvetica", 5.5) + 2.5,
                y,
                FOOTNOTES[(k - 1) % len(FOOTNOTES)],
            )
            y -= 10
        canv.restoreState()

    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=bottom,
        title="ctdocs test",
        author="ctdocs",
    )
    width = PAGE_W - 2 * margin
    height = PAGE_H - margin - bottom
    if layout == "nato":
        gutter = 18.0
        colw = (width - gutter) / 2
        pad = {"leftPadding": 0, "rightPadding": 0}
        frames = [
            Frame(margin, bottom, colw, height, id="left", **pad),
            Frame(margin + colw + gutter, bottom, colw, height, id="right", **pad),
        ]
    else:
        frames = [Frame(margin, bottom, width, height, id="body", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=frames, onPage=furniture, onPageEnd=footnotes)]
    )
    doc.build(_story(blocks, layout, notes))
    return buf.getvalue(), pages[0]
