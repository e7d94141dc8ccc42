"""The document's own symbol across publishers and in the positions a page prints it
(ctdocs.extract._docsymbol; guidelines §6), and the adoption lines and question
records that carry one.

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._docsymbol import own_symbol
from ctdocs.extract._document import own_date


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # a secretariat's code in the masthead's right-hand column, whatever the body letter
        (
            "en",
            "United Nations S/PRST/2026/4\nSecurity Council Distr.: General\n17 March 2026\n\n"
            "Statement by the President of the Security Council\n\nThe Council recalls "
            "S/PRST/2015/11.\n",
            "S/PRST/2026/4",
        ),
        (
            "fr",
            "Nations Unies A/HRC/RES/58/14\nAssemblée générale Distr. générale\n9 avril 2025\n\n"
            "Résolution adoptée par le Conseil des droits de l'homme le 3 avril 2025\n",
            "A/HRC/RES/58/14",
        ),
        # an organ's code with its session number, beside the session's name
        (
            "en",
            "OPCW\nExecutive Council\n\nHundred and Eleventh Session EC-111/DEC.6\n"
            "7 – 10 October 2025 9 October 2025\n\nDECISION\n\nRecalling decision C-20/DEC.13;\n",
            "EC-111/DEC.6",
        ),
        (
            "fr",
            "OIAC\nConseil exécutif\n\nCent-onzième session EC-111/DEC.6\n"
            "7 – 10 octobre 2025 9 octobre 2025\n\nDÉCISION\n\nRappelant la décision C-20/DEC.13 ;\n",
            "EC-111/DEC.6",
        ),
        # a series code beside the decision's own number yields to it
        (
            "en",
            "COMMITTEE AGAINST TERRORISM\n\nREGULAR SESSION OEA/Ser.L/X.2.26\n"
            "March 12-13, 2026 CICTE/DEC. 1/26\n",
            "CICTE/DEC. 1/26",
        ),
        # a year and a serial number alone on their line
        (
            "en",
            "STATUTORY INSTRUMENTS\n\n2025 No. 1184\n\nTERRORISM\n\nThe Example Regulations 2025\n",
            "2025 No. 1184",
        ),
        (
            "fr",
            "TEXTES RÉGLEMENTAIRES\n\n2024 n° 57\n\nTERRORISME\n\nArrêté relatif aux zones\n",
            "2024 n° 57",
        ),
        # a kind and its number in a series, heading a bracketed line or after a dash
        (
            "en",
            "Republic of the Example\n\n[ REPUBLIC ACT NO. 12318, January 15, 2026 ]\n\n"
            "AN ACT AMENDING REPUBLIC ACT NO. 11479\n",
            "REPUBLIC ACT NO. 12318",
        ),
        (
            "en",
            "Ports of Entry\n\nBlue Institute — Policy Report No. 7/2026\n\nAuthors: A. Okafor\n",
            "Policy Report No. 7/2026",
        ),
        (
            "fr",
            "Ports d'entrée\n\nInstitut bleu — Note d'analyse n° 12/2025\n\nAuteurs : A. Okafor\n",
            "Note d'analyse n° 12/2025",
        ),
        # a French act's kind keeps its qualifier
        (
            "fr",
            "Journal officiel de l'Union européenne\n\nRÈGLEMENT D'EXÉCUTION (UE) 2026/418 DU "
            "CONSEIL du 23 février 2026 mettant en œuvre le règlement (UE) 2016/1686\n",
            "Règlement d'exécution (UE) 2026/418",
        ),
        (
            "en",
            "Official Journal of the European Union\n\nCOUNCIL IMPLEMENTING REGULATION (EU) "
            "2026/418 of 23 February 2026 implementing Regulation (EU) 2016/1686\n",
            "Regulation (EU) 2026/418",
        ),
        # a judgment's neutral citation alone on its line, its court code naming a division
        # in up to eight capitals
        (
            "en",
            "Example v Doe (Criminal Case No. 12 of 2025)\n\nMedia neutral citation\n\n"
            "[2026] EXHCICD 17\n\nCourt\n\nHigh Court (Crimes Division)\n",
            "[2026] EXHCICD 17",
        ),
        (
            "fr",
            "Ministère public c. Doe (affaire pénale n° 12 de 2025)\n\nRéférence neutre\n\n"
            "[2026] EXHCICD 17\n\nJuridiction\n\nHaute Cour (division des crimes)\n",
            "[2026] EXHCICD 17",
        ),
        # unbracketed, a year and a long word of capitals are an Act's chapter, not a citation
        (
            "en",
            "Example Security Act 2019\n\n2019 CHAPTER 3\n\nAn Act to make provision about ports.\n",
            None,
        ),
        (
            "fr",
            "Loi sur la sécurité 2019\n\n2019 CHAPITRE 3\n\nLoi portant dispositions sur les ports.\n",
            None,
        ),
        # a French act's number after its issuing offices' codes, in its title line
        (
            "fr",
            "Journal officiel\n\nArrêté n° HC/DSP/2026-0417 du 9 septembre 2026 portant interdiction "
            "de survol\n\nJO n° 10712 du 12 septembre 2026, page 9342\n\nVu l'arrêté n° HC/DSP/2025-0233 ;\n",
            "HC/DSP/2026-0417",
        ),
        # a provincial regulation's number, its heading alone on its line
        (
            "fr",
            "Lois et règlements\n\nRÈGLEMENT DU NOUVEAU-BRUNSWICK 2026-58\n\npris en vertu de la "
            "Loi sur la protection des infrastructures\n",
            "RÈGLEMENT DU NOUVEAU-BRUNSWICK 2026-58",
        ),
        (
            "en",
            "Acts and Regulations\n\nNEW BRUNSWICK REGULATION 2026-58\n\nunder the Critical "
            "Infrastructure Protection Act\n",
            "NEW BRUNSWICK REGULATION 2026-58",
        ),
        # cited in running text, such a number is another regulation's
        (
            "fr",
            "Lois et règlements\n\nLe présent règlement abroge le Règlement du Nouveau-Brunswick "
            "2019-12 pris en vertu de la Loi.\n",
            None,
        ),
        # a code cited in running text is another document's
        (
            "en",
            "Statement by the Chair\n\nThe Committee recalls its earlier statement S/PRST/2015/11 "
            "and the report A/HRC/58/46 on this subject.\n",
            None,
        ),
    ],
)
def test_symbols_across_publishers(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the front matter of a republished document names its symbol
        (
            "en",
            '---\nlayout: circular\nsymbol: "MSC.1/Circ.1690"\nissued: 2025-05-02\n---\n\n'
            "INTERNATIONAL MARITIME ORGANIZATION\n\n# GUIDANCE ON PORT SECURITY\n",
            "MSC.1/Circ.1690",
        ),
        (
            "fr",
            '---\nlayout: circulaire\nsymbol: "MSC.1/Circ.1690"\n---\n\n'
            "ORGANISATION MARITIME INTERNATIONALE\n\n# DIRECTIVES SUR LA SÛRETÉ DES PORTS\n",
            "MSC.1/Circ.1690",
        ),
        # a press release's serial between its kind and its date
        (
            "fr",
            "- Accueil\n- Presse\n\nCommuniqué de presse 233/25 3 avril 2025 11:00\n\n"
            "Le Conseil prolonge les sanctions\n",
            "233/25",
        ),
        (
            "en",
            "- Home\n- Press\n\nPress release 233/25 3 April 2025 11:00\n\n"
            "Council extends sanctions\n",
            "233/25",
        ),
        # a code alone under the head's date line: the press office's release number
        (
            "en",
            "Home > News\n\nTreasury Sanctions Arms Brokers\n\nMarch 3, 2025\n\nJY2291\n\n"
            "WASHINGTON — Today, the Department designated two brokers.\n",
            "JY2291",
        ),
        (
            "fr",
            "Accueil > Actualités\n\nLe Trésor sanctionne des courtiers\n\n3 mars 2025\n\nJY2291\n\n"
            "Aujourd'hui, le Département a désigné deux courtiers.\n",
            "JY2291",
        ),
        # an assembly's resolution numbered by session and serial before its title
        (
            "en",
            "SECTION V — SECURITY\n\nResolution A41-18: Consolidated statement of policies\n\n"
            "Whereas the Assembly …\n",
            "A41-18",
        ),
        (
            "fr",
            "SECTION V — SÛRETÉ\n\nRésolution A41-18 : Exposé récapitulatif des politiques\n\n"
            "Considérant que l'Assemblée …\n",
            "A41-18",
        ),
        # a parliamentary question's number before its author
        (
            "fr",
            "Accueil > Questions\n\nQuestion N° 3988 de M. Jean Dupont (Finistère)\n\n"
            "Question écrite\n",
            "Question N° 3988",
        ),
        (
            "en",
            "Home > Questions\n\nWritten question No. 3988 by Jane Smith\n\nAnswered\n",
            "Written question No. 3988",
        ),
        # a common-law act's number before its short title after a colon
        (
            "en",
            "THE PRESIDENCY\n\nAct No. 4 of 2025: Cybercrimes Amendment Act, 2025\n\n"
            "(Assented to 2 May 2025)\n",
            "Act No. 4 of 2025",
        ),
        # an official compilation's reference repeated as the running header
        (
            "fr",
            "FEUILLE FÉDÉRALE\n\nFF 2025 1201\n\nMessage concernant la loi\n\ndu 3 mai 2025\n\n"
            "Texte.\n\nFF 2025 1201\n\nSuite du texte.\n",
            "FF 2025 1201",
        ),
        (
            "en",
            "FEDERAL GAZETTE\n\nFF 2025 1201\n\nDispatch on the act\n\nof 3 May 2025\n\n"
            "Text.\n\nFF 2025 1201\n\nMore text.\n",
            "FF 2025 1201",
        ),
    ],
)
def test_symbols_in_their_positions(lang: str, text: str, symbol: str | None) -> None:
    assert own_symbol(text, lang) == symbol


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # an assembly's adoption line closing the resolution, past its head, dates it; the
        # meetings its preamble recalls do not
        (
            "en",
            "Resolution A41-18: Consolidated statement\n\n"
            "Whereas the Panel, at its meeting held from 12 to 16 May 2022, recommended it;\n\n"
            + "1. Urges States to act.\n\n" * 60
            + "Adopted at the ninth plenary meeting, Montréal, 7 October 2022.\n",
            "2022-10-07",
        ),
        (
            "fr",
            "Résolution A41-18 : Exposé récapitulatif\n\n"
            "Considérant que le Groupe, à sa réunion du 12 au 16 mai 2022, l'a recommandé ;\n\n"
            + "1. Prie instamment les États d'agir.\n\n" * 60
            + "Adoptée à la neuvième séance plénière, Montréal, le 7 octobre 2022.\n",
            "2022-10-07",
        ),
        # a written question's record: its publication, not a later change of its minister
        (
            "fr",
            "Question N° 3988 de M. Jean Dupont (Finistère)\n\nQuestion écrite\n\n"
            "Question publiée au JO le : 10/12/2024 page : 91\n\n"
            "Date de changement d'attribution : 03/01/2025\n\n"
            "Réponse publiée au JO le : 18/03/2025 page : 1702\n\nTexte de la question\n",
            "2024-12-10",
        ),
        (
            "en",
            "Written question No. 3988 by Jane Smith\n\n"
            "Question published in the record on: 10/12/2024\n\n"
            "Date of transfer: 03/01/2025\n\nAnswer published on: 18/03/2025\n",
            "2024-12-10",
        ),
    ],
)
def test_adoption_lines_and_question_records(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text", "symbol"),
    [
        # the front matter's reference key records the number of a text that prints it only in
        # a byline's run of fields
        (
            "en",
            '---\ntitle: "Foreign terrorist fighters: EU responses"\nreference: "PE 762.418"\n---\n\n'
            "# Foreign terrorist fighters: EU responses\n\n*Author: A. Writer, Research Service — PE 762.418 — October 2026*\n\n"
            "The Union has no common approach to returns.\n",
            "PE 762.418",
        ),
        (
            "fr",
            '---\ntitre: "Note sur la menace"\nréférence: "SGDSN 2026.417"\n---\n\n'
            "# Note sur la menace\n\n*Auteur : A. Auteur, Secrétariat — SGDSN 2026.417 — octobre 2026*\n\n"
            "La menace reste élevée.\n",
            "SGDSN 2026.417",
        ),
        # a number the text prints in a shape of its own goes before the record's
        (
            "fr",
            '---\ntitre: Note\nreference: "NOR JUSK2629471N"\n---\n\n# Note du garde des Sceaux\n\n'
            "NOR : JUSK2629471N\n\nLa présente note précise les modalités.\n",
            "JUSK2629471N",
        ),
        (
            "en",
            '---\ntitle: Regulation\nreference: "Reg 14-2026"\n---\n\n# Regulation\n\n'
            "COMMISSION IMPLEMENTING REGULATION (EU) 2026/418\n\nThe Commission has adopted this.\n",
            "Regulation (EU) 2026/418",
        ),
    ],
)
def test_a_front_matters_reference_key_numbers_the_text(lang: str, text: str, symbol: str) -> None:
    assert own_symbol(text, lang) == symbol
