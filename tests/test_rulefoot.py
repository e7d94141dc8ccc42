"""A page's foot under a rule (src/ctdocs/layout/_rulefoot.py): the lines a portal or a
printer sets below the text's last rule, told by a mark the running text does not print.
Hand-written pages, French and English side by side, of publishers the corpora do not
hold (each foot below is left open without the rule); and the shapes under a rule that
stay the text's own: footnotes, a star's note, lines above a long zone's first mark, a
rule far above the end, a line holding the page's stamp.
"""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.layout._stamps import holds_stamp
from ctdocs.normalise._text import normalise

RULE = "-" * 60
TITLE = {
    "fr": "Décret relatif à la protection des sites portuaires sensibles",
    "en": "Regulation on the protection of sensitive port facilities",
}
PROSE = {
    "fr": [
        "Article 1. Les exploitants des sites portuaires désignent un référent pour la sûreté.",
        "Article 2. Le référent transmet chaque année un rapport au préfet du département.",
        "Article 3. Le préfet peut prescrire des mesures complémentaires en cas de menace.",
        "Article 4. Le présent décret entre en vigueur le lendemain de sa publication.",
    ],
    "en": [
        "Section 1. Operators of port facilities shall appoint a security officer for each site.",
        "Section 2. The officer shall report every year to the regional security authority.",
        "Section 3. The authority may require further measures where the threat level rises.",
        "Section 4. This regulation comes into force on the day after its publication.",
    ],
}
# Related acts joined by bars, wrapped over two lines as a plain-text copy prints them.
RELATED = {
    "fr": (
        "Textes liés : Loi de 1998 sur la sûreté des ports | Règlement de 2019 sur les quais |",
        "Loi (mesures de sûreté) de 2004 sur les zones maritimes",
    ),
    "en": (
        "Related: Harbour Security Act 1998 | Port Facilities Regulations 2019 |",
        "Maritime Zones (Security Measures) Act 2004",
    ),
}
DISCLAIMER = {
    "fr": "Avertissement : les textes de ce site sont donnés à titre d'information. "
    "Seul le journal imprimé fait foi.",
    "en": "Disclaimer: The texts on this site are for information only. "
    "Only the printed gazette is authentic.",
}
COPYRIGHT = {  # a copyright typed "(c)": no item (c) of a list
    "fr": "(c) 2026 Direction des affaires juridiques, Maison du Port, Port-Mathurin",
    "en": "(c) 2026 Legal Affairs Directorate, Harbour House, Port Mathurin",
}
ADDRESS = {  # an international number, its prefix in brackets
    "fr": "Direction des affaires juridiques, 4 avenue du Port, Port-Mathurin – "
    "Tél. : (+261) 20 22 31 40",
    "en": "Legal Affairs Directorate, 4 Harbour Road, Port Mathurin – Tel.: (+261) 20 22 31 40",
}
WEB = "www.harbour-law.example"


def reasons(lines: list[str]) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise("\n\n".join(lines), markdown=False))}


