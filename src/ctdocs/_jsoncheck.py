"""``ctdocs validate --json``: check exported JSON against the committed JSON Schema.

Uses the maintained ``jsonschema`` validator (an optional dependency: it is
in the ``test`` extra and asked for by name when missing) and reports every
violation with its JSON path, so a CI job sees all problems in one run.

Output is one line per finding, made to be read in a CI log or a pre-commit
report: ``FILE: $.json.path: message`` for a violation, ``FILE: error: ...``
(or ``FILE:LINE:COL: error: ...`` for broken JSON) for a file that cannot be
judged. Exit codes as for the rest of ``validate``: 0 clean, 1 violations,
2 unusable input; with several files every one is checked and the worst wins.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from ._schema import json_schema
from .models import SCHEMA_VERSION

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
        print("ctdocs: validate --json needs the jsonschema package: pip install jsonschema",
              file=sys.stderr)
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
    try:
        raw = Path(name).read_bytes()
    except FileNotFoundError:
        print(f"{name}: error: no such file; check the path")
        return 2
    except OSError as exc:
        print(f"{name}: error: cannot be read ({exc.strerror}); check its permissions")
        return 2
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        print(f"{name}: error: not UTF-8 text (bad byte at offset {exc.start}); "
              "a ctdocs export is UTF-8 JSON")
        return 2
    try:
        data = json.loads(text)
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
    findings: list[tuple[list[str | int], str]] = []
    version = data.get("schema_version")
    if isinstance(version, str):
        m = _VERSION.fullmatch(version)
        ours = SCHEMA_VERSION.split(".")[0]
        if m is None:
            findings.append((["schema_version"], f"{version!r} is not a MAJOR.MINOR version"))
        elif m.group(1).lstrip("0") != ours.lstrip("0"):
            print(
                f"{name}: error: schema_version {version} cannot be checked by this ctdocs "
                f"(it checks {ours}.x); use the ctdocs that wrote it, or re-export the document"
            )
            return 2
    for err in validator.iter_errors(data):
        findings.extend(_leaves(err))
    findings.sort(key=lambda f: [(0, x, "") if isinstance(x, int) else (1, 0, x) for x in f[0]])
    for where, message in findings:
        print(f"{name}: {_json_path(where)}: {message}")
    return 1 if findings else 0


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
