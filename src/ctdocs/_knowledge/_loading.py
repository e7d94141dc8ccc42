"""Reading a knowledge file: TOML, then its schema, every problem with its file and line.

The shipped files of ``data/models/`` and a user's own files go through the
same reader, so an error reads the same wherever the file lives:
``path:line: actor.3 (id=nato).kind: Input should be ...``. TOML gives no line
numbers for parsed values, so the line is found again in the text from the
error's location (the n-th ``[[actor]]`` table, then the key inside it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .._errors import KnowledgeBaseError
from ._fold import fold
from ._schemas import SHIPPED, ActorEntry

__all__ = ["actor_problems", "alias_key", "line_of", "read_toml", "validate"]

_M = TypeVar("_M", bound=BaseModel)


def read_toml(path: Path, text: str | None = None) -> tuple[str, dict[str, Any]]:
    """The file's text and its TOML table; a syntax error names the file and line."""
    import tomllib  # here, not at import: only a load reads TOML

    try:
        if text is None:
            text = path.read_text(encoding="utf-8")
        return text, tomllib.loads(text)
    except FileNotFoundError:
        raise KnowledgeBaseError(f"{path}: knowledge file missing") from None
    except UnicodeDecodeError as exc:
        raise KnowledgeBaseError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"\(at line (\d+)", str(exc))
        where = f"{path}:{m.group(1)}" if m else str(path)
        raise KnowledgeBaseError(f"{where}: not valid TOML: {exc}") from None


def validate(path: Path, text: str, raw: dict[str, Any], schema: type[_M], *, shipped: bool) -> _M:
    """``raw`` as ``schema``, or one :class:`KnowledgeBaseError` listing every problem.

    ``shipped``: the file is one of ctdocs' own ``data/models/``, whose patterns the
    test suite compiles, so the load does not (see ``_schemas._check_patterns``); a
    user's file is checked whole.
    """
    try:
        return schema.model_validate(raw, context={SHIPPED: shipped})
    except ValidationError as exc:
        problems = [
            f"  {path}:{line_of(text, err['loc'])}: "
            f"{_describe_location(raw, err['loc'])}: {err['msg']}"
            for err in exc.errors()
        ]
        raise KnowledgeBaseError(
            f"{path}: {len(problems)} problem(s):\n" + "\n".join(problems)
        ) from None


def _describe_location(raw: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    node: Any = raw
    for key in loc:
        parts.append(str(key))
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(node, dict) and "id" in node:
            parts[-1] = f"{key} (id={node['id']})"
        elif isinstance(node, dict) and "code" in node:
            parts[-1] = f"{key} (code={node['code']})"
        elif isinstance(node, dict) and isinstance(node.get("actor"), str):
            parts[-1] = f"{key} (actor={node['actor']})"
    return ".".join(parts)


# ---------------------------------------------------------------- lines
_HEADER = re.compile(r"^\s*\[")


def _nth_table(lines: list[str], key: str, n: int, lo: int, hi: int) -> int | None:
    """The line of the ``n``-th (from 0) ``[[key]]`` header in ``lines[lo:hi]``."""
    pat = re.compile(rf"^\s*\[\[\s*{re.escape(key)}\s*\]\]")
    seen = -1
    for k in range(lo, hi):
        if pat.match(lines[k]):
            seen += 1
            if seen == n:
                return k
    return None


def _table_end(lines: list[str], start: int) -> int:
    for k in range(start + 1, len(lines)):
        if _HEADER.match(lines[k]):
            return k
    return len(lines)


def _find_key(lines: list[str], key: str, lo: int, hi: int) -> int | None:
    """The first line in ``lines[lo:hi]`` that sets ``key`` (``key =``, ``key.x =``, ``[key]``)."""
    pat = re.compile(rf"(?:^|[\s{{,.\[])\"?{re.escape(key)}\"?\s*[=.\]]")
    for k in range(lo, hi):
        if pat.search(lines[k].split("#", 1)[0]):
            return k
    return None


def line_of(text: str, loc: Sequence[int | str]) -> int:
    """The line (from 1) of ``text`` that a validation error at ``loc`` points to.

    ``("actor", 2, "kind")`` is the ``kind =`` line of the third ``[[actor]]``
    table, or that table's header when the key is missing; a location that
    cannot be found points at the deepest part that could.
    """
    lines = text.splitlines()
    at, hi = 0, len(lines)
    keys = list(loc)
    i = 0
    while i < len(keys):
        key = keys[i]
        nxt = keys[i + 1] if i + 1 < len(keys) else None
        if isinstance(key, str) and isinstance(nxt, int):
            head = _nth_table(lines, key, nxt, at, hi)
            if head is not None:
                at, hi = head, _table_end(lines, head)
                i += 2
                continue
        if isinstance(key, str):
            found = _find_key(lines, key, at, hi)
            if found is None:
                break
            at = found
        i += 1
    return at + 1


# ---------------------------------------------------------------- actors, as a set
def alias_key(form: str) -> str:
    return fold(form).casefold()


def actor_problems(
    entries: Iterable[ActorEntry], where: Callable[[str], str] = lambda _id: ""
) -> list[str]:
    """What is wrong with a set of actors taken together, one line per problem.

    Duplicate ids, a name or acronym claimed by two actors, a weak alias that is
    another actor's name, a ``part_of`` that is no actor. ``where(id)`` prefixes
    each line (a user file's ``path:line: ``).
    """
    entries = list(entries)
    problems: list[str] = []
    seen_ids: set[str] = set()
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        if entry.id in seen_ids:
            problems.append(f"  {where(entry.id)}actor id={entry.id}: duplicate id")
        seen_ids.add(entry.id)
        for form in entry.strong_forms():
            owners[alias_key(form)].add(entry.id)
        for acro in entry.acronyms:
            owners["ACRONYM:" + fold(acro)].add(entry.id)
    for key, ids in sorted(owners.items()):
        if len(ids) > 1:
            first = next((where(i) for i in sorted(ids) if where(i)), "")
            problems.append(f"  {first}alias {key!r} claimed by {sorted(ids)}")
    # A weak alias may be shared ("Council": the text decides which council), but it
    # may not be another actor's name: a strong form always means its own actor.
    for entry in entries:
        for weak in entry.weak_aliases:
            other = owners.get(alias_key(weak), set()) - {entry.id}
            if other:
                problems.append(
                    f"  {where(entry.id)}actor id={entry.id}: weak alias {weak!r} "
                    f"is a name of {sorted(other)}"
                )
        if entry.part_of and entry.part_of not in seen_ids:
            problems.append(
                f"  {where(entry.id)}actor id={entry.id}: part_of {entry.part_of!r} is no actor id"
            )
    return problems
