"""Page furniture by shape (src/ctdocs/_furniture.py and the rules of _boilerplate.py).

Hand-written pages, French and English side by side: a site's record box of
"Label: value" fields before the text, a running footer with a web address, a
release's date stamp with a comma and a time of day, a page's "last updated" footer.
Each must be noise; the document's own fields (language lines, "Objet :" inside the
text, two fields alone) must stay.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.layout._furniture import (
    has_dot_leader,
    is_field,
    is_local_contact,
    is_menu,
    is_signed_name,
)
from ctdocs.layout._segment import is_front_matter, segment
from ctdocs.layout._unit import Unit
from ctdocs.normalise._text import normalise


def units(text: str) -> dict[str, Unit]:
    return {u.text: u for u in segment(normalise(text, markdown=False))}


PROSE = {
    "fr": (
        "Le Comité des Ministres recommande aux gouvernements des États membres de prendre "
        "en compte les lignes directrices sur les terroristes agissant seuls."
    ),
    "en": (
        "The Committee of Ministers recommends that the governments of member States take "
        "into account the guidelines on terrorists acting alone."
    ),
}

PROSE2 = {
    "fr": (
        "Les États membres devraient élaborer des approches pluridisciplinaires associant les "
        "services de police, de renseignement et les services sociaux."
    ),
    "en": (
        "Member States should develop multi-agency approaches bringing together the police, "
        "the intelligence services and the social services."
    ),
}

RECORD_BOX = {
    "fr": ["Type : Recommandation", "Organe d'origine : Comité d'experts", "Source : INTERIEUR"],
    "en": ["Type: Recommendation", "Originating body: Committee of Experts", "Source: Interior"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_record_box_before_the_text_is_metadata(lang: str) -> None:
    page = "\n\n".join([*RECORD_BOX[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    for line in RECORD_BOX[lang]:
        assert got[line].noise == "metadata", line
    assert got[PROSE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_fields_are_not_a_box(lang: str) -> None:
    # two fields alone may be the document's own head ("Objet : …", "Réf. : …")
    page = "\n\n".join([*RECORD_BOX[lang][:2], PROSE[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in RECORD_BOX[lang][:2])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fields_inside_the_text_stay(lang: str) -> None:
    # between two paragraphs of prose the fields are the document's own list
    page = "\n\n".join([PROSE[lang], *RECORD_BOX[lang], PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in RECORD_BOX[lang])


CLOSE = {
    "fr": [
        "Document original : anglais",
        "Disponible en : anglais, arabe, espagnol, français",
        "Référence : AG-2019-88-RES-05",
    ],
    "en": [
        "Text original: French",
        "Available in: English, French, Spanish",
        "Reference: AG-2019-88-RES-05",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_language_lines_of_the_close_stay(lang: str) -> None:
    # the document's own language and reference lines (front matter), not a record box
    page = "\n\n".join([PROSE[lang], *CLOSE[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in CLOSE[lang])


FIELDS = [
    ("Entrée en vigueur : 07-04-2019", True),
    ("Originating body: Committee of Experts on Terrorism (CODEXTER)", True),
    ("Renseignements :", True),
    ("Votes:", True),
    # a sentence that ends on its colon's value, a long lead-in, a clause
    ("Note : le texte est publié au Journal officiel.", False),
    ("The Council of the European Union adopted the following conclusions on terrorism:", False),
    ("1. Objet : le présent décret", False),
]


@pytest.mark.parametrize(("line", "expected"), FIELDS)
def test_is_field(line: str, expected: bool) -> None:
    assert is_field(line) is expected


FOOTER = {
    "fr": "Place Beauvau – 75800 Paris Cedex 08 – Standard : 01 49 27 49 27 – contact@exemple.fr",
    "en": "Place Beauvau – 75800 Paris Cedex 08 – Switchboard: 01 49 27 49 27 – info@example.org",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_running_footer_with_web_address(lang: str) -> None:
    # seventeen words and more: too long for a running line, unless it carries a site
    paras = [PROSE[lang], PROSE2[lang], PROSE[lang][:60] + " " + PROSE2[lang][60:]]
    page = "\n\n".join(
        [p for n, para in enumerate(paras, 1) for p in (f"{n}.", para, FOOTER[lang], f"{n}/3")]
    )
    every = segment(normalise(page, markdown=False))
    footers = [u for u in every if u.text == FOOTER[lang]]
    assert len(footers) == 3 and all(u.noise == "page-header" for u in footers)
    assert all(u.noise is None for u in every if u.text in paras)


STAMPS = [
    ("12 mars, 2019, 10:30 HE", "metadata"),
    ("12 March, 2019, 10:30 ET", "metadata"),
    ("Cette page a été mise à jour le 27 mai 2017.", "metadata"),
    ("This page was last updated May 27, 2017.", "metadata"),
    # a legal database's identifiers of the text and its version flag
    ("NOR : PRMD2405513D", "metadata"),
    ("ECLI : FR:CC:2021:2021.822.DC", "metadata"),
    ("ECLI: EU:C:2019:123", "metadata"),
    ("CELEX number i 32001E0931", "metadata"),
    ("ISSN 1977-0677 (electronic edition)", "metadata"),
    ("Version initiale", "metadata"),
    ("Initial version", "metadata"),
    # the official journal's issue the page was taken from, the page's publication stamp
    ("JORF n°0112 du 14 mai 2025", "metadata"),
    ("JORF n°0112 du 14 mai 2025, texte n° 3", "metadata"),
    ("OG No 112 of 14 May 2025", "metadata"),
    ("Published 3 March 2026", "metadata"),
    ("Première publication : 3 mars 2026", "metadata"),
    # a PDF's digital signature, a database's list of the text's languages
    ("Signé électroniquement par Jean Dupont", "web-chrome"),
    ("Digitally signed by JOHN SMITH", "web-chrome"),
    ("JO L 139 du 29.5.2002, p. 4–5 (ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV)", "web-chrome"),
    ("OJ L 139, 29.5.2002, p. 4–5 (ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV)", "web-chrome"),
    # the same words inside the text
    ("La loi publiée au JORF n°0112 du 14 mai 2025 est abrogée.", None),
    ("The act published in OG No 112 of 14 May 2025 is repealed.", None),
    ("Published in 2026, the strategy sets out four pillars", None),
    ("(OJ L 139, 29.5.2002, p. 4)", None),
    ("Nor shall any State be required to extradite", None),
    ("Version initiale du plan national de 2015", None),
    ("Consolidated version of the Treaty on European Union", None),
]


@pytest.mark.parametrize(("line", "reason"), STAMPS)
def test_page_stamps(line: str, reason: str | None) -> None:
    prose = PROSE["en"] if line.isascii() else PROSE["fr"]
    assert units(f"{prose}\n\n{line}\n")[line].noise == reason


LEADERS = [
    ("Introduction ........................ 4", True),
    ("Chapitre premier ..................... 12", True),
    # entries folded on one line: titles between the leaders
    ("Introduction........4 The Terrorist Threat........6 Aim and Principles........9", True),
    # a table's row: numbers between the leaders
    ("France ........ 126 ............... 94 ......... 6", False),
    ("Total ........ 254 .............. 142 ........ 14", False),
]


@pytest.mark.parametrize(("line", "expected"), LEADERS)
def test_dot_leaders_of_contents_not_of_tables(line: str, expected: bool) -> None:
    assert has_dot_leader(line) is expected


NOTES = {
    "fr": [
        "1 Les chiffres incluent les données transmises par la Suisse.",
        "2 Eurojust, Terrorism Convictions Monitor, édition de juin 2021.",
    ],
    "en": [
        "1 Europol, European Union Terrorism Situation and Trend Report (TE-SAT) 2020.",
        "2 COM(2020) 605 final of 24.7.2020.",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_footnotes_above_a_bare_folio(lang: str) -> None:
    page = "\n\n".join([PROSE[lang], "______________", *NOTES[lang], "12", PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise == "page-footer" for line in NOTES[lang])
    assert got["12"].noise == "page-number"
    assert got[PROSE[lang]].noise is None and got[PROSE2[lang]].noise is None


# A star's note wrapped onto a second line with a phone number, then, after a blank
# line, the text's closing formula, then the page's folio (a treaty body's last page).
STAR_NOTE = {
    "fr": (
        "* La République du Bélarus est devenue État membre de l'Organisation le 4 juillet 2024.",
        "  Téléphone de l'officier de permanence du Comité exécutif : +998 71 233 2026.",
    ),
    "en": (
        "* The Republic of Belarus became a Member State of the Organisation on 4 July 2024.",
        "  Telephone of the duty officer of the Executive Committee: +998 71 233 2026.",
    ),
}
DONE_AT = {
    "fr": "Fait à Tachkent le seize avril deux mille vingt-six en un seul exemplaire, "
    "les deux textes faisant également foi.",
    "en": "Done at Tashkent on sixteenth April two thousand and twenty-six in a single copy, "
    "both texts being equally authentic.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_below_the_notes_before_the_folio_stays(lang: str) -> None:
    # the notes end at the blank line over a line opening with no note's number: it is
    # the text's (its closing formula), though the page's folio comes only after it; and
    # the notes, once set aside, keep the rule's foot from taking it for an address box
    note, wrapped = STAR_NOTE[lang]
    page = "\n\n".join([PROSE[lang], "______________", f"{note}\n{wrapped}", DONE_AT[lang], "2"])
    got = units(page)
    assert got[note].noise == got[wrapped.strip()].noise == "page-footer"
    assert got[DONE_AT[lang]].noise is None
    assert got["2"].noise == "page-number"
    assert got[PROSE[lang]].noise is None


CONTACT_BOX = {
    "fr": [
        "Renseignements :",
        "Émilie Gagnon",
        "Attachée de presse",
        "418 646-6135",
        "Source :",
        "Relations avec les médias",
        "Information :",
    ],
    "en": [
        "Contacts:",
        "Emily Gagnon",
        "Press Secretary",
        "613-990-2743",
        "Source:",
        "Media Relations",
        "Information:",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contact_box_after_the_text(lang: str) -> None:
    # three fields with the short lines between them; the line after the box stays
    after = "Autres communiqués" if lang == "fr" else "More news releases"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *CONTACT_BOX[lang], after])
    got = units(page)
    for line in CONTACT_BOX[lang]:
        assert got[line].noise == "metadata", line
    assert got[PROSE2[lang]].noise is None


MEMO_HEAD = {
    "fr": ["NOTE de : Secrétariat général", "Aux : Délégations", "Objet : Conclusions"],
    "en": ["NOTE from: General Secretariat", "To: Delegations", "Subject: Conclusions"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_notes_own_head_is_not_a_box(lang: str) -> None:
    page = "\n\n".join([*MEMO_HEAD[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in MEMO_HEAD[lang])


@pytest.mark.parametrize(
    "title",
    [
        "Rentrer chez soi : poursuivre et réintégrer les femmes rapatriées du nord-est de la Syrie",
        "Returning Home: Prosecuting and Reintegrating Women Repatriated from North-East Syria",
    ],
)
def test_a_title_with_its_subtitle_is_not_a_field(title: str) -> None:
    assert not is_field(title)


CUES = [
    ("En savoir plus sur la gestion des cookies.", "web-chrome"),
    ("Manage your cookie settings: choose which cookies we may set.", "web-chrome"),
    ("Laisser un commentaire", "web-chrome"),
    ("Leave a Reply", "web-chrome"),
    (
        "Ce document au format PDF 1.5 a été généré par Word 2010, et a été envoyé sur le site "
        "le 28/02/2017.",
        "web-chrome",
    ),
    ("This PDF document was generated by Word 2010 and uploaded on 28/02/2017.", "web-chrome"),
    ("Taille du document: 332 Ko (16 pages).", "web-chrome"),
    ("Size of the file: 332 KB (16 pages).", "web-chrome"),
    ("Photo du siège des Nations Unies à New York", "caption"),
    ("Photo of UN Building New York", "caption"),
    ("Retourner en haut de la page", "web-chrome"),
    ("Back to top of page", "web-chrome"),
    ("Retour à l'accueil", "web-chrome"),
    ("Return to homepage", "web-chrome"),
    ("Temps de lecture : 4 minutes", "web-chrome"),
    ("Reading time: 4 min", "web-chrome"),
    ("CONTINUER À LIRE", "web-chrome"),
    ("Continue reading", "web-chrome"),
    ("Tout déplier Tout replier", "web-chrome"),
    ("Expand all Collapse all", "web-chrome"),
    ("Afficher les détails", "web-chrome"),
    ("Show Summary Details", "web-chrome"),
    # a page's stamp closed by its hit counter, its tag chips
    ("Mis en ligne : 18 novembre 2024 | Consultations : 1 873", "web-chrome"),
    ("Published: 18 November 2024 | Hits: 1873", "web-chrome"),
    # the counter on a line of its own, as a content system prints it under the title
    ("Affichages : 2417", "web-chrome"),
    ("Hits: 2417", "web-chrome"),
    ("Étiquettes : terrorisme Sahel bassin du lac Tchad", "web-chrome"),
    ("Tags: Terrorism Sahel Lake Chad Basin", "web-chrome"),
    # a release's byline strip closed by its reading time
    ("Communiqué de presse · 27 novembre 2024 · Temps de lecture : 4 min", "web-chrome"),
    ("Press release · 27 November 2024 · Reading time: 4 min", "web-chrome"),
    # an author's bio card under a paper
    (
        "Maître de conférences à l'Université de Lille, elle enseigne le droit pénal européen.",
        "web-chrome",
    ),
    (
        "Jane Doe is a Senior Research Fellow at the Institute. John Roe is an analyst.",
        "web-chrome",
    ),
    # a document host's or a site theme's credit closing a line
    ("2017 CAB Conseil de l'Union européenne Bruxelles Propulsé par Calaméo", "web-chrome"),
    ("1589310 CAB Council of the European Union Brussels Powered By Scribd", "web-chrome"),
]


# A publisher's notices: copyright, licence, the authors' disclaimer, external links.
NOTICES = [
    "Tous les contenus sont protégés, copyright © 2021 Institut d'études. Tous droits réservés.",
    "All contents copyright © 2021 Institute of Studies. All rights reserved.",
    "Cette publication est diffusée sous licence ouverte (Etalab 2.0).",
    "This report is published under a Creative Commons licence (CC BY 4.0).",
    "Les opinions exprimées dans ce rapport n'engagent que leurs auteurs.",
    "The views expressed in this paper are solely those of the authors.",
    "Le ministère n'est pas responsable du contenu des sites externes cités.",
    "The Institute does not endorse any external website linked from this page.",
]
# A copy's notice on itself: noise, but a box of the page, not the site's chrome.
COPY_NOTICES = [
    # a copy's notice on itself: unofficial, a mirror, a caution on its use, its reprint
    "Recueil des lois de la région – copie non officielle.",
    "Collected laws of the region – unofficial copy.",
    "Ce dépôt reproduit les décisions du Bureau à des fins de recherche.",
    "This repository reproduces the Board's decisions for research purposes.",
    "Ce site n'est pas affilié à l'Agence ; seul le PDF de l'Agence est authentique.",
    "This mirror is not affiliated with the Agency; only its PDF is authentic.",
    "Les informations de cette note ne sauraient être considérées comme faisant foi.",
    "Information in this note should not be relied upon for any other purpose.",
    "Le Bureau a apporté des modifications de forme à cette version du texte.",
    "The Office has made editorial changes to this version of the text.",
    "Clause de non-responsabilité",
    "Disclaimer",
    # its terms of reproduction and reuse, how to obtain it, its catalogue line
    "Toute demande de reproduction doit être adressée au service des publications.",
    "Applications for permission to reproduce should be sent to the publications unit.",
    "Ce rapport peut être reproduit intégralement sans autorisation préalable.",
    "This report may be reproduced in its entirety without permission from the Office.",
    "Il peut être nécessaire d'obtenir l'autorisation du titulaire des droits.",
    "You may need to obtain the permission of the copyright holder.",
    "La politique de réutilisation de la Cour est fixée par sa décision n° 6-2019.",
    "The reuse policy of the Court is set out in its Decision No 6-2019.",
    "L'imprimerie n'est pas responsable de la qualité des fichiers transmis.",
    "The Printing Office will not be held responsible for the quality of files sent.",
    "Pour obtenir des copies de nos rapports, consultez notre site.",
    "To obtain copies of our reports, visit our website.",
    "Abonnez-vous à nos flux RSS.",
    "Subscribe to our RSS feeds or e-mail updates.",
    "Merci d'imprimer sur papier recyclé.",
    "Please print on recycled paper.",
    "Abonnement annuel : 45 000 francs ; le numéro : 2 500 francs.",
    "Annual subscription: 45,000 francs; single copy: 2,500 francs.",
    "PDF ISBN 978-92-000-0000-1 ISSN 1977-0000 doi:10.2865/000000",
]
# The text's own words on licences, views and websites stay.
NOT_NOTICES = [
    "Les États membres veillent à ce que les contenus soient disponibles sous une forme lisible.",
    "Member States shall ensure that the content is available under the conditions laid down.",
    "Les opinions exprimées par les États membres lors de la réunion ont été prises en compte.",
    "The views expressed by the Member States during the meeting were taken into account.",
    "Le recrutement est propulsé par la propagande en ligne et les messageries chiffrées.",
    "Recruitment is powered by online propaganda and by encrypted messaging services.",
    # the text's own words on researchers and on who did what
    "Les chercheurs associés au réseau de sensibilisation à la radicalisation y contribuent.",
    "The rapporteur is a member of the committee and was the author of the previous report.",
    # a sentence of the text that reads like a card but opens on a pronoun or an article,
    # and a credit-like phrase that ends the sentence on ordinary words
    "Elle est chercheuse associée au CNRS et a été arrêtée en mai.",
    "The accused is a former lecturer at the University of Kent and was arrested in May.",
    "Le réseau est propulsé par la propagande.",
    "Recruitment in the region is now largely powered by encrypted messaging apps.",
    # an act's own words on copies and reproduction of records
    "L'inspecteur peut reproduire tout document ou en obtenir des extraits.",
    "The inspector may make copies of any record or take extracts from it.",
    "Aucun document ne peut être reproduit sans l'autorisation du ministre.",
    "No record may be reproduced without the permission of the Minister.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_publishers_notices(line: str) -> None:
    got = units(f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}\n")
    assert got[line].noise == "web-chrome"


@pytest.mark.parametrize("line", COPY_NOTICES)
def test_a_copys_notice_on_itself(line: str) -> None:
    got = units(f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}\n")
    assert got[line].noise == "boilerplate"


@pytest.mark.parametrize("line", NOT_NOTICES)
def test_the_texts_own_words_on_licences_and_views(line: str) -> None:
    got = units(f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}\n")
    assert got[line].noise is None


SIGNED = {
    "fr": ["Pour la Cour des comptes", "Jeanne Dupont", "Présidente"],
    "en": ["For the Court of Auditors", "Jane Doe", "President"],
}
ADOPTED = {
    "fr": [
        "La Cour recommande à la Commission de mieux coordonner les évaluations des risques.",
        "Les États membres devraient recourir davantage aux conseillers en sécurité.",
        "Les grands événements de 2027 appellent une attention particulière.",
        "Le présent rapport a été adopté par la chambre III lors de sa réunion du 25 mars 2026.",
    ],
    "en": [
        "The Court recommends that the Commission better coordinate its risk assessments.",
        "Member States should make more use of the protective security advisors.",
        "The major events of 2027 call for particular attention.",
        "This report was adopted by Chamber III at its meeting of 25 March 2026.",
    ],
}
COLOPHON = {
    "fr": ["© Union européenne, 2026", "La politique de réutilisation de la Cour est publiée."],
    "en": ["© European Union, 2026", "The reuse policy of the Court is set out in a decision."],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_signature_over_the_publishers_notices_stays(lang: str) -> None:
    """The signature block over a report's colophon is the text's close, not a footer menu
    (three short lines over the page's closing chrome)."""
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *ADOPTED[lang], *SIGNED[lang], *COLOPHON[lang]])
    got = units(page)
    assert got[COLOPHON[lang][1]].noise == "boilerplate"
    for line in SIGNED[lang]:
        assert got[line].noise is None, line


