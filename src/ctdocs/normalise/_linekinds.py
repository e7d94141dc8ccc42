"""Stage 2 — what a physical line is before it is cleaned: page furniture (a page
number, a running header or footer, as listed in ``layout.toml``), a repository's
markup (an HTML-only line, a site generator's shortcode line, an image line) or the
YAML or TOML front matter at the top.

Kept apart from :mod:`ctdocs.normalise._text` because these are questions about a line's
kind, asked by the normaliser and by the layout stage, not about cleaning it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .._knowledge import any_of, load_layout
from .._markers import TERMINAL

__all__ = [
    "BOX_FENCE_RE",
    "COMMENT_MARKS",
    "YAML_MAX_LINES",
    "comment_block_offsets",
    "drawn_rule",
    "front_matter_block",
    "is_box_fence",
    "is_image_line",
    "is_markup_line",
    "jsx_block_offsets",
    "leader_table_row",
    "markdown_only",
    "page_count",
    "page_foot",
    "page_furniture",
    "page_top",
]


@cache
def _furniture() -> tuple[tuple[str, re.Pattern[str]], ...]:
    pats = load_layout().page_furniture
    return tuple(
        (kind, re.compile(any_of(ps), re.IGNORECASE))
        for kind, ps in pats.items()
        if ps and kind != "page-count"
    )


@cache
def _counts() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(p, re.IGNORECASE) for p in load_layout().page_furniture.get("page-count", [])
    )


def page_count(text: str) -> tuple[int, int] | None:
    """(page, count) where a whole line ends on a page's count after the text's reference
    ("VI-22.614 - 4/4"), else None. Where it is a page number is the layout's question
    (``layout._pagecounts``): a body line may end so ("– 7 sur 10")."""
    t = text.strip()
    if not t or len(t) > 80:
        return None
    for pat in _counts():
        m = pat.match(t)
        if m is not None:
            return int(m.group("n")), int(m.group("of"))
    return None


def page_furniture(text: str) -> str | None:
    """The kind of page furniture a whole line is (``page-number`` …), or None."""
    t = text.strip()
    if not t or len(t) > 80:
        return None
    return _furniture_kind(t)


@lru_cache(maxsize=1 << 12)
def _furniture_kind(t: str) -> str | None:
    """Speed: the same short lines come back page after page (running heads, page
    numbers, list bullets), each tried against every pattern once."""
    for kind, pat in _furniture():
        if pat.match(t):
            return kind
    return None


# A line that is only HTML left in Markdown by a repository's converter: a block tag
# (``<details>``, ``</details>``, ``<meta … />``) or one tag pair around a few words
# (``<summary>Historical Note</summary>``). Inline tags inside running text are not. A
# row of a site's components (a capital then lower case opens their names, no HTML tag
# is so written: ``<Badge text="n° 61" /> <Badge text="Avril 2026" />``) is markup too.
_MARKUP_LINE_RE = re.compile(
    r"^<(/?)([a-zA-Z][\w-]{0,20})\b[^<>]{0,500}>(?:[^<>]{0,200}</\2\s*>)?$"
    r"|^(?:<([A-Z][a-z][\w.-]{0,30})\b[^<>]{0,300}(?:/>|>[^<>]{0,80}</\3\s*>)\s*){2,8}$"
)
# An image standing alone: a file name, an empty Markdown image (never joined to prose) or
# a wiki's embed, with the attribute block Pandoc's Markdown may set after it ("{.chapter-logo}",
# "{#fig1 width=50%}": the link_attributes extension, written by pandoc's own gfm output).
_IMAGE_LINE_RE = re.compile(
    r"^(?:!\[[^\]]{0,200}\]\([^)]{0,500}\)(?:\{[^{}]{0,200}\})?\s*\|?\s*)+$"
    # an image that is a link's only content ("[![Logo](logo.png)](https://…)", a logo
    # linking home or to its full size): the picture and its alt text, no words of the text
    r"|^\[!\[[^\[\]]{0,200}\]\([^()\s]{0,500}\)\]\([^()\s]{0,500}\)$"
    # a wiki's embed of another note or of its part, alone on its line (Obsidian, Dendron,
    # Foam: "![[research.report#key-findings]]"): the renderer sets the note there, the
    # line itself is no word of the text
    r"|^!\[\[[^\[\]\n]{1,300}\]\]$"
    r"|^[\w.()-]{1,100}\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$",
    re.IGNORECASE,
)
# A YAML front-matter field ("title: …", "long_title: …", "instrument_number: …").
# A key may be quoted ("'og:updated_time': …"), as YAML writes a key holding a colon.
# (a key may name its package: R Markdown's "bookdown::gitbook:", which the normalised text
# no longer indents under "output:"; or its namespace after a dot: DocFX's "ms.date:",
# "ms.topic:", a dot between two word characters, so "N.B.:" is no key)
_YAML_FIELD_RE = re.compile(
    r"^(?:[A-Za-z_](?:[\w-]|(?:::|\.)(?=\w)){0,40}|'[^'\n]{1,60}'|\"[^\"\n]{1,60}\")\s*:(\s|$)"
)
# A TOML front-matter field ("date = 2026-10-09", "tags = […]") or table ("[params]").
_TOML_FIELD_RE = re.compile(r"^(?:[A-Za-z_][\w.-]{0,40}\s*=\s*\S|\[{1,2}[\w.-]{1,40}\]{1,2}$)")
# Front matter's fences: YAML's "---" and TOML's "+++" (static site generators), each
# with the field shape it holds.
_FRONT_FENCES = {"---": _YAML_FIELD_RE, "+++": _TOML_FIELD_RE}
YAML_MAX_LINES = 60
# A box's label after its fence and kind: a few words, quoted or not, that end no sentence
# ("Référence", "Case example", '"Copie de travail"'), unlike a note written after colons.
_BOX_WORDS = r"""[^.!?:;<>{}\[\]\n]{0,60}(?<![\s.!?:;])"""
_BOX_LABEL = rf"""[ \t]+(?:"[^"\n]{{1,80}}"|[^\W\d_]{_BOX_WORDS})"""
# A static site generator's template call standing alone: Hugo's shortcodes
# ("{{< share twitter >}}", "{{% notice %}}"), a Jinja, Nunjucks, Liquid or Tera tag or
# expression ("{% include "cite.njk" %}", "{{ breadcrumb(items=[…]) }}"), and a Pandoc,
# Quarto or MyST fenced div's fence (":::", "::: {.callout-note}"), a WordPress or Grav
# bracket shortcode with its value or attributes, or closing ("[notice=info]", "[ui-tab
# title="Partners"]", "[/g-related]"), a Nuxt component's call ("::callout{color="amber"}",
# "::", ":badge[18 mai 2026]{color="gray"}"): the page's markup and never its text (a fenced
# div's lines between its fences are left to the text; "[signed]" alone is the text's).
_SHORTCODE_LINE_RE = re.compile(
    r"^\{\{(?:<[^{}]{0,500}>|%[^{}]{0,500}%|[^{}<%][^{}]{0,500})\}\}$"
    # a pair of Hugo's shortcodes with nothing between them, the closing one after the
    # opening ('{{% thumbnail "cover.png" alt="…" %}}{{% /thumbnail %}}'): no words printed
    r"|^(?:\{\{(?:<[^{}]{0,500}>|%[^{}]{0,500}%)\}\}[ \t]*){2,4}$"
    r"|^\{%[^{}]{0,1000}%\}$"
    r"|^:{3,}\s*(?:\{[^{}]{0,200}\})?$"
    r"|^\[/[a-z][\w-]{1,30}\]$"
    r"|^::(?:[a-z][\w-]{1,30}(?:\{[^{}]{0,300}\})?)?$"
    r"|^(?::[a-z][\w-]{1,30}\[[^\[\]]{0,100}\](?:\{[^{}]{0,100}\})?\s*){1,8}$"
    r"|^\[[a-z][\w-]{1,30}(?:=[\w-]{1,30}|(?:\s+[\w-]{1,30}=(?:\"[^\"]{0,100}\"|'[^']{0,100}'))+)\]$"
    # an attribute list alone on its line, for the block above or below it (Pandoc's
    # "{#intro .unnumbered}", kramdown's "{: .note}", a wiki's "{.is-success}"): no words
    r"|^\{:?[ \t]*[.#][\w-]{1,40}(?:[ \t]+(?:[.#][\w-]{1,40}|[\w-]{1,30}=\S{1,60}))*[ \t]*\}$"
)


