"""ctdocs._vocab: one definition of each closed vocabulary, used by models and stages."""

from __future__ import annotations

from typing import get_args

import pytest
from pydantic import BaseModel, ValidationError

from ctdocs import Noise, Paragraph, parse_text
from ctdocs import _vocab as vocab
from ctdocs.layout._numbering import Marker
from ctdocs.models import ActorMention, DateMention
from ctdocs.structure._blocks import RawBlock


def test_models_hold_the_shared_vocabularies() -> None:
    pairs: list[tuple[type[BaseModel], str, object]] = [
        (Noise, "reason", vocab.NoiseReason),
        (Paragraph, "role", vocab.BlockRole),
        (ActorMention, "method", vocab.MentionMethod),
        (DateMention, "precision", vocab.Precision),
    ]
    for model, name, literal in pairs:
        assert get_args(model.model_fields[name].annotation) == get_args(literal), name
    assert RawBlock.__annotations__["role"] == "BlockRole"  # the structure stage's own blocks
    assert Marker.__annotations__["kind"] == "MarkerKind"


def test_an_unknown_noise_reason_is_refused() -> None:
    Noise(text="Share", start=0, end=5, reason="web-chrome")
    with pytest.raises(ValidationError):
        Noise(text="Share", start=0, end=5, reason="chrome")  # type: ignore[arg-type]
    assert vocab.is_noise_reason("toc") and not vocab.is_noise_reason("noise")
    assert not vocab.is_noise_reason(None)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Partager cette page\n\n1. Les Alliés renforceront leur coopération.\n"),
        ("en", "Share this page\n\n1. The Allies will strengthen their cooperation.\n"),
    ],
)
def test_every_reason_a_parse_gives_is_in_the_vocabulary(lang: str, text: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    reasons = {n.reason for n in doc.noise}
    assert reasons <= set(get_args(vocab.NoiseReason))
