"""A signature block under the text, set aside with a page's closing chrome, given back
(src/ctdocs/layout/_signblock.py).

Hand-written web pages, French and English side by side, in the shapes of publishers the
corpora do not hold: a port authority's decision, a financial intelligence unit's
advisory, a cantonal government's act, a board's notice. Each closes on its signature
and then on the site's downloads, share row, related links and footer. The signatory
is the text's (guidelines §3: named persons are actors where they are named as
authors; §5 lists no signature as noise). What must stay the site's has the same place
and the same short lines: a press contact, an author's bio card, a menu under a page
stamp, an office's line over a department.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.models import Document

HEAD = {
    "fr": (
        "<html><head><title>Décision</title></head><body><nav><a href='/'>Accueil</a> "
        "<a href='/actu'>Actualités</a></nav><main><h1>Décision relative à la sûreté des "
        "installations portuaires</h1><p>Article 1er – Les exploitants des installations "
        "portuaires renforcent le contrôle des accès aux zones réservées et signalent sans "
        "délai tout incident de sûreté à l'autorité compétente.</p><p>Article 2 – La présente "
        "décision entre en vigueur le jour de sa signature et sera publiée au Journal "
        "officiel.</p>"
    ),
    "en": (
        "<html><head><title>Advisory</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><main><h1>Advisory on the screening of non-profit "
        "organisations</h1><p>1. Reporting institutions shall apply enhanced due diligence "
        "to transfers made to non-profit organisations operating in high-risk areas.</p>"
        "<p>2. Suspicious transactions shall be reported to the Centre without delay and in "
        "any case within three working days.</p>"
    ),
}
TAIL = {
    "fr": (
        "<h2>Documents à télécharger</h2><ul><li><a href='/d.pdf'>Décision n° 12 (PDF – 210 "
        "Ko)</a></li></ul><p>Partager : Facebook · LinkedIn · WhatsApp · Imprimer</p><h2>À "
        "lire aussi</h2><ul><li><a href='/a'>Exercice de sûreté au port (12/03/2026)</a></li>"
        "<li><a href='/b'>Visite d'inspection des quais (02/02/2026)</a></li></ul></main>"
        "<footer>Autorité portuaire – BP 120 – Tél. +227 20 73 00 00</footer></body></html>"
    ),
    "en": (
        "<h2>Related advisories</h2><ul><li><a href='/a'>Virtual asset service providers "
        "(April 8, 2026)</a></li><li><a href='/b'>Public notice on high-risk jurisdictions "
        "(March 2, 2026)</a></li></ul><p>Share: Facebook Twitter WhatsApp</p></main><footer>"
        "Financial Intelligence Unit, P.O. Box 11, Kampala. Copyright © 2026. All rights "
        "reserved.</footer></body></html>"
    ),
}


def _page(lang: str, block: str) -> Document:
    return parse_text(HEAD[lang] + block + TAIL[lang], lang, layout="html")  # type: ignore[arg-type]


def _noise(doc: Document) -> list[str]:
    return [doc.text[n.start : n.end] for n in doc.noise]


def _persons(doc: Document) -> set[str]:
    return {m.text for a in doc.actors if a.kind == "person" for m in a.mentions}


# a related-links box under the block: with it the chrome passes set a French block aside
RELATED_FR = (
    "<h2>Avis connexes</h2><ul><li><a href='/a'>Prestataires de services sur actifs virtuels "
    "(8 avril 2026)</a></li><li><a href='/b'>Avis public sur les juridictions à haut risque "
    "(2 mars 2026)</a></li></ul>"
)

# (language, block, the signature's lines, the signatories as written)
SIGNED = [
    # a signing mark over the name, the office under it
    (
        "fr",
        "<p>(Signé)<br>Kossivi ADJAMAGBO<br>Secrétaire permanent</p>" + RELATED_FR,
        ["(Signé)", "Kossivi ADJAMAGBO", "Secrétaire permanent"],
        {"Kossivi ADJAMAGBO"},
    ),
    (
        "en",
        "<p>Signed<br>Kwabena Ofori-Atta<br>Director-General</p>",
        ["Signed", "Kwabena Ofori-Atta", "Director-General"],
        {"Kwabena Ofori-Atta"},
    ),
    # a place and a date closing the text, then the name over the office
    (
        "en",
        "<p>Kampala, 14 May 2026<br>Grace N. Akello-Obura<br>Executive Director</p>",
        ["Grace N. Akello-Obura", "Executive Director"],
        {"Grace N. Akello-Obura"},
    ),
    # the authority signed for opening the block, a form of address before the name
    (
        "en",
        "<p>For the Board,<br>Hon. Ruth Nankabirwa-Ssali<br>Chairperson</p>",
        ["Chairperson"],
        {"Ruth Nankabirwa-Ssali"},
    ),
    # offices and names side by side on one line, under the formula of adoption
    (
        "fr",
        "<p>Ainsi délibéré à Sion, le 2 juin 2026.</p><p>Le président : J. Mottaz · La "
        "secrétaire générale : S. Reymond-Favre</p>",
        ["Le président : J. Mottaz · La secrétaire générale : S. Reymond-Favre"],
        {"S. Reymond-Favre"},
    ),
    # the authority signed for: a body, its article, its capital
    (
        "fr",
        "<p>Pour l'Autorité,<br>Mme Aïssata Mahamadou-Issoufou<br>Directrice générale</p>"
        + RELATED_FR,
        ["Directrice générale"],
        {"Aïssata Mahamadou-Issoufou"},
    ),
    (
        "en",
        "<p>For and on behalf of the Board,<br>Jane Akello-Obura<br>Chairperson</p>",
        ["For and on behalf of the Board, Jane Akello-Obura", "Chairperson"],
        {"Jane Akello-Obura"},
    ),
]


@pytest.mark.parametrize(("lang", "block", "lines", "names"), SIGNED)
def test_signature_given_back(lang: str, block: str, lines: list[str], names: set[str]) -> None:
    doc = _page(lang, block)
    noise = _noise(doc)
    assert not [line for line in lines if line in noise]
    assert names <= _persons(doc)
    assert "Partager : Facebook · LinkedIn · WhatsApp · Imprimer" in noise or lang == "en"


# (language, block, lines that stay the site's): the same place and short lines
NOT_SIGNED = [
    # a press contact: a label, a name, a job, a telephone number
    (
        "fr",
        "<p>Contact presse<br>Marie Dupont<br>Chargée de communication<br>+33 1 23 45 67 89</p>",
        ["Marie Dupont", "Chargée de communication"],
    ),
    (
        "en",
        "<p>Kampala, 14 May 2026</p><p>Contact<br>Grace Akello<br>Communications Officer</p>",
        ["Grace Akello", "Communications Officer"],
    ),
    # an author's bio card under the last sentence: no formula above, no mark
    (
        "en",
        "<p>Jane Whitfield<br>Director, Centre for Security Studies</p>",
        ["Jane Whitfield", "Director, Centre for Security Studies"],
    ),
    # an office over a department, no name
    (
        "en",
        "<p>Kampala, 14 May 2026<br>Executive Director<br>Communications Department</p>",
        ["Executive Director", "Communications Department"],
    ),
    (
        "fr",
        "<p>Dakar, le 20 mars 2026</p><p>Contact<br>Aminata Diallo<br>Directrice de la "
        "communication</p>",
        ["Aminata Diallo", "Directrice de la communication"],
    ),
    # a menu under a page's stamp: the stamp is no line of the text
    (
        "fr",
        "<p>Mis à jour le 4 mars 2026</p><p>Accueil Actualités<br>Plan du site</p>",
        ["Plan du site"],
    ),
    # a contact opened by a phrase, not by a body signed for ("Pour l'Agence,")
    (
        "fr",
        "<p>Niamey, le 14 mai 2026</p><p>Pour en savoir plus, Marie Dupont</p>" + RELATED_FR,
        ["Pour en savoir plus, Marie Dupont"],
    ),
    (
        "en",
        "<p>Kampala, 12 March 2026</p><p>For more information, Jane Smith</p>",
        ["For more information, Jane Smith"],
    ),
    (
        "en",
        "<p>Kampala, 12 March 2026</p><p>For media enquiries, Jane Smith<br>Head of "
        "Communications</p>",
        ["For media enquiries, Jane Smith", "Head of Communications"],
    ),
    # a menu under an office's link: capitalised words that name no person
    (
        "fr",
        "<p>Niamey, le 14 mai 2026</p><p>Le Directeur général<br>Galerie Photos<br>Liens "
        "Utiles</p>" + RELATED_FR,
        ["Le Directeur général", "Galerie Photos", "Liens Utiles"],
    ),
    (  # a particle between capitalised words marks no person's name
        "fr",
        "<p>Niamey, le 14 mai 2026</p><p>Le Directeur général<br>Galerie de Photos</p>"
        + RELATED_FR,
        ["Le Directeur général", "Galerie de Photos"],
    ),
    (
        "en",
        "<p>Kampala, 12 March 2026</p><p>Secretary General<br>Photo Gallery<br>Useful Links</p>",
        ["Secretary General", "Photo Gallery", "Useful Links"],
    ),
]


@pytest.mark.parametrize(("lang", "block", "lines"), NOT_SIGNED)
def test_site_blocks_stay_aside(lang: str, block: str, lines: list[str]) -> None:
    doc = _page(lang, block)
    noise = _noise(doc)
    assert [line for line in lines if line in noise] == lines
