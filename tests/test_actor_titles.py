"""A department with an applied title besides its legal name (``titles`` in
data/models/actors.toml) is named as its text names it (guidelines §3, its usual
English name): "Public Safety Canada" in a text that writes the title, in French or
English; the legal name in an act that writes only that. Texts written for these tests;
expected names checked by hand."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from ctdocs import parse_text
from ctdocs._knowledge import ActorEntry


def _names(text: str, lang: str) -> dict[str, str]:
    """actor id -> the name the document gives it."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {a.id: a.name for a in doc.actors}


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # the title, French and English: the English title
        ("en", "Public Safety Canada funds the new centre.", "Public Safety Canada"),
        ("fr", "Sécurité publique Canada finance le nouveau centre.", "Public Safety Canada"),
        ("en", "Transport Canada inspects the airports.", "Transport Canada"),
        ("fr", "Transports Canada inspecte les aéroports.", "Transport Canada"),
        # the legal name alone: the legal name
        (
            "en",
            "The Department of Public Safety and Emergency Preparedness shall report.",
            "Department of Public Safety and Emergency Preparedness",
        ),
        (
            "fr",
            "Le ministère de la Sécurité publique et de la Protection civile fait rapport.",
            "Department of Public Safety and Emergency Preparedness",
        ),
        # a renamed body: its new name where the text writes it, by name or acronym
        (
            "fr",
            "Le Centre de crise national (NCCN) coordonne la réponse.",
            "National Crisis Centre (Belgium)",
        ),
        ("en", "The NCCN coordinates the response.", "National Crisis Centre (Belgium)"),
        (
            "fr",
            "La Direction générale Centre de crise coordonne la réponse.",
            "Directorate-General Crisis Centre",
        ),
        # both written: the title, the name the text goes on with
        (
            "en",
            "The Department of Foreign Affairs, Trade and Development (Global Affairs "
            "Canada) leads; Global Affairs Canada reports each year.",
            "Global Affairs Canada",
        ),
    ],
)
def test_a_department_is_named_as_its_text_names_it(lang: str, text: str, name: str) -> None:
    names = _names(text, lang)
    assert name in names.values(), names


def test_a_title_must_be_one_of_the_aliases() -> None:
    with pytest.raises(ValidationError, match="titles not among the aliases"):
        ActorEntry(id="x", name="Department of X", kind="organ", titles=["X Canada"])


@pytest.mark.parametrize(
    ("surfaces", "name"),
    [
        (["Department of Transport"], "Department of Transport"),
        (["Transports Canada"], "Transport Canada"),
        (["TRANSPORT CANADA"], "Transport Canada"),
    ],
)
def test_name_in(surfaces: list[str], name: str) -> None:
    entry = ActorEntry(
        id="transport-canada",
        name="Department of Transport",
        kind="organ",
        aliases=["Transport Canada", "Transports Canada"],
        titles=["Transport Canada", "Transports Canada"],
    )
    assert entry.name_in(surfaces) == name