# A box's or a tab's fence with its kind in lower case and its label, a few words that
# end no sentence (VuePress' and VitePress' "::: tip Référence", Starlight's
# ":::caution[Case example]", Retype's "!!!info About this version" and the "!!!" closing
# it, MkDocs' '!!! info "Title"' and "??? note", Retype's tab "+++ For platforms" and
# panel "==- Appeals", and a code fence opening a box): the page's markup, whatever the
# box holds. It frames the lines inside, which are the text's or the keeper's by what they
# say (:mod:`..layout._asides`).
# Retype's tab "+++ For platforms" and panel "==- Appeals": Markdown's only; in a plain
# text the same marks may open a line of its own ("+++ Mesures de prévention").
_TAB_FENCE = rf"^(?:\+{{3}}|==[-+])[ \t]+[^\W\d_]{_BOX_WORDS}$"
_TAB_FENCE_RE = re.compile(_TAB_FENCE)
BOX_FENCE_RE = re.compile(
    r"^:{3,}[ \t]*(?:\{[^{}]{0,200}\})?$"  # a fenced div's bare fence, with its attributes
    rf"|^:{{3,}}[ \t]*[a-z][\w-]{{0,30}}(?:\[[^\[\]]{{1,80}}\]|{_BOX_LABEL})?$"
    rf"|^!{{3}}(?:[ \t]*[a-z][\w-]{{0,30}}(?:{_BOX_LABEL})?)?$"
    rf"|^\?{{3}}\+?[ \t]*[a-z][\w-]{{0,30}}(?:{_BOX_LABEL})?$"
    rf"|{_TAB_FENCE}"
    # a code fence that opens a box: mdBook's '```admonish warning title="Officer safety"',
    # MyST's "```{note}" and "```{admonition} Title"
    rf"|^`{{3,}}[ \t]*(?:admonish(?:[ \t]+[a-z][\w-]{{0,30}})?|\{{[a-z][\w-]{{0,30}}\}})"
    r"""(?:[ \t]+[^\n`]{0,120})?$"""
)


