"""A text (plain or Markdown-ish) written as a .docx, its numbers typed or Word-numbered.

Each non-blank line becomes a paragraph; ``#`` headings become ``Heading n``
paragraphs and ``**bold**`` bold runs. With ``auto=True`` the clause markers
that open a line are taken out of the text and produced by numbering
definitions instead, the way Word stores them:

* ``3.1``, ``3.1.2`` (and ``1.``) — one multi-level decimal list (``%1.%2``);
* ``1.`` with ``(a)`` and ``(i)`` under it — a legal list of three levels whose
  deeper levels restart when a shallower one advances (``w:lvlRestart``
  default); ``(1)`` with ``(a)``/``(i)`` — another; lone ``(a)``, ``(i)`` lists;
* ``# 2 Title``, ``### Article 5`` — numbered headings: the heading style
  carries the ``w:numPr`` and the level names its style (``w:pStyle``);
  unnumbered headings of a numbered style switch it off (``numId`` 0);
* whenever Word's counters would not give the number the text has (a list
  that starts at 3.1, a gap), a new list instance restarts the levels with
  ``w:startOverride``.

The counters simulated here are written from the rules, independently of the
reader; the tests compare the reader's output with the text version's parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .package import Doc, level, para, run

_HEAD = re.compile(r"^(#{1,6})\s+(.*)$")
_ML = re.compile(r"^(\d{1,3}(?:\.\d{1,3})+)(\.?)(\s+)(?=\S)")
_DEC = re.compile(r"^(\d{1,3})\.(\s+)(?=\S)")
_PDEC = re.compile(r"^\((\d{1,3})\)(\s*)(?=\S)")
_ALPHA = re.compile(r"^\(([a-z])\)(\s*)(?=\S)")
_ROMAN = re.compile(r"^\(([ivx]{1,5})\)(\s*)(?=\S)")
_HNUM = re.compile(r"^(?:(Article)\s+)?(\d{1,3})(\s+|$)")
_ROMAN_NAMES = "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx"
_ROMANS = {v: k + 1 for k, v in enumerate(_ROMAN_NAMES.split())}


def runs(text: str) -> str:
    """``**bold**`` stretches as bold runs; an unpaired ``**`` stays text."""
    bits = text.split("**")
    if len(bits) % 2 == 0:
        return run(text)
    return "".join(run(b, bold=k % 2 == 1) for k, b in enumerate(bits) if b)


@dataclass
class _List:
    """One family of lists: its abstract definition and the simulated Word counters."""

    aid: str
    shows: list[list[int]]  # per level: the levels its lvlText shows
    num: str = ""
    vals: list[int | None] = field(default_factory=lambda: [None] * 9)
    starts: dict[int, int] = field(default_factory=dict)

    def number(self, doc: Doc, ilvl: int, want: list[int]) -> str:
        """The instance to use so that level ``ilvl`` shows ``want`` (per shown level)."""
        got = self._next(ilvl)
        if self.num and all(got[k] == w for k, w in zip(self.shows[ilvl], want, strict=True)):
            self._advance(ilvl)
            return self.num
        starts = dict(zip(self.shows[ilvl], want, strict=True))
        self.num, self.starts = doc.num(self.aid, starts), starts
        for k in starts:
            self.vals[k] = None
        self._advance(ilvl)
        return self.num

    def _next(self, ilvl: int) -> list[int]:
        shown = [v if v is not None else self.starts.get(k, 1) for k, v in enumerate(self.vals)]
        cur = self.vals[ilvl]
        shown[ilvl] = self.starts.get(ilvl, 1) if cur is None else cur + 1
        return shown

    def _advance(self, ilvl: int) -> None:
        cur = self.vals[ilvl]
        self.vals[ilvl] = self.starts.get(ilvl, 1) if cur is None else cur + 1
        for k in range(ilvl + 1, 9):
            self.vals[k] = None


@dataclass
class _Builder:
    doc: Doc
    lists: dict[str, _List] = field(default_factory=dict)
    top: str | None = None  # the family of the last level-0 item since the last heading
    last_alpha: int = 0
    heading_text: dict[int, str] = field(default_factory=dict)  # level → lvlText template

    def family(self, name: str) -> _List:
        if name not in self.lists:
            d = self.doc
            if name.startswith("ml"):
                dot = "." if name == "ml." else ""
                lv = [
                    level(
                        k,
                        ".".join(f"%{j + 1}" for j in range(k + 1))
                        + (dot or "." if k == 0 else dot),
                    )
                    for k in range(6)
                ]
                shows = [list(range(k + 1)) for k in range(6)]
            else:
                first = {
                    "legal": ("%1.", "decimal"),
                    "sub": ("(%1)", "decimal"),
                    "alpha": ("(%1)", "lowerLetter"),
                    "roman": ("(%1)", "lowerRoman"),
                }[name]
                fmts = [first]
                if name in ("legal", "sub"):
                    fmts += [("(%2)", "lowerLetter"), ("(%3)", "lowerRoman")]
                elif name == "alpha":
                    fmts += [("(%2)", "lowerRoman")]
                lv = [level(k, t, f) for k, (t, f) in enumerate(fmts)]
                shows = [[k] for k in range(len(fmts))]
            self.lists[name] = _List(d.abstract(lv), shows)
        return self.lists[name]

    def marker(self, body: str, has_ml: bool) -> tuple[str, int, list[int], str] | None:
        """(family, level, wanted shown values, rest of the line) of a line's marker."""
        m = _ML.match(body)
        if m:
            vals = [int(x) for x in m.group(1).split(".")]
            fam = "ml." if m.group(2) else "ml"
            return fam, len(vals) - 1, vals, body[m.end() :]
        m = _DEC.match(body)
        if m:
            fam = "ml" if has_ml else "legal"
            self.top = fam
            return fam, 0, [int(m.group(1))], body[m.end() :]
        m = _PDEC.match(body)
        if m:
            self.top = "sub"
            return "sub", 0, [int(m.group(1))], body[m.end() :]
        m, r = _ALPHA.match(body), _ROMAN.match(body)
        if m and not (r and ord(m.group(1)) - 96 != self.last_alpha + 1):
            self.last_alpha = ord(m.group(1)) - 96
            if self.top in ("legal", "sub"):
                return self.top, 1, [self.last_alpha], body[m.end() :]
            return "alpha", 0, [self.last_alpha], body[m.end() :]
        if r and r.group(1) in _ROMANS:
            v = _ROMANS[r.group(1)]
            if self.top in ("legal", "sub") and self.last_alpha:
                return self.top, 2, [v], body[r.end() :]
            if self.last_alpha:
                return "alpha", 1, [v], body[r.end() :]
            return "roman", 0, [v], body[r.end() :]
        return None


