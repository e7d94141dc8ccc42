"""A saved e-mail's envelope opening a newsletter or a circular is noise; a memo's own
"From/To/Subject" lines, with no field only a mail program writes, are the document's."""

from __future__ import annotations

import pytest

from ctdocs.layout._segment import segment
from ctdocs.normalise._text import normalise

ENVELOPES = {
    "fr": [
        'From: "Centre d\'études - Lettre" <lettre@centre.example>',
        "To: abonnes@listes.centre.example",
        "Date: Mon, 16 Nov 2026 09:02:37 +0100",
        "Objet : [Lettre n° 12] Atelier sur la sûreté portuaire",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
    ],
    "en": [
        "From: Observatory Bulletin <bulletin@observatory.example>",
        "Sent: Tuesday, 3 March 2026 14:10",
        "Subject: Bulletin 8 - regional workshop on drones",
        "Message-ID: <20260303141000.4821@observatory.example>",
        "List-Unsubscribe: <mailto:leave@observatory.example>",
    ],
}
BODY = {
    "fr": "Le Centre a réuni du 3 au 5 novembre les services de vingt États membres pour "
    "examiner la menace que font peser les engins explosifs improvisés.",
    "en": "The Observatory met the services of twenty States from 3 to 5 March to review "
    "the threat posed by improvised explosive devices and drones.",
}
BROWSER = {
    "fr": "Si ce message ne s'affiche pas correctement, consultez la version en ligne :",
    "en": "View this email in your browser",
}


def _noise(text: str) -> dict[str, str | None]:
    return {u.text: u.noise for u in segment(normalise(text, markdown=False))}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_saved_messages_envelope_is_noise(lang: str) -> None:
    head = ENVELOPES[lang]
    got = _noise("\n".join(head) + "\n\n" + BROWSER[lang] + "\n\n" + BODY[lang])
    for line in head:
        assert got[line] == "metadata", line
    assert got[BROWSER[lang]] == "web-chrome"
    assert got[BODY[lang]] is None


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_memos_header_without_transport_fields_stays(lang: str) -> None:
    """No MIME-Version, Content-Type, Message-ID or List-* field: the memo's own head."""
    head = [
        line for line in ENVELOPES[lang] if not line.startswith(("MIME", "Content", "Mes", "List"))
    ]
    got = _noise("\n".join(head) + "\n\n" + BODY[lang])
    # (a "Sent:" date line is a stamp by a rule of its own)
    for line in head:
        if line.startswith(("From", "To", "Subject", "Objet")):
            assert got[line] is None, line
    assert got[BODY[lang]] is None