_FENCE_MARKS = frozenset(":!?+=`")  # speed: what a box's fence opens with


# An MDX page's module import ("import { Callout, Tabs } from 'nextra/components'",
# "import Admonition from '@theme/Admonition';"): the page's code, never its text.
MDX_IMPORT_RE = re.compile(r"""^import\s+[\w${},*\s]{1,200}\s+from\s+(['"])[^'"]{1,200}\1;?$""")


# A Markdown dialect's directive alone on its line, drawn by the site and never the
# text's words: DocFX's include ("[!include[Disclaimer](../includes/x.md)]"), Retype's
# reference button and badge ('[!ref icon="download" text="…"](/static/x.pdf)',
# '[!badge text="New"]'), and the comment idiom of a link reference that points nowhere
# ("[//]: # (title: …)", '[comment]: <> "…"'), which no renderer prints.
_MD_DIRECTIVE_RE = re.compile(
    r"^\[![a-z][\w-]{0,30}(?:\[[^\[\]\n]{0,200}\]\([^()\s]{1,300}\)\]"
    r"|(?:[ \t][^\[\]\n]{0,300})?\](?:\([^()\s]{1,300}\))?)$"
    r"|^\[[^\[\]\n]{1,40}\]:[ \t]+(?:#|<>)(?:[ \t]+(?:\([^\n]{0,300}\)|\"[^\n]{0,300}\"))?$"
)


def is_markup_line(text: str) -> bool:
    """A line holding only HTML block markup (``<details>``, ``<meta …>``, ``<summary>…``),
    one template call of a static site generator (``{{< share twitter >}}``,
    ``{% callout "Key findings" %}``, ``::: {.callout-note}``), a Markdown directive or
    comment (:data:`_MD_DIRECTIVE_RE`) or an MDX page's import."""
    t = text.strip()
    return bool(
        _MARKUP_LINE_RE.match(t)
        or _SHORTCODE_LINE_RE.match(t)
        or MDX_IMPORT_RE.match(t)
        or is_box_fence(t)
        or _MD_DIRECTIVE_RE.match(t)
    )


def markdown_only(text: str) -> bool:
    """A Retype tab's or panel's fence ("+++ For platforms", "==- Appeals") or a Markdown
    directive or comment ("[!include[…](…)]", "[//]: # (…)"), stripped: markup in
    Markdown only (:func:`normalise._text.normalise`), as a plain text may open a line
    on the same marks ("+++ Mesures", "[1]: # 3 (see above)")."""
    if text[:1] == "[":
        return _MD_DIRECTIVE_RE.match(text) is not None
    return text[:1] in "+=" and _TAB_FENCE_RE.match(text) is not None


def is_box_fence(text: str) -> bool:
    """A box's or a tab's fence (:data:`BOX_FENCE_RE`), the line stripped."""
    return text[:1] in _FENCE_MARKS and BOX_FENCE_RE.match(text) is not None


