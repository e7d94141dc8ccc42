"""The pipeline's fast construction of mentions, blocks and noise (``models._trusted``)
gives the models validation would give: same values of the same types, same field
order, same set fields, same JSON; and a user's model is still validated."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from ctdocs import parse_document
from ctdocs.models import ActorMention, DateMention, Document, Evidence

TEXTS = Path(__file__).parent / "texts"

DOCS = [
    pytest.param("fr_csnu_resolution.txt", id="fr-resolution"),
    pytest.param("en_unsc_resolution.md", id="en-resolution"),
    pytest.param("fr_otan_page_web.txt", id="fr-web-page"),
    pytest.param("en_nato_summit_web.txt", id="en-web-page"),
]


def _built(doc: Document) -> Iterator[BaseModel]:
    yield from doc.block_list
    yield from doc.noise
    for actor in doc.actors:
        yield from actor.mentions
    yield from doc.dates
    if doc.date is not None:
        yield doc.date
    for tag in doc.domain_tags:
        yield tag
        yield from tag.evidence
    for clause in doc.clauses():
        yield from clause.dates
        for tag in clause.domains:
            yield tag
            yield from tag.evidence


def _same(built: BaseModel, validated: BaseModel) -> None:
    assert built == validated
    assert list(built.__dict__) == list(validated.__dict__)  # field order: repr, dumps
    assert [type(v) for v in built.__dict__.values()] == [
        type(v) for v in validated.__dict__.values()
    ]
    assert built.model_fields_set == validated.model_fields_set
    assert repr(built) == repr(validated)
    assert built.model_dump_json() == validated.model_dump_json()


def _check(name: str) -> set[str]:
    """Compare every built model of one text with its validated twin; their kinds."""
    doc = parse_document(TEXTS / name)
    kinds = set()
    for m in _built(doc):
        kinds.add(type(m).__name__)
        # a block's kind is left to its default, as the pipeline built blocks before
        values = {k: v for k, v in m.__dict__.items() if k != "kind"}
        _same(m, type(m)(**values))
    return kinds


@pytest.mark.parametrize("name", DOCS)
def test_built_models_equal_validated_ones(name: str) -> None:
    assert {"ActorMention", "DateMention", "Paragraph"} <= _check(name)


def test_the_texts_cover_every_built_model() -> None:
    kinds = set().union(*(_check(str(p.values[0])) for p in DOCS))
    assert kinds >= {
        "ActorMention", "DateMention", "DomainTag", "Evidence", "Noise",
        "Clause", "Heading", "ListItem", "Paragraph",
    }  # fmt: skip


def test_shared_fields_set_survives_copy_with_update() -> None:
    doc = parse_document(TEXTS / "en_unsc_resolution.md")
    first, second = doc.dates[0], doc.dates[1]
    moved = first.model_copy(update={"start": 0})
    assert moved.start == 0 and first.start != 0
    assert second.model_fields_set == set(DateMention.model_fields)


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        pytest.param(ActorMention, {"text": "OTAN", "start": "x", "end": 4}, id="fr-actor"),
        pytest.param(Evidence, {"text": "terrorism", "start": 0, "end": 9, "x": 1}, id="en-extra"),
    ],
)
def test_users_models_are_still_validated(
    model: type[BaseModel], fields: dict[str, object]
) -> None:
    with pytest.raises(ValidationError):
        model(**fields)
    with pytest.raises(ValidationError):
        model.model_validate(fields)
