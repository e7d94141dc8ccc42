"""The architecture of docs/architecture.md, checked on the source: data flows one way.

Every import in ``src/ctdocs`` (at module level, inside functions and under
``TYPE_CHECKING`` alike: a lazy import is still a dependency) is read with
``ast``; a module may import its own stage, an earlier stage, or a shared
foundation, never a later stage. Every module must be placed in a stage, so a
new module cannot slip past the check. Also: every public exception class is
defined in ``_errors.py`` (the one error tree).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PKG = SRC / "ctdocs"

# Shared foundations any stage may import (they import only each other).
FOUNDATIONS = (
    "ctdocs.models",
    "ctdocs._errors",
    "ctdocs._knowledge",
    "ctdocs._linememo",
    "ctdocs._markers",
    "ctdocs._needles",
    "ctdocs._offsets",
    "ctdocs._vocab",
)

# Stages in data-flow order, one package each (the document stage is the graph's own
# modules at the top); a module is in the stage of its longest matching prefix.
STAGES: list[tuple[str, tuple[str, ...]]] = [
    ("readers", ("ctdocs.readers",)),
    ("normalise", ("ctdocs.normalise",)),
    ("layout", ("ctdocs.layout",)),
    ("structure", ("ctdocs.structure",)),
    ("extract", ("ctdocs.extract",)),
    ("document", ("ctdocs._parse", "ctdocs._schema")),
    (
        "views",
        (
            "ctdocs.views",
            "ctdocs.dask",
            "ctdocs.cli",
            "ctdocs._cli_research",
            "ctdocs.__main__",
            "ctdocs",
        ),
    ),
]
ORDER = {name: k for k, (name, _) in enumerate(STAGES)}

# Known exceptions to the rule, each with its reason. Empty this list, don't grow it.
ALLOWED = {
    # Document.frames() and Document._repr_html_() are conveniences on the graph type that
    # call a view at call time (lazy imports; Frames only under TYPE_CHECKING). Moving them
    # out would change the public API (api-contract: doc.frames()).
    ("ctdocs.models", "ctdocs.views._frames"),
    ("ctdocs.models", "ctdocs.views._display"),
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path) -> set[str]:
    """Every ctdocs module ``path`` imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "ctdocs")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            if target.split(".")[0] != "ctdocs":
                continue
            found.add(target)
            # ``from . import cli`` names submodules
            subs = (f"{target}.{a.name}" for a in node.names)
            found.update(sub for sub in subs if _is_module(sub))
    return found


def _is_module(dotted: str) -> bool:
    path = SRC.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def stage_of(module: str) -> str | None:
    """The stage of ``module``, ``"foundation"``, or None when it is in none."""
    if any(module == f or module.startswith(f + ".") for f in FOUNDATIONS):
        return "foundation"
    best: tuple[int, str] | None = None
    for stage, prefixes in STAGES:
        for prefix in prefixes:
            hit = module == prefix or (prefix != "ctdocs" and module.startswith(prefix + "."))
            if hit and (best is None or len(prefix) > best[0]):
                best = (len(prefix), stage)
    return best[1] if best else None


MODULES = sorted(PKG.rglob("*.py"))


def test_every_module_has_a_stage() -> None:
    assert len(MODULES) > 40
    unplaced = [module_name(p) for p in MODULES if stage_of(module_name(p)) is None]
    assert unplaced == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_stage_imports_a_later_stage(path: Path) -> None:
    me = module_name(path)
    mine = stage_of(me)
    bad = []
    for target in sorted(imports_of(path)):
        theirs = stage_of(target)
        if theirs is None or (me, target) in ALLOWED:
            continue
        if mine == "foundation":
            ok = theirs == "foundation"
        else:
            ok = theirs == "foundation" or ORDER[theirs] <= ORDER[mine]  # type: ignore[index]
        if not ok:
            bad.append(f"{me} ({mine}) imports {target} ({theirs})")
    assert bad == []


# The modules at the package's root: the foundations, the document stage, the public faces.
# A stage's work goes into its package, so that the tree shows the stages.
ROOT_MODULES = {
    "__init__", "__main__", "_cli_research", "_errors", "_linememo", "_markers", "_needles",
    "_offsets",
    "_parse", "_schema", "_vocab", "dask", "models",
}  # fmt: skip


def test_stage_modules_live_in_their_stage_package() -> None:
    assert {p.stem for p in PKG.glob("*.py")} == ROOT_MODULES
    for stage, prefixes in STAGES:
        for prefix in prefixes:
            if prefix.count(".") == 1 and not prefix.split(".")[1].startswith("_"):
                assert _is_module(prefix), (stage, prefix)


def test_the_allowed_exceptions_are_still_there() -> None:
    for me, target in ALLOWED:
        assert target in imports_of(SRC.joinpath(*me.split(".")).with_suffix(".py")), (me, target)


def test_the_checker_sees_a_violation() -> None:
    """The test itself can fail: a reader importing the layout stage is caught."""
    assert stage_of("ctdocs.readers.pdf.records") == "readers"
    assert stage_of("ctdocs.layout._segment") == "layout"
    assert ORDER["layout"] > ORDER["readers"]
    assert "ctdocs.layout" in imports_of(PKG / "_parse.py")
    assert stage_of("ctdocs.cli.parse") == "views" and stage_of("ctdocs") == "views"


