"""The English-name tables of ``extract._unlinked_english`` follow the knowledge in use.

They are built from the actor knowledge (its names of several words, its acronyms), once
per knowledge: a researcher who parses with the shipped knowledge and then with their own
file (or the reverse, in one notebook) must read their own bodies' names in the second
parse. Before, each table was built once per process, from whichever knowledge came first.
The user body below is invented; its forms were written by hand for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import load_knowledge
from ctdocs._knowledge import activate
from ctdocs.extract._unlinked_english import _acronyms, _keys, _known_names

USER = """\
schema_version = "1.0"

[[actor]]
id = "sahel-border-agency"
name = "Sahel Border Agency"
name_fr = "Agence sahélienne des frontières"
kind = "organization"
acronyms = ["SBA", "ASF"]
"""

# (language, the body's name of several words as a text writes it)
ROWS = [("fr", "Agence sahélienne des frontières"), ("en", "Sahel Border Agency")]


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    path = tmp_path / "sahel.toml"
    path.write_text(USER, encoding="utf-8")
    return path


@pytest.mark.parametrize(("lang", "form"), ROWS, ids=[r[0] for r in ROWS])
def test_known_names_follow_the_knowledge_in_use(user_file: Path, lang: str, form: str) -> None:
    assert _keys(form) not in _known_names()  # built first under the shipped knowledge
    with activate(load_knowledge(user_file)):
        assert _known_names()[_keys(form)] == "Sahel Border Agency"
    assert _keys(form) not in _known_names()  # and the shipped knowledge's table is intact


@pytest.mark.parametrize(("lang", "acronym"), [("fr", "ASF"), ("en", "SBA")], ids=["fr", "en"])
def test_acronyms_follow_the_knowledge_in_use(user_file: Path, lang: str, acronym: str) -> None:
    assert acronym not in _acronyms()
    with activate(load_knowledge(user_file)):
        # the English acronym is the one the English name's capitals spell
        assert _acronyms()[acronym] == "SBA"
