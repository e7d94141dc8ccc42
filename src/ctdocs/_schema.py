"""The JSON Schema of a serialized Document, and loading JSON back with version checks."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ._errors import SchemaVersionError
from .models import SCHEMA_VERSION, Document

__all__ = ["json_schema", "load_json"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of what ``Document.model_dump_json()`` emits (serialization mode)."""
    schema = Document.model_json_schema(mode="serialization", by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://ctdocs.invalid/schema/document-{SCHEMA_VERSION}.json"
    return schema


def load_json(data: str | bytes, *, name: str = "<json>") -> Document:
    """Load an exported Document; an older minor version loads, a newer major one does not."""
    try:
        raw = json.loads(data)
    except json.JSONDecodeError as exc:
        raise SchemaVersionError(f"{name}: not JSON ({exc.msg} at line {exc.lineno})") from None
    except RecursionError:  # a Document nests a few levels; thousands are not an export
        raise SchemaVersionError(
            f"{name}: JSON nested too deeply to be a ctdocs export; re-export the document"
        ) from None
    version = str(raw.get("schema_version", "")) if isinstance(raw, dict) else ""
    try:
        major, _minor = (int(x) for x in version.split("."))
    except ValueError:
        raise SchemaVersionError(f"{name}: no valid schema_version (got {version!r})") from None
    ours = int(SCHEMA_VERSION.split(".")[0])
    if major != ours:
        raise SchemaVersionError(
            f"{name}: schema_version {version} is not readable by this ctdocs "
            f"(reads {ours}.x); upgrade ctdocs or re-export the document"
        )
    raw["schema_version"] = SCHEMA_VERSION
    try:
        return Document.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(top level)"
        raise SchemaVersionError(
            f"{name}: not a valid ctdocs document ({exc.error_count()} problem(s); first at "
            f"{where}: {first['msg']}); check it with 'ctdocs validate --json' or re-export it"
        ) from None
