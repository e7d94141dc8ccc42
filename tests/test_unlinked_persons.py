"""Persons found by the shapes of :mod:`ctdocs.extract._unlinked_persons`: a signature set
in capitals over the line of its office, whatever its first word; a single capital with a
full stop after a given name, a middle initial and no form of address. Texts written for
these tests in the styles of gazettes, acts and judgments; expected values checked by hand
against the annotation guidelines (§3: named persons are actors, signatories among them;
titles and forms of address are no part of the name).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._unlinked_persons import LOWER_WORD, middle_initial, written_lower

from ._actorsurfaces import _actors_by_surface


def _persons(text: str, lang: str) -> dict[str, str]:
    """surface -> name, for the persons found."""
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text: a.name for a in doc.actors if a.kind == "person" for m in a.mentions}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a clerk signs under the act, an initial in the name; its first word no given name
        (
            "en",
            "Passed by the Assembly on 3 May 2026.\n\nKWAME A. MENSAH-BOATENG\n"
            "Clerk of the Legislature\n",
            {"KWAME A. MENSAH-BOATENG": "Kwame A. Mensah-Boateng"},
        ),
        (
            "fr",
            "Adoptée en séance publique le 3 mai 2026.\n\nA. KOFFI-DOSSOU\nLe Greffier en chef\n",
            {"A. KOFFI-DOSSOU": "A. Koffi-Dossou"},
        ),
        # an honour's letters after a comma; the office in capitals
        (
            "en",
            "I assent.\n\nKOFI MENSAH OWUSU, GCFR\nPresident of the Republic\n",
            {"KOFI MENSAH OWUSU": "Kofi Mensah Owusu"},
        ),
        (
            "en",
            "Delivered at Gulu this 4th day of May, 2026.\n\nTENDAI R. MUZENDA\nJUDGE\n",
            {"TENDAI R. MUZENDA": "Tendai R. Muzenda"},
        ),
        (
            "fr",
            "Fait à Lomé, le 4 mai 2026.\n\nKOMLAN K. AGBÉKO-MENSAH\nLe Ministre de la Sécurité\n",
            {"KOMLAN K. AGBÉKO-MENSAH": "Komlan K. Agbéko-Mensah"},
        ),
    ],
)
def test_a_signature_in_capitals_over_its_office(
    lang: str, text: str, want: dict[str, str]
) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # two initials, the rule line the judge signs on between the name and the office
        (
            "en",
            "Dated and delivered at Arusha this 3rd day of May, 2026.\n\nS. B. MUSOKE\n"
            "..................................\nJUDGE OF APPEAL\n",
            {"S. B. MUSOKE": "S. B. Musoke"},
        ),
        (
            "fr",
            "Fait à Dakar, le 3 mai 2026.\n\nP. M. NDIAYE\n"
            "..................................\nLe Greffier en chef\n",
            {"P. M. NDIAYE": "P. M. Ndiaye"},
        ),
        # a title or a rank in capitals opens the line: no part of the name
        (
            "en",
            "This Law comes into force.\n\nDR. P.J. DE LA HAYE-MARTIN\nClerk of the Assembly\n",
            {"P.J. DE LA HAYE-MARTIN": "P.J. De La Haye-Martin"},
        ),
        (
            "fr",
            "Fait à Bamako, le 3 mai 2026.\n\nCOLONEL ISSA TRAORÉ\n"
            "Le Directeur général de la Police\n",
            {"ISSA TRAORÉ": "Issa Traoré"},
        ),
        # no initial, no given name the lists know: words the text never writes in lower
        # case, over an office
        (
            "en",
            "Made on 3 June 2026.\n\nTAVITA LEAUPEPE\nMinister of Police\n",
            {"TAVITA LEAUPEPE": "Tavita Leaupepe"},
        ),
        (
            "fr",
            "Fait à Lomé, le 3 mai 2026.\n\nYAWA KOUIGAN\nLe Ministre de la Sécurité\n",
            {"YAWA KOUIGAN": "Yawa Kouigan"},
        ),
    ],
)
def test_a_signature_in_capitals_however_marked(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # words the text writes in lower case: a heading, though no list holds them
        ("en", "The text.\n\nTRANSITIONAL MATTERS\nMinister of transitional matters\n"),
        ("fr", "Le texte.\n\nMESURES TRANSITOIRES\nLe Ministre des mesures transitoires\n"),
    ],
)
def test_capitals_over_an_office_that_are_no_name(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a party's rank before its role is the role's: the name ends before it
        (
            "en",
            "In the matter between:\n\nTAVITA SIONE LEAUPEPE FIRST APPELLANT\n",
            {"TAVITA SIONE LEAUPEPE": "Tavita Sione Leaupepe"},
        ),
        (
            "fr",
            "Entre :\n\nYAWA AFI KOUIGAN PREMIÈRE REQUÉRANTE\n",
            {"YAWA AFI KOUIGAN": "Yawa Afi Kouigan"},
        ),
    ],
)
def test_a_party_ranked_before_its_role(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # headings in capitals: no initial, no comma, a roman number, a sentence below
        ("en", "The text.\n\nFINAL PROVISIONS\nPresident of the Board\n"),
        ("fr", "Le texte.\n\nDISPOSITIONS FINALES\nLe Président de la commission\n"),
        ("en", "The text.\n\nANNEX II\nDirector of the agency\n"),
        ("fr", "Le texte.\n\nTITRE III\nLe Ministre de l'Intérieur\n"),
        ("en", "The text.\n\nPART A. GENERAL\nJudge of the court may order it.\n"),
        ("fr", "Le texte.\n\nCHAPITRE A. GÉNÉRAL\nLe Président de la cour statue.\n"),
    ],
)
def test_a_heading_in_capitals_over_an_office_is_no_signature(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # "M." after a given name is a middle initial, not "Monsieur"
        (
            "en",
            "Signed at Freetown.\n\nAMARA M. KOROMA-BANGURA, Minister of Justice\n",
            {"AMARA M. KOROMA-BANGURA": "Amara M. Koroma-Bangura"},
        ),
        (
            "en",
            "Delivered at Gulu.\n\nTENDAI M. MUZENDA\nJUDGE\n",
            {"TENDAI M. MUZENDA": "Tendai M. Muzenda"},
        ),
        # after a title word or a lower-case word, "M." is Monsieur, as before
        (
            "fr",
            "Le ministre M. Florent Marchais a présenté le projet.\n",
            {"Florent Marchais": "Florent Marchais"},
        ),
        (
            "fr",
            "Présidence de M. Florent Marchais\n\nLa séance est ouverte.\n",
            {"Florent Marchais": "Florent Marchais"},
        ),
    ],
)
def test_a_middle_initial_is_no_form_of_address(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("folded", "at", "want"),
    [
        ("GRACE M. NAKIBUULE", 6, True),
        ("Jordan M. Whitlock", 7, True),
        ("le ministre M. Dupont", 12, False),
        ("Le Ministre M. Dupont", 12, False),
        ("Presidence de M. Dupont", 14, False),
        ("M. Dupont", 0, False),
        ("J. M. ALBARES", 3, False),  # after an initial: read elsewhere
    ],
)
def test_middle_initial(folded: str, at: int, want: bool) -> None:
    address = frozenset({"M", "Mme", "Mr", "Dr"})
    titles = frozenset({"ministre", "minister"})
    assert middle_initial(folded, at, at + 2, address, titles) is want


def test_a_title_that_is_no_form_of_address_is_never_a_middle_initial() -> None:
    assert middle_initial("GRACE Dr. NAKIBUULE", 6, 9, frozenset({"M"}), frozenset()) is False


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a parliament's clerk or a court's registrar signs under the office's line
        (
            "fr",
            "Certifié conforme.\n\nLe greffier du Conseil exécutif,\nAMÉLIE FORTIN-GAGNÉ\n",
            {"AMÉLIE FORTIN-GAGNÉ": "Amélie Fortin-Gagné"},
        ),
        (
            "en",
            "Certified a true copy.\n\nThe Registrar of the Court,\nJ. R. HOLLOWAY\n",
            {"J. R. HOLLOWAY": "J. R. Holloway"},
        ),
    ],
)
def test_a_clerk_or_a_registrar_signs(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a surname in capitals of two or three words, the given name written as a name
        # (the French way): every word in capitals is the surname's, a title word too
        (
            "fr",
            "Fait à Nouakchott, le 9 juillet 2026\n\nMohamed OULD CHEIKH SIDIYA\n",
            {"Mohamed OULD CHEIKH SIDIYA": "Mohamed Ould Cheikh Sidiya"},
        ),
        (
            "en",
            "Done at Niamey on 9 July 2026.\n\nAbdallahi OULD BOUBACAR\n",
            {"Abdallahi OULD BOUBACAR": "Abdallahi Ould Boubacar"},
        ),
        # an elided first part, a hyphen
        (
            "fr",
            "Le Président de la Cellule\n\nKoffi Aimé N'GUESSAN-BROU\n\n____\n",
            {"Koffi Aimé N'GUESSAN-BROU": "Koffi Aimé N'Guessan-Brou"},
        ),
        # a form of address and initials are no part of a surname
        (
            "fr",
            "La réunion s'est tenue sous la présidence de S.E. M. Kodjo AGBÉMÉNOU, ministre "
            "de la Sécurité.\n",
            {"Kodjo AGBÉMÉNOU": "Kodjo Agbéménou"},
        ),
    ],
)
def test_a_surname_in_capitals_of_several_words(lang: str, text: str, want: dict[str, str]) -> None:
    persons = _persons(text, lang)
    assert {k: v for k, v in persons.items() if k in want} == want
    # no longer surface swallows the name ("S.E. M. Kodjo AGBÉMÉNOU")
    assert not [k for k in persons if k not in want and any(w in k for w in want)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # words in capitals that the text writes in lower case too: a heading
        (
            "en",
            "2. Interpretation UNMANNED AIRCRAFT\n\nNo unmanned aircraft shall fly here.\n",
        ),
        (
            "fr",
            "2. Définitions ENGINS EXPLOSIFS\n\nLes engins explosifs sont interdits ici.\n",
        ),
    ],
)
def test_a_heading_in_capitals_is_no_surname(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # the lines of a signature run together: the office mid-line, after the date, and
        # the name in capitals after it with no comma, or after its comma
        (
            "fr",
            "Elle entre en vigueur ce jour.\n\nFait à Djibouti, le 20 juillet 2026 Le "
            "Ministre de l'Intérieur HASSAN DAOUD ROBLEH\n\nTexte publié au Journal officiel.\n",
            {"HASSAN DAOUD ROBLEH": "Hassan Daoud Robleh"},
        ),
        (
            "en",
            "This Act comes into force today.\n\nDone at Kampala, 20 July 2026 The Minister "
            "of Internal Affairs GRACE ATIM OKELLO\n\nPublished in the Gazette.\n",
            {"GRACE ATIM OKELLO": "Grace Atim Okello"},
        ),
        (
            "fr",
            "Fait à Libreville, le 17 juin 2026\n\nPour le Comité, Le Président en exercice, "
            "Jean-Aimé NDONG BIYOGHE\n\nPièce jointe : annexe.\n",
            {"Jean-Aimé NDONG BIYOGHE": "Jean-Aimé Ndong Biyoghe"},
        ),
        (
            "en",
            "Done at Suva, 17 June 2026\n\nFor the Forum, The Chair of the meeting, Losana "
            "Tuilagi\n\nAnnex: list.\n",
            {"Losana Tuilagi": "Losana Tuilagi"},
        ),
    ],
)
def test_a_signature_run_together(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a sentence opening on an office ends on a stop: no signature under it
        (
            "en",
            "(2) The Minister shall cause a copy of the report to be laid before each House."
            "\n\nConditional Amendment\n\n28 Coming into force\n",
        ),
        (
            "fr",
            "(2) Le Ministre fait déposer une copie du rapport devant chaque chambre.\n\n"
            "Modification Conditionnelle\n\n28 Entrée en vigueur\n",
        ),
    ],
)
def test_a_sentence_opening_on_an_office_is_no_signature(lang: str, text: str) -> None:
    assert _persons(text, lang) == {}


# police ranks, a government office of several words, an honorific: titles before a name
# (data: person.titles), no part of it
@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "en",
            "The court heard Detective Inspector Moses Okwir of the national police on 4 May.",
            {"Moses Okwir": "Moses Okwir"},
        ),
        (
            "fr",
            "Le brigadier-chef Kossi Amégan a constaté les faits le 4 mai 2026.",
            {"Kossi Amégan": "Kossi Amégan"},
        ),
        (
            "en",
            "The meeting was co-chaired by Deputy Secretary of State Karen Whitcombe.",
            {"Karen Whitcombe": "Karen Whitcombe"},
        ),
        (
            "fr",
            "La réunion était présidée par la secrétaire d'État Yaëlle Laurentin.",
            {"Yaëlle Laurentin": "Yaëlle Laurentin"},
        ),
        (
            "en",
            "The question was asked by SHRI RAGHAV MENON on 3 March 2026.",
            {"RAGHAV MENON": "Raghav Menon"},
        ),
    ],
)
def test_a_rank_or_an_office_before_a_name(lang: str, text: str, want: dict[str, str]) -> None:
    assert _persons(text, lang) == want


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        # a compound given name's initials are one ("J.-F."), a list breaks not on them
        (
            "fr",
            "composée des juges S. Wouters, J.-F. Hanssens et R. Vandamme, assistée du greffier.",
            {"S. Wouters", "J.-F. Hanssens", "R. Vandamme"},
        ),
        (
            "en",
            "The Court, composed of A. Lindqvist, J. F. Okafor and T. Brennan, delivered it.",
            {"A. Lindqvist", "J. F. Okafor", "T. Brennan"},
        ),
        # one name after "par" and a form of address
        ("fr", "Le Conseil des ministres, représenté par Me A. Deweerdt, avocat.", {"A. Deweerdt"}),
    ],
)
def test_initialled_names_with_compound_initials(lang: str, text: str, want: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s in want if found.get(s, ("", "", False))[1] == "person"} == want
    assert "F. Hanssens" not in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a bench signs under its names in full: the initialled names are the same persons
        (
            "fr",
            "Mme Chloé Bauduin, greffier, et Mme Nadia El Khattabi-Gérard, conseiller.\n\n"
            "C. Bauduin N. El Khattabi-Gérard\n",
        ),
        (
            "en",
            "Ms Chloe Bauduin, Registrar, and Ms Nadia El Khattabi-Gerard, Judge.\n\n"
            "C. Bauduin N. El Khattabi-Gerard\n",
        ),
    ],
)
def test_an_initialled_name_is_the_person_named_in_full(lang: str, text: str) -> None:
    found = _actors_by_surface(text, lang)
    assert (
        found["C. Bauduin"][0]
        == found[next(s for s in found if s.endswith("Bauduin") and "." not in s)][0]
    )
    full = next(s for s in found if s.startswith("Nadia"))
    assert found[next(s for s in found if s.startswith("N. El"))][0] == found[full][0]


def test_two_glued_initials_open_no_name() -> None:
    found = _actors_by_surface(
        "Assistant U.S. Attorneys Jessica R. Pellegrini and Omar N. Saeed are prosecuting.", "en"
    )
    assert not any(s.startswith("U.S.") for s in found)


@pytest.mark.parametrize(
    ("folded", "word", "want"),
    [
        # written in lower case as a word of its own: a common word of a capitals heading
        ("the Minister of the Interior. INTERPRETATION ACT", "INTERPRETATION", False),
        ("an interpretation of the act. INTERPRETATION ACT", "INTERPRETATION", True),
        ("la securite interieure. LA SECURITE", "SECURITE", True),
        # inside a longer word, or glued to an apostrophe: no word of its own
        ("la reinterpretation d'interpretation'", "INTERPRETATION", False),
        ("les ouattaras du nord. Salif OUATTARA", "OUATTARA", False),
        ("aujourd'hui. AUJOURD", "AUJOURD", False),
        # at the text's very start and end
        ("ould. Abdallahi OULD BOUBACAR", "OULD", True),
        ("Abdallahi OULD BOUBACAR, fils de boubacar", "BOUBACAR", True),
    ],
)
def test_written_lower_is_what_lower_word_finds(folded: str, word: str, want: bool) -> None:
    assert written_lower(folded, word) is want
    assert (word.lower() in set(LOWER_WORD.findall(folded))) is want


@pytest.mark.parametrize(
    ("lang", "text", "person", "not_surface"),
    [
        # a rank or a form of address before a given name and a surname is no part of
        # the person's mention (guidelines §3 name the person, not the rank)
        (
            "fr",
            "Circulaire\n\n1. Les gouverneurs veilleront à l'application de la présente "
            "circulaire.\n\n                 Le Ministre\n\n"
            "                 Général Ousmane KAMBIRÉ TRAORÉ\n",
            "Ousmane KAMBIRÉ TRAORÉ",
            "Général Ousmane KAMBIRÉ TRAORÉ",
        ),
        (
            "en",
            "The closing address was given by Air Marshal Keshan Wijeratne, the commander.",
            "Keshan Wijeratne",
            "Air Marshal Keshan Wijeratne",
        ),
    ],
)
def test_a_rank_before_a_full_name_is_dropped(
    lang: str, text: str, person: str, not_surface: str
) -> None:
    found = _persons(text, lang)
    assert person in found and not_surface not in found


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # before a surname alone, the form of address stays written with it
        (
            "fr",
            "Le greffier, Mme Delcourt-Marin, a donné lecture du dispositif.",
            "Mme Delcourt-Marin",
        ),
        ("en", "Counsel for the applicant, Mrs. Abernethy-Cole, objected.", "Mrs. Abernethy-Cole"),
    ],
)
def test_a_form_of_address_before_a_surname_alone_stays(lang: str, text: str, surface: str) -> None:
    assert surface in _persons(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Pour la Cour : A. Koivisto, S. Palacin Orte et T. von Danwitz ; J. F. Hanssens.",
        "For the Court: A. Koivisto, R. Kh. Mirzaev and U.S. Army; M. A. Dupont, B.C. Jones.",
    ],
)
def test_an_initialled_name_read_from_its_stop_is_the_one_read_from_its_capital(
    text: str,
) -> None:
    """The pattern opens on the initial's full stop, its capital read behind it: the same
    names as the pattern opening on the capital (its match starts a character earlier)."""
    import re

    from ctdocs._knowledge import fold
    from ctdocs.extract._unlinked_persons import _initialled

    pattern = _initialled().pattern
    head = r"\.(?<=([A-Z])\.)"
    assert pattern.startswith(head)
    reference = re.compile(r"([A-Z])\." + pattern[len(head) :])
    folded = fold(text)
    want = [(m.start(), m.end(), m.groups()) for m in reference.finditer(folded)]
    assert len(want) >= 3
    got = [(m.start(1), m.end(), m.groups()) for m in _initialled().finditer(folded)]
    assert got == want
