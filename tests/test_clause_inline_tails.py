"""Items written inline in one sentence with no numbered paragraph above them (``… trois
axes : (i) …, (ii) … et (iii) … .``) end with that sentence (guidelines §1a: each one's text
ends where the next begins; the last, where its sentence does). The next paragraph, when
it leads in to a list of its own (``En 2025, l'Organisation a :`` / ``a) formé …``), is not
the last item's: the list's items have no numbered parent and are cited ``(a)``, not
``(iii)(a)``.

Rows of the same shape that must not move: inline items whose last one leads in with a
colon to its own sub-items (``(c) the following controls:`` / ``(i) …``: ``(c)(i)``), and
inline items under a numbered paragraph (``1. The Centre will: (a) …; (b) … .``), which
stay the paragraph's; and a run whose next paragraph names its last item in leading in
(``For point (c), the report shall state:`` / ``(i) …``: ``(c)(i)``), which that item's
sub-items follow. A lead-in naming another item (``For point (a), …:``) still opens a list of
its own.

Each text is written for the test in a shape no batch has (HTML, Markdown and plain text,
French and English); the expected values were worked out by hand.
"""

from __future__ import annotations

from typing import Literal

import pytest

from ctdocs import parse_text

Layout = Literal["text", "markdown", "html"]

CLOSED: list[tuple[str, Layout, list[str]]] = [
    (
        "<html><body><h1>Preventing violent extremism through education</h1>"
        "<h2>Our areas of work</h2><p>The programme rests on three pillars: (i) education "
        "policies grounded in human rights, (ii) training of teachers and school heads, and "
        "(iii) media and information literacy for young people.</p><p>In 2025, the "
        'Organization:</p><ol type="a"><li>trained 3,400 teachers in West Africa and the '
        "Sahel;</li><li>published an indicator framework on global citizenship education;"
        "</li><li>held the fourth international conference on education for prevention in "
        "Paris.</li></ol></body></html>",
        "html",
        ["(i)", "(ii)", "(iii)", "(a)", "(b)", "(c)"],
    ),
    (
        "PROGRAMME DE PRÉVENTION PAR L'ÉDUCATION\n\nNos domaines d'action\n\n"
        "L'action du programme s'articule autour de trois axes : (i) les politiques "
        "éducatives fondées sur les droits de l'homme, (ii) la formation des enseignants, "
        "et (iii) l'éducation aux médias pour les jeunes.\n\nEn 2025, le programme a :\n"
        "a) formé 3 400 enseignants en Afrique de l'Ouest ;\n"
        "b) publié un cadre d'indicateurs sur la citoyenneté mondiale ;\n"
        "c) organisé une conférence internationale à Paris.\n",
        "text",
        ["(i)", "(ii)", "(iii)", "(a)", "(b)", "(c)"],
    ),
    (
        "# Preventing violent extremism through education\n\n## Our areas of work\n\n"
        "The programme rests on three pillars: (i) education policies grounded in human "
        "rights, (ii) training of teachers and school heads, and (iii) media and "
        "information literacy for young people.\n\nIn 2025, the Organization:\n\n"
        "- (a) trained 3,400 teachers in West Africa and the Sahel;\n"
        "- (b) published an indicator framework on global citizenship education.\n",
        "markdown",
        ["(i)", "(ii)", "(iii)", "(a)", "(b)"],
    ),
]

KEPT: list[tuple[str, Layout, list[str]]] = [
    (
        "PORT SECURITY NOTE\n\nScope\n\nThree measures apply: (a) screening of containers, "
        "(b) night patrols, and (c) the following controls:\n(i) identity checks at the "
        "gate;\n(ii) vehicle searches.\n",
        "text",
        ["(a)", "(b)", "(c)", "(c)(i)", "(c)(ii)"],
    ),
    (
        "NOTE SUR LA SÛRETÉ PORTUAIRE\n\nChamp\n\nTrois mesures s'appliquent : (a) le "
        "contrôle des conteneurs, (b) les patrouilles de nuit, et (c) les contrôles "
        "suivants :\n(i) la vérification des identités à l'entrée ;\n(ii) la fouille des "
        "véhicules.\n",
        "text",
        ["(a)", "(b)", "(c)", "(c)(i)", "(c)(ii)"],
    ),
    (
        "ANNUAL PLAN\n\n1. The Centre will in 2026: (a) train 400 officers; (b) publish a "
        "guide on drones.\n\nIt reports to the Board every year on this work:\n\n(c) a "
        "register of incidents is kept.\n\n2. The Board meets twice a year.\n",
        "text",
        ["1", "1(a)", "1(b)", "1(c)", "2"],
    ),
    (
        "PLAN ANNUEL\n\n1. Le Centre va en 2026 : a) former 400 agents ; b) publier un "
        "guide sur les drones.\n\n2. Le Conseil se réunit deux fois par an.\n",
        "text",
        ["1", "1(a)", "1(b)", "2"],
    ),
    (
        "GUIDANCE ON REPORTING\n\nDuties\n\nThe provider must: (a) assess the risk; (b) "
        "remove terrorist content; and (c) report to the police.\nFor point (c), the report "
        "shall state:\n(i) the content removed;\n(ii) the date of removal.\n",
        "text",
        ["(a)", "(b)", "(c)", "(c)(i)", "(c)(ii)"],
    ),
    (
        "GUIDE DU SIGNALEMENT\n\nObligations\n\nLe fournisseur doit : a) évaluer le "
        "risque ; b) retirer les contenus terroristes ; et c) signaler à la police.\n"
        "Pour l'application du point c), le signalement précise :\ni) les contenus "
        "retirés ;\nii) la date du retrait.\n",
        "text",
        ["(a)", "(b)", "(c)", "(c)(i)", "(c)(ii)"],
    ),
]

# the lead-in names another item than the run's last: it still opens a list of its own
NAMED_OTHER: list[tuple[str, Layout, list[str]]] = [
    (
        "GUIDANCE ON REPORTING\n\nDuties\n\nThe provider must: (a) assess the risk; (b) "
        "remove terrorist content; and (c) report to the police.\nFor point (a), the "
        "assessment shall cover:\n(i) the size of the service;\n(ii) its users.\n",
        "text",
        ["(a)", "(b)", "(c)", "(i)", "(ii)"],
    ),
    (
        "GUIDE DU SIGNALEMENT\n\nObligations\n\nLe fournisseur doit : a) évaluer le "
        "risque ; b) retirer les contenus terroristes ; et c) signaler à la police.\n"
        "Pour l'application du point a), l'évaluation porte sur :\ni) la taille du "
        "service ;\nii) ses utilisateurs.\n",
        "text",
        ["(a)", "(b)", "(c)", "(i)", "(ii)"],
    ),
]


@pytest.mark.parametrize(("text", "layout", "numbers"), CLOSED + KEPT + NAMED_OTHER)
def test_an_inline_run_ends_with_its_sentence(
    text: str, layout: Layout, numbers: list[str]
) -> None:
    assert [c.number for c in parse_text(text, layout=layout).clauses()] == numbers
