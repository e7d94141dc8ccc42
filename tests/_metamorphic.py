"""Layout transforms that publishers apply without changing what a text says.

Metamorphic testing: a text whose gold we have is given another layout (reflowed
as PDF extraction gives it, cut into pages with running headers, written as
Markdown or as a web page, its whitespace changed) and the parse must not move.
Each transform reads the gold only to know which lines are noise, headings or
bullets, so that it changes the layout and never the answer; a text it cannot
transform without changing the answer (a web page, a Markdown file) is skipped
and the transform returns None.

Every line a transform adds is page furniture (a running header, a page number,
a cookie banner); ``Variant.added`` lists them so that a caller can check none
ends up inside a clause.
"""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tests._compare import first_words, norm, norm_title


@dataclass(frozen=True)
class GoldLines:
    """What the gold says about the lines of one text, in the shape transforms need."""

    lang: str
    noise: frozenset[str]
    sections: frozenset[str]
    titles: tuple[str, ...]
    starts: frozenset[str]
    header: str

    @classmethod
    def from_gold(cls, gold: Mapping[str, Any]) -> GoldLines:
        clauses = gold.get("clauses", [])
        titles = {c["title"] for c in clauses if c.get("title")}
        title_words = (gold.get("title") or "Document").split()
        short_title = " ".join(title_words[:5])
        return cls(
            lang=str(gold.get("lang") or "en"),
            noise=frozenset(norm(x) for x in gold.get("noise", [])),
            sections=frozenset(norm_title(c["section"]) for c in clauses if c.get("section")),
            titles=tuple(sorted(titles, key=lambda t: (-len(t), t))),
            starts=frozenset(first_words(c.get("starts_with"), 5) for c in clauses),
            header=str(gold.get("symbol") or short_title),
        )


@dataclass(frozen=True)
class Variant:
    """One transformed text: its content, the file suffix it needs, the lines it added."""

    text: str
    suffix: str
    added: tuple[str, ...]


# A clause number that opens a line: `3.1`, `(a)`, `IV.`, `Article 5 -`, `§ 2`.
_MARKER = re.compile(
    r"^(?:(?:Article|Art\.|Chapter|Chapitre|CHAPITRE|CHAPTER|Section|Part|Partie|Title|Titre"
    r"|TITRE|TITLE|Annex|Annexe|Axe|Mesure|§)\s*)?"
    r"[\(\[]?(?:\d+(?:[.\-]\d+)*|[IVXLC]+|[ivx]+|[A-Za-z])(?:er|°)?[\.\)\]]?"
    r"(?:\s*[-\u2013\u2014:.])?\s+"
)
# A word a reflowed line must not start with: it would read as a new item or heading.
_RISKY_START = re.compile(
    r"^(?:[\(\[]?(?:\d|[ivxlc]+[\.\)]|[A-Za-z][\.\)\]])|[-\u2013\u2014\u2022*\u00a7|>#<\u00b0]"
    r"|(?:Article|Art\.|Chapter|Chapitre|Section|Part|Partie|Title|Titre|Annex|Annexe"
    r"|Paragraph|Paragraphe|Axe|Mesure)\b)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*[\u2022\u25aa\u00b7\u2013\u2014-]\s+(?=\S)")
_STRUCTURAL = ("#", "|", "<", ">", "---", "```")


def is_markup(text: str) -> bool:
    """A web page or Markdown file: its markup carries layout a transform would break."""
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype", "<html", "<", "---")):
        return True
    return bool(re.search(r"^#{1,6} \S", text, re.MULTILINE))


def _role(line: str, gold: GoldLines) -> str:
    """`noise`, `structural`, `heading`, `numbered-heading`, `blank` or `prose`."""
    s = line.strip()
    if not s:
        return "blank"
    if norm(s) in gold.noise:
        return "noise"
    if s.startswith(_STRUCTURAL):
        return "structural"
    if len(s) <= 160 and norm_title(s) in gold.sections:
        return "heading"
    m = _MARKER.match(s)
    if m and len(s) <= 160:
        rest = norm_title(s[m.end() :])
        if rest and any(norm_title(t) == rest for t in gold.titles):
            return "numbered-heading"
    return "prose"


