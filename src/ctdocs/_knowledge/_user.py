"""A researcher's own knowledge: user files merged over the shipped ones.

Why a value and not a global switch: a notebook may parse one corpus with a
group's own actors and another without, and worker processes must parse with
exactly what the caller had. So :func:`load_knowledge` returns a frozen
:class:`Knowledge`, passed as ``parse_document(..., knowledge=kb)``; it pickles
as the user files' text only and is rebuilt (once per content) on the other side.

Caches key on content, never on a path: every compiled matcher is keyed on
:attr:`Knowledge.key`, a hash of the user files' bytes, so editing a file and
loading it again takes effect at once (no kernel restart), and loading an
unchanged file again reuses what was compiled.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._errors import InputError, KnowledgeBaseError
from ._loading import actor_problems, line_of, read_toml, validate
from ._schemas import ActorEntry, ActorsFile, DomainEntry, DomainsFile, UserKnowledgeFile

__all__ = [
    "ENV_VAR",
    "Knowledge",
    "KnowledgeLike",
    "activate",
    "active",
    "base_knowledge",
    "load_knowledge",
    "resolve",
]

ENV_VAR = "CTDOCS_KNOWLEDGE"


@dataclass(frozen=True, slots=True)
class UserSource:
    """One user file as read: where it was, its text and that text's sha256."""

    path: str
    text: str
    sha256: str


@dataclass(frozen=True, eq=False)
class Knowledge:
    """What ctdocs knows about actors and domains: shipped, plus the user's files.

    Equal (and hashed) by :attr:`key`, the hash of the user files' contents in
    order: two loads of unchanged files are the same knowledge.
    """

    actors: ActorsFile
    domains: DomainsFile
    files: tuple[UserSource, ...] = ()
    key: str = field(init=False, default="base")
    """``"base"`` for the shipped knowledge, else a hash of the user files' contents;
    every compiled matcher is cached under it."""

    def __post_init__(self) -> None:
        if self.files:
            joined = "\0".join(f.sha256 for f in self.files).encode()
            object.__setattr__(self, "key", hashlib.sha256(joined).hexdigest())

    @property
    def paths(self) -> tuple[str, ...]:
        """The user files, in the order they were merged."""
        return tuple(f.path for f in self.files)

    def domain_names(self) -> dict[str, str]:
        """Each domain code with its description, in the order tags are listed."""
        return {d.code: d.name for d in self.domains.domain}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Knowledge) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_from_texts, (tuple((f.path, f.text) for f in self.files),))

    def __repr__(self) -> str:
        names = ", ".join(Path(p).name for p in self.paths) or "shipped only"
        return (
            f"<Knowledge {names}: {len(self.actors.actor)} actors, "
            f"{len(self.domains.domain)} domains>"
        )


KnowledgeLike = Knowledge | str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def base_knowledge() -> Knowledge:
    """The shipped knowledge alone (``data/models/``)."""
    from . import load_actors, load_domains  # looked up at call time: tests swap models_dir

    actors, domains = load_actors(), load_domains()
    kb = _BASE[0] if _BASE else None
    if kb is None or kb.actors is not actors or kb.domains is not domains:
        _BASE[:] = [Knowledge(actors, domains)]
    return _BASE[0]


_BASE: list[Knowledge] = []  # the shipped knowledge, built once per load of its files


