"""Two page-furniture shapes of copied PDFs and record pages (guidelines §5: a page's
record and its page numbers are noise):

* a record set in two columns without colons (``Juges   Lemieux, Richard ; …`` beside
  ``Date   2026-11-13``): once two of its fields are set aside by the record rules, its
  other fields and their wrapped values are the record too
  (:func:`ctdocs.layout._fieldruns.mark_column_records`); the rule under it ends it, and
  the document's own letterhead below stays text;
* a running foot whose folio is set between dashes (``Circulaire n° 0417/… - 2 -``)
  (:func:`ctdocs.layout._columns.running_columns`).

French and English side by side. Each text is written for the test; the expected noise
was worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

RULE = "-" * 78
FIELDS = {
    "fr": [
        "Collection        Jugements de la Cour suprême",
        "Date              2026-11-13",
        "Référence neutre  2026 CSC 38",
        "Numéro de dossier 41102",
        "Juges             Lemieux, Richard ; Halvorsen, Anne ;",
        "                  Kenney, Laura ; Fortier, Hélène",
        "En appel de       Québec",
    ],
    "en": [
        "Collection        Supreme Court Judgments",
        "Date              2026-11-13",
        "Reference number  2026 SCC 38",
        "Document number   41102",
        "Judges            Lemieux, Richard; Halvorsen, Anne;",
        "                  Kenney, Laura; Fortier, Helen",
        "On appeal from    Quebec",
    ],
}
BODY = {
    "fr": "La Cour rejette l'appel formé par l'accusé contre sa condamnation pour participation "
    "aux activités d'un groupe terroriste.",
    "en": "The Court dismisses the appeal brought by the accused against his conviction for "
    "participating in the activities of a terrorist group.",
}
HEAD = {
    "fr": "Nations Unies     CCPR/C/146/D/3987/2021",
    "en": "United Nations    CCPR/C/146/D/3987/2021",
}


def _record(lang: str) -> str:
    return (
        "R. c. Benali\n\n" + "\n".join(FIELDS[lang]) + f"\n{RULE}\n{HEAD[lang]}\n\n{BODY[lang]}\n"
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_open_fields_of_a_column_record_are_the_record(lang: str) -> None:
    doc = parse_text(_record(lang), language=lang)  # type: ignore[arg-type]
    noise = [(n.text, n.reason) for n in doc.noise]
    fields = [" ".join(x.split()) for x in FIELDS[lang]]
    assert noise == [*((x, "metadata") for x in fields), (RULE, "markup")]


FOLIO = {
    "fr": (
        "Circulaire n° 0417/MID/CAB/DGST-26",
        "Le chef de poste tient un registre des signalements.",
    ),
    "en": (
        "Circular No. 0417/MID/CAB/DGST-26",
        "The head of post keeps a register of the reports.",
    ),
}
NEXT = {
    "fr": "Tout passager de retour d'une zone de conflit fait l'objet d'un contrôle renforcé.",
    "en": "Every passenger returning from a conflict zone is subject to enhanced screening.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_running_foot_with_a_dashed_folio_is_furniture(lang: str) -> None:
    name, before = FOLIO[lang]
    text = f"{before}\n\n{name}{' ' * 40}- 2 -\n\n{NEXT[lang]}\n"
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert [(n.text, n.reason) for n in doc.noise] == [(f"{name} - 2 -", "page-footer")]


COVER = {
    "fr": (
        "CORONER EN CHEF DU QUÉBEC",
        "RÉFÉRENCE :      Enquête sur les décès survenus lors de l'attaque",
        "DATE :           18 novembre 2026",
        "DOSSIER :        2024/4471",
        "LIEU :           Montréal",
        "Le 14 septembre 2024, un homme a conduit un véhicule dans la zone piétonne du festival.",
    ),
    "en": (
        "CORONERS COURT OF QUEENSLAND",
        "CITATION:        Inquest into the deaths arising from the Riverside attack",
        "DELIVERED ON:    18 November 2026",
        "FILE NO(s):      2024/4471",
        "DELIVERED AT:    Brisbane",
        "On 14 September 2024, a man drove a utility vehicle into the festival's pedestrian area.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fields_labelled_with_a_colon_are_no_column_record(lang: str) -> None:
    """A court's cover sheet labels its fields with colons: the document's own header
    block (guidelines §5), left to the record rules, not swept in as a column record."""
    heading, citation, *fields, body = COVER[lang]
    text = f"{heading}\n\n{citation}\n" + "\n".join(fields) + f"\n\n{body}\n"
    doc = parse_text(text, language=lang)  # type: ignore[arg-type]
    assert " ".join(citation.split()) not in [n.text for n in doc.noise]


TITLE = {"fr": "MOTIFS DU JUGEMENT", "en": "REASONS FOR JUDGMENT"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_centred_title_after_the_record_is_the_texts(lang: str) -> None:
    """A line set in after a blank line under the record is no wrapped value: the
    judgment's own title (review of session 27's column records)."""
    text = "R. c. Benali\n\n" + "\n".join(FIELDS[lang]) + f"\n\n{' ' * 28}{TITLE[lang]}\n\n"
    doc = parse_text(text + BODY[lang] + "\n", language=lang)  # type: ignore[arg-type]
    assert TITLE[lang] not in [n.text for n in doc.noise]
