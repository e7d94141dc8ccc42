"""A researcher's own knowledge files: merged over the shipped ones, through Python,
``CTDOCS_KNOWLEDGE`` and the command line, French and English side by side.

The user file below adds an actor (the Christchurch Call), an alias to a known
actor (the GIFCT's short name) and a domain (women, peace and security) with
French and English triggers. Every expected mention was read off the texts by
hand; each test also checks that the shipped knowledge alone does not find it,
so the test fails if the file has no effect.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path
from typing import Literal

import pytest

import ctdocs
from ctdocs import KnowledgeBaseError, load_knowledge, parse_corpus, parse_text
from ctdocs._knowledge import activate
from ctdocs._knowledge._loading import line_of
from ctdocs.cli import main
from ctdocs.extract._actors import get_matcher

USER = """\
schema_version = "1.0"

# a new actor
[[actor]]
id = "christchurch-call"
name = "Christchurch Call"
name_fr = "Appel de Christchurch"
kind = "organization"

# a shorter name for a shipped actor
[[alias]]
actor = "gifct"
aliases = ["Global Internet Forum", "Forum mondial de l'Internet"]

# a new domain
[[domain]]
code = "WPS"
name = "Women, peace and security"
strong.fr = ["femmes?,? paix et securite"]
strong.en = ["women,? peace and security"]
"""

FR = (
    "1. Les États membres soutiennent l'Appel de Christchurch et le Forum mondial de "
    "l'Internet, et mettent en œuvre le programme femmes, paix et sécurité.\n"
)
EN = (
    "1. Member States support the Christchurch Call and the Global Internet Forum, and "
    "implement the women, peace and security agenda.\n"
)
# (language, text, the new actor's mention, the alias's mention, the domain's evidence)
ROWS = [
    ("fr", FR, "Appel de Christchurch", "Forum mondial de l'Internet", "femmes, paix et sécurité"),
    ("en", EN, "Christchurch Call", "Global Internet Forum", "women, peace and security"),
]
IDS = ["fr", "en"]


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "group.toml"
    path.write_text(USER, encoding="utf-8")
    return path


def _found(doc: ctdocs.Document) -> tuple[dict[str, list[str]], list[tuple[str, str]]]:
    actors = {a.id: [m.text for m in a.mentions] for a in doc.actors}
    domains = [(t.code, e.text) for c in doc.clauses() for t in c.domains for e in t.evidence]
    return actors, domains


def _assert_user_knowledge(doc: ctdocs.Document, call: str, alias: str, wps: str) -> None:
    actors, domains = _found(doc)
    assert actors.get("christchurch-call") == [call]
    assert actors.get("gifct") == [alias]
    assert ("WPS", wps) in domains
    assert "WPS" in doc.domains


def _assert_shipped_only(doc: ctdocs.Document) -> None:
    actors, domains = _found(doc)
    assert "christchurch-call" not in actors and "gifct" not in actors
    assert all(code != "WPS" for code, _ in domains)


@pytest.mark.parametrize(("lang", "text", "call", "alias", "wps"), ROWS, ids=IDS)
def test_python_knowledge_argument(
    user_file: Path, lang: str, text: str, call: str, alias: str, wps: str
) -> None:
    _assert_shipped_only(parse_text(text, lang))  # type: ignore[arg-type]
    kb = load_knowledge(user_file)
    _assert_user_knowledge(parse_text(text, lang, knowledge=kb), call, alias, wps)  # type: ignore[arg-type]
    _assert_shipped_only(parse_text(text, lang))  # type: ignore[arg-type]  # nothing leaks


@pytest.mark.parametrize(("lang", "text", "call", "alias", "wps"), ROWS, ids=IDS)
def test_parse_document_takes_paths_too(
    user_file: Path, tmp_path: Path, lang: str, text: str, call: str, alias: str, wps: str
) -> None:
    src = tmp_path / f"{lang}.txt"
    src.write_text(text, encoding="utf-8")
    doc = ctdocs.parse_document(src, knowledge=[user_file])
    _assert_user_knowledge(doc, call, alias, wps)


@pytest.mark.parametrize(("lang", "text", "call", "alias", "wps"), ROWS, ids=IDS)
def test_environment_variable(
    user_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    text: str,
    call: str,
    alias: str,
    wps: str,
) -> None:
    monkeypatch.setenv("CTDOCS_KNOWLEDGE", f"{user_file}")
    _assert_user_knowledge(parse_text(text, lang), call, alias, wps)  # type: ignore[arg-type]
    monkeypatch.delenv("CTDOCS_KNOWLEDGE")
    _assert_shipped_only(parse_text(text, lang))  # type: ignore[arg-type]


@pytest.mark.parametrize(("lang", "text", "call", "alias", "wps"), ROWS, ids=IDS)
def test_command_line(
    user_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    text: str,
    call: str,
    alias: str,
    wps: str,
) -> None:
    src = tmp_path / f"{lang}.txt"
    src.write_text(text, encoding="utf-8")
    assert main(["parse", str(src), "--format", "json", "--knowledge", str(user_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["domains"] and "WPS" in [d["code"] for d in data["domains"]]
    ids = {a["id"]: [m["text"] for m in a["mentions"]] for a in data["actors"]}
    assert ids["christchurch-call"] == [call] and ids["gifct"] == [alias]
    assert main(["parse", str(src), "--format", "json"]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert "christchurch-call" not in {a["id"] for a in plain["actors"]}


def test_parse_corpus_sends_the_knowledge_to_workers(user_file: Path, tmp_path: Path) -> None:
    paths = []
    for lang, text, *_ in ROWS:
        p = tmp_path / f"{lang}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    kb = load_knowledge(user_file)
    results = list(parse_corpus(paths, 2, knowledge=kb))
    for r, (_, _, call, alias, wps) in zip(results, ROWS, strict=True):
        assert r.document is not None
        _assert_user_knowledge(r.document, call, alias, wps)


def test_knowledge_pickles_as_its_files_and_compares_by_content(user_file: Path) -> None:
    kb = load_knowledge(user_file)
    back = pickle.loads(pickle.dumps(kb))
    assert back == kb and back.key == kb.key and back.paths == (str(user_file),)
    assert len(pickle.dumps(kb)) < 10 * len(USER)  # the text, not the 600 merged actors
    assert kb != ctdocs.load_knowledge([]) and kb.key != "base"


@pytest.mark.parametrize(("lang", "text", "wps"), [(r[0], r[1], r[4]) for r in ROWS], ids=IDS)
def test_an_edited_file_takes_effect_without_restart(
    user_file: Path, monkeypatch: pytest.MonkeyPatch, lang: str, text: str, wps: str
) -> None:
    before = load_knowledge(user_file)
    assert load_knowledge(user_file) == before  # unchanged: the same knowledge ...
    with activate(before):
        matcher = get_matcher()
    with activate(load_knowledge(user_file)):
        assert get_matcher() is matcher  # ... and the same compiled matcher
    user_file.write_text(USER.replace('code = "WPS"', 'code = "GENDER"'), encoding="utf-8")
    doc = parse_text(text, lang, knowledge=load_knowledge(user_file))  # type: ignore[arg-type]
    assert "GENDER" in doc.domains and "WPS" not in doc.domains
    monkeypatch.setenv("CTDOCS_KNOWLEDGE", str(user_file))  # the variable reads the file anew
    user_file.write_text(USER.replace('code = "WPS"', 'code = "WPS-X"'), encoding="utf-8")
    assert "WPS-X" in parse_text(text, lang).domains  # type: ignore[arg-type]
    assert wps in text


def test_replace_an_actor_and_add_triggers_to_a_shipped_domain(tmp_path: Path) -> None:
    path = tmp_path / "more.toml"
    path.write_text(
        'schema_version = "1.0"\n\n[[actor]]\nid = "gifct"\nname = "GIFCT Foundation"\n'
        'kind = "organization"\nacronyms = ["GIFCT"]\n\n'
        '[[trigger]]\ncode = "CYBER"\nstrong.fr = ["hameconnage"]\nstrong.en = ["phishing"]\n',
        encoding="utf-8",
    )
    kb = load_knowledge(path)
    for lang, text in [
        ("fr", "1. Le GIFCT combat l'hameçonnage.\n"),
        ("en", "1. The GIFCT fights phishing.\n"),
    ]:
        assert "CYBER" not in parse_text(text, lang).domains  # type: ignore[arg-type]
        doc = parse_text(text, lang, knowledge=kb)  # type: ignore[arg-type]
        assert "CYBER" in doc.domains
        assert [a.name for a in doc.actors if a.id == "gifct"] == ["GIFCT Foundation"]
    cyber = next(d for d in kb.domains.domain if d.code == "CYBER")
    assert "phishing" in cyber.strong["en"] and len(cyber.strong["en"]) > 1  # kept its own


# ---------------------------------------------------------------- broken files
HEAD = 'schema_version = "1.0"\n\n'
ACTOR = '[[actor]]\nid = "new-body"\nname = "New Body"\nkind = "organization"\n'


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        # line 4 of the file: "name = " missing its value
        (HEAD + '[[actor]]\nname = \nkind = "organ"\n', 4, "not valid TOML"),
        # line 6: the kind
        (HEAD + ACTOR.replace('"organization"', '"club"'), 6, "kind"),
        # line 7: a misspelt key
        (HEAD + ACTOR + 'alias = ["NB"]\n', 7, "Extra inputs are not permitted"),
        # line 8: the second [[actor]] header (no kind)
        (HEAD + ACTOR + '\n[[actor]]\nid = "other"\nname = "Other"\n', 8, "kind"),
        # line 3: an alias for an actor nobody knows
        (HEAD + '[[alias]]\nactor = "nobody"\naliases = ["Somebody"]\n', 3, "no actor has id"),
        # line 3: a name a shipped actor already owns
        (HEAD + ACTOR.replace("New Body", "OTAN"), 3, "claimed by"),
        # line 6: a pattern that does not compile
        (
            HEAD + '[[domain]]\ncode = "WPS"\nname = "W"\nstrong.fr = ["femmes ("]\n',
            6,
            "does not compile",
        ),
        # line 6: a language ctdocs does not read
        (
            HEAD + '[[domain]]\ncode = "WPS"\nname = "W"\nstrong.de = ["Frauen"]\n',
            6,
            "unknown languages",
        ),
        # line 3: triggers for a domain that does not exist
        (HEAD + '[[trigger]]\ncode = "NOPE"\nstrong.en = ["nope"]\n', 3, "no domain has code"),
    ],
    ids=[
        "toml",
        "kind",
        "typo",
        "missing",
        "alias-target",
        "alias-clash",
        "regex",
        "language",
        "trigger-target",
    ],
)
def test_a_broken_file_names_file_and_line(
    tmp_path: Path, body: str, line: int, message: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=message) as err:
        load_knowledge(path)
    assert f"{path}:{line}" in str(err.value)


def test_line_of_finds_the_nth_table_and_its_key() -> None:
    text = HEAD + ACTOR + "\n" + ACTOR.replace("new-body", "second")
    assert line_of(text, ("actor", 1, "kind")) == 11
    assert line_of(text, ("actor", 1)) == 8
    assert line_of(text, ("actor", 0, "name")) == 5
    assert line_of(text, ("schema_version",)) == 1


# ---------------------------------------------------------------- ctdocs knowledge
def test_cli_check_says_what_a_file_changes(
    user_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["knowledge", "check", str(user_file)]) == 0
    out = capsys.readouterr().out
    assert "actor added:    christchurch-call" in out
    assert "actor changed:  gifct" in out
    assert "domain added:   WPS Women, peace and security (2 triggers)" in out


def test_cli_check_reports_a_broken_file_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(HEAD + ACTOR.replace('"organization"', '"club"'), encoding="utf-8")
    assert main(["knowledge", "check", str(path)]) == 1
    assert f"{path}:6:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("what", "line"),
    [
        (
            "actors",
            "christchurch-call\torganization\tuser\tChristchurch Call; Appel de Christchurch",
        ),
        ("domains", "WPS\tuser\t2 triggers\tWomen, peace and security"),
    ],
)
def test_cli_list_shows_the_user_entries(
    user_file: Path, capsys: pytest.CaptureFixture[str], what: str, line: str
) -> None:
    assert main(["knowledge", "list", what]) == 0
    assert line not in capsys.readouterr().out
    assert main(["knowledge", "list", what, "--knowledge", str(user_file)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert line in out
    assert any("\tshipped\t" in x for x in out)


def test_every_command_takes_the_knowledge_option() -> None:
    from ctdocs.cli import build_parser

    ap = build_parser()
    sub = next(
        a for a in ap._actions if a.dest == "command" and isinstance(a, argparse._SubParsersAction)
    )
    for name, parser in sub.choices.items():
        assert any("--knowledge" in a.option_strings for a in parser._actions), name


def test_command_line_knowledge_reaches_the_worker_processes(
    user_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for lang, text, *_ in ROWS:
        p = tmp_path / f"{lang}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    argv = ["parse", *paths, "--jobs", "2", "--format", "jsonl", "--knowledge", str(user_file)]
    assert main(argv) == 0
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    for data, (_, _, call, *_rest) in zip(docs, ROWS, strict=True):
        mentions = {a["id"]: [m["text"] for m in a["mentions"]] for a in data["actors"]}
        assert mentions["christchurch-call"] == [call]


@pytest.mark.parametrize("bad", [3, {"a": 1}])
def test_knowledge_argument_of_the_wrong_type(bad: object) -> None:
    with pytest.raises(ctdocs.InputError, match="knowledge="):
        parse_text(FR, "fr", knowledge=bad)  # type: ignore[arg-type]


def test_a_directory_or_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeBaseError, match="a directory"):
        load_knowledge(tmp_path)
    with pytest.raises(KnowledgeBaseError, match="missing"):
        load_knowledge(tmp_path / "nowhere.toml")


def test_knowledge_type_hints_resolve() -> None:
    """The public Knowledge class's annotations name importable types (a lazy import of
    the schemas once made typing.get_type_hints raise NameError on it)."""
    import typing

    import ctdocs

    hints = typing.get_type_hints(ctdocs.Knowledge)
    assert {"actors", "domains"} <= set(hints)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Stratégie\n\n1. Le financement du terrorisme par les cryptoactifs est combattu.\n"),
        ("en", "Strategy\n\n1. Terrorist financing through crypto-assets is countered.\n"),
    ],
)
def test_shipped_domains_hold_after_many_user_knowledge_bases(
    tmp_path: Path, lang: Literal["fr", "en"], text: str
) -> None:
    """More knowledge bases in one process than the compiled-domains cache holds: the
    shipped knowledge is compiled again and its needle tables with it (tables keyed by
    the patterns of an earlier compile once found nothing, and the tags vanished)."""
    before = parse_text(text, lang)
    assert [t.code for t in before.clauses()[0].domains] == ["FINANCING"]
    for i in range(12):
        path = tmp_path / f"kb{i}.toml"
        path.write_text(
            f'schema_version = "1.0"\n\n[[actor]]\nid = "body-{i}"\n'
            f'name = "Body Number {i}"\nkind = "organization"\n',
            encoding="utf-8",
        )
        parse_text(text, lang, knowledge=load_knowledge(path))
    after = parse_text(text, lang)
    assert after.clauses()[0].domains == before.clauses()[0].domains
    assert after.domains == before.domains


# ---------------------------------------------------------------- order of the parses
# a trigger added to a shipped domain on words the shipped triggers have too ("terror",
# "port"): a piece holds the same words under both knowledge bases
PORTS = (
    HEAD
    + '[[trigger]]\ncode = "CIP"\nstrong.fr = ["attaques? terroristes? contre (les )?ports?"]\n'
    'strong.en = ["terrorist attacks? (on|against) ports?"]\n'
)


@pytest.mark.parametrize(
    ("lang", "text", "shipped", "user"),
    [
        (
            "fr",
            "1. Les États parties préviennent les attaques terroristes contre les ports et "
            "les aéroports.\n",
            ["AVIATION"],
            ["AVIATION", "CIP"],
        ),
        (
            "en",
            "1. States Parties shall prevent terrorist attacks against ports and airports.\n",
            ["AVIATION"],
            ["AVIATION", "CIP"],
        ),
        # the negative rows: no port, the user's trigger finds nothing under either
        (
            "fr",
            "1. Les États parties préviennent les attaques terroristes contre les aéroports.\n",
            ["AVIATION"],
            ["AVIATION"],
        ),
        (
            "en",
            "1. States Parties shall prevent terrorist attacks against airports.\n",
            ["AVIATION"],
            ["AVIATION"],
        ),
    ],
)
def test_two_knowledge_bases_in_either_order(
    tmp_path: Path, lang: str, text: str, shipped: list[str], user: list[str]
) -> None:
    """The user's knowledge first, then the shipped, then the user's again (and the other
    way round): each parse has its own knowledge's domains, whatever came before."""
    path = tmp_path / "ports.toml"
    path.write_text(PORTS, encoding="utf-8")
    kb = load_knowledge(path)
    for first_user in (True, False):
        for step in range(3):
            with_user = (step % 2 == 0) == first_user
            doc = parse_text(text, lang, knowledge=kb if with_user else None)  # type: ignore[arg-type]
            assert sorted(doc.domains) == (user if with_user else shipped)
