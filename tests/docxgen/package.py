"""Write a .docx from parts we build ourselves (no python-docx): the XML Word would save.

``Doc`` collects body paragraphs (raw ``<w:p>`` XML), abstract list definitions,
list instances, paragraph styles, notes, a header and a footer; :meth:`Doc.bytes`
zips them with the content types and relationships a Word package needs.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def run(text: str, bold: bool = False) -> str:
    """One run of text (spaces kept)."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(
    inner: str, style: str | None = None, num: tuple[str, int] | None = None, extra_ppr: str = ""
) -> str:
    """A paragraph: ``inner`` runs, optional style and direct numbering (numId, ilvl)."""
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += extra_ppr
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{inner}</w:p>"


def level(
    ilvl: int,
    text: str,
    fmt: str = "decimal",
    start: int = 1,
    *,
    suff: str = "tab",
    restart: int | None = None,
    legal: bool = False,
    style: str | None = None,
) -> str:
    """One ``w:lvl`` of an abstract list definition."""
    out = f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
    if restart is not None:
        out += f'<w:lvlRestart w:val="{restart}"/>'
    if style:
        out += f'<w:pStyle w:val="{style}"/>'
    if legal:
        out += "<w:isLgl/>"
    if suff != "tab":
        out += f'<w:suff w:val="{suff}"/>'
    return out + f'<w:lvlText w:val="{escape(text, {chr(34): "&quot;"})}"/></w:lvl>'


@dataclass
class Doc:
    """A Word package under construction."""

    body: list[str] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)  # <w:abstractNum> XML
    nums: list[str] = field(default_factory=list)  # <w:num> XML
    styles: list[str] = field(default_factory=list)  # extra <w:style> XML
    footnotes: list[str] = field(default_factory=list)  # <w:footnote> XML (normal notes)
    header: str | None = None  # paragraphs XML
    footer: str | None = None
    settings: str = ""  # inner XML of <w:settings>

    def abstract(self, levels: list[str], extra: str = "") -> str:
        aid = str(len(self.abstracts))
        self.abstracts.append(
            f'<w:abstractNum w:abstractNumId="{aid}">{extra}{"".join(levels)}</w:abstractNum>'
        )
        return aid

    def num(self, aid: str, starts: dict[int, int] | None = None) -> str:
        nid = str(len(self.nums) + 1)
        ov = "".join(
            f'<w:lvlOverride w:ilvl="{k}"><w:startOverride w:val="{v}"/></w:lvlOverride>'
            for k, v in sorted((starts or {}).items())
        )
        self.nums.append(f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{ov}</w:num>')
        return nid

    def bytes(self) -> bytes:
        parts: dict[str, str] = {
            "word/document.xml": f"<w:document {NS}><w:body>{''.join(self.body)}"
            "<w:sectPr/></w:body></w:document>",
            "word/styles.xml": _styles(self.styles),
            "word/numbering.xml": f"<w:numbering {NS}>{''.join(self.abstracts)}"
            f"{''.join(self.nums)}</w:numbering>",
            "word/settings.xml": f"<w:settings {NS}>{self.settings}</w:settings>",
        }
        rels = [
            ("styles", "styles.xml"),
            ("numbering", "numbering.xml"),
            ("settings", "settings.xml"),
        ]
        if self.footnotes:
            sep = (
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
                '</w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0">'
                "<w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
            )
            parts["word/footnotes.xml"] = (
                f"<w:footnotes {NS}>{sep}{''.join(self.footnotes)}</w:footnotes>"
            )
            rels.append(("footnotes", "footnotes.xml"))
        for kind, xml in (("header", self.header), ("footer", self.footer)):
            if xml is not None:
                tag = "hdr" if kind == "header" else "ftr"
                parts[f"word/{kind}1.xml"] = f"<w:{tag} {NS}>{xml}</w:{tag}>"
                rels.append((kind, f"{kind}1.xml"))
        return _zip(parts, rels)


def _styles(extra: list[str]) -> str:
    heads = "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr></w:style>'
        for n in range(1, 7)
        if not any(f'w:styleId="Heading{n}"' in s for s in extra)
    )
    return (
        f'<w:styles {NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        f'<w:name w:val="Normal"/></w:style>{heads}{"".join(extra)}</w:styles>'
    )


def _zip(parts: dict[str, str], rels: list[tuple[str, str]]) -> bytes:
    over = {
        "word/document.xml": "document.main",
        "word/styles.xml": "styles",
        "word/numbering.xml": "numbering",
        "word/settings.xml": "settings",
        "word/footnotes.xml": "footnotes",
        "word/header1.xml": "header",
        "word/footer1.xml": "footer",
    }
    ct = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        + "".join(
            f'<Override PartName="/{n}" ContentType="{_CT}.{over[n]}+xml"/>'
            for n in parts
            if n in over
        )
        + "</Types>"
    )
    pkg_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rId1" Type="{_REL}/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    doc_rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        'relationships">'
        + "".join(
            f'<Relationship Id="rId{k + 1}" Type="{_REL}/{kind}" Target="{t}"/>'
            for k, (kind, t) in enumerate(rels)
        )
        + "</Relationships>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", pkg_rels)
        z.writestr("word/_rels/document.xml.rels", doc_rels)
        for name, xml in parts.items():
            z.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + xml)
    return buf.getvalue()
