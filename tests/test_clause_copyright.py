"""``(c) 2026 …`` at a text's foot is the typewritten copyright sign, not item (c)
(guidelines §1, §5: a page footer is noise), French and English side by side; a ``(c)``
that continues an open ``(a)``, ``(b)`` is the item, whatever follows it.

Each text is written for the test; the expected numbers were worked out by hand.
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text

BODY = {
    "fr": (
        "1. Les exploitants des installations portuaires désignent un agent de sûreté.\n\n"
        "2. L'agent de sûreté tient un registre des incidents.\n\n"
    ),
    "en": (
        "1. The operator of a port facility shall designate a security officer.\n\n"
        "2. The security officer shall keep a register of incidents.\n\n"
    ),
}
FOOTER = {
    "fr": "(c) 2026 Secrétariat général du Gouvernement, Journal officiel",
    "en": "(C) Copyright 2026 Attorney General's Office, Port Louis",
}
ITEMS = {
    "fr": (
        "3. Le registre mentionne :\n\n(a) la date de l'incident ;\n\n"
        "(b) le navire concerné ;\n\n(c) 2026 comme année de référence.\n"
    ),
    "en": (
        "3. The register shall state:\n\n(a) the date of the incident;\n\n"
        "(b) the ship concerned;\n\n(c) 2026 as the reference year.\n"
    ),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copyright_footer_is_no_item(lang: str) -> None:
    doc = parse_text(BODY[lang] + FOOTER[lang] + "\n", language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2"]
    assert any(FOOTER[lang][4:] in n.text for n in doc.noise)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_c_after_b_stays_an_item(lang: str) -> None:
    doc = parse_text(BODY[lang] + ITEMS[lang], language=lang)  # type: ignore[arg-type]
    assert [c.number for c in doc.clauses()] == ["1", "2", "3", "3(a)", "3(b)", "3(c)"]
