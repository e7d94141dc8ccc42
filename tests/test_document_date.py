"""The document's own date (ctdocs.extract._document; guidelines §6): which dated line
wins, what cited instruments, preambles and head datelines give, the anchor day, and
that the cue words live in data/models/document.toml.

Every expected value was read by hand from the text under the guidelines' rules.
French and English rows stand side by side.
"""

# The texts keep their long lines: how long a line is tells running text from a head line.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from ctdocs.extract._dates import find_dates
from ctdocs.extract._document import anchor_day, own_date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an act's short title with its year is no dateline
        (
            "en",
            "THE UNLAWFUL ACTIVITIES (PREVENTION) AMENDMENT ACT, 2026\n\nAn Act further to amend "
            "the principal Act.\n",
        ),
        ("fr", "LOI SUR LA SÉCURITÉ, LOI, 2026\n\nUne loi modifiant le code pénal.\n"),
    ],
)
def test_an_act_year_is_no_dateline(lang: str, text: str) -> None:
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a file host's upload date is never the document's
        ("fr", "Post on 02-Feb-2020\n\nStrasbourg, juillet 2002\n", "2002-07"),
        ("en", "Uploaded on 02-Feb-2020\n\nStrasbourg, July 2002\n", "2002-07"),
        # a word in running text is no stamp: "the updated plan agreed in March 2023"
        (
            "fr",
            "Mis à jour le 4 avril 2023\nLe plan mis à jour en mars 2023 est adopté.\n",
            "2023-04-04",
        ),
        (
            "en",
            "Posted on 4 April 2023\nThe updated plan agreed in March 2023 holds.\n",
            "2023-04-04",
        ),
        # when the record began is a date, not the document's
        (
            "fr",
            "- Commencé le 26 Février 2014\n- [Version de ce document à 8 Juillet 2004.]\n",
            "2004-07-08",
        ),
        (
            "en",
            "- Commenced 26 February 2014\n- [This is the version of 8 July 2004.]\n",
            "2004-07-08",
        ),
        # a bare year dates a document only at the end of a dateline
        (
            "fr",
            "Charte sur la prévention du terrorisme (2002)\n\n© Sa Majesté, Canada, 2013\n",
            "2013",
        ),
        ("en", "Charter on Preventing Terrorism (2002)\n\n© Her Majesty, Canada, 2013\n", "2013"),
        # a bill's registration and a compilation's date, not the page's later stamps
        (
            "fr",
            "N° 1112\nPROPOSITION DE LOI\nEnregistré à la Présidence de l'Assemblée nationale le "
            "11 avril 2023.\nPage mise à jour le 13 avril 2023\n",
            "2023-04-11",
        ),
        (
            "en",
            "Criminal Code Act 1995\nCompilation No. 150\nCompilation date: 20/09/2023    "
            "Registered: 04/10/2023\n",
            "2023-09-20",
        ),
        # an act's title carries its date, over a gazette's or a version's later one
        (
            "fr",
            "MÉMORIAL A\nN° 157 du 27 mars 2023\n\nLoi du 23 mars 2023 relative au "
            "financement du terrorisme\n",
            "2023-03-23",
        ),
        (
            "en",
            "Gazette No 157 of 27 March 2023\n\nAct of 23 March 2023 on terrorist financing\n",
            "2023-03-23",
        ),
        # the title over several lines, its date opening the last (after an acronym)
        (
            "fr",
            "Version du 1er janvier 2024\n\n120.52\nOrdonnance sur les mesures policières\n"
            "(OMPT) du 4 mai 2022 (État le 1er janvier 2024)\n",
            "2022-05-04",
        ),
        (
            "en",
            "Version of 1 January 2024\n\nOrdinance on preventive police measures\n"
            "(OPPM) of 4 May 2022 (status as of 1 January 2024)\n",
            "2022-05-04",
        ),
        # a period in parentheses (a parliament's session) is not the date the report bears
        (
            "fr",
            "42e législature, 1re session (3 décembre 2015 - 11 septembre 2019)\n\n"
            "RAPPORT DU COMITÉ\nmardi 11 juin 2019\n",
            "2019-06-11",
        ),
        (
            "en",
            "42nd Parliament, 1st Session (December 3, 2015 - September 11, 2019)\n\n"
            "REPORT OF THE COMMITTEE\nTuesday, June 11, 2019\n",
            "2019-06-11",
        ),
        # running text that names the document itself, then its adoption: over a page stamp
        (
            "fr",
            "Publié le 2 octobre 2020\n\nLe présent mémorandum, préparé lors de trois ateliers, "
            "a été entériné par la réunion plénière du 28 septembre 2020.\n",
            "2020-09-28",
        ),
        (
            "en",
            "Posted on: 2 October 2020\n\nThis memorandum was developed in three workshops and "
            "was endorsed at the Plenary Meeting held on 28 September 2020.\n",
            "2020-09-28",
        ),
        # an event that running text reports is not the document's date
        (
            "fr",
            "Publié le 2 octobre 2020\n\nLe Comité a tenu sa réunion le 28 septembre 2020.\n",
            "2020-10-02",
        ),
        (
            "en",
            "Posted on: 2 October 2020\n\nThe Committee met on 28 September 2020.\n",
            "2020-10-02",
        ),
        # an act's date of assent in square brackets closing its long title
        (
            "fr",
            "Loi de 2019 sur la lutte contre le terrorisme\n\nLoi portant diverses dispositions "
            "relatives au terrorisme et aux contrôles aux frontières.     [12 février 2019]\n",
            "2019-02-12",
        ),
        (
            "en",
            "Counter-Terrorism Act 2019\n\nAn Act to make provision in relation to terrorism; "
            "and for connected purposes.     [12th February 2019]\n",
            "2019-02-12",
        ),
        # a plan presented on a day, over the page's later update stamp
        (
            "fr",
            "Plan national de prévention\n\nMis à jour le 26 février 2018\n\nPrésenté à Lille le "
            "23 février 2018 par le Premier ministre, le plan comprend soixante mesures.\n",
            "2018-02-23",
        ),
        (
            "en",
            "National prevention plan\n\nLast updated 26 February 2018\n\nPresented on 23 "
            "February 2018 by the Prime Minister, the plan holds sixty measures.\n",
            "2018-02-23",
        ),
    ],
)
def test_own_date_choices(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


OSCE_HEAD_EN = (
    "Organization for Security and Co-operation in Europe\nMinisterial Council\nSkopje 2023\n"
    "English only\nDistributed at the request of the Chair\n\nMC.DEC/4/23\n1 December 2023\n\n"
    "The Ministerial Council,\n\n"
)
OSCE_HEAD_FR = (
    "Organisation pour la sécurité et la coopération en Europe\nConseil ministériel\nSkopje 2023\n"
    "Français seulement\nDistribué à la demande de la présidence\n\nMC.DEC/4/23\n"
    "1er décembre 2023\n\nLe Conseil ministériel,\n\n"
)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the cited decision's adoption, on one line: "No. 8/19," is no sentence's end
        (
            "fr",
            OSCE_HEAD_FR + "Rappelant la décision no 8/19 du Conseil ministériel, adoptée à "
            "Bratislava les 5 et 6 décembre 2019,\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "Recalling Ministerial Council Decision No. 8/19, adopted in "
            "Bratislava on 5 and 6 December 2019,\n",
            "2023-12-01",
        ),
        # the same paragraph wrapped, so that the cue opens a line of its own
        (
            "fr",
            OSCE_HEAD_FR + "Rappelant la décision no 8/19 du Conseil ministériel,\n"
            "adoptée à Bratislava les 5 et 6 décembre 2019,\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "Recalling Ministerial Council Decision No. 8/19,\n"
            "adopted in Bratislava on 5 and 6 December 2019,\n",
            "2023-12-01",
        ),
        # a place-and-date line over a cited resolution's adoption, wrapped (its two
        # consecutive days are one interval, the meeting's, as the Porto charter's gold)
        (
            "fr",
            "Conseil ministériel\nSkopje, 30 novembre et 1er décembre 2023\n\nLe Conseil,\n\n"
            "Rappelant la résolution 2178 (2014),\nadoptée le 24 septembre 2014,\n",
            "2023-11-30/2023-12-01",
        ),
        (
            "en",
            "Ministerial Council\nSkopje, 30 November and 1 December 2023\n\nThe Council,\n\n"
            "Recalling resolution 2178 (2014),\nadopted on 24 September 2014,\n",
            "2023-11-30/2023-12-01",
        ),
        # the instrument named, then a comma, is the cue's subject even without a participle
        (
            "fr",
            OSCE_HEAD_FR + "Le Plan d'action de Bucarest,\nadopté le 4 décembre 2001, demeure.\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "The Bucharest Plan of Action,\nadopted on 4 December 2001, stands.\n",
            "2023-12-01",
        ),
        # a cue in the middle of a running sentence yields to a date line alone in the head
        (
            "fr",
            OSCE_HEAD_FR + "Les membres ont longuement débattu du texte au cours de la session, "
            "qui fut\nadopté le 4 mai 2021 par la plénière.\n",
            "2023-12-01",
        ),
        (
            "en",
            OSCE_HEAD_EN + "The members discussed the text at length during the session, and "
            "it was\nadopted on 4 May 2021 by the plenary.\n",
            "2023-12-01",
        ),
        # a closing formula right under a preambular line still dates the document
        (
            "fr",
            "Considérant la nécessité d'une action commune,\nFait à Strasbourg, le 8 novembre 2001\n",
            "2001-11-08",
        ),
        (
            "en",
            "Recognising the need for common action,\nDone at Strasbourg, on 8 November 2001\n",
            "2001-11-08",
        ),
        # the document's own adoption cue still wins over the dates its preamble cites
        (
            "fr",
            "Résolution 2178 (2014)\n\nAdoptée par le Conseil de sécurité le 24 septembre 2014\n\n"
            "Rappelant sa résolution 1373 (2001), adoptée le 28 septembre 2001,\n",
            "2014-09-24",
        ),
        (
            "en",
            "Resolution 2178 (2014)\n\nAdopted by the Security Council on 24 September 2014\n\n"
            "Recalling its resolution 1373 (2001), adopted on 28 September 2001,\n",
            "2014-09-24",
        ),
    ],
)
def test_cited_instruments_do_not_date_the_document(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Rappelant la résolution 2178 (2014), adoptée le 24 septembre 2014,\n"),
        ("en", "Recalling resolution 2178 (2014), adopted on 24 September 2014,\n"),
        ("fr", "Vu la loi n° 2021-998 du 30 juillet 2021 relative au terrorisme,\n"),
        ("en", "Having regard to Regulation (EU) 2021/784 of 29 April 2021,\n"),
    ],
)
def test_a_preamble_alone_gives_no_date(lang: str, text: str) -> None:
    """A preambular paragraph dates what it cites: with nothing else, the date is null."""
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("precision_text", "lang", "anchor"),
    [
        ("9 mars 2011", "fr", "2011-03-09"),
        ("March 9, 2011", "en", "2011-03-09"),
        ("avril 2011", "fr", "2011-04-30"),  # the last day of its month
        ("April 2011", "en", "2011-04-30"),
        ("2013", "fr", "2013-12-31"),  # the last day of its year
        ("2013", "en", "2013-12-31"),
    ],
)
def test_anchor_day(precision_text: str, lang: str, anchor: str) -> None:
    (hit,) = find_dates(precision_text, lang)
    assert anchor_day(hit) == anchor