# An MDX component whose attributes run over several lines: its opening tag, unclosed on
# its line (a capital opens the name, as no HTML tag is so written), lines without a tag
# (its props: a list of records, "{title: "…", href: "…"},"), then the line that closes
# it ("]} />") within a few dozen lines. Each line is the page's code: what the component
# draws (related links, a download card) is the site's, not the text's.
_JSX_BLOCK_RE = re.compile(
    r"^<[A-Z][\w.]{0,40}(?:[ \t][^<>\n]{0,300})?\n"
    r"(?:[^<>\n]{0,300}\n){0,30}?[^<>\n]{0,300}/?>[ \t\r]*$",
    re.MULTILINE,
)


def jsx_block_offsets(raw: str) -> frozenset[int]:
    """The offsets at which the physical lines of a multi-line MDX component start
    (:data:`_JSX_BLOCK_RE`); empty when the text has none."""
    out: set[int] = set()
    for m in _JSX_BLOCK_RE.finditer(raw):
        at = m.start()
        for line in m.group().split("\n"):
            out.add(at)
            at += len(line) + 1
    return frozenset(out)


# The two marks of a Markdown comment no renderer prints: HTML's "<!--" … "-->" and the
# "%%" … "%%" of Obsidian and the wikis that follow it (Quartz, Foam). An HTML comment on
# one line is the layout stage's (``layout._segment``: markup, never the title), found
# there since before this reading, and left to it.
COMMENT_MARKS = (("<!--", "-->"), ("%%", "%%"))
_ONE_LINE_LEFT = frozenset({"<!--"})
_COMMENT_MAX_LINES = 60


def comment_block_offsets(raw: str) -> frozenset[int]:
    """The offsets of the physical lines of a Markdown comment written over whole lines:
    a line opening on a comment's mark (``<!--``, ``%%``), the lines under it and the
    line closing it on the matching mark, within a few dozen lines (a site generator's
    metadata kept as a comment, ``.. title: …``; an editor's note ``%% version relue
    … %%``). The page's code, never its text; a comment opened inside a line of prose,
    never closed, or whose closing line goes on with words is not one (those words are
    printed), nor one inside a paragraph (:func:`_stands_alone`)."""
    if "<!--" not in raw and "%%" not in raw:
        return frozenset()  # speed: most pages hold none
    out: set[int] = set()
    starts, lines = _line_starts(raw)
    i = 0
    while i < len(lines):
        n = _comment_span(lines, i)
        if n and _stands_alone(lines, i, i + n):
            out.update(starts[i : i + n])
        i += max(n, 1)
    return frozenset(out)


def _stands_alone(lines: list[str], i: int, end: int) -> bool:
    """Lines ``i`` to ``end`` are not inside a paragraph: a blank line (or the page's edge)
    above or below them. A comment between two lines of one paragraph stays the
    paragraph's, as a one-line HTML comment does: set aside, it would cut the clause that
    holds it in two (its sentence's end an unnumbered paragraph of its own)."""
    return i == 0 or not lines[i - 1].strip() or end >= len(lines) or not lines[end].strip()


def _line_starts(raw: str) -> tuple[list[int], list[str]]:
    """Each physical line of ``raw`` with the offset it starts at."""
    lines = raw.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts, lines


def _comment_span(lines: list[str], i: int) -> int:
    """How many lines from ``i`` on a comment takes that opens line ``i`` and closes at
    the end of a line (one line when it closes on its own), else 0."""
    t = lines[i].strip()
    for mark, close in COMMENT_MARKS:
        if not t.startswith(mark):
            continue
        rest = t[len(mark) :]
        if close in rest:
            if mark in _ONE_LINE_LEFT:
                return 0
            return 1 if rest.endswith(close) and rest.find(close) == len(rest) - len(close) else 0
        for j in range(i + 1, min(len(lines), i + 1 + _COMMENT_MAX_LINES)):
            u = lines[j].strip()
            if close in u:
                return (
                    j - i + 1 if u.endswith(close) and u.find(close) == len(u) - len(close) else 0
                )
        return 0
    return 0


def is_image_line(text: str) -> bool:
    """A line that is only an image: its file name, an empty Markdown image or one that
    is a link's only content."""
    return bool(_IMAGE_LINE_RE.match(text.strip()))


def front_matter_block(lines: list[str]) -> int:
    """How many leading physical lines are a repository's front matter, else 0.

    Front matter opens the file with ``---`` (YAML) or ``+++`` (TOML), holds only
    fields of that language (``key: value``; ``key = value`` and ``[table]``), with
    their nested keys and items indented under them (:func:`_nested`), and
    closes with the same fence within a few dozen lines: the record of the repository
    or site that holds the text, not the text itself.
    """
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    fence = lines[i].strip() if i < len(lines) else ""
    field = _FRONT_FENCES.get(fence)
    if field is None:
        return _unfenced_record(lines, i)
    opens = False  # the line above opens a nested value (or is nested itself)
    for j in range(i + 1, min(len(lines), i + 2 + YAML_MAX_LINES)):
        t = lines[j].strip()
        if t == fence:
            return j + 1 if j > i + 1 else 0
        if not t or (opens and _nested(lines[j])):
            continue  # a nested line: any shape
        if not field.match(t) and not t.startswith(("- ", "#")):
            return 0
        opens = _OPENS_VALUE_RE.search(t) is not None
    return 0


