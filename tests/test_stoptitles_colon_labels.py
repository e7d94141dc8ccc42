"""A colon before words in lower case (``1.2 Case study: the ricin plot disrupted in
Cologne.``) closes a run-in title only where the item's siblings are labelled so on every
side (guidelines §1a: a run-in title ends at a colon; a list of labelled items, a strategy's
pillars, a glossary's terms). Among untitled siblings (``1.1 Trends in …``, ``1.3
Post-blast investigation.``) the colon is the item's own and its words one phrase: the whole
line is the text. Three siblings at least: with fewer there is nothing to tell by, and the
title stays (§1a). French and English rows side by side, in plain text, Markdown and HTML;
the expected titles and first words were worked out by hand, never copied from output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ctdocs import parse_document

_LONE = {
    "en": (
        ".md",
        "# Course curriculum: CBRN-E first responders\n\n## Module 1 – Threat picture\n\n"
        "1.1 Trends in terrorist interest in explosive precursors since 2015.\n"
        "1.2 Case study: the ricin plot disrupted in Cologne in June 2018.\n"
        "1.3 Post-blast investigation and component tracing.\n"
        "1.4 Drones as delivery means: the counter-UAS dimension.\n",
        {
            "1.2": (None, "Case study: the ricin plot"),
            "1.4": (None, "Drones as delivery means: the"),
        },
    ),
    "fr": (
        ".txt",
        "PROGRAMME DE LA FORMATION\n\nModule 2 – Intervention sur les lieux\n\n"
        "2.1 Commandement et coordination des secours sur le site.\n"
        "2.2 Étude de cas : l'attentat de la promenade en juillet 2016.\n"
        "2.3 Décontamination des victimes et des intervenants.\n",
        {"2.2": (None, "Étude de cas : l'attentat")},
    ),
    "fr-html": (
        ".html",
        "<html><body><h1>Plan de formation des primo-intervenants</h1>"
        "<p>3.1 Les indicateurs de radicalisation en milieu scolaire.</p>"
        "<p>3.2 Exercice pratique : la gestion d'un signalement anonyme.</p>"
        "<p>3.3 Le partage d'informations avec les services de police.</p>"
        "</body></html>",
        {"3.2": (None, "Exercice pratique : la gestion")},
    ),
}
_LABELLED = {
    "fr": (
        ".txt",
        "STRATÉGIE NATIONALE DE PRÉVENTION\n\nLes piliers\n\n"
        "Pilier 1 : Dialogue et médiation : soutenir les initiatives locales de médiation.\n"
        "Pilier 2 : Bonne gouvernance : renforcer la confiance dans les institutions.\n"
        "Pilier 3 : Éducation : associer les écoles et les familles à la prévention.\n",
        {
            "Pilier 1": ("Dialogue et médiation", "soutenir les initiatives locales de"),
            "Pilier 3": ("Éducation", "associer les écoles et les"),
        },
    ),
    "en": (
        ".md",
        "# Guidance on hostile vehicles\n\n## 1. Understand the threat\n\n"
        "1.1 Vehicle as a weapon (VAW): the attacker drives a car or lorry into a crowd.\n"
        "1.2 Vehicle-borne device (VBIED): a vehicle carries an explosive charge.\n"
        "1.3 Drones: small aircraft may be used to watch or disrupt an event.\n",
        {
            "1.1": ("Vehicle as a weapon (VAW)", "the attacker drives a car"),
            "1.3": ("Drones", "small aircraft may be used"),
        },
    ),
    "en-few": (
        ".txt",
        "ANNUAL PLAN\n\n4 Priorities\n\n"
        "4.1 Border security: assistance to the coast guard and to customs at the ports.\n"
        "4.2 Training of prosecutors in financial investigation.\n",
        {"4.1": ("Border security", "assistance to the coast guard")},
    ),
}


def _read(tmp_path: Path, suffix: str, raw: str) -> dict[str, tuple[str | None, str]]:
    path = tmp_path / f"doc{suffix}"
    path.write_text(raw, encoding="utf-8")
    return {
        c.number: (c.title, " ".join(c.text.split()[:5])) for c in parse_document(path).clauses()
    }


@pytest.mark.parametrize("case", sorted(_LONE))
def test_a_lone_colon_before_lower_case_is_the_items_own(tmp_path: Path, case: str) -> None:
    suffix, raw, expected = _LONE[case]
    got = _read(tmp_path, suffix, raw)
    for number, want in expected.items():
        assert got.get(number) == want, number


@pytest.mark.parametrize("case", sorted(_LABELLED))
def test_labelled_siblings_keep_their_colon_titles(tmp_path: Path, case: str) -> None:
    suffix, raw, expected = _LABELLED[case]
    got = _read(tmp_path, suffix, raw)
    for number, want in expected.items():
        assert got.get(number) == want, number


_ANNEX = {
    "en": (
        "REPORT OF THE SECRETARY-GENERAL\n\n"
        "1. The Centre implemented forty projects in 2017 with its partners.\n\n"
        "2. Most of the projects concerned the security of borders.\n\n"
        "3. Donors funded the rest of the programme through the trust fund.\n\n"
        "Annex\n\nProjects implemented by the Centre, 2017\n\n"
        "1. Border security: assistance to the States of the Sahel on biometric data.\n\n"
        "2. Aviation security: a regional workshop on the screening of cargo.\n\n"
        "3. Countering the financing of terrorism: training for financial analysts.\n",
        ("Border security", "assistance to the States of"),
    ),
    "fr": (
        "RAPPORT DU SECRÉTAIRE GÉNÉRAL\n\n"
        "1. Le Centre a mis en oeuvre quarante projets en 2017 avec ses partenaires.\n\n"
        "2. La plupart des projets portaient sur la sécurité des frontières.\n\n"
        "3. Les donateurs ont financé le reste du programme par le fonds.\n\n"
        "Annexe\n\nProjets mis en oeuvre par le Centre en 2017\n\n"
        "1. Sécurité des frontières : assistance aux États du Sahel sur la biométrie.\n\n"
        "2. Sûreté aérienne : un atelier régional sur le contrôle du fret.\n\n"
        "3. Lutte contre le financement du terrorisme : formation des analystes.\n",
        ("Sécurité des frontières", "assistance aux États du Sahel"),
    ),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_annex_list_labelled_throughout_keeps_its_titles(tmp_path: Path, lang: str) -> None:
    raw, want = _ANNEX[lang]
    got = _read(tmp_path, ".txt", raw)
    assert want in got.values(), got


# A label over words that do not name one topic with it heads its text (guidelines §1a),
# however many of its siblings are short untitled lines: an action plan's priorities whose
# label goes on into what to do ("Prevention: detect …"), an article's paragraphs that are
# sentences ("1. Member States shall …") beside a labelled one. The same list with a topic
# after the colon ("Case study: the …") is a list of topics, its colon the item's own.
_HEADS = {
    "en-plan": (
        ".md",
        "# National counter-terrorism action plan 2024-2027\n\n## 2. Priorities\n\n"
        "2.1 Prevention: detect early signs of radicalisation in schools.\n"
        "2.2 Protection of critical infrastructure and crowded places.\n"
        "2.3 Pursuit: prosecute offenders and disrupt their financing.\n"
        "2.4 Response to attacks and support to victims.\n",
        {
            "2.1": ("Prevention", "detect early signs of radicalisation"),
            "2.3": ("Pursuit", "prosecute offenders and disrupt their"),
        },
    ),
    "fr-plan": (
        ".txt",
        "PLAN D'ACTION NATIONAL CONTRE LE TERRORISME\n\nPriorités\n\n"
        "3.1 Prévention : détecter les signes précoces de radicalisation.\n"
        "3.2 Protection des infrastructures critiques.\n"
        "3.3 Poursuite : traduire les auteurs en justice.\n"
        "3.4 Réponse aux attentats et soutien aux victimes.\n",
        {
            "3.1": ("Prévention", "détecter les signes précoces de"),
            "3.3": ("Poursuite", "traduire les auteurs en justice."),
        },
    ),
    "en-article": (
        ".txt",
        "DIRECTIVE ON INFORMATION SHARING\n\nArticle 3\n\n"
        "1. Member States shall criminalise the financing of terrorism.\n"
        "2. Information exchange: the competent authorities shall share data without delay.\n"
        "3. Member States shall designate a single contact point.\n",
        {"Article 3(2)": ("Information exchange", "the competent authorities shall share")},
    ),
    "fr-article": (
        ".txt",
        "DÉCRET RELATIF AU PARTAGE D'INFORMATIONS\n\nArticle 3\n\n"
        "1. Les États membres doivent incriminer le financement du terrorisme.\n"
        "2. Échange d'informations : les autorités compétentes doivent partager les données.\n"
        "3. Chaque État membre doit désigner un point de contact unique.\n",
        {"Article 3(2)": ("Échange d'informations", "les autorités compétentes doivent partager")},
    ),
}
_TOPICS = {
    "en-plan": (
        ".md",
        "# Course outline: protective security\n\n## 2. Topics\n\n"
        "2.1 Case study: the attack on the Manchester Arena in May 2017.\n"
        "2.2 Protection of critical infrastructure and crowded places.\n"
        "2.3 Hostile reconnaissance: the signs of an attack being planned.\n"
        "2.4 Response to attacks and support to victims.\n",
        {
            "2.1": (None, "Case study: the attack on"),
            "2.3": (None, "Hostile reconnaissance: the signs of"),
        },
    ),
    "fr-plan": (
        ".txt",
        "PROGRAMME DU SÉMINAIRE\n\nThèmes\n\n"
        "3.1 Étude de cas : la prise d'otages de l'Hyper Cacher en janvier 2015.\n"
        "3.2 Protection des infrastructures critiques.\n"
        "3.3 Repérage hostile : les signes d'un attentat en préparation.\n"
        "3.4 Réponse aux attentats et soutien aux victimes.\n",
        {
            "3.1": (None, "Étude de cas : la"),
            "3.3": (None, "Repérage hostile : les signes"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(_HEADS))
def test_a_label_over_words_that_do_not_name_a_topic_heads_them(tmp_path: Path, case: str) -> None:
    suffix, raw, expected = _HEADS[case]
    got = _read(tmp_path, suffix, raw)
    for number, want in expected.items():
        assert got.get(number) == want, number


@pytest.mark.parametrize("case", sorted(_TOPICS))
def test_a_topic_after_the_colon_stays_the_items_own(tmp_path: Path, case: str) -> None:
    suffix, raw, expected = _TOPICS[case]
    got = _read(tmp_path, suffix, raw)
    for number, want in expected.items():
        assert got.get(number) == want, number
