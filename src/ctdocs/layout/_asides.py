"""A Markdown page's callouts and admonitions: boxes a site sets beside the text.

Each Markdown dialect documents one syntax for a note set apart from the text: Obsidian's
and GitHub's callouts (``> [!note] Title`` over ``>`` lines), Python-Markdown's and MkDocs'
admonitions (``!!! info "Title"`` or ``??? note`` over lines indented four spaces),
Docusaurus' containers (``:::note`` … ``:::``) and its MDX component (``<Admonition
type="note">`` … ``</Admonition>``), which an MDX page brings in with an ``import … from
'…'`` line. A document copied into a page (a treaty, a strategy, a decree) prints no such
box of its own: the box is the copy keeper's aside (a working-copy warning, a summary of
the articles left out), noise with its span, wherever it stands. A container is the
exception: the documentation sites that write it (VuePress, VitePress, Starlight) set
the document's own tips, examples and warnings in it, and it is the keeper's only above
the document's first line. Its fences are markup wherever it stands (normalise's
``BOX_FENCE_RE``). The syntax and the place say what the lines are, not their words, so
no language enters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..normalise._linekinds import COMMENT_MARKS, MDX_IMPORT_RE

if TYPE_CHECKING:
    from ._unit import Unit

__all__ = ["mark_asides"]

_CALLOUT_RE = re.compile(r"^>\s*\[![A-Za-z][\w-]{0,30}\][+-]?(?:\s|$)")
# GitHub's and DocFX's alert: the kind alone, in capitals, with no title ("> [!NOTE]",
# "> [!WARNING]"). The documentation sites that write it set the document's own notes and
# warnings in it (ho37: an endorsement note, a storage warning, both the text's in gold),
# so only its marker is markup; a keeper's callout is titled ("> [!note] Fiche de
# travail", "> [!info] Résumé des articles 5 à 11", ho23) and set aside whole.
_BARE_ALERT_RE = re.compile(r"^>\s*\[![A-Z][A-Z-]{1,30}\]\s*$")
_ADMONITION_RE = re.compile(r'^(?:!!!|\?\?\?\+?)\s+[A-Za-z][\w-]{0,30}(?:\s+"[^"]{0,200}")?\s*$')
_CONTAINER_RE = re.compile(r"^:::\s*[A-Za-z][\w-]{0,30}\b.{0,200}$")
_COMPONENT_RE = re.compile(r"^<Admonition\b[^<>]{0,200}>$")
_ADMONITION_INDENT = 4  # an admonition's body is indented four spaces
_BOX_REACH = 30  # lines a container or component may hold before its closing line


def _box_end(units: Sequence[Unit], i: int) -> int:
    """The index after the box opened at ``i``: a callout runs while its lines are quoted,
    an admonition while they are indented, a container or component to its closing line
    (the opening line alone when no closing line comes within reach)."""
    text = units[i].text.strip()
    k = i + 1
    if _BARE_ALERT_RE.match(text):
        return k
    if _CALLOUT_RE.match(text):
        while k < len(units) and units[k].text.lstrip().startswith(">"):
            k += 1
        return k
    if _ADMONITION_RE.match(text):
        while k < len(units) and units[k].line.indent >= _ADMONITION_INDENT:
            k += 1
        return k
    close = ":::" if _CONTAINER_RE.match(text) else "</Admonition>"
    for k in range(i + 1, min(len(units), i + 1 + _BOX_REACH)):
        if units[k].text.strip() == close:
            return k + 1
    return i + 1


def _opens_box(units: Sequence[Unit], i: int) -> bool:
    """A box the copy keeper sets aside opens at ``i``. A container (``::: tip Référence``)
    is the page's own box, a tip, an example or a warning of the document written in the
    site's syntax (VuePress, VitePress, Starlight), unless it stands before the document's
    first line, where only the keeper speaks (see :mod:`._copynote`): gold keeps a
    container's lines that follow the text's first line in ho29, ho34 and ho35 (seven
    boxes) and sets aside the one above it in ho24."""
    t = units[i].text.strip()
    if _CONTAINER_RE.match(t):
        return all(u.noise is not None for u in units[:i])
    return bool(_CALLOUT_RE.match(t) or _ADMONITION_RE.match(t) or _COMPONENT_RE.match(t))


def _opens_long_comment(text: str) -> bool:
    """A line opening a comment it does not close (``<!--`` alone)."""
    t = text.strip()
    return any(t.startswith(mark) and close not in t[len(mark) :] for mark, close in COMMENT_MARKS)


def mark_asides(units: Sequence[Unit]) -> None:
    """Mark each callout, admonition or container box of a Markdown page as boilerplate,
    and an MDX page's import lines as its markup. Only a page whose first line is a
    repository's markup (its front matter) is read: a plain text never writes these. A
    comment over several lines opening the page is no such mark: a blog engine keeps its
    own page's metadata so (Nikola's ``<!--`` over ``.. title: …``, ho40), and the boxes
    of the publisher's own page are its text's."""
    if not units or not units[0].line.markup or _opens_long_comment(units[0].text):
        return
    i = 0
    while i < len(units):
        u = units[i]
        if MDX_IMPORT_RE.match(u.text.strip()):
            u.noise = u.noise or "markup"
        if not _opens_box(units, i):
            i += 1
            continue
        end = _box_end(units, i)
        for v in units[i:end]:
            v.noise = v.noise or "boilerplate"
        i = end
