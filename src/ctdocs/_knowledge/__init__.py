"""Language knowledge as data: the files of ``data/models/``, validated on load.

ctdocs keeps what it knows about French and English (actor names, month names,
domain triggers, web chrome, language cues) in versioned TOML files rather
than in code, so that adding a language or an actor is a data change that a
reviewer can read. Each file is checked by a strict pydantic schema when it is
loaded: unknown keys, duplicate ids, an alias claimed by two actors and
patterns that do not compile are all reported at once, with the file, the line
and the entry, as a :class:`~ctdocs.KnowledgeBaseError`. (The patterns of the
shipped files are compiled by the test suite rather than at every load: a
cold start would otherwise compile 1 300 of them for nothing.)

The package: ``_schemas`` (actors, domains, a user's own file),
``_textcues`` (dates, layout, language) and ``_docschema`` (the document's
own date and number) hold the schemas;
``_loading`` reads a file and places each error on its line; ``_fold`` is the
one-for-one character folding every matcher uses; ``_alternation`` turns a word
list into the one alternation every matcher compiles; ``_user`` merges a
researcher's own files over the shipped ones (:func:`load_knowledge`) and
tells which knowledge a parse uses (:func:`active`). The shipped files are
loaded here, once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel

from .._errors import KnowledgeBaseError
from ._alternation import (
    NEVER,
    alternation,
    any_of,
    ascii_openings,
    longest_first,
    may_open,
    may_open_pattern,
)
from ._fold import _FOLD_TABLE, fold, fold_plain
from ._loading import actor_problems, alias_key, read_toml, validate
from ._schemas import (
    SUPPORTED_MAJOR,
    ActorEntry,
    ActorsFile,
    AliasEntry,
    DomainCues,
    DomainEntry,
    DomainScoring,
    DomainsFile,
    TriggerEntry,
    UserKnowledgeFile,
    _check_patterns,
    _check_weights,
    _Strict,
    _Versioned,
)
from ._shapes import (
    ActorShapesFile,
    EnglishNames,
    GivenNamesFile,
    OrganCues,
    PersonCues,
    PlaceCues,
    _PerLanguage,
)
from ._user import (
    ENV_VAR,
    Knowledge,
    KnowledgeLike,
    activate,
    active,
    base_knowledge,
    load_knowledge,
    resolve,
)

if TYPE_CHECKING:
    from ._textcues import (
        BoilerplateModel,
        DateLanguage,
        DatesFile,
        DocumentCues,
        DocumentFile,
        LanguageFile,
        LayoutFile,
        MonthNames,
        SymbolPattern,
        TitleCues,
        TitleFile,
        TitleWeights,
    )

# The text-cue schemas are imported on first use (PEP 562): building their models
# costs a twentieth of ``import ctdocs``, paid only by a process that loads one of
# their files or names one of them.
_LAZY = frozenset(
    [
        "BoilerplateModel",
        "DateLanguage",
        "DatesFile",
        "DocumentCues",
        "DocumentFile",
        "LanguageFile",
        "LayoutFile",
        "MonthNames",
        "SymbolPattern",
        "TitleCues",
        "TitleFile",
        "TitleWeights",
    ]
)


def __getattr__(name: str) -> Any:
    """A text-cue schema, its module imported on first use and the name bound here."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import _textcues

    value = getattr(_textcues, name)
    globals()[name] = value
    return value


