"""The committed JSON Schema matches the models, and every corpus document validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]
import pytest

from ctdocs import SCHEMA_VERSION, SchemaVersionError, json_schema, load_json, parse_document

from .conftest import SEEDS, TEXTS, parsed

SCHEMA_FILE = (
    Path(__file__).resolve().parents[1] / "src" / "ctdocs" / "schema" / "document.schema.json"
)


def test_committed_schema_matches_the_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "models drifted from src/ctdocs/schema/document.schema.json: bump schema_version if the "
        "change is incompatible, then regenerate the file"
    )


@pytest.mark.parametrize("path", SEEDS + TEXTS, ids=[p.name for p in SEEDS + TEXTS])
def test_corpus_json_validates_against_committed_schema(path: Path) -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(parsed(path).model_dump_json())
    jsonschema.Draft202012Validator(schema).validate(data)


def test_schema_rejects_a_broken_document() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    data = json.loads(parse_document(SEEDS[0]).model_dump_json())
    data["blocks"][0]["kind"] = "poem"
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors


def test_older_minor_loads_newer_major_refused() -> None:
    doc = parse_document(SEEDS[3])
    data = json.loads(doc.model_dump_json())
    # a 1.0 export, written before footnote links (1.1) existed, has neither field
    del data["footnote_refs"]
    for b in data["blocks"]:
        b.pop("note_mark", None)
    data["schema_version"] = "1.0"
    old = load_json(json.dumps(data))
    assert old.schema_version == SCHEMA_VERSION
    assert old.footnote_refs == () and old.clauses() == doc.clauses()
    data["schema_version"] = "2.0"
    with pytest.raises(SchemaVersionError, match=r"2\.0"):
        load_json(json.dumps(data))
