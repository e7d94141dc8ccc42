"""``ctdocs validate --json``: check exported JSON against the committed JSON Schema.

Uses the maintained ``jsonschema`` validator (an optional dependency: it is
in the ``test`` extra and asked for by name when missing) and reports every
violation with its JSON path, so a CI job sees all problems in one run.

Output is one line per finding, made to be read in a CI log or a pre-commit
report: ``FILE: $.json.path: message`` for a violation, ``FILE: error: ...``
(or ``FILE:LINE:COL: error: ...`` for broken JSON) for a file that cannot be
judged. Exit codes as for the rest of ``validate``: 0 clean, 1 violations,
2 unusable input; with several files every one is checked and the worst wins.

Beyond the shape, the meaning: every span lies inside ``text`` and, for
mentions, dates, evidence, noise and footnote marks, ``text[start:end]`` is the
stored text; block and actor ids are unique and every reference (parent,
children, clause actors, footnote blocks and notes) resolves; no object repeats
a key (``json`` would keep the last one silently); no string holds a lone
surrogate; integers have a sane size (Python refuses to read one of more than
4,300 digits).

Speed: jsonschema walks a big export at about 2 s/MB, so an export is first
read by the pydantic model it was written from (in Rust, strict, about 50
times faster) plus a walk for the schema's required keys; jsonschema runs only
when that finds something, to say what and where. Findings are printed as
they are found (flushed), not collected and sorted at the end.
"""

from __future__ import annotations

import json
import math
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from .._schema import json_schema
from ..models import SCHEMA_VERSION
from ._jsonmeaning import meaning as _meaning

__all__ = ["validate_json_file", "validate_json_files"]

_MAX_MESSAGE = 240
"""jsonschema quotes the offending instance; a whole block's repr would bury the point."""

_VERSION = re.compile(r"(\d+)\.(\d+)")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class _Error(Protocol):
    """The part of ``jsonschema.ValidationError`` used here (jsonschema ships no stubs)."""

    message: str
    validator: object
    schema: Any
    instance: Any
    context: Any
    absolute_path: Any
    relative_schema_path: Any


class _Validator(Protocol):
    def iter_errors(self, instance: object) -> Iterable[_Error]: ...


def validate_json_files(paths: Sequence[str]) -> int:
    """Check every named file (a directory: the ``*.json`` under it); the worst exit code."""
    try:
        import jsonschema  # type: ignore[import-untyped]
    except ImportError:
        print(
            "ctdocs: validate --json needs the jsonschema package: pip install jsonschema",
            file=sys.stderr,
        )
        return 2
    validator: _Validator = jsonschema.Draft202012Validator(json_schema())
    status = 0
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*.json") if p.is_file())
            if not found:
                print(f"{name}: error: no .json files in this directory; check the path")
                status = 2
            for p in found:
                status = max(status, _check_file(str(p), validator))
        else:
            status = max(status, _check_file(name, validator))
    return status


def validate_json_file(path: str) -> int:
    """One file: 0 clean, 1 violations, 2 unusable."""
    return validate_json_files([path])


def _check_file(name: str, validator: _Validator) -> int:
    raw = _read(name)
    if raw is None:
        return 2
    report = _Report(name)
    reader = _Reader()
    try:
        data = json.loads(
            raw,
            object_pairs_hook=reader.pairs,
            parse_int=reader.integer,
            parse_constant=reader.constant,
        )
    except json.JSONDecodeError as exc:
        print(f"{name}:{exc.lineno}:{exc.colno}: error: not valid JSON ({exc.msg}); re-export it")
        return 2
    except RecursionError:  # json.loads recurses once per nesting level
        print(f"{name}: error: JSON nested too deeply to be a ctdocs export; re-export it")
        return 2
    if not isinstance(data, dict):
        kind = {list: "an array", str: "a string", bool: "a boolean"}.get(type(data), "a number")
        kind = "null" if data is None else kind
        print(
            f"{name}: error: the top level is {kind}, not an object; "
            "a ctdocs export holds one document object (ctdocs parse --format json)"
        )
        return 2
    version = data.get("schema_version")
    if isinstance(version, str):
        m = _VERSION.fullmatch(version)
        ours = SCHEMA_VERSION.split(".")[0]
        if m is None:
            report.say(["schema_version"], f"{version!r} is not a MAJOR.MINOR version")
        elif m.group(1).lstrip("0") != ours.lstrip("0"):
            print(
                f"{name}: error: schema_version {version} cannot be checked by this ctdocs "
                f"(it checks {ours}.x); use the ctdocs that wrote it, or re-export the document"
            )
            return 2
    for where, message in _strange_values(data, reader):
        report.say(where, message)
    if reader.odd or not _shape_is_clean(raw, reader.keys):
        for err in validator.iter_errors(data):
            for where, message in _leaves(err):
                report.say(where, message)
    for where, message in _meaning(data):
        report.say(where, message)
    return 1 if report.count else 0


def _read(name: str) -> str | None:
    """The file's text; None (after saying why) when it cannot be read as UTF-8."""
    try:
        raw = Path(name).read_bytes()
    except FileNotFoundError:
        print(f"{name}: error: no such file; check the path")
        return None
    except OSError as exc:
        print(f"{name}: error: cannot be read ({exc.strerror}); check its permissions")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        print(
            f"{name}: error: not UTF-8 text (bad byte at offset {exc.start}); "
            "a ctdocs export is UTF-8 JSON"
        )
        return None


