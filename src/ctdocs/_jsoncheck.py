"""``ctdocs validate --json``: check exported JSON against the committed JSON Schema.

Uses the maintained ``jsonschema`` validator (an optional dependency: it is
in the ``test`` extra and asked for by name when missing) and reports every
violation with its JSON path, so a CI job sees all problems in one run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from ._errors import SchemaVersionError
from ._schema import json_schema, load_json

__all__ = ["validate_json_file"]


def validate_json_file(path: str) -> int:
    try:
        import jsonschema
    except ImportError:
        print("ctdocs: validate --json needs the jsonschema package: pip install 'ctdocs[test]'", file=sys.stderr)
        return 2
    p = Path(path)
    try:
        raw_text = p.read_text(encoding="utf-8")
        data = json.loads(raw_text)
    except FileNotFoundError:
        print(f"{path}: error: no such file; check the path")
        return 2
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: error: not a readable JSON file ({exc})")
        return 2
    try:
        load_json(raw_text, name=path)
    except SchemaVersionError as exc:
        print(f"{path}: error: {exc}")
        return 2
    except Exception:  # validation problems are reported below, one per line
        pass
    validator = jsonschema.Draft202012Validator(json_schema())
    errors = []
    for err in validator.iter_errors(data):
        if err.context:
            # oneOf over block kinds: report what is wrong in the branch that fits best
            # (fewest errors), not just "valid under none of the schemas".
            branches: dict[object, list[Any]] = {}
            for sub in err.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            errors.extend(min(branches.values(), key=len))
        else:
            errors.append(err)
    errors.sort(key=lambda e: [str(x) for x in e.absolute_path])
    for err in errors:
        where = "$" + "".join(f"[{x}]" if isinstance(x, int) else f".{x}" for x in err.absolute_path)
        print(f"{path}: {where}: {err.message}")
    return 1 if errors else 0