def page(lang: str, *foot: str) -> list[str]:
    return [TITLE[lang], *PROSE[lang], RULE, *foot]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_zone_under_the_last_rule_is_the_foot(lang: str) -> None:
    """Related acts, a disclaimer, a copyright: every line under the rule goes (three open
    lines with a mark among them), the text above it stays."""
    got = reasons(page(lang, "\n".join(RELATED[lang]), DISCLAIMER[lang], COPYRIGHT[lang]))
    for line in (*RELATED[lang], DISCLAIMER[lang], COPYRIGHT[lang]):
        assert got[line] == "boilerplate", line
    assert all(got[p] is None for p in PROSE[lang])
    assert got[TITLE[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_address_with_an_international_number(lang: str) -> None:
    """A letter's last page: the office's address and phone under a rule."""
    assert reasons(page(lang, ADDRESS[lang]))[ADDRESS[lang]] == "boilerplate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_whole_zone_lets_the_zone_above_be_read(lang: str) -> None:
    """Under the last rule a copyright alone; above it, between two rules, a bill's number
    and the related acts: that zone is short too and goes whole."""
    bill = "Projet No: P.41/2026"
    got = reasons(page(lang, bill, "\n".join(RELATED[lang]), RULE, COPYRIGHT[lang]))
    for line in (bill, *RELATED[lang], COPYRIGHT[lang]):
        assert got[line] == "boilerplate", line


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_zone_goes_from_its_first_mark_down(lang: str) -> None:
    """Four open lines under the rule: the endnotes' heading and a history row above the
    first marked line are the text's."""
    head = {"fr": "NOTES FINALES", "en": "ENDNOTES"}[lang]
    row = {
        "fr": "Avis d'entrée en vigueur ........ BR 112 / 2026",
        "en": "Commencement notice ........ BR 112 / 2026",
    }[lang]
    got = reasons(page(lang, head, row, "\n".join(RELATED[lang])))
    assert got[head] is None
    assert got[row] is None
    assert all(got[line] == "boilerplate" for line in RELATED[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_numbered_and_starred_notes_under_the_rule_stay(lang: str) -> None:
    """A footnote under the rule (numbered, or called by a star) is the text's: the rule's
    zone does not take it. The bare web address closing the text is the print's footer by
    its own rule (_edgesites; ho6's "www.nato-pa.int" under its note is gold noise)."""
    numbered = {
        "fr": "1. Disponible à l'adresse www.port-securite.example/rapport.",
        "en": "1. Available at www.port-security.example/report.",
    }[lang]
    starred = {
        "fr": "* Présenté par la commission de la sûreté et adopté par l'Assemblée le 9 "
        "octobre 2026.",
        "en": "* Presented by the Security Committee and adopted by the Assembly on 9 "
        "October 2026.",
    }[lang]
    for note in (numbered, starred):
        got = reasons(page(lang, note, WEB))
        assert got[WEB] == "page-footer", note
        assert all(v is None for k, v in got.items() if k.startswith(note[:12])), note


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_rule_far_above_the_end_is_no_foot(lang: str) -> None:
    """A rule between the title and a dozen unnumbered paragraphs: the marked line under
    it is read by the other rules, not taken as the page's foot (the paragraphs under it
    with it)."""
    body = [f"{p.split('. ', 1)[1]} ({k})" for k in range(3) for p in PROSE[lang]]
    got = reasons([TITLE[lang], RULE, ADDRESS[lang], *body])
    assert got[ADDRESS[lang]] is None
    assert all(got[p] is None for p in body)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Communication no 3655/2019 Dernière mise à jour : 05/05/2026 © Haut-Commissariat", True),
        ("Communication No 3655/2019 Last updated: 05/05/2026 © Office of the Commissioner", True),
        ("Signaler une erreur · Mentions légales · Dernière synchronisation : 22.04.2026", True),
        ("Report an error · Legal notice · Last synchronised: 22.04.2026", True),
        ("© Haut-Commissariat aux droits de l'homme 2026 | Conditions d'utilisation", False),
        ("© Office of the High Commissioner 2026 | Terms of use", False),
    ],
)
def test_a_stamp_inside_a_joined_foot_line_is_seen(text: str, held: bool) -> None:
    """A foot's lines joined into one: the stamp's cue and date inside it, or a labelled
    date closing it, keep the line open (the stamp readers date the page from a line's
    start); a copyright's year alone is no stamp."""
    assert holds_stamp(text) is held


def md_reasons(lines: list[str]) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise("\n\n".join(lines), markdown=True))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_markdown_break_is_a_rule_and_emphasis_no_star_note(lang: str) -> None:
    """Under a Markdown copy's last ``---``, a mirror's note in emphasis: its line with a
    web address goes; the star glued to its word is emphasis, not a note's call, so the
    rule-foot reading leaves the sentence above the mark, which the editor's-note rule
    (layout/_editnotes.py: a labelled note after the text, ho21's gold) then takes too."""
    said = {
        "fr": "*Note du miroir : converti depuis le journal imprimé. Erreurs de notre fait.",
        "en": "*Mirror note: converted from the printed gazette. Errors are ours.",
    }[lang]
    licence = {
        "fr": "Licence des notes : CC BY 4.0. [Modifier cette page](https://git.example.org/dp).*",
        "en": "Licence of the notes: CC BY 4.0. [Edit this page](https://git.example.org/hl).*",
    }[lang]
    got = md_reasons([f"# {TITLE[lang]}", *PROSE[lang], "---", f"{said}\n{licence}"])
    assert got[licence] == "boilerplate"
    assert got[said] == "boilerplate"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_dateline_over_a_share_row_stays(lang: str) -> None:
    """The session's dateline under the last ``---``, a share row set aside below it: a
    mark on a line set aside already says nothing of the open line above it."""
    close = {
        "fr": "*Document de séance n° 1187 — 51e Session — Kigali, 9 juillet 2026*",
        "en": "*Session document No. 1187 — 51st Session — Kigali, 9 July 2026*",
    }[lang]
    share = (
        "[Facebook](https://www.facebook.com/sharer/sharer.php?u=x) · "
        "[X](https://x.com/intent/tweet?url=x)"
    )
    got = md_reasons([f"# {TITLE[lang]}", *PROSE[lang], "---", close, share])
    assert got[share] is not None
    assert got[close.strip("*")] is None


HOLDER = {  # the typed sign with the holder's name before the years, as "© Holder 2026"
    "fr": "(c) JURIPORT 2012-2026 - Tous droits réservés",
    "en": "(c) HARBOURLAW 2012-2026 - All rights reserved",
}
ITEM = {  # an item (c) whose words run on to a year stays an item
    "fr": "(c) la date de 2019 retenue pour le calcul des délais ;",
    "en": "(c) the year 2019 taken for computing the periods;",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_typed_copyright_with_its_holder_is_the_foot(lang: str) -> None:
    """Related acts over "(c) HOLDER 2012-2026": the copyright is no item (c), so the
    zone is the page's foot, both lines."""
    got = reasons(page(lang, "\n".join(RELATED[lang]), HOLDER[lang]))
    assert got[HOLDER[lang]] == "boilerplate"
    assert all(got[line] == "boilerplate" for line in RELATED[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_item_c_running_on_to_a_year_stays(lang: str) -> None:
    got = reasons(page(lang, "\n".join(RELATED[lang]), ITEM[lang]))
    assert got[ITEM[lang]] is None


# session 44 (INTRODUCED leak, ho25 tonga: "(c) Government of Tonga. Disclaimer | Privacy |
# Contact …" under the last rule was read as an item (c), a footnote, and the foot kept)
@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "fr",
            "(c) Gouvernement de la République de Maurice. Mentions légales | "
            "Confidentialité | Nous contacter",
        ),
        ("fr", "(c) Journal officiel du Bénin. Accessibilité · Plan du site · Contact"),
        ("en", "(C) Republic of Palau. Terms of use · Privacy · Contact us"),
        ("en", "(c) Office of the Attorney General. Disclaimer | Accessibility | Sitemap"),
    ],
)
def test_a_typed_copyright_before_the_sites_bar_is_the_foot(lang: str, line: str) -> None:
    got = reasons(page(lang, line))
    assert got[line] == "boilerplate"
    assert all(got[p] is None for p in PROSE[lang])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # an item (c) whose sentence runs on to one bar, or opens in lower case
        ("fr", "(c) Le ministre publie la liste. Voir l'annexe 2 | partie 3"),
        ("fr", "(c) le préfet | le maire | le référent transmettent chacun un rapport."),
        ("en", "(c) The Minister shall publish the list. See Schedule 2 | Part 3"),
        ("en", "(c) the Authority | the Agency | the Board shall each report."),
    ],
)
def test_an_item_c_with_bars_stays(lang: str, line: str) -> None:
    assert reasons(page(lang, line))[line] is None


