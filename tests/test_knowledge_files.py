"""Every pattern of every shipped knowledge file compiles: checked here, not at load.

A shipped file (``data/models/``) is loaded without compiling its patterns
(``validate(..., shipped=True)``): compiling 1 300 of them cost a tenth of a cold
start. This module is what stands in for that check: it runs the check a user's
file gets at load on every shipped file, so a broken pattern fails the suite with
its file, its line and its entry. A user's own file is still checked whole at load.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel

from ctdocs import CtdocsError, KnowledgeBaseError, _knowledge, load_knowledge
from ctdocs._knowledge import (
    ActorsFile,
    ActorShapesFile,
    DomainsFile,
    GivenNamesFile,
    models_dir,
)
from ctdocs._knowledge._loading import read_toml, validate
from ctdocs._knowledge._textcues import (
    DatesFile,
    DocumentFile,
    LanguageFile,
    LayoutFile,
    TitleFile,
)
from ctdocs.extract._docrankschema import DateRankerFile
from ctdocs.extract._learnedschema import LearnedFile
from ctdocs.layout._numberingschema import NumberingFile, load_numbering
from ctdocs.structure._titlefitschema import TitleFitFile

# every shipped file and the schema it is loaded with
SHIPPED: dict[str, type[BaseModel]] = {
    "actors.toml": ActorsFile,
    "actor_shapes.toml": ActorShapesFile,
    "given_names.toml": GivenNamesFile,
    "domains.toml": DomainsFile,
    "dates.toml": DatesFile,
    "document.toml": DocumentFile,
    "date_ranker.toml": DateRankerFile,
    "actors_learned.toml": LearnedFile,
    "title.toml": TitleFile,
    "title_fit.toml": TitleFitFile,
    "layout.toml": LayoutFile,
    "language.toml": LanguageFile,
    "numbering.toml": NumberingFile,
}


def check_shipped(path: Path, schema: type[BaseModel]) -> None:
    """The whole check a user's file gets at load, patterns compiled, on a shipped file."""
    text, raw = read_toml(path)
    validate(path, text, raw, schema, shipped=False)


def test_every_shipped_file_is_checked_here() -> None:
    assert sorted(p.name for p in models_dir().glob("*.toml")) == sorted(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_pattern_of_a_shipped_file_compiles(name: str) -> None:
    check_shipped(models_dir() / name, SHIPPED[name])


# ---------------------------------------------------------------- a broken shipped file
def _broken_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, old: str, new: str
) -> Path:
    """A copy of the shipped files, ``name`` with ``old`` replaced, loaded from there."""
    models = tmp_path / "models"
    shutil.copytree(models_dir(), models)
    path = models / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    monkeypatch.setattr(_knowledge, "models_dir", lambda: models)
    return path


def _opening_line(text: str, needle: str, opener: str) -> int:
    """The number of the last line at or above ``needle``'s that starts with ``opener``:
    the line the check cites, found in the file so that editing the data moves it along."""
    lines = text.splitlines()
    at = next(i for i, row in enumerate(lines) if needle in row)
    return next(i + 1 for i in range(at, -1, -1) if lines[i].lstrip().startswith(opener))


LOADERS: dict[str, Callable[[], object]] = {
    "domains.toml": _knowledge.load_domains,
    "layout.toml": _knowledge.load_layout,
    "numbering.toml": load_numbering,
}


@pytest.mark.parametrize(
    ("name", "old", "new", "opener", "entry"),
    [
        # French: a trigger of the first domain, CBRN, cited at its [[domain]] header
        (
            "domains.toml",
            '"decontamination"',
            '"decontamination("',
            "[[domain]]",
            "(code=CBRN).strong",
        ),
        # English: a web-chrome cue, cited at the line that opens the chrome list
        ("layout.toml", r"'\bpassword\b'", r"'\bpassword(\b'", "chrome = [", "chrome"),
        # both languages: the article pattern, cited at its own line
        (
            "numbering.toml",
            "(?P<value>premier|",
            "(?P<value>(premier|",
            "pattern = ",
            "article.pattern",
        ),
    ],
    ids=["fr-domain-trigger", "en-chrome-cue", "article-pattern"],
)
def test_a_broken_shipped_pattern_fails_the_check_with_file_line_and_entry(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    old: str,
    new: str,
    opener: str,
    entry: str,
) -> None:
    path = _broken_copy(tmp_path, monkeypatch, name, old, new)
    line = _opening_line(path.read_text(encoding="utf-8"), new, opener)
    with pytest.raises(KnowledgeBaseError, match="does not compile") as err:
        check_shipped(path, SHIPPED[name])
    assert f"{path}:{line}: " in str(err.value) and entry in str(err.value)
    # the load itself leaves the patterns to this check: it takes the broken file
    load = LOADERS[name]
    load.cache_clear()  # type: ignore[attr-defined]
    try:
        load()
    finally:
        load.cache_clear()  # type: ignore[attr-defined]


# ---------------------------------------------------------------- a user's file
@pytest.mark.parametrize(
    ("lang", "pattern"),
    [("fr", "femmes, paix et (securite"), ("en", "women, peace and (security")],
)
def test_a_users_broken_pattern_is_refused_at_load(tmp_path: Path, lang: str, pattern: str) -> None:
    path = tmp_path / "group.toml"
    path.write_text(
        f'schema_version = "1.0"\n\n[[domain]]\ncode = "WPS"\nname = "W"\n'
        f'strong.{lang} = ["{pattern}"]\n',
        encoding="utf-8",
    )
    with pytest.raises(CtdocsError, match="does not compile") as err:
        load_knowledge(path)
    assert f"{path}:6: domain.0 (code=WPS).strong" in str(err.value)


@pytest.mark.parametrize(
    ("apart", "ok"),
    [({"C-IED": ["EOD"]}, True), ({"C-IED": ["E0D"]}, False), ({"CIED": ["EOD"]}, False)],
)
def test_theme_apart_names_known_domains(apart: dict[str, list[str]], ok: bool) -> None:
    """A misspelt code in ``theme_apart`` would keep no theme off any clause: refused."""
    _text, data = read_toml(models_dir() / "domains.toml")
    data["scoring"]["theme_apart"] = apart
    if ok:
        DomainsFile.model_validate(data)
    else:
        with pytest.raises(ValueError, match="theme_apart"):
            DomainsFile.model_validate(data)