def text_to_docx(text: str, *, auto: bool) -> bytes:
    """``text`` as a .docx: numbers typed in the text, or (``auto``) made by Word numbering."""
    doc = Doc()
    b = _Builder(doc)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    has_ml = any(_ML.match(ln) for ln in lines)
    heads = _heading_numbering(doc, lines) if auto else {}
    for ln in lines:
        h = _HEAD.match(ln)
        if h:
            lvl, body = len(h.group(1)), h.group(2).strip()
            b.top, b.last_alpha = None, 0
            doc.body.append(
                _heading(doc, heads, lvl, body) if auto else para(runs(body), f"Heading{lvl}")
            )
            continue
        mk = b.marker(ln, has_ml) if auto else None
        if mk is None:
            doc.body.append(para(runs(ln)))
            continue
        fam, ilvl, want, rest = mk
        nid = b.family(fam).number(doc, ilvl, want)
        doc.body.append(para(runs(rest), num=(nid, ilvl)))
    return doc.bytes()


@dataclass
class _Heads:
    """Numbered heading styles: one list, one level per heading style that carries numbers."""

    templates: dict[int, str]  # heading level → template word ("" or "Article")
    lst: _List
    num: str


def _heading_numbering(doc: Doc, lines: list[str]) -> dict[str, _Heads]:
    """Give ``Heading n`` a numbering when the text numbers its level-n headings."""
    templates: dict[int, str] = {}
    for ln in lines:
        h = _HEAD.match(ln)
        m = _HNUM.match(h.group(2).strip()) if h else None
        if h and m and len(h.group(1)) not in templates:
            templates[len(h.group(1))] = m.group(1) or ""
    if not templates:
        return {}
    lv = [
        level(
            n - 1,
            (f"{templates[n]} " if templates[n] else "") + f"%{n}",
            suff="space",
            style=f"Heading{n}",
        )
        for n in sorted(templates)
    ]
    aid = doc.abstract(lv)
    lst = _List(aid, [[k] for k in range(9)])
    lst.num = doc.num(aid)
    for n in templates:
        doc.styles.append(
            f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
            f'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="{n - 1}"/>'
            f'<w:numId w:val="{lst.num}"/></w:numPr>'
            f'<w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>'
        )
    return {"h": _Heads(templates, lst, lst.num)}


def _heading(doc: Doc, heads: dict[str, _Heads], lvl: int, body: str) -> str:
    hd = heads.get("h")
    style = f"Heading{lvl}"
    if hd is None or lvl not in hd.templates:
        return para(runs(body), style)
    m = _HNUM.match(body)
    if m is None or (m.group(1) or "") != hd.templates[lvl]:
        return para(runs(body), style, num=("0", 0))  # a numbered style, switched off
    before = hd.lst.num
    nid = hd.lst.number(doc, lvl - 1, [int(m.group(2))])
    rest = body[m.end() :]
    if nid == before == hd.num:
        return para(runs(rest), style)  # the number comes from the style alone
    return para(runs(rest), style, num=(nid, lvl - 1))
