"""Numbered lists of names that close a text (structure._closinglists): its signatories,
the offices a circular is copied to. Their numbers count names, not provisions (guidelines
§1: numbers that are not clause numbers are not clauses); their lines stay in the text. A
list the numbered paragraph right above leads into with its colon stays that paragraph's
items. Expected values are decided by hand from the guidelines; the texts are our own, one
per language and shape."""

from __future__ import annotations

import pytest

from ctdocs import parse_text

SIGNED = {
    "fr": (
        "Rapport de la commission des lois sur le projet de loi antiterroriste\n\n"
        "1. La Commission a tenu trois séances.\n\n"
        "2. Elle recommande l'adoption du projet de loi.\n\n"
        "Ont signé :\n\n"
        "1. M. Jean Kaboré, président ............\n"
        "2. Mme Awa Traoré, rapporteure ............\n"
        "3. M. Paul Sawadogo, membre ............\n"
    ),
    "en": (
        "Report of the Select Committee on Border Security\n\n"
        "1. The Committee held six sittings on the bill.\n\n"
        "2. The Committee recommends that the House adopt the bill as amended.\n\n"
        "SIGNATURES OF MEMBERS OF THE COMMITTEE\n\n"
        "1.  Hon. Grace Atieno (Chairperson)          ..................\n"
        "2.  Hon. Joseph Mwangi                        ..................\n"
        "3.  Hon. Fatuma Ali Said                      ..................\n"
        "4.  Hon. Peter Ochieng                        ..................\n"
    ),
}

COPIED = {
    "fr": (
        "Circulaire n° 12 relative au financement du terrorisme par les associations\n\n"
        "1. Les associations déclarent tout don supérieur à un million de francs.\n\n"
        "2. La présente circulaire entre en vigueur dès sa publication.\n\n"
        "Le Directeur général\n\n"
        "Copie pour information :\n"
        "01. Monsieur le Ministre de l'Économie et des Finances\n"
        "02. Monsieur le Ministre de l'Intérieur\n"
        "03. Monsieur le Gouverneur de la Banque centrale\n"
        "04. Archives\n"
    ),
    "en": (
        "Circular No. 7 on terrorist financing risks in money transfer services\n\n"
        "1. Money transfer operators shall screen every customer against the lists.\n\n"
        "2. This circular takes effect immediately.\n\n"
        "Director General\n\n"
        "Distribution:\n"
        "1. Secretary, Ministry of Finance\n"
        "2. Inspector General of Police\n"
        "3. Governor, Central Bank\n"
        "4. Office copy\n"
    ),
}

LED = {
    "fr": (
        "Rapport de la commission de la sûreté aérienne\n\n"
        "1. La Commission s'est réunie quatre fois.\n\n"
        "2. La Commission recommande de financer en priorité :\n\n"
        "   1. Équipements de Contrôle des Bagages\n"
        "   2. Systèmes d'Information Frontaliers\n"
        "   3. Partage du Renseignement Cyber\n"
    ),
    "en": (
        "Report of the Committee on Aviation Security\n\n"
        "1. The Committee met four times.\n\n"
        "2. The Committee recommends priority funding for:\n\n"
        "   1. Aviation Security Screening Equipment\n"
        "   2. Border Management Information Systems\n"
        "   3. Cyber Threat Intelligence Sharing\n"
    ),
}


@pytest.mark.parametrize("texts", [SIGNED, COPIED], ids=["signatories", "copies"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closing_list_of_names_opens_no_clause(texts: dict[str, str], lang: str) -> None:
    doc = parse_text(texts[lang])
    assert [c.number for c in doc.clauses()] == ["1", "2"]
    # the names stay in the text, as content: the list's last line is kept
    last = texts[lang].rstrip().splitlines()[-1].split(".", 1)[1].strip(" .")
    assert last in " ".join(b.text for b in doc.blocks())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_list_the_paragraph_above_leads_into_stays_its_items(lang: str) -> None:
    numbers = [c.number for c in parse_text(LED[lang]).clauses()]
    assert numbers == ["1", "2", "2(1)", "2(2)", "2(3)"]