class _Report:
    """Prints each finding as it is found (a big export's findings stream into a CI log)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.count = 0

    def say(self, where: Sequence[str | int], message: str) -> None:
        self.count += 1
        print(f"{self.name}: {_json_path(where)}: {message}", flush=True)


class _Huge(int):
    """Stands in for an integer too long to be an offset (its value is 0)."""

    digits = 0


class _Reader:
    """``json.loads`` hooks: repeated keys, huge integers and NaN noted, keys counted."""

    def __init__(self) -> None:
        self.keys = 0
        self.repeated: dict[int, list[str]] = {}  # id(object) -> the keys it repeats
        self.odd = False  # a value that the fast shape check cannot be trusted with
        self.kept: list[object] = []  # objects whose id() is a key above stay alive

    def pairs(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        self.keys += len(obj)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            twice = sorted({k for k, _ in pairs if k in seen or seen.add(k)})  # type: ignore[func-returns-value]
            self.repeated[id(obj)] = twice
            self.kept.append(obj)
        return obj

    def integer(self, digits: str) -> int:
        if len(digits.lstrip("-")) <= _MAX_DIGITS:
            return int(digits)
        self.odd = True
        huge = _Huge(0)
        huge.digits = len(digits.lstrip("-"))
        return huge

    def constant(self, word: str) -> float:
        self.odd = True
        return float(word)


_MAX_DIGITS = 19
"""An offset, a count or a page number of a real export fits in a signed 64-bit integer."""

_SURROGATE = re.compile("[\ud800-\udfff]")


def _strange_values(data: object, reader: _Reader) -> Iterator[tuple[list[str | int], str]]:
    """Repeated keys, huge integers, NaN/Infinity and lone surrogates, with their paths.

    One walk over every value, without recursion (an export nests a few levels,
    but a hostile file may nest more before ``json`` gives up).
    """
    stack: list[tuple[object, list[str | int]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            twice = reader.repeated.get(id(value))
            if twice:
                yield (
                    path,
                    (
                        f"the object repeats the key(s) {', '.join(map(repr, twice))}; "
                        "JSON readers keep only one of the values"
                    ),
                )
            for key, sub in value.items():
                if _SURROGATE.search(key):
                    yield path, f"the key {key!r} holds a lone surrogate (not Unicode text)"
                stack.append((sub, [*path, key]))
        elif isinstance(value, list):
            stack.extend((sub, [*path, k]) for k, sub in enumerate(value))
        elif isinstance(value, str):
            m = _SURROGATE.search(value)
            if m is not None:
                yield (
                    path,
                    (
                        f"a lone surrogate {m.group()!r} at character {m.start()}: "
                        "not Unicode text; re-export the document"
                    ),
                )
        elif isinstance(value, _Huge):
            yield (
                path,
                (
                    f"an integer of {value.digits} digits; offsets and counts of an "
                    f"export have at most {_MAX_DIGITS}"
                ),
            )
        elif isinstance(value, float) and not math.isfinite(value):
            yield path, f"{value} is not a JSON number; re-export the document"


def _shape_is_clean(raw: str, keys: int) -> bool:
    """True when the export is one the schema accepts, told fast.

    The pydantic model the schema is made from reads it strictly (no
    coercion; unknown keys refused); a key left out would take its default
    there but is required by the schema, so the keys of a fresh export of the
    model read are counted against the file's.
    """
    from pydantic import ValidationError

    from ..models import Document

    try:
        doc = Document.model_validate_json(raw, strict=True)
    except (ValidationError, ValueError):
        return False
    again = _Reader()
    json.loads(doc.model_dump_json(), object_pairs_hook=again.pairs)
    return again.keys == keys


def _leaves(err: _Error) -> list[tuple[list[str | int], str]]:
    """The findings worth reading: inside a ``oneOf`` over block kinds, the branch the block meant.

    "is not valid under any of the given schemas" says nothing useful; the
    block's ``kind`` (the schema's discriminator) names the branch it was meant
    for, and that branch's errors say what is wrong. A ``kind`` that names no
    branch is the finding itself. Without a discriminator the branch with the
    fewest errors stands in for the one meant.
    """
    here: list[str | int] = list(err.absolute_path)
    branches: dict[int, list[_Error]] = {}
    for sub in err.context or []:
        branches.setdefault(int(sub.relative_schema_path[0]), []).append(sub)
    chosen = min(branches.values(), key=len) if branches else None
    disc = err.schema.get("discriminator") if isinstance(err.schema, dict) else None
    if isinstance(disc, dict) and isinstance(err.instance, dict):
        key = str(disc.get("propertyName"))
        mapping: dict[str, str] = disc.get("mapping") or {}
        known = ", ".join(repr(k) for k in sorted(mapping))
        if key not in err.instance:
            return [(here, f"{key!r} is a required property (one of {known})")]
        value = err.instance[key]
        if not isinstance(value, str) or value not in mapping:
            return [([*here, key], _short(f"{value!r} is not one of {known}"))]
        options = err.schema.get("oneOf") or err.schema.get("anyOf") or []
        for index, option in enumerate(options):
            if isinstance(option, dict) and option.get("$ref") == mapping[value]:
                chosen = branches.get(index, chosen)
    if not chosen:
        return [(here, _short(err.message))]
    return [leaf for sub in chosen for leaf in _leaves(sub)]


def _short(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def _json_path(parts: Sequence[str | int]) -> str:
    """``$.blocks[3].start``; keys that are not identifiers in brackets, JSON-quoted."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out