@pytest.mark.parametrize("module", ["_document", "_doccues", "_docfields", "_docstamps"])
def test_cue_words_live_in_the_data_file(module: str) -> None:
    """No cue word of document.toml in the code's string literals (docstrings aside): in
    the date's choice nor in the modules that compile or read its cues."""
    import ast
    import importlib
    import inspect
    import re

    from ctdocs._knowledge import load_document

    source = inspect.getsource(importlib.import_module(f"ctdocs.extract.{module}"))
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # the name of a list of the file ("act", "adopted") is no cue word written in code
    fields = set(type(next(iter(load_document().languages.values()))).model_fields)
    literals = [
        n.value.lower()
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant)
        and isinstance(n.value, str)
        and id(n) not in docstrings
        and n.value not in fields
    ]
    words = {"fr", "en"}
    for cues in load_document().languages.values():
        for field in (
            "adopted",
            "closing",
            "act",
            "act_of",
            "stamp",
            "not_own",
            "event",
            "dateline_article",
        ):
            words |= {w.lower() for w in getattr(cues, field)}
    offending = [
        lit
        for lit in literals
        if any(re.search(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", lit) for w in words)
    ]
    assert offending == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # a meeting's name with its year and its dateline are no timeline: the date alone
        # on the top line is the document's
        (
            "fr",
            "MC.DEC/6/21\n3 décembre 2021\n\nConseil ministériel\nStockholm 2021\n\n"
            "Vingt-huitième réunion du Conseil ministériel\nStockholm, 2 et 3 décembre 2021\n\n"
            "DÉCISION N° 6/21\n",
            "2021-12-03",
        ),
        (
            "en",
            "MC.DEC/4/23\n1 December 2023\n\nMinisterial Council\nSkopje 2023\n\n"
            "Thirtieth Meeting of the Ministerial Council\nSkopje, 30 November and 1 December 2023\n\n"
            "DECISION No. 4/23\n",
            "2023-12-01",
        ),
        # a dateline with an article that ends the heading line
        (
            "en",
            "Final Communiqué\n\nMinisterial Meeting of the North Atlantic Council held at NATO "
            "Headquarters, Brussels, on 10 December 1996\n\n1. We met today to prepare the Summit "
            "in Madrid on 8-9 July 1997.\n",
            "1996-12-10",
        ),
        # ... or opens a press release's first paragraph
        (
            "fr",
            "Communiqué\n\nQUÉBEC, le 12 mars 2019 /CNW/ - La ministre annonce aujourd'hui un "
            "investissement de 8,5 M$ sur trois ans pour la prévention.\n",
            "2019-03-12",
        ),
    ],
)
def test_head_datelines(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a place, a comma and an article inside a sentence of running text: an event
        (
            "en",
            "Resolution 2091 (2016)\n\n3. The Assembly welcomes the opening for signature in "
            "Riga, on 22 October 2015, of the Additional Protocol to the Convention.\n",
        ),
        (
            "fr",
            "Résolution 2091 (2016)\n\n3. L'Assemblée salue l'ouverture à la signature à "
            "Riga, le 22 octobre 2015, du Protocole additionnel à la Convention.\n",
        ),
    ],
)
def test_a_dateline_inside_a_sentence_is_an_event(lang: str, text: str) -> None:
    assert own_date(text, find_dates(text, lang)) is None


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # the date heads the act's title line (Belgian Moniteur); the publication stamp
        # below it is the gazette's
        (
            "fr",
            "Titre\n5 MAI 2019. - Loi portant des dispositions diverses en matière de lutte "
            "contre le terrorisme (1)\n\nPublication : 20-05-2019 numéro : 2019041187\n",
            "2019-05-05",
        ),
        (
            "en",
            "Title\n5 MAY 2019. - Act laying down various provisions on the fight against "
            "terrorism (1)\n\nPublication: 20-05-2019 number: 2019041187\n",
            "2019-05-05",
        ),
        # an act's assent, not the version stamp above it
        (
            "en",
            "Counter-Terrorism Act 2022\nVersion as at 28 October 2023\n\nCounter-Terrorism "
            "Act 2022\nPublic Act 2022 No 31\nDate of assent 16 May 2022\n",
            "2022-05-16",
        ),
        (
            "fr",
            "Loi sur la lutte contre le terrorisme\nVersion en vigueur au 28 octobre 2023\n\n"
            "Loi sur la lutte contre le terrorisme\nSanctionnée le 16 mai 2022\n",
            "2022-05-16",
        ),
    ],
)
def test_act_title_dates_and_assent(lang: str, text: str, value: str) -> None:
    hit = own_date(text, find_dates(text, lang))
    assert hit is not None and hit.value == value
