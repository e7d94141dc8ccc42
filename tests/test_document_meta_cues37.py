"""The document itself in classes that first-sight exports of blind batches (heldout20 to
heldout35) missed, written again in other publishers' words and layouts (guidelines §6).

- an act's assent or promulgation opening its line dates the act, above the passing or
  adoption lines at its foot (heldout20, 21, 24, 25, 27 at first sight): a Commonwealth act's
  "Date of Royal Assent: …", a French-language law's "Promulguée le : …";
- a letter's sentence that cites an act and its date and runs on into the measures it lists
  (a colon, or no stop at all after "Conformément au …") dates the cited act, never the
  circular under its dateline (heldout20, 28, 31, 32 at first sight);
- a press release's dateline with the day in brackets after the place in capitals
  ("GENEVA (11 May 2027) – …"), as the comma's "OTTAWA (Ontario), le …" of heldout23 and 25;
- a call for tenders' closing date ("Date limite de dépôt", "Deadline") is a step after the
  text, never its date, which its publication line gives; so is a French court's hearing
  ("Audience du …") on a case-law page, a step before its decision (heldout30 at first sight);
- a paper's series, kind and number before a bar or a middle dot and the day or month it
  went out ("Africa Report N°331 | 9 February 2026", heldout35 at first sight) is its
  number; a gazette issue's masthead ("N° 7482 – 21 chaabane 1447") is none;
- a record table's row read as one line, a label word and a code of capitals with no colon
  between them ("Reference EACCC/EXR/26-01", heldout35 at first sight), gives the code;
- a case-law record's "Citation:" or "Référence :" field gives the neutral citation after the
  parties' names, over the case number the judgment heads (heldout27 at first sight).

Each row is a short text written by hand, French and English side by side; the expected
values are worked out by hand from §6.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_document
from ctdocs.extract._docsymbol import own_symbol
from tests._docmeta import own_value

_EN = "\n\n1. Operators report every drone seen over a site.\n\n2. Reports use the annexed form.\n"
_FR = "\n\n1. Les exploitants signalent tout drone.\n\n2. Les registres sont contrôlés.\n"


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "SAINT LUCIA\n\nNo. 12 of 2027\n\nDate of Royal Assent: 14 June 2027\n\nAN ACT to "
            "amend the Anti-Terrorism Act." + _EN + "\nPassed by the House of Assembly this "
            "20th day of May, 2027.\n",
            "2027-06-14",
        ),
        (
            "fr",
            "JOURNAL OFFICIEL\n\nLOI N° 21 DE 2027 MODIFIANT LA LOI SUR LE TERRORISME\n\n"
            "Promulguée le : 19/08/2027\nEntrée en vigueur : 25/08/2027" + _FR + "\nAdoptée par "
            "le Parlement le 2 août 2027.\n",
            "2027-08-19",
        ),
        (
            "en",
            "CANADA\n\nBILL C-41\n\nRoyal Assent 22 June 2027\n\nAn Act to amend the Criminal "
            "Code." + _EN + "\nPassed by the House of Commons on 3 June 2027.\n",
            "2027-06-22",
        ),
        (
            "fr",
            "LOI SUR LA SÉCURITÉ DES PORTS\n\nDate de promulgation : 3 juillet 2027\n\nLe "
            "Parlement a adopté." + _FR + "\nAdoptée le 17 juin 2027.\n",
            "2027-07-03",
        ),
    ],
)
def test_assent_over_passing(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a later review telling the act's history: the cue opens a sentence in a numbered
        # clause, no label of the review's own; its cover month stays its date
        (
            "en",
            "Review of Counter-Terrorism Legislation\nIndependent Reviewer's Report\nMarch 2027"
            "\n\n1. Introduction\nRoyal Assent was given to the Terrorism Act on 20 July 2000, "
            "and the Act has since been amended many times.\n2. Findings\nThe powers are used "
            "sparingly.\n",
            "2027-03",
        ),
        (
            "fr",
            "Rapport d'évaluation de la loi antiterroriste\nMars 2027\n\n1. Introduction\n"
            "Promulguée le 21 juillet 2016, la loi a depuis été modifiée à plusieurs reprises.\n"
            "2. Constats\nLes pouvoirs sont utilisés avec parcimonie.\n",
            "2027-03",
        ),
    ],
)
def test_assent_told_in_a_sentence_dates_no_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "MINISTÈRE DE L'INTÉRIEUR\n\n          Niamey, le 14 mars 2027\n\nCIRCULAIRE N° 0021/MI"
            "\n\nEn application de la loi n° 2019-33 du 3 juillet 2019 portant répression du "
            "terrorisme, et de l'arrêté n° 114 du 22 novembre 2021, les gouverneurs veilleront "
            "aux mesures suivantes :" + _FR,
            "2027-03-14",
        ),
        (
            "en",
            "MINISTRY OF INTERNAL AFFAIRS\n\nKampala, 2nd May 2027\n\nCIRCULAR\n\nPursuant to "
            "the Anti-Terrorism Act of 7 June 2002, as amended by the Act of 12 March 2015, all "
            "district commissioners shall apply the following measures:" + _EN,
            "2027-05-02",
        ),
        (
            "fr",
            "MINISTÈRE DE LA SÉCURITÉ\n\nOuagadougou, le 18 janvier 2027\n\nNOTE DE SERVICE\n\n"
            "Conformément au décret n° 2021-0412 du 5 mai 2021, les directeurs régionaux "
            "prendront les dispositions suivantes" + _FR,
            "2027-01-18",
        ),
        (
            "en",
            "MINISTRY OF DEFENCE\n\nAccra, 3rd June 2027\n\nCIRCULAR NO. 7/2027\n\nIn "
            "accordance with the Explosives Act of 12 March 2008 commanders shall take these "
            "measures" + _EN,
            "2027-06-03",
        ),
    ],
)
def test_cited_act_in_a_letter(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the text names itself before its date, then lists its measures after a colon
        (
            "fr",
            "CIRCULAIRE RELATIVE À LA SÉCURITÉ DES ÉTABLISSEMENTS\n\nPar la présente circulaire "
            "du 5 mai 2027, le ministre de l'Intérieur, après consultation des préfets, arrête "
            "les mesures suivantes :" + _FR,
            "2027-05-05",
        ),
        (
            "en",
            "CIRCULAR ON THE SECURITY OF PUBLIC PREMISES\n\nBy this circular of 5 May 2027, the "
            "Minister of the Interior, after consulting the prefects, sets out the following "
            "measures:" + _EN,
            "2027-05-05",
        ),
        # a citing lead, but the text's own adoption beside its self-reference
        (
            "fr",
            "CIRCULAIRE N° 12/2027\n\nEn vertu de l'arrêté du 4 janvier 2020, le présent texte, "
            "adopté le 5 mai 2027, fixe les règles suivantes :" + _FR,
            "2027-05-05",
        ),
        (
            "en",
            "CIRCULAR No. 12/2027\n\nPursuant to the Order of 4 January 2020, this circular, "
            "adopted on 5 May 2027, lays down the following rules:" + _EN,
            "2027-05-05",
        ),
    ],
)
def test_a_text_naming_itself_keeps_its_date(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "en",
            "Two men charged with terrorist financing\n\nWELLINGTON (11 May 2027) – The "
            "Prosecution Service announced today that two men were charged.\n\nBetween April "
            "2023 and March 2025 the men sent 40 transfers.\n",
            "2027-05-11",
        ),
        (
            "fr",
            "Mise en examen de deux hommes\n\nDAKAR (3 mai 2027) – Le procureur annonce que deux "
            "hommes ont été mis en examen.\n\nEntre avril 2023 et mars 2025, ils ont envoyé des "
            "fonds.\n",
            "2027-05-03",
        ),
        (
            "en",
            "Experts urge release\n\nNEW YORK (21 June 2027) – United Nations experts today "
            "urged the release of a defender held since 4 March 2025.\n",
            "2027-06-21",
        ),
        (
            "fr",
            "Des experts demandent une libération\n\nPORT-VILA (2 avril 2027) – Des experts ont "
            "demandé la libération d'un défenseur détenu depuis le 4 mars 2025.\n",
            "2027-04-02",
        ),
    ],
)
def test_press_dateline_in_brackets(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a reference list's entries under the body's sentences: sources' dates, not a
        # dateline; the text's publication stamp at its foot stays its date
        (
            "en",
            "Terrorist Financing Risk Assessment\n\n1. Introduction\nThe assessment draws on "
            "the following sources.\n\nReferences\nFATF (12 May 2019) – Terrorist Financing "
            "Risk Assessment Guidance, Paris.\nUNODC (3 March 2020) – Handbook on Criminal "
            "Justice Responses.\n\nPublished 14 September 2027\n",
            "2027-09-14",
        ),
        (
            "fr",
            "Évaluation des risques de financement du terrorisme\n\n1. Introduction\n"
            "L'évaluation s'appuie sur les sources suivantes.\n\nRéférences\nGAFI (12 mai 2019) "
            "– Guide sur l'évaluation des risques, Paris.\nONUDC (3 mars 2020) – Manuel sur la "
            "justice pénale.\n\nPublié le 14 septembre 2027\n",
            "2027-09-14",
        ),
    ],
)
def test_bracketed_source_dates_no_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        (
            "fr",
            "MINISTÈRE DE LA SÉCURITÉ\n\nAVIS D'APPEL D'OFFRES\n\nDate de publication : 2 mars "
            "2027\nDate limite de dépôt : 15 avril 2027\n\nObjet : détecteurs d'explosifs" + _FR,
            "2027-03-02",
        ),
        (
            "en",
            "MINISTRY OF SECURITY\n\nINVITATION TO TENDER\n\nPublication date: 2 March 2027\n"
            "Deadline: 15 April 2027\n\nSubject: explosive detectors" + _EN,
            "2027-03-02",
        ),
    ],
)
def test_tender_deadline_is_no_date_of_the_text(lang: str, text: str, value: str) -> None:
    assert own_value(text, lang) == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        (
            "en",
            "Counter-terrorism in Mindanao\n\nAsia Report N°342 · 9 February 2027" + _EN,
            "Asia Report N°342",
        ),
        (
            "fr",
            "Drones et grands événements\n\n*Note d'analyse n° 77 · mars 2027*" + _FR,
            "Note d'analyse n° 77",
        ),
        (
            "en",
            "Policing the insurgency\n\n        Africa Report N°331 | 9 February 2026" + _EN,
            "Africa Report N°331",
        ),
        (
            "fr",
            "Les drones navals\n\nNote de recherche n° 151 | 18 mai 2026" + _FR,
            "Note de recherche n° 151",
        ),
    ],
)
def test_series_number_before_its_day(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "N° 7482 – 21 chaabane 1447 (9-2-2026)     BULLETIN OFFICIEL     317" + _FR),
        ("en", "No. 118 – 14 Rabi al-Awwal 1448 (27-8-2026)     OFFICIAL GAZETTE     41" + _EN),
    ],
)
def test_gazette_masthead_is_no_series_number(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a record's table read as lines: the label's cell, then the code's, no colon between
        (
            "en",
            "Guidance on drone threats\n\nReference ICAO/SEC/GN/2027-05\n\nEdition date "
            "14/04/2027" + _EN,
            "ICAO/SEC/GN/2027-05",
        ),
        (
            "fr",
            "Avis sur les sites sensibles\n\nCote CNS/AV/2027-14\n\nDate 14/04/2027" + _FR,
            "CNS/AV/2027-14",
        ),
        # a value with no digit, or an act's name, is no number
        ("en", "Guidance on drone threats\n\nReference NATO/CT/POL\n\nEdition 2" + _EN, None),
        (
            "fr",
            "Avis sur les sites sensibles\n\nRéférence Règlement (UE) 2021/784\n\nDate 14/04/2027"
            + _FR,
            None,
        ),
    ],
)
def test_label_and_code_in_a_table_row(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


_COURT_PAGE = (
    "<html><head><title>{name} | {site}</title></head><body>\n"
    '<nav class="breadcrumb"><ol><li><a href="/">{home}</a></li>'
    '<li><a aria-current="page">{name}</a></li></ol></nav>\n'
    "<h1>{name}</h1>\n<p>{published}</p>\n<div><h2>{summary}</h2><p>{gist}</p></div>\n"
    "<p><strong>{court}</strong><br>{chamber}<br>{number}</p>\n"
    "<p>{judges}<br>{heard}<br>{decided}</p>\n<p>{para1}</p>\n<p>{para2}</p>\n"
    "<p>{delivered}</p>\n</body></html>\n"
)


@pytest.mark.parametrize(
    ("fields", "value"),
    [
        (
            {
                "name": "CAA de Lyon, 17 juin 2027, M. A..., n° 27LY00412",
                "site": "Juridictions administratives",
                "home": "Accueil",
                "published": "Publié le 21 juin 2027",
                "summary": "Résumé",
                "gist": "Gel des avoirs – Renouvellement – Note blanche – Transferts de fonds "
                "vers la zone irako-syrienne – Proportionnalité de la mesure.",
                "court": "COUR ADMINISTRATIVE D'APPEL DE LYON",
                "chamber": "3ème chambre",
                "number": "N° 27LY00412",
                "judges": "M. Paul DURAND, président<br>Mme Claire MARTIN, rapporteure",
                "heard": "Audience du 3 juin 2027",
                "decided": "Décision du 17 juin 2027",
                "para1": "1. Le ministre a renouvelé la mesure de gel pour six mois.",
                "para2": "2. La requête de M. A... est rejetée.",
                "delivered": "Rendu public par mise à disposition au greffe le 17 juin 2027.",
            },
            "2027-06-17",
        ),
        (
            {
                "name": "R v Ahmed [2027] EWCA Crim 412",
                "site": "Judiciary",
                "home": "Home",
                "published": "Published 21 June 2027",
                "summary": "Summary",
                "gist": "Possession of articles for terrorist purposes – Sentence – Drone "
                "parts bought online – Dangerousness.",
                "court": "IN THE COURT OF APPEAL (CRIMINAL DIVISION)",
                "chamber": "Lord Justice Green",
                "number": "Case No. 202701234 B5",
                "judges": "Before: Lord Justice Green<br>Mr Justice Hill",
                "heard": "Hearing date: 3 June 2027",
                "decided": "Judgment date: 17 June 2027",
                "para1": "1. The appellant pleaded guilty to possession of drone parts.",
                "para2": "2. The appeal against sentence is dismissed.",
                "delivered": "Handed down on 17 June 2027.",
            },
            "2027-06-17",
        ),
    ],
)
def test_court_page_hearing_is_no_date_of_the_decision(fields: dict[str, str], value: str) -> None:
    """A case-law page's decision block past the title's lines: the hearing's line ("Audience
    du 3 juin 2027") dates a step before the decision, whose own line and delivery give its
    date (heldout30 at first sight)."""
    doc = parse_document(_COURT_PAGE.format(**fields).encode("utf-8"))
    assert doc.date is not None
    assert doc.date.value == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a case-law database's record: its "Citation:" field holds the judgment's neutral
        # citation after the parties' names, over the case number the judgment heads
        (
            "en",
            "Case Number:  Criminal Case E041 of 2025\nDate Delivered:  3 Mar 2027\nCitation:  "
            "Republic v Ahmed Yusuf [2027] KEHC 2210 (KLR)\n\nREPUBLIC OF KENYA\nIN THE HIGH "
            "COURT AT MOMBASA\nCRIMINAL CASE NO. E041 OF 2025" + _EN,
            "[2027] KEHC 2210 (KLR)",
        ),
        (
            "fr",
            "Dossier : 41234\nRéférence : R. c. Tremblay, 2027 CSC 12\nDate : 14 mars 2027\n\n"
            "COUR SUPRÊME DU CANADA" + _FR,
            "2027 CSC 12",
        ),
        (
            "en",
            "Citation: S v Dlamini [2027] ZAGPJHC 88\nCase No: 2026/1234\n\nIN THE HIGH COURT"
            + _EN,
            "[2027] ZAGPJHC 88",
        ),
        (
            "fr",
            "Référence neutre : 2027 QCCA 415\nNo : 500-10-007812-251\n\nCOUR D'APPEL DU QUÉBEC"
            + _FR,
            "2027 QCCA 415",
        ),
        # the record's next field joined to the citation's line by the reader
        (
            "en",
            "Citation:  Republic v Ahmed Yusuf [2027] KEHC 2210 (KLR) Case History: Appeal "
            "from the Magistrate's Court\n\nCRIMINAL CASE NO. E041 OF 2025" + _EN,
            "[2027] KEHC 2210 (KLR)",
        ),
        (
            "fr",
            "Référence : R. c. Tremblay, 2027 CSC 12 Date : 14 mars 2027\n\nDossier : 41234" + _FR,
            "2027 CSC 12",
        ),
    ],
)
def test_citation_field_of_a_case_record(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a report's clause citing a case, no record field beside the label: no symbol
        (
            "en",
            "Review of Terrorism Prevention Measures\nReport of the Independent Reviewer\nMay "
            "2027\n\n1. Case law\nCitation: Secretary of State v AP [2010] UKSC 24, on control "
            "orders.\n2. Findings\nMeasures were proportionate.\n",
        ),
        (
            "fr",
            "Rapport sur les mesures de prévention du terrorisme\nMai 2027\n\n1. Jurisprudence\n"
            "Référence : R. c. Khawaja, 2012 CSC 69, sur l'infraction de participation.\n"
            "2. Constats\nLes mesures sont proportionnées.\n",
        ),
        (
            "en",
            "Guidance on Terrorism Offences\nCrown Prosecution Service\nMay 2027\n\nCitation: "
            "please cite this guidance as CPS Guidance 2027 CT 4\n1. Scope\nThis guidance "
            "covers offences.\n",
        ),
        # a paper series cited below the cover, in a sentence or a further-reading list
        (
            "en",
            "Countering Terrorism in the Sahel\nPolicy Brief\nJune 2027\n\n1. Background\nThis "
            "brief builds on earlier work.\nSee also: Africa Report N°301 | 9 February 2021, on "
            "the same region.\n2. Recommendations\nStates should cooperate.\n",
        ),
        (
            "fr",
            "La lutte contre le terrorisme au Sahel\nJuin 2027\n\n1. Contexte\nCette note "
            "s'appuie sur des travaux antérieurs.\n\nPour aller plus loin\nRapport Afrique "
            "n° 301 | 9 février 2021\nNote d'analyse n° 77 · 3 mars 2020\n",
        ),
        (
            "en",
            "Countering Terrorism in the Sahel\nJune 2027\n\n1. Background\nThis brief builds "
            "on earlier work.\n\nFurther reading\nAfrica Report N°301 | 9 February 2021\n"
            "Asia Report N°299 · 3 March 2020\n",
        ),
    ],
)
def test_a_cited_case_or_paper_is_no_symbol(lang: str, text: str) -> None:
    assert own_symbol(text, lang) is None


def test_cue_table_is_built_once_per_process() -> None:
    """The document-date cue table compiles some forty patterns from document.toml; it is
    read for every date of every document, so it must be built once, not per call (a merge
    once moved its cache onto a neighbour and made parsing ten times slower)."""
    from ctdocs.extract import _doccues

    assert _doccues._cues() is _doccues._cues()