def test_readers_import_nothing_of_later_stages() -> None:
    later = ("ctdocs.normalise", "ctdocs.layout", "ctdocs.structure", "ctdocs.extract")
    for path in (PKG / "readers").rglob("*.py"):
        hits = [t for t in imports_of(path) if t.startswith(later)]
        assert hits == [], path


_EXC_BASE = re.compile(r"(Error|Exception)$")


def test_every_public_exception_is_in_the_error_tree() -> None:
    outside = []
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef) or node.name.startswith("_"):
                continue
            bases = [getattr(b, "id", "") or getattr(b, "attr", "") for b in node.bases]
            if any(_EXC_BASE.search(b) for b in bases) and path.name != "_errors.py":
                outside.append(f"{module_name(path)}.{node.name}")
    assert outside == []
    import ctdocs._errors as errors

    doc = errors.__doc__ or ""
    for name in errors.__all__:
        assert name in doc, f"{name} missing from the tree drawn in _errors' docstring"


def test_normalise_uses_the_shared_markers() -> None:
    """One definition of the marker shapes for the readers and the normaliser."""
    import ctdocs._markers as markers
    import ctdocs.normalise._joins as joins
    import ctdocs.normalise._text as normalise

    assert normalise.MARKER_RE is markers.MARKER_RE
    assert joins._TERMINAL is markers.TERMINAL
    assert joins._starts_lower is markers.starts_lower


# Sizes: no module over 600 lines, no function over 60 (docs/architecture.md), anywhere
# in src/. No exceptions are left; a known offender would be named here with its reason,
# and its entry removed once its file is split (the list only shrinks).
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60
SIZE_ALLOWED: set[str] = set()


def offenders_in(source: str, me: str) -> list[str]:
    """The module ``me`` and its functions (methods, nested ones too) over the limits."""
    found = [me] if source.count("\n") > MAX_MODULE_LINES else []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                found.append(f"{me}.{node.name}")
    return found


def test_modules_and_functions_fit_on_a_screen() -> None:
    everything = sorted(SRC.rglob("*.py"))  # all of src/, not only the package's stages
    assert everything == MODULES
    offenders = {
        o for path in everything for o in offenders_in(path.read_text("utf-8"), module_name(path))
    }
    assert sorted(offenders - SIZE_ALLOWED) == []
    # an entry whose file was split must leave the list, so the list only shrinks
    assert sorted(SIZE_ALLOWED - offenders) == []


def test_the_size_check_sees_a_long_function_and_a_long_module() -> None:
    body = "\n".join(f"    x{k} = {k}" for k in range(MAX_FUNCTION_LINES))
    assert offenders_in(f"class C:\n  def long(self):\n{body}\n", "m") == ["m.long"]
    assert offenders_in("def short():\n    return 1\n", "m") == []
    assert offenders_in("x = 1\n" * (MAX_MODULE_LINES + 1), "m") == ["m"]


# Offsets are moved by ctdocs._offsets (OffsetMap, SpanIndex, Positions), not by
# hand-written bisection: mapping an offset, finding the span that holds it, or where it
# falls among sorted positions (block starts, sentence stops, the tops of a page's rows)
# are its methods. No module is allowed to bisect on its own; never add one here.
BISECT_ALLOWED: set[str] = set()


def imports_bisect(source: str) -> bool:
    """Whether ``source`` imports the ``bisect`` module (``import``, ``from``, lazily too)."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import) and any(a.name == "bisect" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == "bisect":
            return True
    return False


def test_only_the_offsets_module_bisects() -> None:
    bisecting = {module_name(p) for p in MODULES if imports_bisect(p.read_text("utf-8"))}
    assert sorted(bisecting - BISECT_ALLOWED - {"ctdocs._offsets"}) == []
    assert sorted(BISECT_ALLOWED - bisecting) == []


def test_the_bisect_check_sees_a_hand_written_bisection() -> None:
    assert imports_bisect("import bisect\n")
    assert imports_bisect("def f():\n    from bisect import bisect_left\n")
    assert not imports_bisect("from ctdocs._offsets import Positions\n")
    assert imports_bisect((PKG / "_offsets.py").read_text("utf-8"))


LISTED_PACKAGES = ("layout", "normalise", "structure", "views")


def _unlisted(package: Path) -> list[str]:
    """The private modules of ``package`` its docstring's ``Modules:`` list does not name."""
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
    listed = set(re.findall(r"^\* ``(\w+)``:", doc or "", re.MULTILINE))
    return sorted(
        p.stem for p in package.glob("_*.py") if p.stem != "__init__" and p.stem not in listed
    )


@pytest.mark.parametrize("package", LISTED_PACKAGES)
def test_a_stage_package_lists_every_module_it_holds(package: str) -> None:
    """The package docstring is the stage's map: a new module is named there."""
    assert _unlisted(PKG / package) == []


def test_the_module_list_check_sees_an_unlisted_module(tmp_path: Path) -> None:
    (tmp_path / "__init__.py").write_text('"""Stage.\n\nModules:\n\n* ``_a``: A.\n"""\n')
    (tmp_path / "_a.py").write_text("")
    (tmp_path / "_b.py").write_text("")
    assert _unlisted(tmp_path) == ["_b"]
