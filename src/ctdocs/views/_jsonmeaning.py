"""What an export must mean beyond its shape (``ctdocs validate --json``).

The schema says a span is two integers; only the document says whether they
fall inside its text, and whether ``text[start:end]`` is the mention they
claim to hold. The schema says ``parent`` is a string; only the blocks say
whether it names one. Each check is one pass over its list, with the ids in a
set: linear in the export.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

__all__ = ["meaning"]

Finding = tuple[list[str | int], str]


def meaning(data: dict[str, Any]) -> Iterator[Finding]:
    """Findings about spans, ids and references, in the order of the export."""
    text = data.get("text")
    if not isinstance(text, str):
        return  # the schema check says so
    blocks = _objects(data.get("blocks"))
    actors = _objects(data.get("actors"))
    block_ids = yield from _unique_ids("blocks", blocks)
    actor_ids = yield from _unique_ids("actors", actors)
    for k, b in blocks:
        where: list[str | int] = ["blocks", k]
        yield from _span(where, b, text, exact=False)
        ext, end = b.get("extent_end"), b.get("end")
        if isinstance(ext, int) and isinstance(end, int) and not end <= ext <= len(text):
            yield [*where, "extent_end"], f"{ext} is outside [end={end}, len(text)={len(text)}]"
        yield from _refs(where, b, "parent", block_ids, "block")
        yield from _refs(where, b, "children", block_ids, "block")
        yield from _refs(where, b, "actors", actor_ids, "actor")
        yield from _spans([*where, "dates"], b.get("dates"), text)
        yield from _evidence([*where, "domains"], b.get("domains"), text)
    for name in ("noise", "dates", "footnote_refs"):
        yield from _spans([name], data.get(name), text)
    for k, ref in _objects(data.get("footnote_refs")):
        yield from _refs(["footnote_refs", k], ref, "block", block_ids, "block")
        yield from _refs(["footnote_refs", k], ref, "note", block_ids, "block")
    if isinstance(data.get("date"), dict):
        yield from _span(["date"], data["date"], text, exact=True)
    for k, a in actors:
        yield from _spans(["actors", k, "mentions"], a.get("mentions"), text)
    yield from _evidence(["domains"], data.get("domains"), text)
    yield from _offset_map(data.get("offset_map"))


def _objects(value: object) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        return []
    return [(k, v) for k, v in enumerate(value) if isinstance(v, dict)]


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _unique_ids(
    name: str, items: list[tuple[int, dict[str, Any]]]
) -> Generator[Finding, None, set[str]]:
    """Findings for repeated ids; returns (as the generator's value) the set of ids."""
    seen: dict[str, int] = {}
    for k, item in items:
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in seen:
            yield [name, k, "id"], f"{ident!r} is also the id of {name}[{seen[ident]}]"
        else:
            seen[ident] = k
    return set(seen)


def _span(
    where: list[str | int], obj: dict[str, Any], text: str, *, exact: bool
) -> Iterator[Finding]:
    start, end = obj.get("start"), obj.get("end")
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
        return  # the schema check says so
    if not 0 <= start <= end <= len(text):
        yield (
            where,
            (f"span [{start}, {end}) is not inside the text (0 <= start <= end <= {len(text)})"),
        )
    elif exact and isinstance(obj.get("text"), str) and text[start:end] != obj["text"]:
        found = text[start:end]
        shown = found if len(found) <= 60 else found[:59] + "…"
        yield [*where, "text"], (f"{_short(obj['text'])!r} is not text[{start}:{end}] ({shown!r})")


def _short(s: str) -> str:
    return s if len(s) <= 60 else s[:59] + "…"


def _spans(where: list[str | int], value: object, text: str) -> Iterator[Finding]:
    for k, obj in _objects(value):
        yield from _span([*where, k], obj, text, exact=True)


def _evidence(where: list[str | int], value: object, text: str) -> Iterator[Finding]:
    for k, tag in _objects(value):
        yield from _spans([*where, k, "evidence"], tag.get("evidence"), text)


def _refs(
    where: list[str | int], obj: dict[str, Any], key: str, ids: set[str], kind: str
) -> Iterator[Finding]:
    value = obj.get(key)
    named = (
        [(None, value)]
        if isinstance(value, str)
        else (list(enumerate(value)) if isinstance(value, list) else [])
    )
    for k, ident in named:
        if isinstance(ident, str) and ident not in ids:
            at: list[str | int] = [*where, key] if k is None else [*where, key, k]
            yield at, f"{ident!r} names no {kind} of this document"


def _offset_map(value: object) -> Iterator[Finding]:
    """Pairs (text offset, input offset): text offsets rising, none negative.

    (Pairs past the end of the text occur: the reader maps trailing markup.)
    """
    if not isinstance(value, list):
        return
    last = -1
    for k, pair in enumerate(value):
        if not (isinstance(pair, list) and len(pair) == 2 and all(_int(x) for x in pair)):
            continue
        out, inp = pair
        if out < 0 or inp < 0 or out < last:
            yield (
                ["offset_map", k],
                (
                    f"[{out}, {inp}]: text offsets must rise from 0, "
                    "input offsets must not be negative"
                ),
            )
        last = max(last, out)