@pytest.mark.parametrize(("line", "reason"), CUES)
def test_interface_cues(line: str, reason: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE2[lang]}\n")
    assert got[line].noise == reason
    assert got[PROSE[lang]].noise is None and got[PROSE2[lang]].noise is None


@pytest.mark.parametrize("line", ["Soixante-dixième session", "Seventieth session"])
def test_an_assemblys_session_line_is_front_matter(line: str) -> None:
    assert is_front_matter(line)


@pytest.mark.parametrize(
    "line", ["Télécharger le fichier (PDF)", "Download the report (PDF, 2 MB)"]
)
def test_download_links(line: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE2[lang]}\n")
    assert got[line].noise == "web-chrome"


@pytest.mark.parametrize(
    "line",
    [
        "ELI : http://data.legilux.public.lu/eli/etat/leg/loi/2023/03/23/a157/jo",
        "ELI: http://data.europa.eu/eli/compos/2002/402/oj",
    ],
)
def test_a_labelled_link_before_the_text(line: str) -> None:
    lang = "en" if "europa" in line else "fr"
    got = units(f"{line}\n\n{PROSE[lang]}\n\n{PROSE2[lang]}\n")
    assert got[line].noise == "metadata"


@pytest.mark.parametrize(
    "line",
    [
        "ADAPTER LA RÉPONSE DES ALLIÉS À LA MENACE TERRORISTE - Nato-pa.int",
        "Adapting the Allies' response to the terrorist threat | nato-pa.int",
    ],
)
def test_a_page_title_bar_with_the_sites_domain(line: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{line}\n\n{PROSE[lang]}\n\n{PROSE2[lang]}\n")
    assert got[line].noise == "web-chrome"


SLUGS = {
    "fr": "décision n° 1063 cadre consolidé de l`osce pour la lutte contre le",
    "en": "council conclusions on counter-terrorism foreign affairs council ...",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_file_hosts_lower_case_title_over_the_text(lang: str) -> None:
    wrapped = (
        "et les services sociaux des États membres" if lang == "fr" else "and the social services"
    )
    page = "\n\n".join([SLUGS[lang], PROSE[lang], wrapped, PROSE2[lang]])  # wrapped: 3rd line
    got = units(page)
    assert got[SLUGS[lang]].noise == "web-chrome"
    # a lower-case line further down is the document's (a wrapped paragraph's end)
    assert got[wrapped].noise is None
    # a title with capitals stays
    titled = SLUGS[lang][0].upper() + SLUGS[lang][1:]
    assert units("\n\n".join([titled, PROSE[lang], PROSE2[lang]]))[titled].noise is None


# The site's title bar as the page's first line: two short names, a spaced separator.
TITLE_BARS = [
    ("LEXNET - Législation consolidée", "boilerplate"),
    ("Portail juridique – Grand-Duché", "boilerplate"),
    ("LawNet / Legal Information Service", "boilerplate"),
    ("FREE DIGITAL LIBRARY - Papers, theses, books", "boilerplate"),
    # a headline after a cue, a meeting's line with its date: the document's
    ("ARCHIVÉ - Le gouvernement présente sa nouvelle stratégie contre le terrorisme", None),
    ("ARCHIVED - Government confronts terrorist threats through its new strategy", None),
    ("804e réunion des Délégués – 11 juillet 2002", None),
    ("804th meeting – 11 July 2002", None),
]


@pytest.mark.parametrize(("line", "reason"), TITLE_BARS)
def test_a_sites_title_bar_over_the_text(line: str, reason: str | None) -> None:
    page = "\n\n".join([line, PROSE["fr"], PROSE2["en"]])
    assert units(page)[line].noise == reason
    # lower down, or printed again in the text (the title's copy), it is no bar
    assert units("\n\n".join([PROSE["fr"], line, PROSE2["en"]]))[line].noise is None
    again = "\n\n".join([line, PROSE["fr"], line, PROSE2["en"]])
    assert segment(normalise(again, markdown=False))[0].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "Service canadien du renseignement de sécurité – Rémi Lavoie, directeur adjoint",
        "Canadian Security Intelligence Service – Tricia Geddes, Assistant Director",
    ],
)
def test_a_line_given_alone_is_the_text_not_a_title_bar(line: str) -> None:
    assert units(line)[line].noise is None