def _rng(stem: str, salt: str) -> random.Random:
    """A generator seeded from the text's name, so every run gives the same variant."""
    return random.Random(sum((i + 1) * ord(ch) for i, ch in enumerate(f"{salt}:{stem}")))


def _wrap(line: str, width: int) -> list[str]:
    """Break one paragraph into lines of at most ``width`` characters at word boundaries
    (a word that would open a line as an item's number or a heading stays on the line)."""
    out: list[str] = []
    current: list[str] = []
    for word in line.split():
        length = sum(len(w) + 1 for w in current) + len(word)
        if current and length > width and not _RISKY_START.match(word):
            out.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        out.append(" ".join(current))
    return out


def pdf_wrap(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Paragraphs reflowed to the text's width, 60 to 90 characters (one width for the
    whole text, as a PDF's column gives), as PDF text extraction gives them."""
    if text.lstrip().startswith("<"):
        return None
    width = _rng(stem, "wrap").randint(60, 90)
    out: list[str] = []
    for line in text.splitlines():
        if len(line) > width and _role(line, gold) == "prose":
            out.extend(_wrap(line, width))
        else:
            out.append(line)
    return Variant("\n".join(out) + "\n", ".txt", ())


_FOOTERS: dict[str, tuple[str, ...]] = {
    "en": ("- {n} -", "Page {n} of {m}", "{n}/{m}"),
    "fr": ("- {n} -", "Page {n} sur {m}", "{n}/{m}"),
}


def pages(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """A form feed every 40-50 lines, with a running header and a page-number footer."""
    if text.lstrip().startswith("<"):
        return None
    lines = text.splitlines()
    rng = _rng(stem, "pages")
    styles = _FOOTERS.get(gold.lang, _FOOTERS["en"])
    style = styles[rng.randrange(len(styles))]
    cuts: list[int] = []
    at = rng.randint(40, 50)
    while at < len(lines) - 5:
        while at < len(lines) - 5 and not _cuttable(lines, at):
            at += 1
        cuts.append(at)
        at += rng.randint(40, 50)
    total = len(cuts) + 1
    out: list[str] = []
    added: list[str] = []
    previous = 0
    for page, cut in enumerate(cuts, start=1):
        footer = style.format(n=page, m=total)
        out.extend([*lines[previous:cut], "", footer, "\f" + gold.header, ""])
        added.extend([footer, gold.header])
        previous = cut
    out.extend(lines[previous:])
    return Variant("\n".join(out) + "\n", ".txt", tuple(added))


def _cuttable(lines: Sequence[str], at: int) -> bool:
    """A page may end here: not inside front matter, a table or a markup block."""
    before, after = lines[at - 1].strip(), lines[at].strip()
    if any(ln.strip() == "---" for ln in lines[:at]) and lines[0].strip() == "---":
        closing = [i for i, ln in enumerate(lines) if ln.strip() == "---"]
        if len(closing) > 1 and at <= closing[1]:
            return False
    return not (before.startswith(("|", "<")) or after.startswith(("|", "<")))


def markdown(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Headings as `##`/`###`, run-in titles in bold, unnumbered bullets as `* `."""
    if is_markup(text):
        return None
    out: list[str] = []
    for line in text.splitlines():
        role = _role(line, gold)
        s = line.strip()
        if role == "heading":
            out.append("## " + s)
        elif role == "numbered-heading":
            out.append("### " + s)
        elif role == "prose":
            out.append(_markdown_prose(s, gold))
        elif role != "blank":
            out.append(s)
    # one paragraph per line: Markdown joins lines that no blank line parts
    return Variant("\n\n".join(out) + "\n", ".md", ())


def _markdown_prose(line: str, gold: GoldLines) -> str:
    bullet = _BULLET.match(line)
    if bullet:
        rest = line[bullet.end() :]
        return line if first_words(rest, 5) in gold.starts else "* " + rest
    m = _MARKER.match(line)
    if not m:
        return line
    rest = line[m.end() :]
    for title in gold.titles:
        if rest.startswith(title) and rest[len(title) : len(title) + 1] in (".", ":"):
            end = len(title) + 1
            return f"{line[: m.end()]}**{rest[:end]}**{rest[end:]}"
    return line


_CHROME: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "nav": ("Home", "About us", "Topics", "News and events", "Documents", "Contact"),
        "crumb": ("Home", "Documents"),
        "cookie": (
            "This website uses cookies to improve your experience. By continuing to "
            "browse, you accept our use of cookies.",
            "Accept all cookies",
            "Manage preferences",
        ),
        "share": ("Share this page", "Facebook", "LinkedIn", "Email", "Print"),
        "footer": (
            "Copyright 2024 The Secretariat. All rights reserved.",
            "Privacy policy",
            "Terms of use",
            "Accessibility statement",
        ),
    },
    "fr": {
        "nav": ("Accueil", "Qui sommes-nous", "Thématiques", "Actualités", "Documents", "Contact"),
        "crumb": ("Accueil", "Documents"),
        "cookie": (
            "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant "
            "votre navigation, vous acceptez leur utilisation.",
            "Tout accepter",
            "Gérer mes préférences",
        ),
        "share": ("Partager cette page", "Facebook", "LinkedIn", "Courriel", "Imprimer"),
        "footer": (
            "Copyright 2024 Le Secrétariat. Tous droits réservés.",
            "Politique de confidentialité",
            "Mentions légales",
            "Déclaration d'accessibilité",
        ),
    },
}


def web_page(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """A full HTML page: nav, breadcrumb, cookie banner, share links, footer around it."""
    if is_markup(text):
        return None
    chrome = _CHROME.get(gold.lang, _CHROME["en"])
    esc = html.escape
    links = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in chrome["nav"])
    crumbs = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in chrome["crumb"])
    cookie, accept, manage = chrome["cookie"]
    head = [
        f'<!DOCTYPE html>\n<html lang="{gold.lang}"><head><meta charset="utf-8">',
        f"<title>{esc(gold.header)}</title></head><body>",
        f'<div class="cookie-banner"><p>{esc(cookie)}</p><button>{esc(accept)}</button>'
        f"<button>{esc(manage)}</button></div>",
        f'<header><nav><ul class="menu">{links}</ul></nav>',
        f'<ol class="breadcrumb">{crumbs}<li>{esc(gold.header)}</li></ol></header>',
        '<main><article class="content">',
    ]
    body = [_html_line(line, gold) for line in text.splitlines() if line.strip()]
    share = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in chrome["share"][1:])
    foot = "".join(f'<li><a href="#">{esc(x)}</a></li>' for x in chrome["footer"][1:])
    tail = [
        f'</article><div class="share"><p>{esc(chrome["share"][0])}</p><ul>{share}</ul></div>',
        f"</main><footer><p>{esc(chrome['footer'][0])}</p><ul>{foot}</ul></footer>",
        "</body></html>",
    ]
    added = (*chrome["nav"], *chrome["crumb"], *chrome["cookie"], *chrome["share"])
    return Variant("\n".join(head + body + tail) + "\n", ".html", (*added, *chrome["footer"]))


def _html_line(line: str, gold: GoldLines) -> str:
    role, s = _role(line, gold), html.escape(line.strip())
    if role == "heading":
        return f"<h2>{s}</h2>"
    if role == "numbered-heading":
        return f"<h3>{s}</h3>"
    return f"<p>{s}</p>"


def crlf(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Windows line ends."""
    return Variant(text.replace("\r\n", "\n").replace("\n", "\r\n"), ".txt", ())


def indent(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Body paragraphs indented by a tab or three spaces, as word processors save them."""
    if is_markup(text):
        return None
    out = []
    for i, line in enumerate(text.splitlines()):
        if _role(line, gold) == "prose":
            line = ("\t" if i % 2 else "   ") + line
        out.append(line)
    return Variant("\n".join(out) + "\n", ".txt", ())


_NBSP_BEFORE = re.compile(r" (?=[:;?!\u00bb])")
_NBSP_AFTER = re.compile(r"(?<=\u00ab) ")


def nbsp(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """No-break spaces after clause numbers and around French punctuation."""
    if text.lstrip().startswith("<"):
        return None
    out = []
    for line in text.splitlines():
        m = _MARKER.match(line)
        if m and _role(line, gold) in ("prose", "numbered-heading"):
            line = line[: m.end()].rstrip(" ") + "\u00a0" + line[m.end() :]
        line = _NBSP_AFTER.sub("\u00a0", _NBSP_BEFORE.sub("\u202f", line))
        out.append(line)
    return Variant("\n".join(out) + "\n", ".txt", ())


def blank_doubled(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """A blank line between every two lines (double spacing)."""
    if is_markup(text):
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return Variant("\n\n".join(lines) + "\n", ".txt", ())


def blank_removed(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """No blank line between paragraphs."""
    if is_markup(text):
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    return Variant("\n".join(lines) + "\n", ".txt", ())


def capital_headings(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Unnumbered headings printed in capitals, as gazettes and reports print them
    (the gold compares sections case-blind, so the answer does not move)."""
    if text.lstrip().startswith("<"):
        return None
    out = []
    changed = False
    for line in text.splitlines():
        if _role(line, gold) == "heading" and line.strip() != line.strip().upper():
            line, changed = line.upper(), True
        out.append(line)
    return Variant("\n".join(out) + "\n", ".txt", ()) if changed else None


def undotted_numbers(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Numbered headings without the dot after their number (`1 Scope`, `IV Mesures`),
    as many PDFs and web pages print them."""
    if text.lstrip().startswith("<"):
        return None
    out = []
    changed = False
    for line in text.splitlines():
        m = _UNDOTTED.match(line)
        if m and _role(line, gold) == "numbered-heading":
            line, changed = line[: m.start(1)] + line[m.end(1) :], True
        out.append(line)
    return Variant("\n".join(out) + "\n", ".txt", ()) if changed else None


# `3.` or `IV.` opening a line, the dot the transform drops (group 1).
_UNDOTTED = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)(\.)\s+(?=\w)")


def bold_headings(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """Markdown whose unnumbered headings are bold lines (`**Objectifs**`), not `##`,
    as word processors exported to Markdown give them."""
    if is_markup(text):
        return None
    out: list[str] = []
    changed = False
    for line in text.splitlines():
        role, s = _role(line, gold), line.strip()
        if role == "heading":
            out.append(f"**{s}**")
            changed = True
        elif role != "blank":
            out.append(s)
    return Variant("\n\n".join(out) + "\n", ".md", ()) if changed else None


def html_strong(text: str, gold: GoldLines, stem: str) -> Variant | None:
    """A bare HTML page whose headings are bold paragraphs (`<p><strong>…</strong></p>`),
    not `<h2>`: the only cue a heading has is its shape."""
    if is_markup(text):
        return None
    body = []
    changed = False
    for line in text.splitlines():
        if not line.strip():
            continue
        role, s = _role(line, gold), html.escape(line.strip())
        if role in ("heading", "numbered-heading"):
            body.append(f"<p><strong>{s}</strong></p>")
            changed = True
        else:
            body.append(f"<p>{s}</p>")
    page = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>', *body]
    return Variant("\n".join([*page, "</body></html>"]) + "\n", ".html", ()) if changed else None


Transform = Callable[[str, GoldLines, str], "Variant | None"]

TRANSFORMS: dict[str, Transform] = {
    "pdf-wrap": pdf_wrap,
    "pages": pages,
    "markdown": markdown,
    "html": web_page,
    "ws-crlf": crlf,
    "ws-indent": indent,
    "ws-nbsp": nbsp,
    "ws-blank2": blank_doubled,
    "ws-blank0": blank_removed,
    "caps-head": capital_headings,
    "undotted": undotted_numbers,
    "md-bold": bold_headings,
    "html-strong": html_strong,
}
