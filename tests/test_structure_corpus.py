"""Clause structure on real texts, gated per publisher family so one family cannot hide another.

The dev corpus (tests/devcorpus/: 92 real texts, about 50 publishers, gold by
hand) and the held-out texts (tests/heldout/: twelve texts in publishers'
styles the dev corpus lacks, annotated by hand from the guidelines before
ctdocs ran on them). Scored as the project's scorer counts: clause numbers as
sets (F1), first five words of the body, titles, sections; noise lines must not
be in any block's text. Gates sit a little under the figures reached, so that a
change that slides shows.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ctdocs import Document

from ._compare import F1, first_words, norm, norm_title
from .conftest import parsed

HERE = Path(__file__).parent
DEV = HERE / "devcorpus"
HELDOUT = HERE / "heldout"


def _families() -> dict[str, list[str]]:
    fams: dict[str, list[str]] = defaultdict(list)
    for line in (DEV / "FAMILIES.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, fam = line.split("\t")[:2]
        fams[fam].append(Path(name).stem)
    return dict(fams)


def _raw(folder: Path, stem: str) -> Path:
    return next(p for p in sorted(folder.glob(f"{stem}.*")) if p.suffix in (".txt", ".md", ".html"))


class _Score:
    def __init__(self) -> None:
        self.clauses = F1()
        self.starts = [0, 0]
        self.titles = [0, 0]
        self.sections = [0, 0]
        self.leaked = [0, 0]

    def add(self, doc: Document, gold: dict[str, object]) -> None:
        want = {c["number"]: c for c in gold["clauses"]}  # type: ignore[attr-defined]
        got: dict[str, object] = {}
        for c in doc.clauses():
            got.setdefault(c.number, c)
        self.clauses.add(set(want), set(got))
        for num, w in want.items():
            g = got.get(num)
            checks: tuple[tuple[str, list[int], Callable[[Any, Any], bool]], ...] = (
                ("starts_with", self.starts, lambda a, b: first_words(a, 5) == first_words(b, 5)),
                ("title", self.titles, lambda a, b: norm_title(a) == norm_title(b)),
                ("section", self.sections, lambda a, b: norm_title(a) == norm_title(b)),
            )
            for key, acc, same in checks:
                if w.get(key):
                    acc[1] += 1
                    mine = getattr(g, "text" if key == "starts_with" else key, None)
                    acc[0] += bool(g is not None and same(mine, w[key]))
        body = norm(" ".join(b.text for b in doc.blocks()))
        for line in gold["noise"]:  # type: ignore[attr-defined]
            key = norm(line)
            if len(key) >= 12:
                self.leaked[1] += 1
                self.leaked[0] += key in body

    @staticmethod
    def rate(acc: list[int]) -> float:
        return acc[0] / acc[1] if acc[1] else 1.0


def _score(folder: Path, stems: list[str]) -> _Score:
    s = _Score()
    for stem in stems:
        gold = json.loads((folder / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        s.add(parsed(_raw(folder / ("raw" if folder == DEV else "texts"), stem)), gold)
    return s


# Clause F1 per family; every family at 0.90 or above (issue 12), most well above.
FAMILY_GATES = {
    "council-of-europe": 0.98,
    "document-sharing-copies": 0.97,
    "eu": 0.85,
    "national-government": 0.97,
    "national-legislation": 0.98,
    "nato": 0.98,
    "osce": 0.98,
    "republishers": 0.98,
    "treaties": 0.97,
    "un": 0.98,
}


@pytest.mark.parametrize("family", sorted(FAMILY_GATES))
def test_clause_f1_per_family(family: str) -> None:
    s = _score(DEV, _families()[family])
    assert s.clauses.f1 >= FAMILY_GATES[family], (family, round(s.clauses.f1, 3))


def test_dev_corpus_overall() -> None:
    s = _score(DEV, [p.stem for p in sorted((DEV / "gold").glob("*.json"))])
    assert s.clauses.f1 >= 0.98, s.clauses.f1
    assert s.rate(s.starts) >= 0.97, s.starts
    assert s.rate(s.titles) >= 0.95, s.titles
    assert s.rate(s.sections) >= 0.97, s.sections


def test_held_out_texts() -> None:
    s = _score(HELDOUT, [p.stem for p in sorted((HELDOUT / "gold").glob("*.json"))])
    assert s.clauses.f1 >= 0.99, s.clauses.f1  # 1.0
    assert s.rate(s.starts) >= 0.98, s.starts  # 0.989
    assert s.rate(s.titles) >= 0.98, s.titles  # 1.0
    assert s.rate(s.sections) >= 0.95, s.sections


HELDOUT2 = HERE / "heldout2"
HELDOUT3 = HERE / "heldout3"


def _stems(folder: Path) -> list[str]:
    return [p.stem for p in sorted((folder / "gold").glob("*.json"))]


def test_held_out_batch_3() -> None:
    """Twelve texts from publishers no earlier batch has (Fedlex, Legilux, Sénat, Conseil
    constitutionnel, INTERPOL, Assemblée nationale, Federal Register of Legislation, FATF,
    GCTF, CoE Committee of Ministers, Senate of Canada, ICCT), annotated blind."""
    s = _score(HELDOUT3, _stems(HELDOUT3))
    assert s.clauses.f1 >= 0.975, s.clauses.f1  # 0.982 (0.898 before the statute classes)
    assert s.rate(s.starts) >= 0.95, s.starts  # 0.960
    assert s.rate(s.titles) >= 0.97, s.titles  # 0.988
    assert s.rate(s.sections) >= 0.96, s.sections  # 0.974
    assert s.leaked[0] / s.leaked[1] <= 0.155, s.leaked  # 27/188 (35/188 before noise7)


# Clause F1 per text of batch 3 (each its own publisher), a little under the figure reached.
# FATF: the interpretive note's paragraphs are cited INR.5(2), FATF's own prefix, from the
# [annex] prefixes of numbering.toml (a data entry; the guidelines give no such form).
BATCH3_GATES = {
    "en_coe_cm_recommendation": 0.97,
    "en_fatf_recommendations_inr5": 0.97,
    "en_gctf_memorandum_good_practices": 0.97,
    "en_icct_policy_brief_pdf": 0.97,
    "en_legislation_gov_au_criminal_code": 0.97,
    "en_sencanada_committee_report": 0.97,
    "fr_an_proposition_loi": 0.97,
    "fr_conseil_constitutionnel_decision": 0.97,
    "fr_fedlex_ordonnance": 0.91,
    "fr_interpol_resolution_ag": 0.93,
    "fr_legilux_loi": 0.97,
    "fr_senat_rapport_information": 0.97,
}


@pytest.mark.parametrize("stem", sorted(BATCH3_GATES))
def test_held_out_batch_3_per_text(stem: str) -> None:
    s = _score(HELDOUT3, [stem])
    assert s.clauses.f1 >= BATCH3_GATES[stem], (stem, round(s.clauses.f1, 3))


def test_held_out_batch_2() -> None:
    """The second held-out batch (0.873 / 0.868 / 0.875 / 1.0 before the code-section class,
    1.0 / 1.0 / 1.0 / 1.0 after)."""
    s = _score(HELDOUT2, _stems(HELDOUT2))
    assert s.clauses.f1 >= 0.99, s.clauses.f1
    assert s.rate(s.starts) >= 0.98, s.starts
    assert s.rate(s.titles) >= 0.98, s.titles
    assert s.rate(s.sections) >= 0.97, s.sections
    assert s.leaked[0] / s.leaked[1] <= 0.2, s.leaked  # 21/115 (26/115 before noise7)


HELDOUT4 = HERE / "heldout4"


def test_held_out_batch_4() -> None:
    """Twelve texts written and annotated blind in session 5 (OSCE decisions with annex,
    UN Secretary-General report, Légifrance décret, EUR-Lex CFSP decision, CoE protocol,
    1990s NATO communiqué, SGDSN page, New Zealand act, Moniteur belge law, UNGA resolution
    as PDF text, Sénat report). Blind figures in benchmarks/results/heldout4_blind.txt;
    the gates sit a little under what ctdocs reached, so the batch cannot slide."""
    s = _score(HELDOUT4, _stems(HELDOUT4))
    assert s.clauses.f1 >= 0.99, s.clauses.f1  # 1.0 (0.878 blind)
    assert s.rate(s.starts) >= 0.98, s.starts  # 0.996 (0.786 blind)
    assert s.rate(s.titles) >= 0.98, s.titles  # 1.0 (0.875 blind)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.0 (0.844 before the headings given back)
    assert s.leaked[0] / s.leaked[1] <= 0.145, s.leaked  # 18/138 (24/138 before noise7)


# Clause F1 per text of batch 4. The New Zealand act (0.278) is far off: its Parts and
# section headings are not read as the guidelines cite them; a gate only keeps it from
# sliding further.
BATCH4_GATES = {
    "en01_osce_mc_decision_annex": 0.97,
    "en03_un_sg_report": 0.97,
    "en05_eurlex_council_decision": 0.97,
    "en07_nato_1990s_communique": 0.97,
    "en09_nz_legislation_act": 0.25,
    "en11_unga_resolution_pdf": 0.97,
    "fr02_osce_decision_cm": 0.97,
    "fr04_legifrance_decret": 0.97,
    "fr06_coe_protocole_stce": 0.80,
    "fr08_sgdsn_page_plan": 0.97,
    "fr10_moniteur_belge_loi": 0.97,
    "fr12_senat_rapport_information": 0.77,
}


@pytest.mark.parametrize("stem", sorted(BATCH4_GATES))
def test_held_out_batch_4_per_text(stem: str) -> None:
    s = _score(HELDOUT4, [stem])
    assert s.clauses.f1 >= BATCH4_GATES[stem], (stem, round(s.clauses.f1, 3))


HELDOUT5 = HERE / "heldout5"


def test_held_out_batch_5() -> None:
    """Twelve texts written and annotated blind in session 6 (UN Security Council press
    release, EU directive as Official Journal PDF text, Indian amendment act, GOV.UK
    statutory guidance, OAS/CICTE declaration, UNODC handbook chapter in Markdown, EU Council
    conclusions, JORF arrêté, Moroccan dahir and law, ECOWAS declaration, Assemblée
    nationale report, Interior ministry press kit). Blind figures in
    benchmarks/results/heldout5_blind.txt. Session 7 fixed the classes of layout behind its
    clause misses (gazette marginal notes, OJ quoted provisions, Markdown chapter pages,
    ordinal words among roman numerals), each with texts of its own in
    tests/test_clause_gazettes.py: the figures are no longer blind. The gates sit a little
    under what ctdocs reached, so the batch cannot slide."""
    s = _score(HELDOUT5, _stems(HELDOUT5))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 1.0 (0.933 before session 7; blind 0.930)
    assert s.rate(s.starts) >= 0.98, s.starts  # 1.0 (0.929; blind 0.922)
    assert s.rate(s.titles) >= 0.98, s.titles  # 1.0 (0.761; blind 0.739)
    assert s.rate(s.sections) >= 0.98, s.sections  # 1.0
    assert s.leaked[0] / s.leaked[1] <= 0.19, s.leaked  # 23/131 (44/131 before noise7, blind 55)


# Clause F1 per text of batch 5, a little under the figure reached (1.0 for every text since
# session 7; before it the OJ directive 0.755, the Indian act 0.865, the Markdown handbook
# chapter 0.878, the dahir 0.842).
BATCH5_GATES = {
    "en01_unsc_press_release_SC16342": 0.97,
    "en03_eu_directive_2025_2214_OJ": 0.97,
    "en05_india_uapa_amendment_act_2026_gazette": 0.97,
    "en07_govuk_statutory_guidance_protection_of_premises": 0.97,
    "en09_oas_cicte_declaration_2026": 0.97,
    "en11_unodc_handbook_ch3_markdown": 0.97,
    "fr02_conseil_ue_conclusions_prevention_radicalisation": 0.97,
    "fr04_arrete_jorf_zones_interdiction_drones": 0.97,
    "fr06_maroc_dahir_loi_financement_terrorisme_BO": 0.97,
    "fr08_cedeao_declaration_abuja_terrorisme": 0.97,
    "fr10_an_rapport_information_menace_nrbc": 0.97,
    "fr12_dossier_presse_interieur_plan_protection": 0.97,
}


@pytest.mark.parametrize("stem", sorted(BATCH5_GATES))
def test_held_out_batch_5_per_text(stem: str) -> None:
    s = _score(HELDOUT5, [stem])
    assert s.clauses.f1 >= BATCH5_GATES[stem], (stem, round(s.clauses.f1, 3))


HELDOUT6 = HERE / "heldout6"


def test_held_out_batch_6() -> None:
    """Twelve texts written and annotated blind in session 7 (US executive order, AU Peace
    and Security Council communiqué as HTML, Irish act, CJEU judgment, NATO PA resolution,
    Kenyan strategy page as HTML, Tunisian loi organique, Conseil d'État decision, CNCDH
    opinion in Markdown, Canadian statute in French as HTML, OIF declaration, Eurojust
    release in Markdown). Blind figures in benchmarks/results/heldout6_blind.txt: scored
    at the session's base and again after every merge, before anyone read its output; the
    gates sit a little under the figure reached, so the batch cannot slide."""
    s = _score(HELDOUT6, _stems(HELDOUT6))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 0.996 (blind: 0.74 base, 0.722 merged)
    assert s.rate(s.starts) >= 0.96, s.starts  # 0.981
    assert s.rate(s.titles) >= 0.92, s.titles  # 0.937
    assert s.rate(s.sections) >= 0.71, s.sections  # 0.732
    assert s.leaked[0] / s.leaked[1] <= 0.25, s.leaked  # 30/128 (blind 31/128)


# Clause F1 per text of batch 6, a little under the figure reached. The Canadian statute
# page in French, 0.25 -> 1.0 (session 8); the Irish act, 0.4 -> 0.974 once its arrangement of
# sections and its marginal headings with no full stop were read (session 8). The US
# executive order's "Sec. 1." sections, read as statute sections since session 8: 0.0 -> 1.0.
BATCH6_GATES = {
    "en01_us_executive_order": 0.97,
    "en03_au_psc_communique": 0.97,
    "en05_ireland_act": 0.95,  # 0.974; its Part 3 and 6(2) are lost as page furniture
    "en07_cjeu_judgment": 0.97,
    "en09_nato_pa_resolution": 0.97,
    "en11_kenya_nctc_strategy": 0.97,
    "fr02_tunisie_jort_loi_organique": 0.97,  # 1.0 (0.909 before inserted articles)
    "fr04_conseil_etat_decision": 0.97,  # 1.0 (0.9 before its "1°)" conclusions)
    "fr06_cncdh_avis": 0.97,  # 1.0 (0.878 before its quoted recommendations were read)
    "fr08_canada_laws_lois": 0.97,  # 1.0 (0.25 before its bold numbers and notes were read)
    "fr10_oif_declaration": 0.97,
    "fr12_eurojust_communique": 0.97,
}


@pytest.mark.parametrize("stem", sorted(BATCH6_GATES))
def test_held_out_batch_6_per_text(stem: str) -> None:
    s = _score(HELDOUT6, [stem])
    assert s.clauses.f1 >= BATCH6_GATES[stem], (stem, round(s.clauses.f1, 3))


HELDOUT7 = HERE / "heldout7"


def test_held_out_batch_7() -> None:
    """Twelve texts written and annotated blind in session 8 (UN Security Council
    presidential statement, ECHR judgment as HUDOC HTML, UK statutory instrument,
    Senegalese loi, OPCW Executive Council decision, G7 communiqué and a think-tank report
    in Markdown, Assemblée nationale committee record, NATO press conference, EU
    implementing regulation with a sanctions table, Philippine act, HRC resolution).
    Blind figures in benchmarks/results/heldout7_blind.txt (clause F1 0.703 at the
    session's base); the batch was then opened to the session's structure, metadata and
    noise work, so the figures below are no longer blind. Gates a little under them."""
    s = _score(HELDOUT7, _stems(HELDOUT7))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 1.0 (0.963 before outline annexes; blind 0.703)
    assert s.rate(s.starts) >= 0.98, s.starts  # 1.0 (0.971; blind 0.618)
    assert s.rate(s.titles) >= 0.97, s.titles  # 1.0 (0.952; blind 0.524)
    assert s.rate(s.sections) >= 0.97, s.sections  # 1.0 (0.870; blind 0.537)
    assert s.leaked[0] / s.leaked[1] <= 0.08, s.leaked  # 6/121 (blind 31/121)


# Clause F1 per text of batch 7. The OPCW decision's annex is an outline of numbered
# headings (``1. Legislative assistance`` alone over ``1.1``), cited ``Annex 1.1`` as this
# batch's and heldout9's gold do; an annex of numbered paragraphs stays ``Annex(1)``
# (heldout4 en05, earlier gold). The guidelines are silent on the prefix.
BATCH7_GATES = {
    "en01_unsc_prst": 0.97,
    "en03_uksi_regulations_pdf": 0.97,  # 1.0 (blind 0.131)
    "en05_opcw_ec_decision": 0.97,  # 1.0 (0.682 before outline annexes), see above
    "en07_thinktank_maritime_report": 0.97,
    "en09_nato_press_conference": 0.97,
    "en11_philippines_republic_act": 0.97,
    "fr02_cedh_arret_hudoc": 0.97,  # 1.0 (blind 0.455)
    "fr04_senegal_jo_loi": 0.97,
    "fr06_g7_communique_interieur": 0.97,
    "fr08_an_compte_rendu_commission": 0.97,
    "fr10_ue_reglement_execution_annexe": 0.97,
    "fr12_cdh_resolution_pdf": 0.97,
}


@pytest.mark.parametrize("stem", sorted(BATCH7_GATES))
def test_held_out_batch_7_per_text(stem: str) -> None:
    s = _score(HELDOUT7, [stem])
    assert s.clauses.f1 >= BATCH7_GATES[stem], (stem, round(s.clauses.f1, 3))


HELDOUT8 = HERE / "heldout8"


def test_held_out_batch_8() -> None:
    """Twelve texts written and annotated blind in session 8 (US Congress bill, Cameroonian
    presidential decree, NATO summit declaration page, Cour de cassation judgment page,
    Singapore act, encyclopaedia article in Markdown, State Department country report,
    Swiss intelligence report from a two-column PDF, IAEA information circular, Québec
    gazette decree, Australian committee report in Markdown, INTERPOL release). Kept blind
    to the end of session 8 and scored at session 9's base (benchmarks/results/
    heldout8_blind.txt: clause F1 0.842, starts 0.756, titles 0.408, sections 0.518, noise
    66/191), then opened to session 9's structure and noise work. Gates a little under."""
    s = _score(HELDOUT8, _stems(HELDOUT8))
    assert s.clauses.f1 >= 0.98, s.clauses.f1  # 1.0
    assert s.rate(s.starts) >= 0.97, s.starts  # 1.0 (172/172)
    assert s.rate(s.titles) >= 0.97, s.titles  # 1.0 (49/49)
    assert s.rate(s.sections) >= 0.97, s.sections  # 1.0 (56/56)
    assert s.leaked[0] / s.leaked[1] <= 0.11, s.leaked  # 18/191 (blind 66/191)


