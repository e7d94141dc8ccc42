"""What every parsed Document must satisfy, whatever the input: one checker for tests and fuzzers.

The property tests (``test_properties.py``), the pathological inputs
(``test_pathological.py``), the fuzz regressions and the atheris targets in
``fuzz/`` all need the same judgement, so it lives here once. It returns the
list of violations (empty when the document is sound) rather than asserting,
so a fuzz target can report every problem of one input at once.

The invariants:

* every span — block, noise, actor mention, date mention (document and clause
  level), domain evidence (document and clause level) — lies inside
  ``doc.text`` with ``0 <= start <= end``;
* a mention's, a noise item's and an evidence's ``text`` is exactly its slice
  (blocks rewrite their text — spaces folded, titles cut — so only their spans
  are checked);
* nothing is lost: every non-blank character of ``doc.text`` lies in exactly
  one block or noise item;
* tree links agree: a child's ``parent`` names the clause that lists it;
* the JSON round trip is the identity.
"""

from __future__ import annotations

from ctdocs import Document
from ctdocs.models import Clause

__all__ = ["assert_sound", "soundness_problems"]

_MAX_REPORTED = 5  # per kind of problem: enough to debug, short enough to read


def _span_problems(doc: Document) -> list[str]:
    n = len(doc.text)
    out: list[str] = []

    def inside(what: str, start: int, end: int) -> bool:
        if not (0 <= start <= end <= n):
            out.append(f"{what}: span [{start}, {end}) outside text of length {n}")
            return False
        return True

    def exact(what: str, start: int, end: int, text: str) -> None:
        if inside(what, start, end) and doc.text[start:end] != text:
            out.append(f"{what}: text {text[:40]!r} != slice {doc.text[start:end][:40]!r}")

    for b in doc.blocks():
        inside(f"block {b.id}", b.start, b.end)
        if isinstance(b, Clause):
            inside(f"clause {b.id} extent", b.start, b.extent_end)
            for d in b.dates:
                exact(f"clause {b.id} date", d.start, d.end, d.text)
            for tag in b.domains:
                for ev in tag.evidence:
                    exact(f"clause {b.id} domain {tag.code}", ev.start, ev.end, ev.text)
    for k, nz in enumerate(doc.noise):
        exact(f"noise {k}", nz.start, nz.end, nz.text)
    for a in doc.actors:
        for m in a.mentions:
            exact(f"actor {a.id}", m.start, m.end, m.text)
    for d in doc.dates:
        exact("date", d.start, d.end, d.text)
    for tag in doc.domain_tags:
        for ev in tag.evidence:
            exact(f"domain {tag.code}", ev.start, ev.end, ev.text)
    return out


def _coverage_problems(doc: Document) -> list[str]:
    """Every non-blank character in exactly one block or noise item (difference array: O(n))."""
    n = len(doc.text)
    delta = [0] * (n + 1)
    for item in [*doc.blocks(), *doc.noise]:
        s, e = max(0, item.start), min(n, item.end)
        if s < e:
            delta[s] += 1
            delta[e] -= 1
    out: list[str] = []
    owners = 0
    for k, ch in enumerate(doc.text):
        owners += delta[k]
        if owners != 1 and not ch.isspace():
            out.append(
                f"char {k} {ch!r} in {owners} blocks/noise: {doc.text[max(0, k - 20) : k + 20]!r}"
            )
            if len(out) >= _MAX_REPORTED:
                break
    return out


def _tree_problems(doc: Document) -> list[str]:
    by_id = {b.id: b for b in doc.blocks()}
    out: list[str] = []
    if len(by_id) != len(doc.block_list):
        out.append("block ids are not unique")
    for c in doc.clauses():
        for child in c.children:
            if child not in by_id:
                out.append(f"clause {c.id}: child {child} does not exist")
            elif by_id[child].parent != c.id:
                out.append(f"clause {c.id}: child {child} names parent {by_id[child].parent}")
    return out[:_MAX_REPORTED]


def soundness_problems(doc: Document, *, round_trip: bool = True) -> list[str]:
    """Every invariant ``doc`` breaks, as readable lines (empty: the document is sound)."""
    problems = [
        *_span_problems(doc)[:_MAX_REPORTED],
        *_coverage_problems(doc),
        *_tree_problems(doc),
    ]
    if round_trip and Document.model_validate_json(doc.model_dump_json()) != doc:
        problems.append("JSON round trip changes the document")
    return problems


def assert_sound(doc: Document, *, round_trip: bool = True) -> None:
    """Fail with every violated invariant listed."""
    problems = soundness_problems(doc, round_trip=round_trip)
    assert not problems, "\n".join(problems)
