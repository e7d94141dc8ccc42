"""The document's own date and number, by classes of layout first met in heldout13.

Each row is a short head written by hand in the layout of a class of publishers (not a
copy of a held-out text), two publishers' styles for each class where the class has two:
a field's label that says which date is the document's, a restriction's end date, an
archive's front-matter date, a gazette's issue date over the act's own date, a meeting's
span of days over the paper's own month; a court's neutral citation, an ECLI when the
decision prints no number of its own, a standard's number, a doctrine's code printed on
every page, a meeting paper's revision, a statutory instrument's number. Expected values
follow the annotation guidelines (§6) and were worked out by hand from each text.
"""

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date

from ._docmeta import own_value as _own

_BODY = "The secretariat asks every member to review its plans before the summer.\n"
_CORPS = "Le secrétariat demande à chaque membre de revoir ses plans avant l'été.\n"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a label says which of the head's dates is the document's: the hearing's day yields
        (
            "en",
            "IN THE HIGH COURT OF JUSTICE\n\nHearing date: 2 March 2026\n"
            "Date of Judgment: 30 April 2026\n\n" + _BODY,
            "2026-04-30",
        ),
        (
            "fr",
            "COUR D'APPEL DE DOUAI\n\nDate de l'audience : 4 février 2026\n"
            "Date de l'arrêt : 18 mars 2026\n\n" + _CORPS,
            "2026-03-18",
        ),
        # a report's metadata cells joined on one line: the tabling date, not the period's end
        (
            "en",
            "Annual Report on the Screening Program\n\nPeriod: 30 June 2025 | ISBN: "
            "978-1-234-56789-0 | Date tabled: 4 March 2026\n\n" + _BODY,
            "2026-03-04",
        ),
        # a case-law database's record, the label opening its row with no colon
        (
            "fr",
            "Fiche\n\nDate de l'audience 12/01/2026\n\nDate de la décision 18/03/2026\n\n"
            "Matière Droit pénal\n\n" + _CORPS,
            "2026-03-18",
        ),
        # a parliamentary question's record: the day it was lodged, not the day it was answered
        (
            "en",
            "Question 4417 on port security\n\nLodged by Ms A. Quinn\n\nDate lodged 5 May 2026\n\n"
            "Answered by the Minister on 2 July 2026\n\n" + _BODY,
            "2026-05-05",
        ),
        (
            "fr",
            "Interpellation 26.4412 sur la sûreté des ports\n\nDéposé par Mme B. Roux\n\n"
            "Date de dépôt 07.05.2026\n\nRéponse du Conseil fédéral du 02.07.2026\n\n" + _CORPS,
            "2026-05-07",
        ),
    ],
)
def test_a_label_names_the_documents_date(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a restriction's end, on the line above or on its own line, dates no document: the
        # cover's month does (not the meeting's span of days either)
        (
            "en",
            "PMM(26)04\nRestricted until\n2 June 2026\n\nPAN-REGIONAL SECRETARIAT\n\n"
            "MEETING OF MINISTERS\nLancaster House, London, 2 – 4 June 2026\n\n"
            "DRAFT GUIDELINES ON BORDER SCREENING\n\nMay 2026\n\n" + _BODY,
            "2026-05",
        ),
        (
            "fr",
            "Diffusion restreinte jusqu'au 15 octobre 2026\n\nCONSEIL DES MINISTRES\n"
            "Dakar, 14 – 16 octobre 2026\n\nNOTE D'ORIENTATION SUR LA SÛRETÉ DES PORTS\n\n"
            "Septembre 2026\n\n" + _CORPS,
            "2026-09",
        ),
        # a paper for a meeting: its month alone on its line, not the meeting's span of days
        (
            "en",
            "PAN-REGIONAL SECRETARIAT\n\nMEETING OF SENIOR OFFICIALS\n\n"
            "Kigali Convention Centre, Kigali, 9 – 11 September 2026\n\nREVIEW OF THE "
            "MODEL LAW ON BORDER SECURITY\n\nPaper prepared by the Legal Section\n\n"
            "August 2026\n\n" + _BODY,
            "2026-08",
        ),
        (
            "fr",
            "SECRÉTARIAT EXÉCUTIF\n\nRÉUNION DES EXPERTS\n\nCentre de conférences, Niamey, "
            "3 – 5 novembre 2026\n\nPROJET DE STRATÉGIE RÉGIONALE\n\nDocument préparé par "
            "la Division juridique\n\nOctobre 2026\n\n" + _CORPS,
            "2026-10",
        ),
        # an archive's front-matter date is the copy's; the dateline dates the text
        (
            "en",
            '---\ntitle: "Joint statement"\nsaved: 2026-09-14\n---\n\nJOINT STATEMENT\n\n'
            "Tokyo, 1 July 2026\n\n" + _BODY,
            "2026-07-01",
        ),
        (
            "fr",
            "---\ntitre: Question écrite\nimported: 2026-04-02\n---\n\nQUESTION ÉCRITE\n\n"
            "Luxembourg, le 12 février 2026\n\n" + _CORPS,
            "2026-02-12",
        ),
        # a gazette's issue date over the act: the act's own date (its dateline) wins
        (
            "en",
            "SUPPLEMENT TO THE KENYA GAZETTE DATED FRIDAY, 10TH APRIL, 2026\n\nLEGAL NOTICE "
            "No. 58\n\nTHE PREVENTION OF TERRORISM ACT\n\n(Cap. 30)\n\nIN EXERCISE of the powers "
            "conferred by section 3 of the Act, the Cabinet Secretary makes the following "
            "Regulations.\n\nMade at Nairobi, 24th March, 2026\n",
            "2026-03-24",
        ),
        (
            "fr",
            "BULLETIN OFFICIEL DES DOUANES N° 7512 du 3 mars 2026\n\nCIRCULAIRE\n\n"
            "Paris, le 26 février 2026\n\n" + _CORPS,
            "2026-02-26",
        ),
        # a plural act's year ends no dateline: "Regulations, 2026" is a title's
        (
            "en",
            "THE EXPLOSIVES (PRECURSORS) REGULATIONS, 2026\n\nPublished 3 May 2026\n\n" + _BODY,
            "2026-05-03",
        ),
        (
            "en",
            "THE AVIATION SECURITY ORDERS, 2025\n\nPublished 9 January 2026\n\n" + _BODY,
            "2026-01-09",
        ),
    ],
)
def test_dates_the_head_says_are_not_the_documents(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a neutral citation after its label, with or without brackets, a division, letters
        (
            "en",
            "Neutral Citation Number: [2024] EWCA Crim 123\n\nCase No: 202301234 B1\n\n"
            "IN THE COURT OF APPEAL (CRIMINAL DIVISION)\n\n" + _BODY,
            "[2024] EWCA Crim 123",
        ),
        (
            "fr",
            "COUR SUPRÊME DU CANADA\n\nRéférence neutre : R. c. Tremblay, 2025 CSC 14\n\n"
            "Appel entendu : 12 mars 2025\n\n" + _CORPS,
            "2025 CSC 14",
        ),
        # an archive's front matter records it
        (
            "en",
            '---\nneutral_citation: "[2025] HCA 12"\nsaved: 2026-01-02\n---\n\nJUDGMENT\n\n'
            + _BODY,
            "[2025] HCA 12",
        ),
        # a citation of another judgment in the body is none
        ("en", "JUDGMENT\n\nAs held in Smith v Jones [2019] UKSC 4, the duty is strict.\n", None),
        # an ECLI is the decision's number when the decision prints none of its own
        (
            "fr",
            "Fiche\n\nN° ECLI ECLI:FR:CCASS:2026:CR00412\n\nJuridiction Cour de cassation\n\n"
            + _CORPS,
            "ECLI:FR:CCASS:2026:CR00412",
        ),
        (
            "en",
            "Record\n\nIdentifier ECLI:NL:HR:2026:123\n\nCourt Supreme Court\n\n" + _BODY,
            "ECLI:NL:HR:2026:123",
        ),
        (
            "fr",
            "Arrêt n° 412 du 3 juin 2026 - Chambre criminelle\n\nECLI:FR:CCASS:2026:CR00412\n\n"
            + _CORPS,
            "n° 412",
        ),
        (
            "en",
            "JUDGMENT OF THE COURT (Grand Chamber)\n\nECLI:EU:C:2026:101\n\nIn Case C-12/25,\n\n"
            + _BODY,
            "C-12/25",
        ),
    ],
)
def test_a_judgments_number(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


_PAGES = "".join(f"{_CORPS}\nPIA-3.35.1_RENS(2025)          {n}\n\n" for n in range(2, 5))


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a standard's number heading it, a cited standard in its text is none
        (
            "en",
            "ISO/TS 22363:2026(en)\nSecurity and resilience — Guidelines\n\n"
            "It is intended to be used with ISO 31000:2018.\n\n" + _BODY,
            "ISO/TS 22363:2026(en)",
        ),
        (
            "fr",
            "Norme française\n\nNF EN 17483-1:2021\n\nServices de sécurité privée — "
            "Protection des infrastructures critiques\n\n" + _CORPS,
            "NF EN 17483-1:2021",
        ),
        ("en", "Guidance\n\nIt is intended to be used with ISO 31000:2018.\n\n" + _BODY, None),
        # a doctrine's code on its cover and on every page's running header
        (
            "fr",
            "PIA-3.35.1_RENS(2025)\n\nRENSEIGNEMENT INTERARMÉES\n\n" + _PAGES,
            "PIA-3.35.1_RENS(2025)",
        ),
        (
            "en",
            "ATP 3-01.81\n\nCounter-Unmanned Aircraft System Techniques\n\n"
            + "".join(f"{_BODY}\nATP 3-01.81    2-{n}\n\n" for n in range(1, 4)),
            "ATP 3-01.81",
        ),
        # printed once, it may be another's: none
        ("fr", "PIA-3.35.1_RENS(2025)\n\nRENSEIGNEMENT\n\n" + _CORPS, None),
        # a meeting paper's number with a two-digit year keeps its revision
        (
            "en",
            "                    PMM(26)04 Rev.1\n\nPAN-REGIONAL SECRETARIAT\n\n" + _BODY,
            "PMM(26)04 Rev.1",
        ),
        (
            "fr",
            "                    CMJ(25)7 Rev.2\n\nSECRÉTARIAT\n\n" + _CORPS,
            "CMJ(25)7 Rev.2",
        ),
        # a statutory instrument's number over the enabling act's
        (
            "en",
            "STATUTORY INSTRUMENT No. 58 OF 2026\n\nThe Example Act\n(Act No. 6 of 2018)\n\n"
            + _BODY,
            "STATUTORY INSTRUMENT No. 58 OF 2026",
        ),
        (
            "en",
            "Statutory Instrument No. 7 of 2025\n\n(Act No. 21 of 2015)\n\nThe Ports "
            "(Security) Regulations, 2025\n\n" + _BODY,
            "Statutory Instrument No. 7 of 2025",
        ),
    ],
)
def test_a_publications_number(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "chips", "title", "stamp", "value", "published"),
    [
        (
            "en",
            (
                "Accept all",
                "Reject all",
                "Settings",
                "Home",
                "Briefing Room",
                "Presidential Actions",
                "Executive Orders",
                "Share",
                "Print",
                "Email",
                "Security",
                "Aviation",
            ),
            "Executive Order 14999 of March 3, 2026 on Protecting Critical Sites",
            "Published March 6, 2026",
            "2026-03-03",
            "2026-03-06",
        ),
        (
            "fr",
            (
                "Tout accepter",
                "Tout refuser",
                "Personnaliser",
                "Accueil",
                "Professionnels",
                "Bulletin officiel",
                "Mon espace",
                "English",
                "Rechercher",
                "Prohibitions",
                "Sûreté",
                "Biens à double usage",
            ),
            "Circulaire du 12 février 2026 relative au contrôle des précurseurs d'explosifs",
            "Publié le 16/02/2026",
            "2026-02-12",
            "2026-02-16",
        ),
    ],
)
def test_the_title_dates_the_act_under_kept_chips(
    lang: str, chips: tuple[str, ...], title: str, stamp: str, value: str, published: str
) -> None:
    """A page's buttons and tags the layout kept push the act's title past the first
    lines: the document's title still dates it (its act's date in its title line)."""
    body = _BODY if lang == "en" else _CORPS
    text = "".join(f"- {c}\n\n" for c in chips) + f"{title}\n\n{stamp}\n\n{body}"
    hits = find_dates(text, lang)
    found = own_date(text, hits, title=title)
    assert found is not None and found.value == value
    alone = own_date(text, hits)  # the title unknown: the page's publication stamp
    assert alone is not None and alone.value == published