@pytest.mark.parametrize("stem", _stems(HELDOUT8))
def test_held_out_batch_8_per_text(stem: str) -> None:
    s = _score(HELDOUT8, [stem])
    assert s.clauses.f1 >= 0.97, (stem, round(s.clauses.f1, 3))  # every text 1.0


HELDOUT9 = HERE / "heldout9"


def test_held_out_batch_9() -> None:
    """Twelve texts written and annotated blind in session 9 (ICAO Assembly resolution,
    Council of the EU release, UN 1267 committee release, Niger journal officiel, US
    Treasury designation page, Assemblée nationale written question, South African gazette
    act, Code de la sécurité intérieure chapter in Markdown, Hansard debate page, Swiss
    Federal Council message, IMO circular in Markdown, ONU Info story). Blind figures at
    session 10's base: clause F1 0.565, starts 0.435, titles 0.424, sections 0.074, noise
    64/285; then opened to session 10's structure work (code articles L230-1, debate time
    stamps, IMO bare paragraphs and dot items, outline annexes). Gates a little under."""
    s = _score(HELDOUT9, _stems(HELDOUT9))
    assert s.clauses.f1 >= 0.875, s.clauses.f1  # 0.892 (0.878 before session 11; blind 0.565)
    assert s.rate(s.starts) >= 0.82, s.starts  # 0.837 (blind 0.435)
    assert s.rate(s.titles) >= 0.71, s.titles  # 0.729 (0.661 before session 11; blind 0.424)
    assert s.rate(s.sections) >= 0.78, s.sections  # 0.802 (blind 0.074)
    assert s.leaked[0] / s.leaked[1] <= 0.19, s.leaked  # 53/285 (blind 64/285)


