"""The ctdocs spaCy components work in a user's own pipeline, found through entry points."""

from __future__ import annotations

import pytest
import spacy


@pytest.mark.parametrize(
    "lang,text,actor,date",
    [
        (
            "fr",
            "Le Conseil OTAN-Russie s'est réuni le 6 juin 2002 à Bruxelles.",
            "nato-russia-council",
            "2002-06-06",
        ),
        (
            "en",
            "The NATO-Russia Council met on 6 June 2002 in Brussels.",
            "nato-russia-council",
            "2002-06-06",
        ),
    ],
)
def test_factories_in_a_users_pipeline(lang: str, text: str, actor: str, date: str) -> None:
    nlp = spacy.blank(lang)  # no import of ctdocs: the factories come from the entry points
    nlp.add_pipe("ctdocs_actors")
    nlp.add_pipe("ctdocs_dates")
    nlp.add_pipe("ctdocs_domains")
    docs = list(nlp.pipe([text, text]))
    for doc in docs:
        assert [s.label_ for s in doc.spans["ctdocs_actors"]] == [actor]
        assert [s.label_ for s in doc.spans["ctdocs_dates"]] == [date]
        hits = doc.user_data["ctdocs"]["ctdocs_actors"]
        assert text[hits[0].start : hits[0].end] in ("Conseil OTAN-Russie", "NATO-Russia Council")


def test_domain_component_tags_with_evidence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ctdocs_domains")
    doc = nlp("Allies will strengthen border security and counter-IED training.")
    assert {"BORDER", "C-IED"} <= {s.label_ for s in doc.spans["ctdocs_domains"]}