_SECTION = (
    "(a) Prohibited activities.— Whoever knowingly provides material support to a foreign "
    "terrorist organization shall be fined.\n\n"
)
_ARTICLE = (
    "a) Interdictions.— Quiconque fournit sciemment un soutien matériel à une organisation "
    "terroriste étrangère est puni d'une amende.\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a United States Code section's source credit: the first law, which added the section,
        # and its date, not the later amendments' dates after it
        (
            "en",
            "18 U.S. Code § 2339B - Providing material support\n\n" + _SECTION + "(Added Pub. L. "
            "104–132, title III, § 303(a), Apr. 24, 1996, 110 Stat. 1250; amended Pub. L. 107–56, "
            "title VIII, § 810(d), Oct. 26, 2001, 115 Stat. 380.)\n",
            "1996-04-24",
        ),
        # an amendment's note at the foot is no source credit: nothing dates the section
        (
            "en",
            "18 U.S. Code § 2339B - Providing material support\n\n"
            + _SECTION
            + "Amended by Pub. L. 107–56 on Oct. 26, 2001.\n",
            None,
        ),
        # the credit is the United States Code's: a French translation's note cites the law
        (
            "fr",
            "Code des États-Unis, titre 18, § 2339B - Soutien matériel (traduction)\n\n"
            + _ARTICLE
            + "(Ajouté par la Pub. L. 104–132, titre III, § 303(a), 24 avril 1996, "
            "110 Stat. 1250.)\n",
            None,
        ),
    ],
)
def test_a_code_sections_source_credit_dates_it(lang: str, text: str, value: str | None) -> None:
    assert _own(text, lang) == value