__all__ = [
    "ENV_VAR",
    "NEVER",
    "SUPPORTED_MAJOR",
    "_FOLD_TABLE",
    "ActorEntry",
    "ActorShapesFile",
    "ActorsFile",
    "AliasEntry",
    "BoilerplateModel",
    "DateLanguage",
    "DatesFile",
    "DocumentCues",
    "DocumentFile",
    "DomainCues",
    "DomainEntry",
    "DomainScoring",
    "DomainsFile",
    "EnglishNames",
    "GivenNamesFile",
    "Knowledge",
    "KnowledgeLike",
    "LanguageFile",
    "LayoutFile",
    "MonthNames",
    "OrganCues",
    "PersonCues",
    "PlaceCues",
    "SymbolPattern",
    "TitleCues",
    "TitleFile",
    "TitleWeights",
    "TriggerEntry",
    "UserKnowledgeFile",
    "_PerLanguage",
    "_Strict",
    "_Versioned",
    "_check_patterns",
    "_check_weights",
    "_load",
    "activate",
    "active",
    "alternation",
    "any_of",
    "ascii_openings",
    "base_knowledge",
    "fold",
    "fold_plain",
    "folded_given_names",
    "function_words",
    "given_names",
    "load_actor_shapes",
    "load_actors",
    "load_dates",
    "load_document",
    "load_domains",
    "load_knowledge",
    "load_language",
    "load_layout",
    "load_title",
    "longest_first",
    "may_open",
    "may_open_pattern",
    "models_dir",
    "resolve",
]


def models_dir() -> Path:
    """Where the knowledge files are: inside the installed package, else the repo."""
    from importlib import resources  # here, not at import: it brings zipfile and tempfile

    packaged = resources.files("ctdocs") / "_data" / "models"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[3] / "data" / "models"


_M = TypeVar("_M", bound=BaseModel)


def _load(name: str, schema: type[_M]) -> _M:
    """A shipped file by name, validated; every problem with its file and line.

    Its patterns are not compiled here: the test suite compiles them all
    (``tests/test_knowledge_files.py``), and a cold start is spared the cost.
    """
    path = models_dir() / name
    if not path.is_file():
        raise KnowledgeBaseError(
            f"{path}: knowledge file missing; reinstall ctdocs or restore data/models/"
        )
    text, raw = read_toml(path)
    return validate(path, text, raw, schema, shipped=True)


@cache
def load_actors() -> ActorsFile:
    data = _load("actors.toml", ActorsFile)
    problems = actor_problems(data.actor)
    if problems:
        raise KnowledgeBaseError(
            f"{models_dir() / 'actors.toml'}: {len(problems)} problem(s):\n" + "\n".join(problems)
        )
    return data


@cache
def load_actor_shapes() -> ActorShapesFile:
    return _load("actor_shapes.toml", ActorShapesFile)


@cache
def given_names() -> tuple[str, ...]:
    """Every given name the person cues know: actor_shapes.toml's short list, then
    given_names.toml's long one."""
    more = _load("given_names.toml", GivenNamesFile).names
    return tuple(dict.fromkeys([*load_actor_shapes().person.given_names, *more]))


@cache
def folded_given_names() -> frozenset[str]:
    """:func:`given_names` folded, once: three person matchers want them so (eleven
    thousand folds each cost half a percent of a cold start)."""
    return frozenset(fold(n) for n in given_names())


@cache
def load_domains() -> DomainsFile:
    data = _load("domains.toml", DomainsFile)
    codes = [d.code for d in data.domain]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise KnowledgeBaseError(f"{models_dir() / 'domains.toml'}: duplicate codes {dupes}")
    return data


@cache
def load_dates() -> DatesFile:
    from ._textcues import DatesFile

    return _load("dates.toml", DatesFile)


@cache
def load_document() -> DocumentFile:
    from ._textcues import DocumentFile

    return _load("document.toml", DocumentFile)


@cache
def load_title() -> TitleFile:
    from ._textcues import TitleFile

    return _load("title.toml", TitleFile)


@cache
def load_layout() -> LayoutFile:
    from ._textcues import LayoutFile

    return _load("layout.toml", LayoutFile)


@cache
def load_language() -> LanguageFile:
    from ._textcues import LanguageFile

    return _load("language.toml", LanguageFile)


@cache
def function_words() -> frozenset[str]:
    """Every language's function words (``language.toml``'s stop words), casefolded, once:
    the layout's and normalise's line tests count them to tell a sentence or a phrase from
    a label, a printer's line or a title."""
    return frozenset(w.casefold() for ws in load_language().stopwords.values() for w in ws)


_ = alias_key  # re-exported for modules that key aliases as the loader does
