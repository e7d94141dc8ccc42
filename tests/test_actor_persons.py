"""Persons' names (ctdocs.extract._unlinked_persons, _name_parts): where a name starts and
stops, titles, initials, signatures, lists of names and transcripts.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

from ._actorsurfaces import _actors_by_surface


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_surface"),
    [
        # a dash separates a name from the words before it (folding makes it a blank)
        (
            "en",
            "Witnesses\n\nPublic Safety Canada – Lesley Soper, Director General, Policy",
            "Lesley Soper",
            "Canada – Lesley Soper",
        ),
        (
            "fr",
            "88e session de l'Assemblée générale – Santiago (Chili)\n\nLe texte suit.",
            None,
            "Santiago",
        ),
        # glued initials belong to the name
        (
            "en",
            "The report was tabled by the Honourable Mobina S.B. Jaffer.",
            "Mobina S.B. Jaffer",
            "Mobina",
        ),
        # plural titles before a name
        (
            "fr",
            "Ont siégé : Mmes Dominique LOTTIN et Corinne LUQUIENS.",
            "Dominique LOTTIN",
            "Mmes Dominique LOTTIN",
        ),
        (
            "en",
            "Members: the Honourable Senators Peter Harder and Yonah Martin.",
            "Peter Harder",
            "Senators Peter Harder",
        ),
    ],
)
def test_a_persons_name_stops_at_a_dash_and_a_plural_title(
    lang: str, text: str, surface: str | None, not_surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert not_surface not in found, sorted(found)
    if surface is not None:
        assert found[surface][1:] == ("person", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a statute's signatures: an office, a comma, a name (same line or the next)
        (
            "fr",
            "Au nom du Conseil fédéral suisse:\n"
            "Le président de la Confédération, Ignazio Cassis\n"
            "Le chancelier de la Confédération, Walter Thurnherr\n",
            {"Ignazio Cassis", "Walter Thurnherr"},
        ),
        (
            "en",
            "Given under our hand.\n\nThe Minister of Justice,\nSam Tanson\n",
            {"Sam Tanson"},
        ),
        # names listed after a titled name
        (
            "fr",
            "Siégeaient : MM. Jacques MÉZARD, François PILLET et Michel PINAULT.",
            {"Jacques MÉZARD", "François PILLET", "Michel PINAULT"},
        ),
        (
            "en",
            "Ex-officio members: the Honourable Senators Peter Harder, P.C. (or Diane "
            "Bellemare) and Larry W. Smith (or Yonah Martin)",
            {"Peter Harder", "Diane Bellemare", "Larry W. Smith", "Yonah Martin"},
        ),
        # a bare comma after a name opens an office, not another name
        (
            "en",
            "Witnesses\n\nPolice – Assistant Commissioner James Malizia, Federal Policing "
            "Criminal Operations",
            {"James Malizia"},
        ),
        # a name in capitals after the office, closed by a full stop; two signatures
        # side by side under their offices; a title before the name in capitals
        (
            "fr",
            "Fait à Rabat, le 24 janvier 2026.\n\nPour contreseing :\n"
            "Le Chef du gouvernement,\nKARIM BENSLIMANE.\n",
            {"KARIM BENSLIMANE"},
        ),
        (
            "en",
            "Done at Brussels, 19 November 2025.\n\nFor the European Parliament For the "
            "Council\nThe President The President\nR. VALKONEN M. HANSEN\n",
            {"R. VALKONEN", "M. HANSEN"},
        ),
        (
            "en",
            "The Ordinance is hereby repealed.\n\nDR. ANIL KUMAR SHRIVASTAV, Secretary to "
            "the Govt. of India.\n",
            {"ANIL KUMAR SHRIVASTAV"},
        ),
        # names listed with their affiliations in brackets, bare commas between them
        (
            "en",
            "Contributors to this chapter: Dr. Priya Raghunathan (UNODC), Tomasz Wierzbicki "
            "(Egmont Group Secretariat), Aïcha Ndiaye Sarr (CENTIF, Senegal).",
            {"Priya Raghunathan", "Tomasz Wierzbicki", "Aïcha Ndiaye Sarr"},
        ),
        (
            "fr",
            "Ont contribué : M. Yannick Le Goff (DGA), Nadia Berrahou (SGDSN), Hervé "
            "Costa-Morin (ministère de la Santé).",
            {"Yannick Le Goff", "Nadia Berrahou", "Hervé Costa-Morin"},
        ),
    ],
)
def test_signatures_and_lists_of_names(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "surface", "not_surface"),
    [
        # "and" joins the capitalised words before an English head
        (
            "en",
            "The Portuguese Immigration and Borders Service shared its experience.",
            "Portuguese Immigration and Borders Service",
            "Borders Service",
        ),
        # a possessive names the owner, not a part of the name
        (
            "en",
            "Prosecutors work with UNITAD and Eurojust's Counter-Terrorism Team.",
            "Counter-Terrorism Team",
            "Eurojust's Counter-Terrorism Team",
        ),
        # a prosecutor's office is a body
        (
            "en",
            "In Belgium, the Federal Prosecutor's Office has filed charges.",
            "Federal Prosecutor's Office",
            "Prosecutor's Office",
        ),
        # a French name: its head opens it (the joiner "and" is English only)
        (
            "fr",
            "Le Service de renseignement de l'État (SRE) coopère avec la police.",
            "Service de renseignement de l'État",
            "SRE et",
        ),
    ],
)
def test_the_words_an_english_name_is_built_of(
    lang: str, text: str, surface: str, not_surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert not_surface not in found, sorted(found)
    assert found[surface][1:] == ("organ", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        # a given name and a surname in running text, with no title before them
        (
            "fr",
            "Europol, sous la direction de Catherine De Bolle, approfondit les échanges.",
            "Catherine De Bolle",
        ),
        (
            "en",
            "The Directorate has been headed since November 2017 by Michèle Coninsx.",
            "Michèle Coninsx",
        ),
        # a signature after a long office with commas of its own
        (
            "fr",
            "Le ministre délégué auprès du ministre de la transition écologique, chargé des "
            "transports,\nPatrice Vergriete\n",
            "Patrice Vergriete",
        ),
        # initials and a surname in capitals on the line under an office: a signature
        ("en", "For the Council\nThe President\nJ. M. ALBARES BUENO\n", "J. M. ALBARES BUENO"),
        ("fr", "Pour le Conseil\nLe président\nJ.-Y. LE DRIAN\n", "J.-Y. LE DRIAN"),
    ],
)
def test_a_given_name_in_running_text_opens_a_persons_name(
    lang: str, text: str, surface: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found.get(surface, ("", "", True))[1:] == ("person", False), sorted(found)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a surname in capitals is written as a name; a regnal number stays
        (
            "fr",
            "Le ministre de l'intérieur,\nYOUSSEF EL HARRAK.\n",
            "YOUSSEF EL HARRAK",
            "Youssef El Harrak",
        ),
        (
            "fr",
            "Sceau de Sa Majesté Mohammed VI. Le dahir est promulgué.",
            "Mohammed VI",
            "Mohammed VI",
        ),
        (
            "en",
            "Foreword by the Rt Hon Joanna Pemberton-Hale MP, Security Minister.",
            "Joanna Pemberton-Hale",
            "Joanna Pemberton-Hale",
        ),
        (
            "en",
            "The handbook was reviewed by Claire DUVERNOY-KACI, 2 April 2026.",
            "Claire DUVERNOY-KACI",
            "Claire Duvernoy-Kaci",
        ),
    ],
)
def test_a_persons_name_without_its_titles_and_capitals(
    lang: str, text: str, surface: str, name: str
) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][1] == "person"
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    assert {a.name for a in doc.actors if a.kind == "person"} == {name}


@pytest.mark.parametrize(
    ("lang", "text", "surface", "same"),
    [
        # a hyphenated surname alone is the person first named in full
        (
            "en",
            "Ambassador Nkechi Okoro-Lindqvist of Denmark spoke. Ms. Okoro-Lindqvist said more.",
            "Okoro-Lindqvist",
            "Nkechi Okoro-Lindqvist",
        ),
        (
            "fr",
            "Mme Céline Artaud-Pereira a présenté le plan. Mme Artaud-Pereira a conclu.",
            "Artaud-Pereira",
            "Céline Artaud-Pereira",
        ),
    ],
)
def test_a_hyphenated_surname_alone(lang: str, text: str, surface: str, same: str) -> None:
    found = _actors_by_surface(text, lang)
    assert found[surface][0] == found[same][0]


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a court's bench and the parties' agents: names with one initial each, listed
        # with their roles between them, or alone after "by" / a label's colon
        (
            "en",
            "THE COURT,\n\ncomposed of M. Lindqvist-Aubert, President, E. Varnavides, "
            "Vice-President, J. Van Rijswick (Rapporteur), L. Dumitrescu and A. Koivisto, "
            "Judges,\n\nRegistrar: A. Kowalczyk, Administrator,\n\n– RW, by F. De Meulder, "
            "advocaat,",
            {
                "M. Lindqvist-Aubert",
                "E. Varnavides",
                "J. Van Rijswick",
                "L. Dumitrescu",
                "A. Koivisto",
                "A. Kowalczyk",
                "F. De Meulder",
            },
        ),
        (
            "fr",
            "LA COUR,\n\ncomposée de K. Lenaerts, président, T. von Danwitz et N. Piçarra, "
            "juges,\n\ngreffier : R. Şereş, administratrice,",
            {"K. Lenaerts", "T. von Danwitz", "N. Piçarra", "R. Şereş"},
        ),
        # "M." is a title in French: "M. Dupont" is Dupont, a surname with no given name
        # written with its form of address; a lettered heading is no name
        (
            "fr",
            "Ont été entendus M. Dupont et M. Martin.\n\nA. Introduction\n\nB. Contexte\n",
            {"M. Dupont", "M. Martin"},
        ),
        ("en", "A. Introduction\n\nB. Background\n\nThe U.S. Army and the U.S. Navy act.\n", set()),
    ],
)
def test_names_with_one_initial(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a signature: the office on one line, the name alone on the next, no comma
        (
            "fr",
            "Tunis, le 13 septembre 2024.\n\n        Le Président de la République\n"
            "             Slaheddine Ben Marzouk\n",
            {"Slaheddine Ben Marzouk"},
        ),
        (
            "en",
            "Done at Dublin.\n\n        The Minister for Justice\n        Helen McEntee\n",
            {"Helen McEntee"},
        ),
        # a signature the text marks as one ("[signature: ...]")
        (
            "en",
            "any other person.\n\n    [signature: Harold W. Ashcombe]\n",
            {"Harold W. Ashcombe"},
        ),
        ("fr", "toute autre personne.\n\n    [signature : Marie Lenoir]\n", {"Marie Lenoir"}),
        # the office's next line opens the text's body: no name
        ("fr", "Le Président de la République,\n\nVu la Constitution,\n", set()),
    ],
)
def test_a_name_signed_under_its_office(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # a form of address, then an office written as a title, then the name
        (
            "en",
            "Following a presentation by H.E. Commissioner Idrissa Ould Baba, Commissioner "
            "for Political Affairs, Peace and Security.",
            "Idrissa Ould Baba",
        ),
        (
            "fr",
            "Le Conseil a entendu S.E. Président Abdou Salam Diallo sur la situation.",
            "Abdou Salam Diallo",
        ),
    ],
)
def test_two_titles_before_a_name(lang: str, text: str, person: str) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == {person}


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a debate transcript names the member after the seat, the minister after the office
        (
            "en",
            "I congratulate the hon. Member for Truro and Falmouth (Alasdair Penhaligon) on "
            "securing this debate. The Minister for Security (Harriet Coldwell-Okafor) replied.",
            {"Alasdair Penhaligon", "Harriet Coldwell-Okafor"},
        ),
        (
            "fr",
            "Je remercie le député de la deuxième circonscription du Finistère (Julien Marrec) "
            "et le rapporteur de la commission (Claire Vautrin) de leurs travaux.",
            {"Julien Marrec", "Claire Vautrin"},
        ),
        # a speaker's line: the name, the seat and the party in brackets
        (
            "en",
            "Catriona MacLennan-Shaw (Aberdeen North) (SNP)\nI thank the hon. Gentleman.",
            {"Catriona MacLennan-Shaw"},
        ),
        (
            "fr",
            "Gaëlle Lenoir-Marsan (Haute-Garonne) (Écologiste)\nJe remercie le ministre.",
            {"Gaëlle Lenoir-Marsan"},
        ),
        # a knight's "Sir" is a form of address, not part of the name
        (
            "en",
            "Sir Graham Tolworth-Pryce (North Wiltshire) (Con)\nI agree.",
            {"Graham Tolworth-Pryce"},
        ),
    ],
)
def test_a_member_named_in_a_transcript(lang: str, text: str, persons: set[str]) -> None:
    found = {s for s, (_, kind, _) in _actors_by_surface(text, lang).items() if kind == "person"}
    assert found == persons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an acronym defined in brackets after an office is no person
        ("en", "The Minister warned of Islamic State Sahel Province (IS-Sahel) and its cells."),
        ("fr", "Le ministre a évoqué l'État islamique au Sahel (EI-Sahel) et ses cellules."),
        # a body's line with its acronym in brackets is no speaker
        ("en", "Counter Terrorism Policing (Headquarters)\nThe unit reported."),
        ("fr", "Direction Générale (Siège central)\nLe service a indiqué."),
    ],
)
def test_brackets_that_hold_no_member(lang: str, text: str) -> None:
    kinds = {s: kind for s, (_, kind, _) in _actors_by_surface(text, lang).items()}
    assert "person" not in kinds.values(), kinds


@pytest.mark.parametrize(
    ("lang", "text", "surface", "name"),
    [
        # a surname before the person is named in full keeps its form of address; the
        # person's name is the full one
        (
            "en",
            "Thank you, Mrs Okonjo-Hartley. Later, Mrs Abimbola Okonjo-Hartley took the Chair.",
            "Mrs Okonjo-Hartley",
            "Abimbola Okonjo-Hartley",
        ),
        (
            "fr",
            "Merci, Mme Sabatier-Roux. Plus tard, Mme Hélène Sabatier-Roux a présidé.",
            "Mme Sabatier-Roux",
            "Hélène Sabatier-Roux",
        ),
    ],
)
def test_a_surname_before_the_full_name(lang: str, text: str, surface: str, name: str) -> None:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    names = {m.text: a.name for a in doc.actors for m in a.mentions}
    assert names.get(surface) == name, names


@pytest.mark.parametrize(
    ("lang", "text", "persons"),
    [
        # a full name, then its surname in brackets: the short name used further on
        (
            "en",
            "Ehsanullah Wardak (Wardak), an Afghan national, procured drones. Later, Wardak "
            "used a front company.",
            {"Ehsanullah Wardak", "Wardak"},
        ),
        (
            "fr",
            "Firuza Nazarova-Beck (Nazarova-Beck) dirige la société. Nazarova-Beck a signé "
            "les contrats.",
            {"Firuza Nazarova-Beck", "Nazarova-Beck"},
        ),
        # a company's short name in brackets is no person's surname
        (
            "en",
            "Kabul Star Money Exchange (Kabul Star), a hawala business, moved the funds.",
            set(),
        ),
    ],
)
def test_a_name_and_its_short_name_in_brackets(lang: str, text: str, persons: set[str]) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == persons
    ids = {found[s][0] for s in persons}
    assert len(ids) <= 1  # the surname alone is the person named in full


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        # "M." before a given name opening a line is "Monsieur", no initial of the name
        (
            "fr",
            "M. Julien Marcellin-Roux attire l'attention du ministre sur les drones.",
            "Julien Marcellin-Roux",
        ),
        # an initial that is no form of address stays ("C. Richard Nelson")
        ("en", "C. Richard Nelson analyses the threat from drones.", "C. Richard Nelson"),
    ],
)
def test_a_form_of_address_opening_a_line(lang: str, text: str, person: str) -> None:
    found = _actors_by_surface(text, lang)
    assert {s for s, (_, kind, _) in found.items() if kind == "person"} == {person}


@pytest.mark.parametrize(
    ("text", "surface", "actor_id"),
    [
        (
            "Le Comité salue le rapport du Conseil de sécu-\nrité des Nations Unies sur la menace.",
            "Conseil de sécurité des Nations Unies",
            "unsc",
        ),
        (
            "The Committee welcomes the report of the Financial Action Task\nForce and the "
            "Organization for the Prohibition of Chemi-\ncal Weapons on the threat.",
            "Organization for the Prohibition of Chemical Weapons",
            "opcw",
        ),
    ],
)
def test_a_name_a_line_end_hyphenated_is_found_whole(
    text: str, surface: str, actor_id: str
) -> None:
    doc = parse_text(text)
    found = {(m.text, a.id) for a in doc.actors for m in a.mentions}
    assert (surface, actor_id) in found