# Clause F1 per text of batch 9. Left below: the South African act (margin line numbers
# glued to line ends, an arrangement of sections read as clauses, quoted amending text),
# the UN press release (letter headings repeated, another resolution's 1.-3. quoted), the
# Swiss message (decimal headings, a draft act's roman parts); the Niger journal's chapters,
# numbered afresh under each title, are cited after it since session 11 (Title II Chapter I).
BATCH9_GATES = {
    "en01_icao-assembly-resolution-a42-19": 0.97,
    "en03_un-press-1267-committee-amends-entries": 0.38,  # 0.4
    "en05_treasury-ofac-designates-isis-k-facilitators": 0.97,
    "en07_za-gazette-pocdatara-second-amendment-act-2026": 0.29,  # 0.311
    "en09_hansard-westminster-hall-drones-counter-terrorism": 0.97,  # 1.0 (blind 0.0)
    "en11_imo-msc-circ-uas-usv-threat-guidance": 0.97,  # 1.0 (blind 0.217)
    "fr02_consilium-communique-liste-terroriste": 0.97,
    "fr04_jo-niger-ordonnance-2026-14": 0.97,  # 1.0 (0.906 before chapters cited per title)
    "fr06_an-question-ecrite-drones-menace-terroriste": 0.97,
    "fr08_csi-chapitre-x-aeronefs-sans-personne": 0.97,  # 1.0 (blind 0.0)
    "fr10_ff-message-financement-terrorisme-actifs-virtuels": 0.68,  # 0.706
    "fr12_onu-info-sahel-terrorisme-drones-conference": 0.97,
}


@pytest.mark.parametrize("stem", sorted(BATCH9_GATES))
def test_held_out_batch_9_per_text(stem: str) -> None:
    s = _score(HELDOUT9, [stem])
    assert s.clauses.f1 >= BATCH9_GATES[stem], (stem, round(s.clauses.f1, 3))