BANNER = {
    "fr": ["Portail des lois du Grand Pays", "Ministère de la Justice"],
    "en": ["Grand Country Legislation", "Office of the Legal Counsel"],
}
MENU = {
    "fr": "Accueil > Lois > En vigueur > Loi de 2022",
    "en": "Home > Acts > In force > Act 2022",
}
DOC_TITLE = {
    "fr": "Loi de 2022 relative aux infrastructures critiques",
    "en": "Critical Infrastructure Act 2022",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_banner_above_its_breadcrumb(lang: str) -> None:
    page = "\n\n".join([*BANNER[lang], MENU[lang], DOC_TITLE[lang], PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[MENU[lang]].noise == "navigation"
    for line in BANNER[lang]:
        assert got[line].noise == "web-chrome", line
    assert got[DOC_TITLE[lang]].noise is None
    assert got[PROSE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_copy_between_two_menus_stays(lang: str) -> None:
    """The page-title copy of the document's title, printed again below, is not chrome."""
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    page = "\n\n".join(
        [MENU[lang], DOC_TITLE[lang], share, DOC_TITLE[lang], PROSE[lang], PROSE2[lang]]
    )
    got = [u for u in segment(normalise(page, markdown=False)) if u.text == DOC_TITLE[lang]]
    assert got[0].noise != "web-chrome"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_title_above_a_cue_line_is_not_a_banner(lang: str) -> None:
    """At the top of the page only a menu below proves a banner."""
    archived = "Contenu archivé" if lang == "fr" else "Archived Content"
    page = "\n\n".join([DOC_TITLE[lang], archived, PROSE[lang], PROSE2[lang]])
    assert units(page)[DOC_TITLE[lang]].noise is None


TOP_BANNER = {
    "fr": "Portail du droit de l'Union européenne",
    "en": "Access to the law of the Union",
}
PAGE_TOOLS = {
    "fr": ["Aller au contenu principal", "Partager cette page"],
    "en": ["Skip to main content", "Share this page"],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_name_over_a_run_of_page_tools(lang: str) -> None:
    """The page's first line alone over two lines of page tools is the site's banner."""
    page = "\n\n".join([TOP_BANNER[lang], *PAGE_TOOLS[lang], DOC_TITLE[lang], PROSE[lang]])
    got = units(page)
    assert got[TOP_BANNER[lang]].noise == "web-chrome"
    assert got[DOC_TITLE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_first_line_with_figures_over_page_tools_stays(lang: str) -> None:
    """A symbol or a date over the page tools is the document's head, not a banner; so is
    a first line over one tool line only."""
    symbol = "Nations Unies A/72/840" if lang == "fr" else "United Nations A/72/840"
    page = "\n\n".join([symbol, *PAGE_TOOLS[lang], DOC_TITLE[lang], PROSE[lang]])
    assert units(page)[symbol].noise is None
    page = "\n\n".join([TOP_BANNER[lang], PAGE_TOOLS[lang][0], DOC_TITLE[lang], PROSE[lang]])
    assert units(page)[TOP_BANNER[lang]].noise is None


# A PDF's page foot copied as one line of columns: every column is furniture on its own.
COLUMN_FEET = [
    ("24-01876" + " " * 30 + "3/3", "page-footer"),
    ("2/2" + " " * 40 + "23-12709", "page-footer"),
    ("MC28FJ08" + " " * 30 + "- 2 -", "page-footer"),
    ("*2312709*" + " " * 30 + "Merci de recycler", "page-footer"),
    ("*2312709*" + " " * 30 + "Please recycle", "page-footer"),
    ("INTENTIONALLY BLANK", "page-footer"),
    ("Page laissée intentionnellement en blanc", "page-footer"),
    ("15893/10" + " " * 30 + "GdK-OR/kve" + " " * 10 + "1", "page-footer"),
    # a table's row or a heading in columns is not
    ("2016" + " " * 30 + "718", None),
    ("Article 3" + " " * 30 + "- 2 -", None),
    ("Merci de recycler les documents" + " " * 10 + "3/3", None),
]


@pytest.mark.parametrize(("line", "reason"), COLUMN_FEET)
def test_a_page_foot_in_columns(line: str, reason: str | None) -> None:
    page = f"{PROSE['fr']}\n\n{line}\n\n{PROSE2['en']}"
    got = segment(normalise(page, markdown=False))
    foot = next(u for u in got if u.text.split()[0] == line.split()[0])
    assert foot.noise == reason


SITE_FOOTER = {
    "fr": [
        "Chancellerie d'État – Service des publications",
        "Autres communiqués du ministère de la Sécurité publique",
        "République française – Premier ministre – Secrétariat général",
    ],
    "en": [
        "State Chancellery – Publications Office",
        "Other releases from the Ministry of Public Safety",
        "All contents copyright © 2017. All rights reserved.",
    ],
}
FOOT_MENU = {
    "fr": "Plan du site | Accessibilité | Mentions légales | Contact",
    "en": "Site map | Accessibility | Legal notice | Contact",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_sites_footer_under_the_text(lang: str) -> None:
    """Under the text, between the page's menu and the end of the page: the site's footer."""
    page = "\n\n".join([PROSE[lang], PROSE2[lang], FOOT_MENU[lang], *SITE_FOOTER[lang]])
    got = units(page)
    assert got[FOOT_MENU[lang]].noise == "navigation"
    for line in SITE_FOOTER[lang]:
        assert got[line].noise == "web-chrome", line
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_paragraph_below_keeps_the_run(lang: str) -> None:
    """Below a menu, a run that ends on the document's prose is no footer."""
    page = "\n\n".join([PROSE[lang], FOOT_MENU[lang], SITE_FOOTER[lang][1], PROSE2[lang]])
    got = units(page)
    assert got[SITE_FOOTER[lang][1]].noise is None
    assert got[PROSE2[lang]].noise is None


LONG_TITLE = {
    "fr": "17 MARS 2019. - Loi relative à la protection des infrastructures critiques et des "
    "sites sensibles contre les menaces terroristes",
    "en": "Act of 17 March 2019 on the protection of critical infrastructure and of sensitive "
    "sites against the threat of terrorism",
}
ARTICLE = {
    "fr": "Article 1er. La présente loi règle une matière visée à l'article 74 de la Constitution.",
    "en": "Article 1. This Act governs a matter referred to in Article 74 of the Constitution.",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_record_box_under_a_long_title_before_the_first_article(lang: str) -> None:
    """A long title reads as prose; the record box under it, before the first numbered
    line, is still the site's."""
    page = "\n\n".join([LONG_TITLE[lang], *RECORD_BOX[lang], ARTICLE[lang], PROSE2[lang]])
    got = units(page)
    for line in RECORD_BOX[lang]:
        assert got[line].noise == "repository", line
    assert got[LONG_TITLE[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_lead_in_to_a_web_address_is_no_fields_value(lang: str) -> None:
    lead = {
        "fr": "Pour suivre l'actualité du ministère : https://www.example.org",
        "en": "To follow the ministry's news: https://www.example.org",
    }[lang]
    label = "Lien connexe :" if lang == "fr" else "Related link:"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], label, lead, *RECORD_BOX[lang]])
    got = units(page)
    assert got[lead].noise is None
    assert all(got[line].noise == "metadata" for line in RECORD_BOX[lang])


CALLED = {
    "fr": (
        "Rapport fait au nom de la commission des affaires étrangères (1) sur la menace.",
        "(1) Cette commission est composée de : M. Jean Dupont, président ; Mme Anne Martin.",
    ),
    "en": (
        "Report made on behalf of the Committee on Foreign Affairs (1) on the threat.",
        "(1) The committee is composed of: Mr John Smith, chair; Ms Anne Martin.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_called_note_above_the_page_number(lang: str) -> None:
    call, note = CALLED[lang]
    page = "\n\n".join([call, note, "- 3 -", PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[note].noise == "page-footer"
    assert got[call].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_called_note_closing_the_text_under_a_rule(lang: str) -> None:
    call, note = CALLED[lang]
    got = units("\n\n".join([PROSE[lang], call, "_______________", note]))
    assert got[note].noise == "page-footer"


SUBSECTIONS = {
    "fr": (
        "(1) Le ministre peut prolonger la mesure prévue au paragraphe (2) pour six mois.",
        "(2) Le présent article cesse d'avoir effet le 7 décembre 2026.",
    ),
    "en": (
        "(1) The Minister may extend the order made under subsection (2) for six months.",
        "(2) This section ceases to have effect on 7 December 2026 unless extended.",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_subsection_above_the_page_number_stays(lang: str) -> None:
    """Cited above and standing over the page's number, but under its "(1)": a list's item."""
    first, second = SUBSECTIONS[lang]
    page = "\n\n".join([PROSE[lang], first, second, "- 4 -", PROSE2[lang]])
    assert units(page)[second].noise is None


CONTACTS = [
    ("418 646-6135", True),
    ("(613) 555-0199", True),
    ("presse@example.gouv.fr – 01 71 75 80 11", True),
    ("Press office press@example.org – 01 71 75 80 11", True),
    # figures and years are no phone numbers
    ("2019 2020 2021", False),
    ("12 345 678 90", False),
    ("Le budget passe de 01 71 75 80 11 euros à zéro.", False),
]


@pytest.mark.parametrize(("line", "expected"), CONTACTS)
def test_contact_lines(line: str, expected: bool) -> None:
    assert is_local_contact(line) is expected


@pytest.mark.parametrize(
    "line",
    [
        "Vous êtes ici : Accueil \u203a Actualités \u203a "
        "Plan Vigipirate : nouvelle posture « Urgence attentat »",
        "You are here: Home \u203a News \u203a Vigipirate plan : new posture « Emergency attack »",
    ],
)
def test_a_breadcrumb_with_spaced_punctuation(line: str) -> None:
    assert is_menu(line)


SEE_ALSO = {
    "fr": "Voir aussi : Rapport d'information n° 4184 sur l'évaluation de la loi relative au "
    "renseignement",
    "en": "See also: Information report No 4184 on the evaluation of the act on the "
    "intelligence services",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wordy_footer_line_between_two_page_tools(lang: str) -> None:
    """A footer's line may read as prose; between two page tools under the text it is the
    site's."""
    top = "Retour haut de page" if lang == "fr" else "Back to top"
    page = "\n\n".join([PROSE[lang], PROSE2[lang], top, SEE_ALSO[lang], FOOT_MENU[lang]])
    got = units(page)
    assert got[top].noise == "web-chrome"
    assert got[SEE_ALSO[lang]].noise == "web-chrome"
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_banner_line_named_in_the_text_stays(lang: str) -> None:
    """The body named in the banner is named in the text too: left to the head reader."""
    named = "Comité des Ministres" if lang == "fr" else "Committee of Ministers"
    page = "\n\n".join([named, MENU[lang], DOC_TITLE[lang], PROSE[lang], PROSE2[lang]])
    assert units(page)[named].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_line_under_a_breadcrumb_is_the_pages_title(lang: str) -> None:
    title = "Décision n° 2021-822 DC" if lang == "fr" else "Decision No 2021-822 DC"
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    flag = "Non conformité partielle" if lang == "fr" else "Partial non-conformity"
    page = "\n\n".join([MENU[lang], title, flag, share, PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[share].noise == "navigation"
    assert got[flag].noise == "web-chrome"
    assert got[title].noise is None


SESSION = {
    "fr": "42e législature, 1re session (3 décembre 2015 - 11 septembre 2019)",
    "en": "42nd Parliament, 1st Session (December 3, 2015 - September 11, 2019)",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_parliaments_session_line_under_a_breadcrumb_stays(lang: str) -> None:
    """The committee's name and its parliament's session line between a breadcrumb and a
    page's tools are the report's own head, not the site's banner."""
    share = "Imprimer | Partager | Télécharger" if lang == "fr" else "Print | Share | Download"
    committee = (
        "Comité sénatorial permanent de la sécurité nationale"
        if lang == "fr"
        else "Standing Senate Committee on National Security"
    )
    page = "\n\n".join([MENU[lang], committee, SESSION[lang], share, PROSE[lang], PROSE2[lang]])
    got = units(page)
    assert got[share].noise == "navigation"
    assert got[SESSION[lang]].noise is None
    assert is_front_matter(SESSION[lang])


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil décide de renforcer la coopération avec ses partenaires contre le terrorisme",
        "The Council decides to strengthen its cooperation with partners against terrorism",
    ],
)
def test_paragraphs_between_menus_stay_text(sentence: str) -> None:
    # a page whose paragraphs alternate with menus: each paragraph has a page tool on both
    # sides, but prose below it, so none is a site footer
    html = (
        "<html><body>"
        + "".join(
            f"<nav><a href='#'>Menu {k}</a></nav><p>{sentence} ({k}).</p>\n" for k in range(8)
        )
        + "</body></html>"
    )
    doc = parse_text(html, layout="html")
    assert [b.text for b in doc.blocks()] == [f"{sentence} ({k})." for k in range(8)]
    assert {x.reason for x in doc.noise} == {"navigation"}


# A diagram's labels read across by a PDF's text layer; a line of the text stays.
SHATTERED = [
    ("Pr év Ci enir r bl e es Ag ir l e s r é ac ti on", "markup"),
    ("Pre ve nt r e p Ta r g ets Pro te ct s e c u re", "markup"),
    ("Il a dit à la presse qu'il y a eu de la pluie en mai.", None),
    ("He is to go as he is in a bad way to do so.", None),
    ("PR EM I ER M I N IST R E", None),  # a title in spaced capitals
    ("S. 5; R.S., c. E-15, s. 12; 1993, c. 32, s. 4", None),  # figures: credits, a table
]


@pytest.mark.parametrize(("line", "reason"), SHATTERED)
def test_a_diagrams_labels_read_across(line: str, reason: str | None) -> None:
    prose = PROSE["en"] if line.isascii() else PROSE["fr"]
    got = units(f"{prose}\n\n{line}\n\n{PROSE2['fr']}\n")
    assert got[line].noise == reason


DIVISIONS = {
    "fr": [
        ("TITRE II", "Infrastructures critiques et mesures aux frontières"),
        ("TITRE III", "Dispositions finales et transitoires"),
    ],
    "en": [
        ("PART 2", "Critical Infrastructure and Border Measures"),
        ("PART 3", "Final and Transitional Provisions"),
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_divisions_title_printed_in_the_arrangement_and_the_text_stays(lang: str) -> None:
    # an act's arrangement of sections lists each division's number over its title; the
    # text prints them again over the division: titles, not running lines
    (n2, t2), (n3, t3) = DIVISIONS[lang]
    arrangement = [n2, t2, n3, t3]
    text = [n2, t2, f"1. {PROSE[lang]}", f"2. {PROSE2[lang]}", n3, t3, f"3. {PROSE[lang]}"]
    every = segment(normalise("\n\n".join(arrangement + text), markdown=False))
    titles = [u for u in every if u.text in (t2, t3)]
    assert len(titles) == 4 and all(u.noise is None for u in titles)
    # the same title printed over every page, with no division above it, is a running line
    pages = [[f"{n}.", PROSE[lang], f"{n + 1}.", PROSE2[lang], t2] for n in (1, 3, 5)]
    page = "\n\n".join(p for lines in pages for p in lines)
    every = segment(normalise(page, markdown=False))
    assert [u.noise for u in every if u.text == t2] == ["page-header"] * 3


ISSUE = {
    "fr": ("JORF n° 0289 du 6 décembre 2024, texte n° 97", "ECLI : FR:CC:2024:2024.97.DC"),
    "en": ("OG No 289 of 6 December 2024, text No 97", "ECLI: EU:C:2024:97"),
}
HEAD = {
    "fr": ("Avis sur la surveillance algorithmique", "Assemblée plénière du 28 novembre 2024"),
    "en": ("Opinion on algorithmic surveillance", "Plenary Assembly of 28 November 2024"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_journal_issue_line_in_the_documents_head_stays(lang: str) -> None:
    """Between two lines of the document's head, the journal issue it was published in is
    its own publication line; beside a database's identifiers it is their record."""
    issue, ecli = ISSUE[lang]
    title, meeting = HEAD[lang]
    got = units("\n\n".join([title, meeting, issue, "A - 2024 - 9", PROSE[lang], PROSE2[lang]]))
    assert got[issue].noise is None
    got = units("\n\n".join([title, ecli, issue, PROSE[lang], PROSE2[lang]]))
    assert got[ecli].noise == "metadata" and got[issue].noise == "metadata"


RELATED = {
    "fr": (
        "Éléments liés",
        "Communiqué de la 1240e réunion du CPS sur le Soudan (12 novembre 2024)",
    ),
    "en": (
        "Related Items",
        "Communiqué of the 1240th meeting of the PSC on Sudan (12 November 2024)",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_related_items_box_after_the_text(lang: str) -> None:
    head, item = RELATED[lang]
    got = units("\n\n".join([PROSE[lang], PROSE2[lang], head, item]))
    assert got[head].noise == "web-chrome" and got[item].noise == "web-chrome"
    assert got[PROSE2[lang]].noise is None


@pytest.mark.parametrize(
    "line",
    [
        "Le nombre de consultations : 1 873 en 2024 selon le ministère.",
        "The number of hits: 1873 in 2024 according to the ministry.",
    ],
)
def test_a_count_inside_a_sentence_is_no_hit_counter(line: str) -> None:
    lang = "en" if line.isascii() else "fr"
    got = units(f"{PROSE[lang]}\n\n{line}\n\n{PROSE2[lang]}\n")
    assert got[line].noise is None


ARRANGEMENT = {
    "fr": [
        "TABLE DES ARTICLES",
        "Titre 1",
        "Dispositions générales",
        "Article",
        "1. Objet",
        "2. Définitions",
    ],
    "en": [
        "ARRANGEMENT OF SECTIONS",
        "Part 1",
        "Preliminary and General",
        "Section",
        "1. Short title",
        "2. Interpretation",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_acts_arrangement_of_sections_is_a_contents_list(lang: str) -> None:
    """An act's own list of its divisions and sections (numbered entries under a column's
    head) is a contents list; the sections it lists, printed below, stay."""
    _head, div, title, _column, e1, e2 = ARRANGEMENT[lang]
    body = [
        PROSE2[lang],  # the long title ends the list
        div.upper(),
        title,
        e1[3:],
        f"1. (1) {PROSE[lang]}",
        e2[3:],
        f"2. (1) {PROSE2[lang]}",
    ]
    every = segment(normalise("\n\n".join([*ARRANGEMENT[lang], *body]), markdown=False))
    n = len(ARRANGEMENT[lang])
    assert [u.noise for u in every[:n]] == ["toc"] * n
    assert all(u.noise is None for u in every[n:])


LONG_HEAD = {
    "fr": "Loi n° 9 de 2026 PORTANT DEUXIÈME MODIFICATION DE LA LOI RELATIVE À LA PROTECTION "
    "DE LA DÉMOCRATIE CONSTITUTIONNELLE CONTRE LE TERRORISME",
    "en": "Counter-Terrorism and Border Security Act 2019 (c. 3) PART 1 — COUNTER-TERRORISM "
    "OFFENCES AND POWERS OF THE POLICE AT PORTS AND BORDERS",
}
OPENER = {
    "fr": "La présente loi modifie la loi relative à la lutte contre le terrorisme.",
    "en": "This Act amends the law on the fight against terrorism.",
}


def _pages(lang: str, head: str, times: int) -> tuple[list[Unit], list[str]]:
    paras = [PROSE[lang], PROSE2[lang], PROSE[lang][:60] + " " + PROSE2[lang][60:]][:times]
    page = "\n\n".join(
        [OPENER[lang]]  # the text opens before the first page's head
        + [
            p
            for n, para in enumerate(paras, 1)
            for p in (f"{n}/3", head, para, f"{n}. {PROSE[lang]}")
        ]
    )
    return segment(normalise(page, markdown=False)), paras


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_running_head_on_three_pages(lang: str) -> None:
    # more than fifteen words: a running line only when printed on three pages or more
    every, paras = _pages(lang, LONG_HEAD[lang], 3)
    heads = [u for u in every if u.text == LONG_HEAD[lang]]
    assert len(heads) == 3 and all(u.noise == "page-header" for u in heads)
    assert all(u.noise is None for u in every if u.text in paras)
    twice, _ = _pages(lang, LONG_HEAD[lang], 2)
    assert all(u.noise is None for u in twice if u.text == LONG_HEAD[lang])


FIELD_OVER_LABEL = {
    "fr": (
        "Date de publication du résumé sur le site du Comité : 19 novembre 2026",
        "Motifs de l'inscription :",
    ),
    "en": (
        "Date on which the narrative summary became available on the website: 19 November 2026",
        "Reason for listing:",
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_records_field_repeated_over_the_same_label_stays(lang: str) -> None:
    field, label = FIELD_OVER_LABEL[lang]
    page = "\n\n".join(
        p
        for name, para in (("QDi.447 ABDI HIRSI", PROSE[lang]), ("QDe.186 AL-NUR", PROSE2[lang]))
        for p in (name, field, label, para)
    )
    every = segment(normalise(page, markdown=False))
    fields = [u for u in every if u.text == field]
    assert len(fields) == 2 and all(u.noise is None for u in fields)


SHORT_HEAD = {
    "fr": "LOI PORTANT MODIFICATION DE LA LOI RELATIVE À LA LUTTE CONTRE LE TERRORISME",
    "en": "PROTECTION OF CONSTITUTIONAL DEMOCRACY AGAINST TERRORIST ACTIVITIES AMENDMENT ACT",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_running_head_glued_to_a_paragraph_is_cut_off(lang: str) -> None:
    head = SHORT_HEAD[lang]
    pages = [
        ("1/3", head, PROSE[lang], f"1. {PROSE2[lang]}"),
        ("2/3", head, PROSE2[lang], f"2. {PROSE[lang]}"),
        ("3/3", f"{head} {OPENER[lang]}", f"3. {PROSE[lang]}"),
    ]
    every = segment(normalise("\n\n".join(p for page in pages for p in page), markdown=False))
    heads = [u for u in every if u.text == head]
    # (the first print stands in the document's head, where it is the title)
    assert len(heads) == 3 and all(u.noise == "page-header" for u in heads[1:])
    rest = [u for u in every if u.text == OPENER[lang]]
    assert len(rest) == 1 and rest[0].noise is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_buttons_label_before_a_glued_running_head_goes_with_it(lang: str) -> None:
    head, label = SHORT_HEAD[lang], {"fr": "Transcription", "en": "Transcript"}[lang]
    pages = [
        ("1/3", head, PROSE[lang], f"1. {PROSE2[lang]}"),
        ("2/3", head, PROSE2[lang], f"2. {PROSE[lang]}"),
        ("3/3", f"{label} {head}", OPENER[lang], f"3. {PROSE[lang]}"),
    ]
    every = segment(normalise("\n\n".join(p for page in pages for p in page), markdown=False))
    assert [u.noise for u in every if u.text == f"{label} {head}"] == ["page-header"]
    assert all(u.noise is None for u in every if u.text == OPENER[lang])


SIGNED_BOX = {
    "fr": [
        "Le Président : Jean-Baptiste MOREAU",
        "Membres : Claire DUVAL, Paul LEMAIRE",
        "Le Rapporteur : Anne-Sophie KERGOAT",
    ],
    "en": [
        "Chair: Margaret O'NEILL",
        "Members: Thomas WHITFORD, Ruth ABERNETHY",
        "Judgment of: CALLOWAY J",
    ],
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_box_naming_its_signatories_stays(lang: str) -> None:
    # office over holder after the operative text: the document's own close, its names kept
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *SIGNED_BOX[lang]])
    got = units(page)
    assert all(got[line].noise is None for line in SIGNED_BOX[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_named_contact_box_with_a_phone_is_still_a_box(lang: str) -> None:
    phone = "Tél. : 01 44 55 66 77" if lang == "fr" else "Tel.: 020 7946 0958 12"
    box = [*SIGNED_BOX[lang][:2], phone]
    page = "\n\n".join([PROSE[lang], PROSE2[lang], *box])
    got = units(page)
    assert all(got[line].noise == "metadata" for line in box)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Marc-Antoine DUPRÉ", True),
        ("Édith LAMARRE, Fritz DELORME", True),
        ("CALLOWAY J", True),
        ("Ms R HENDRY SC", True),
        ("General Division", False),
        ("12 May 2026", False),
        ("Margaret Hendry", False),
        ("INTERIEUR", False),
    ],
)
def test_is_signed_name(value: str, expected: bool) -> None:
    assert is_signed_name(value) is expected


SIGNATURE_COLUMNS = {
    "fr": ("ÉLODIE M. RAKOTO-BERNARD,", "Ministre de l'Intérieur et", "de la Sécurité"),
    "en": ("CHARLES T. MWALE-OKAFOR,", "Minister of Home Affairs and", "Internal Security"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("comma", [True, False])
def test_a_signature_in_columns_is_no_menu(lang: str, comma: bool) -> None:
    # a right-aligned signature folded to one line with wide gaps: the name's comma runs
    # on into the office under it; without it the three cells read as a menu
    cells = list(SIGNATURE_COLUMNS[lang])
    if not comma:
        cells[0] = cells[0].rstrip(",")
    text = " ".join(cells)
    gaps = (len(cells[0]) + 1, len(cells[0]) + len(cells[1]) + 2)
    assert is_menu(text, gaps) is not comma