_REPORT = (
    "REPORT ON THE BILL\n\nNOVEMBER, 2026\n\n1.0 PREFACE\n\nThe Committee considered the Bill "
    "and heard the Ministry of Interior on its provisions.\n\n"
)
_RAPPORT = (
    "RAPPORT SUR LE PROJET DE LOI\n\nNOVEMBRE 2026\n\n1.0 PRÉAMBULE\n\nLa Commission a examiné "
    "le projet de loi et entendu le ministère de l'Intérieur sur ses dispositions.\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a form's signature line, a leader of dots for the hand: its date is the day the
        # report was signed, not the cover's month
        (
            "en",
            _REPORT + "SIGNED ......................................... DATE: 17th November, 2026"
            "\n\nHON. A. B., MP\nCHAIRPERSON\n",
            "2026-11-17",
        ),
        (
            "fr",
            _RAPPORT + "SIGNÉ ......................................... DATE : 17 novembre 2026"
            "\n\nL'honorable A. B., député\nPRÉSIDENT\n",
            "2026-11-17",
        ),
        # the word in a sentence is no signature line: the cover's month stays
        (
            "en",
            _REPORT + "Signed by 14 members of the Committee on 17th November, 2026 after the "
            "vote on its amendments in plenary.\n",
            "2026-11",
        ),
        (
            "fr",
            _RAPPORT + "Signé par 14 membres de la Commission le 17 novembre 2026 après le vote "
            "de ses amendements en séance plénière.\n",
            "2026-11",
        ),
    ],
)
def test_a_forms_signature_line_dates_it(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an act's record of enactment: the assent (sanction) that makes it law, after the
        # assembly adopted it, dates the act; not the registration after it
        (
            "en",
            "Example (Amendment) (Island) Law 2026\n\nA LAW to amend the Example Law 2002\n\n"
            "Adopted by the States                      14th May 2026\n"
            "Sanctioned by Order of His Majesty in Council   22nd July 2026\n"
            "Registered by the Royal Court              31st July 2026\n\n" + _BODY,
            "2026-07-22",
        ),
        (
            "fr",
            "Loi modifiant la loi sur les explosifs\n\nAdoptée par l'Assemblée le 2 juin 2026\n"
            "Sanctionnée le 16 juin 2026\n\n" + _CORPS,
            "2026-06-16",
        ),
        # the assent formula over the head of state's name and office: the day under them
        (
            "en",
            "ANTI-TERRORISM (AMENDMENT) ACT 2026\n\nAct No. 19 of 2026\n\nI assent,\n\n"
            "Jane Doe,\nActing President.\n\n22nd September, 2026.\n\n"
            "AN ACT to amend the Anti-Terrorism Act.\n\n"
            "Passed by the National Assembly on 28th August, 2026.\n\n" + _BODY,
            "2026-09-22",
        ),
        # a signature block with no assent formula over it dates no assent: the adoption stays
        (
            "fr",
            "LOI N° 19 DE 2026\n\nLe rapporteur,\n\nJean Dupont,\nDéputé.\n\n"
            "22 septembre 2026.\n\nLOI modifiant la loi antiterroriste.\n\n"
            "Adoptée par l'Assemblée nationale le 28 août 2026.\n\n" + _CORPS,
            "2026-08-28",
        ),
        (
            "en",
            "ANTI-TERRORISM (AMENDMENT) ACT 2026\n\nAct No. 19 of 2026\n\nThe rapporteur,\n\n"
            "Jane Doe,\nMember.\n\n22nd September, 2026.\n\n"
            "AN ACT to amend the Anti-Terrorism Act.\n\n"
            "Passed by the National Assembly on 28th August, 2026.\n\n" + _BODY,
            "2026-08-28",
        ),
        # the word inside a sentence is a power's, not the act's assent: the adoption stays
        (
            "en",
            "Example (Amendment) (Island) Law 2026\n\nAdopted by the States 14th May 2026\n\n"
            "The scheme shall apply to such extent as may be\nsanctioned by the Minister on "
            "22nd July 2026 and thereafter by order.\n\n" + _BODY,
            "2026-05-14",
        ),
        (
            "fr",
            "Loi modifiant la loi sur les explosifs\n\nAdoptée par l'Assemblée le 2 juin 2026\n\n"
            "Le régime s'applique dans la mesure où il est\nsanctionné par le ministre le 16 juin "
            "2026 puis par arrêté.\n\n" + _CORPS,
            "2026-06-02",
        ),
    ],
)
def test_an_acts_assent_dates_it_over_its_adoption(lang: str, text: str, value: str) -> None:
    assert _own(text, lang) == value