def load_knowledge(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Knowledge:
    """The shipped knowledge with the user files ``paths`` merged over it, in order.

    Each file is read now (edit it and call again to see the change); a file
    that is not valid TOML, breaks the schema or clashes with another actor's
    names raises :class:`~ctdocs.KnowledgeBaseError` naming the file and line.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    pairs: list[tuple[str, str]] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            raise KnowledgeBaseError(f"{path}: a directory; give the knowledge file(s) in it")
        pairs.append((str(path), read_toml(path)[0]))
    return _from_texts(tuple(pairs))


@lru_cache(maxsize=32)
def _from_texts(pairs: tuple[tuple[str, str], ...]) -> Knowledge:
    base = base_knowledge()
    if not pairs:
        return base
    sources = tuple(
        UserSource(p, t, hashlib.sha256(t.encode("utf-8")).hexdigest()) for p, t in pairs
    )
    files = [(s, _parse_user(s)) for s in sources]
    actors = _merge_actors(base.actors, files)
    domains = _merge_domains(base.domains, files)
    return Knowledge(actors, domains, sources)


def _parse_user(src: UserSource) -> UserKnowledgeFile:
    from ._schemas import UserKnowledgeFile

    path = Path(src.path)
    text, raw = read_toml(path, src.text)
    return validate(path, text, raw, UserKnowledgeFile, shipped=False)


def _at(src: UserSource, table: str, k: int) -> str:
    return f"{src.path}:{line_of(src.text, (table, k))}: "


def _raise(problems: list[str]) -> None:
    if problems:
        raise KnowledgeBaseError(
            f"knowledge files: {len(problems)} problem(s):\n" + "\n".join(problems)
        )


def _merge_actors(
    base: ActorsFile, files: list[tuple[UserSource, UserKnowledgeFile]]
) -> ActorsFile:
    """Actors of ``base``, then each file's: same id replaces, ``[[alias]]`` extends."""
    merged: dict[str, ActorEntry] = {a.id: a for a in base.actor}
    origin: dict[str, str] = {}  # actor id -> "path:line: " of the last user table touching it
    problems: list[str] = []
    for src, data in files:
        ids = [a.id for a in data.actor]
        for k, entry in enumerate(data.actor):
            if ids.count(entry.id) > 1:
                problems.append(f"  {_at(src, 'actor', k)}actor id={entry.id}: duplicate id")
            merged[entry.id] = entry
            origin[entry.id] = _at(src, "actor", k)
        for k, extra in enumerate(data.alias):
            known = merged.get(extra.actor)
            if known is None:
                problems.append(f"  {_at(src, 'alias', k)}alias: no actor has id {extra.actor!r}")
                continue
            merged[extra.actor] = known.model_copy(
                update={
                    "aliases": [*known.aliases, *extra.aliases],
                    "acronyms": [*known.acronyms, *extra.acronyms],
                    "weak_aliases": [*known.weak_aliases, *extra.weak_aliases],
                }
            )
            origin[extra.actor] = _at(src, "alias", k)
    _raise(problems)
    # The shipped set is consistent, so whatever is wrong now involves a user table.
    _raise(actor_problems(merged.values(), lambda i: origin.get(i, "")))
    return base.model_copy(update={"actor": list(merged.values())})


def _merge_domains(
    base: DomainsFile, files: list[tuple[UserSource, UserKnowledgeFile]]
) -> DomainsFile:
    """Domains of ``base``, then each file's: same code replaces, ``[[trigger]]`` extends."""
    merged: dict[str, DomainEntry] = {d.code: d for d in base.domain}
    problems: list[str] = []
    for src, data in files:
        codes = [d.code for d in data.domain]
        for k, entry in enumerate(data.domain):
            if codes.count(entry.code) > 1:
                problems.append(f"  {_at(src, 'domain', k)}domain code={entry.code}: duplicate")
            merged[entry.code] = entry
        for k, extra in enumerate(data.trigger):
            known = merged.get(extra.code)
            if known is None:
                problems.append(
                    f"  {_at(src, 'trigger', k)}trigger: no domain has code {extra.code!r}"
                )
                continue
            merged[extra.code] = known.model_copy(
                update={
                    group: _extend(getattr(known, group), getattr(extra, group))
                    for group in ("strong", "weak", "exclude")
                }
            )
    _raise(problems)
    return base.model_copy(update={"domain": list(merged.values())})


def _extend(old: dict[str, list[str]], new: dict[str, list[str]]) -> dict[str, list[str]]:
    out = {lang: list(pats) for lang, pats in old.items()}
    for lang, pats in new.items():
        out[lang] = [*out.get(lang, []), *pats]
    return out


# ---------------------------------------------------------------- the knowledge in use
_CURRENT: ContextVar[Knowledge | None] = ContextVar("ctdocs_knowledge", default=None)


def resolve(knowledge: KnowledgeLike | None = None) -> Knowledge:
    """The knowledge a parse uses: the one given, else the one activated, else
    ``$CTDOCS_KNOWLEDGE`` (files separated by ``os.pathsep``), else the shipped one."""
    if isinstance(knowledge, Knowledge):
        return knowledge
    if knowledge is not None:
        if not isinstance(knowledge, str | os.PathLike | list | tuple):
            raise InputError(
                f"knowledge= takes ctdocs.load_knowledge(...) or file paths, "
                f"not {type(knowledge).__name__}"
            )
        return load_knowledge(knowledge)
    current = _CURRENT.get()
    if current is not None:
        return current
    env = os.environ.get(ENV_VAR, "")
    paths = [p for p in env.split(os.pathsep) if p.strip()]
    return load_knowledge(paths) if paths else base_knowledge()


def active() -> Knowledge:
    """The knowledge of the parse under way (see :func:`resolve`)."""
    current = _CURRENT.get()
    return current if current is not None else resolve(None)


@contextmanager
def activate(knowledge: Knowledge) -> Iterator[Knowledge]:
    """Make ``knowledge`` the one :func:`active` returns, in this context, until exit."""
    token = _CURRENT.set(knowledge)
    try:
        yield knowledge
    finally:
        _CURRENT.reset(token)