# A field whose value is nested under it: a YAML key with no value on its line
# ("output:", "author:", "- name:") or a block scalar's indicator ("abstract: |"), a TOML
# table ("[params]").
_OPENS_VALUE_RE = re.compile(r":\s*(?:[|>][+-]?\d?)?$|^\[{1,2}[\w.-]{1,40}\]{1,2}$")


def _nested(line: str) -> bool:
    """An indented line inside the fences: part of the value of the field above it (YAML
    and TOML nest a field's keys and items by indenting them: "output:" over
    "  bookdown::gitbook:", "[params]" over "  pdf = …"), whatever its own shape, when
    the field above opens a nested value or is nested itself; only the top-level lines
    must be fields, and the first line under the fence is one (an indented block under a
    rule is Markdown's code, an indented paragraph under "Objet: …" is the text's)."""
    return line[:1] in (" ", "\t")


_KEY_RE = re.compile(r"([^\W\d][\w -]{0,20}?)\s*:\s*\S")
_UNFENCED_MIN_LINES = 3
_UNFENCED_MIN_SITE_ONLY = 2


@cache
def _site_keys() -> tuple[frozenset[str], frozenset[str]]:
    cues = load_layout().copy_noise
    if cues is None:
        return frozenset(), frozenset()
    return frozenset(cues.site_record_keys), frozenset(cues.site_only_keys)


def _unfenced_record(lines: list[str], i: int) -> int:
    """A site generator's record set as plain ``Key: value`` lines from the first line on,
    without fences (Pelican, MultiMarkdown): at least three, every key a record's field
    name, two of them names only a site writes (``Slug``, ``Tags``, ``Status``), closed by
    a blank line. How many leading lines it takes, else 0."""
    known, site_only = _site_keys()
    keys: list[str] = []
    j = i
    while j < len(lines) and lines[j].strip():
        m = _KEY_RE.match(lines[j].strip())
        if m is None or (key := m.group(1).casefold()) not in known:
            return 0
        keys.append(key)
        j += 1
    if j >= len(lines) or len(keys) < _UNFENCED_MIN_LINES:
        return 0  # no blank line after it in the lines looked at, or too few fields
    return j if len(set(keys) & site_only) >= _UNFENCED_MIN_SITE_ONLY else 0


# A dot leader between a label and words (not a page number): a row of a table such as a
# consolidation's amendment history ("s 100.1 ........ am No 40, 2004").
_LEADER_ROW_RE = re.compile(r"\S\s*\.{5,}\s*[^\W\d]")
_RULE_LINE_RE = re.compile(r"^\s*[-_=~*\u2500\u2014]{10,}\s*$")
_PAGE_TOP_MAX_WORDS = 15


def leader_table_row(text: str) -> bool:
    """A table's row drawn with a dot leader before words: never joined to its neighbours
    (each row is a record of its own; a contents entry's leader ends in a page number)."""
    return "....." in text and _LEADER_ROW_RE.search(text) is not None


def drawn_rule(text: str) -> bool:
    """A line drawn with rule characters: it may fill a hard-wrapped text's width, but it
    closes a page or opens a note zone, and is never joined to the line under it."""
    return _RULE_LINE_RE.match(text) is not None


def page_top(text: str) -> bool:
    """The first line of a page (after a form feed) that may be its running head: short,
    not a sentence's end, not opening in lower case (a sentence going on from the page
    before is joined as usual)."""
    return (
        bool(text)
        and len(text.split()) <= _PAGE_TOP_MAX_WORDS
        and not text[0].islower()
        and not text.rstrip().endswith(TERMINAL)
    )


# Words, a wide gap, then the page's number or its count ("Circulaire n° 0412/…      1/3").
_PAGE_FOOT_RE = re.compile(r"\S.*[^\W\d_].*\S[ \t]{3,}\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?[ \t]*$")


def page_foot(line: str) -> bool:
    """The last line of a page (before a form feed) is its running foot when the page's
    number closes it after a wide gap: the sentence the next page goes on with continues
    the text above the foot, never the foot itself."""
    return _PAGE_FOOT_RE.match(line) is not None