# review of session 44 (revC44): an item (c) after its (a) and (b), past a rule (a page's
# break in a plain-text copy), naming a government before a table's cells: the list runs on
# to it, so it is the text's item, and the table under it too. The same line under a rule
# that closes prose, not a list, is the page's foot.
ITEMS = {
    "fr": [
        "Article 5. Sont notifiés de chaque inscription :",
        "a) le procureur général ;",
        "b) le directeur général de la police ;",
    ],
    "en": [
        "Section 5. The following shall be notified of every designation:",
        "(a) the Attorney General;",
        "(b) the Commissioner of Police;",
    ],
}
ITEM_C = {
    "fr": "(c) Gouvernement de la République. Ministère des finances | Trésor | Douanes",
    "en": "(c) Government of Tonga. Ministry of Finance | Treasury | Customs Department",
}
TABLE = {
    "fr": "| Entité | Date | Journal officiel |\n|---|---|---|\n| Groupe A | 3 mai 2026 | n° 12 |",
    "en": "| Entity | Date | Gazette |\n|---|---|---|\n| Group A | 3 May 2026 | No. 12 |",
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_item_c_running_on_from_its_list_over_the_rule_stays(lang: str) -> None:
    lines = [TITLE[lang], *PROSE[lang], *ITEMS[lang], RULE, ITEM_C[lang], TABLE[lang]]
    got = reasons(lines)
    assert got[ITEM_C[lang]] is None
    rows = [t for t in TABLE[lang].splitlines() if any(c.isalpha() for c in t)]
    assert all(got[t] is None for t in rows)  # the rule of cells "|---|" is markup


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_same_copyright_under_prose_is_the_foot(lang: str) -> None:
    got = reasons(page(lang, ITEM_C[lang]))
    assert got[ITEM_C[lang]] == "boilerplate"
