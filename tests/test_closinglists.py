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


# Lists in title case that close a text with no cue that they list people or offices (no
# leader dots, no person's title, no line above saying what they list): capitals alone never
# make them names, so their items stay clauses (guidelines §1a). Reviewer's shapes.
TITLE_CASE = {
    "annex": {
        "fr": (
            "Plan d'action national de prévention de la radicalisation\n\n"
            "1. Le présent plan fixe les priorités du Gouvernement pour 2027-2030.\n\n"
            "2. Chaque ministère rend compte de ses actions avant le 31 décembre.\n\n"
            "Annexe – Mesures prioritaires\n\n"
            "1. Création d'un Centre National de Coordination\n"
            "2. Renforcement de la Coopération Transfrontalière\n"
            "3. Lutte contre le Financement du Terrorisme\n"
            "4. Protection des Infrastructures Critiques\n"
        ),
        "en": (
            "National Action Plan on Countering Violent Extremism\n\n"
            "1. This Plan sets out the Government's priorities for 2027-2030.\n\n"
            "2. Each ministry shall report on its actions by 31 December every year.\n\n"
            "Annex A – Priority Actions\n\n"
            "1. Establish a National Coordination Centre\n"
            "2. Strengthen Border Security Cooperation\n"
            "3. Counter the Financing of Terrorism\n"
            "4. Protect Critical National Infrastructure\n"
        ),
    },
    "recommendations": {
        "fr": (
            "Rapport du contrôleur indépendant de la législation antiterroriste\n\n"
            "1. Le présent rapport porte sur l'application des lois antiterroristes en 2026.\n\n"
            "2. Mes recommandations figurent ci-dessous.\n\n"
            "RECOMMANDATIONS\n\n"
            "1. Révision des Contrôles aux Frontières\n"
            "2. Publication des Statistiques Annuelles\n"
            "3. Contrôle Indépendant des Pouvoirs Portuaires\n"
        ),
        "en": (
            "Report of the Independent Reviewer\n\n"
            "1. This report covers the operation of the Terrorism Acts in 2026.\n\n"
            "2. My recommendations are set out below.\n\n"
            "RECOMMENDATIONS\n\n"
            "1. Review of Schedule 7 Stops\n"
            "2. Publication of Annual Statistics\n"
            "3. Independent Oversight of Port Powers\n"
        ),
    },
}


def _items(text: str) -> list[str]:
    tail = text.rstrip().split("\n\n")[-1]
    return [line.split(".", 1)[1].strip() for line in tail.splitlines()]


@pytest.mark.parametrize("shape", ["annex", "recommendations"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_case_list_with_no_names_cue_keeps_its_clauses(shape: str, lang: str) -> None:
    text = TITLE_CASE[shape][lang]
    texts = [c.text for c in parse_text(text).clauses()]
    assert all(item in texts for item in _items(text))


# An unnumbered lead-in closed by a colon announces points, not names: its one-word items
# (one word capitalised is all a French or English item needs to pass for a name) are not
# names. How they are numbered is read elsewhere; here the last one must stay a clause.
AXES = {
    "fr": (
        "Plan national de lutte contre le terrorisme\n\n"
        "1. La menace terroriste demeure élevée.\n\n"
        "2. Le Gouvernement présentera chaque année un bilan du plan.\n\n"
        "Les quatre axes du plan sont les suivants :\n"
        "1. Anticiper\n2. Prévenir\n3. Protéger\n4. Réagir\n"
    ),
    "en": (
        "United Kingdom Counter-Terrorism Strategy: Summary\n\n"
        "1. The threat from terrorism remains substantial.\n\n"
        "2. The Government will publish an annual report on the Strategy.\n\n"
        "The four workstreams are:\n"
        "1. Prevent\n2. Pursue\n3. Protect\n4. Prepare\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_word_items_after_an_unnumbered_lead_in_are_no_names(lang: str) -> None:
    last = AXES[lang].rstrip().splitlines()[-1].split(".", 1)[1].strip()
    assert any(c.text == last for c in parse_text(AXES[lang]).clauses())


# Lists that are names by a cue other than the line above: a person's title on every line
# ("Hon.", "Mme") under a heading that names no list; a table's header whose first column
# numbers the rows ("No.", "N°").
CUED = {
    "honorific": {
        "fr": (
            "Rapport de la commission des affaires régionales\n\n"
            "1. La Commission a examiné la coopération transfrontalière.\n\n"
            "2. Elle demande à l'Assemblée d'adopter le présent rapport.\n\n"
            "ADOPTION DU RAPPORT\n\n"
            "1. Mme Awa Traoré Diallo\n2. M. Paul Sawadogo Kaboré\n3. Mme Fatou Ndiaye Sall\n"
        ),
        "en": (
            "Report of the Committee on Regional Affairs\n\n"
            "1. The Committee examined cross-border cooperation.\n\n"
            "2. The Committee asks the Assembly to adopt this report.\n\n"
            "ADOPTION OF THE REPORT\n\n"
            "1. Hon. Peter Okello Mugisha\n2. Hon. Amina Hassan Dagane\n"
            "3. Hon. Eric Kwizera Ndabaneze\n"
        ),
    },
    "header": {
        "fr": (
            "Règlement sur la protection des infrastructures essentielles\n\n"
            "1. Le présent règlement s'applique aux installations de l'annexe A.\n\n"
            "2. Le présent règlement entre en vigueur le 1er septembre 2026.\n\n"
            "ANNEXE A\n\n"
            "N° Installation Lieu\n"
            "1. Centrale Nucléaire de Point Lepreau Comté de Charlotte\n"
            "2. Terminal Pétrolier de Saint John Saint John\n"
            "3. Centrale Hydroélectrique de Mactaquac Comté de York\n"
        ),
        "en": (
            "Critical Infrastructure Protection Regulation\n\n"
            "1. This Regulation applies to the installations listed in Schedule A.\n\n"
            "2. This Regulation comes into force on 1 September 2026.\n\n"
            "SCHEDULE A\n\n"
            "No. Installation Location\n"
            "1. Point Lepreau Nuclear Generating Station Charlotte County\n"
            "2. Saint John Oil Terminal Saint John\n"
            "3. Mactaquac Hydroelectric Station York County\n"
        ),
    },
}


@pytest.mark.parametrize("shape", ["honorific", "header"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_closing_list_cued_as_names_opens_no_clause(shape: str, lang: str) -> None:
    assert [c.number for c in parse_text(CUED[shape][lang]).clauses()] == ["1", "2"]
