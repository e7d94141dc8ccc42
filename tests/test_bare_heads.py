"""A capitalised short reference (``Conseil``, ``Assembly``, ``Organization``) is a mention
of the body the text names only where it stands alone as a name (extract/_bare_heads):
an agreeing adjective right after it (``Conseil national des barreaux``) or a capitalised
qualifier right before it (``Haut Conseil``, ``Terrorist Organization``) makes it the head
of another body's name, which the knowledge base lacks. Texts written for these tests in
the shapes of a bar's guidance, a court's judgment, a health agency's opinion, a world
organisation's resolution and a sanctions notice (none of the batches' publishers);
expected values checked by hand against the annotation guidelines (§3: capitalised short
references count as mentions of a named body; a body's full name is one surface form).
"""

from __future__ import annotations

import pytest

from ctdocs import parse_text
from ctdocs.extract._bare_heads import drop_opening_heads
from ctdocs.extract._hits import ActorHit


def _surfaces(text: str, lang: str) -> set[str]:
    doc = parse_text(text, lang)  # type: ignore[arg-type]
    return {m.text for a in doc.actors for m in a.mentions}


# (lang, text, a surface that must not be listed): the head of a longer unknown name
OPENING = [
    (
        "fr",
        "Le Conseil de sécurité a adopté la résolution 2462 (2019).\n\n"
        "Le guide a été adopté par le Conseil supérieur des notaires le 3 mars 2026.",
        "Conseil",
    ),
    (
        "en",
        "The Security Council adopted resolution 2462 (2019).\n\n"
        "The guidance was issued by the Supreme Notarial Council on 3 March 2026.",
        "Council",
    ),
    (
        "fr",
        "Vu la résolution de l'Assemblée générale des Nations Unies ;\n"
        "Adoptée par l'Assemblée mondiale des délégués le 27 mai 2026.",
        "Assemblée",
    ),
    (
        "en",
        "Recalling United Nations General Assembly resolution 60/288;\n"
        "Adopted by the World Assembly of Delegates on 27 May 2026.",
        "Assembly",
    ),
    (
        "fr",
        "La Commission européenne a été consultée.\n\n"
        "Validé par la Commission permanente des maladies émergentes le 19 février 2026.",
        "Commission",
    ),
    (
        "fr",
        "Le Conseil de sécurité a été saisi.\n\n"
        "Avis rédigé par des experts, membres ou non du Haut Conseil de la santé\npublique.",
        "Conseil",
    ),
    (
        "en",
        "The United Nations Organization was informed.\n\n"
        "Persons on the Foreign Terrorist Organization list are barred from entry.",
        "Organization",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), OPENING)
def test_head_of_a_longer_name_is_no_short_reference(lang: str, text: str, surface: str) -> None:
    assert surface not in _surfaces(text, lang)


# (lang, text, the short reference that stays): same shapes on ordinary body text
ALONE = [
    (
        # a verb after the head, however it ends (-ère, -ique, -ale)
        "fr",
        "Le Conseil de sécurité a adopté la résolution.\n\n1. Le Conseil considère que la "
        "menace persiste.",
        "Conseil",
    ),
    (
        "fr",
        "La Commission européenne a publié sa stratégie.\n\n2. La Commission signale que "
        "les États membres ont transposé la directive.",
        "Commission",
    ),
    (
        # a link after the head: its object, not its name
        "fr",
        "Le Conseil de sécurité prie les États de faire rapport au Conseil de leurs "
        "efforts et prie le Conseil de veiller à leur suivi.",
        "Conseil",
    ),
    (
        # a function word, a known owner, a line's or a sentence's first word before it
        "en",
        "The Security Council adopted resolution 2396 (2017). The Council also decided to "
        "remain seized of the matter.",
        "Council",
    ),
    (
        "en",
        "The International Civil Aviation Organization (ICAO), whose Council adopted "
        "Amendment 18, reported to the ICAO Council in June.",
        "Council",
    ),
    (
        "fr",
        "Le Conseil de sécurité s'est réuni.\n\nRappel. Conseil et États membres coopèrent.",
        "Conseil",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ALONE)
def test_short_reference_alone_stays(lang: str, text: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


def test_full_forms_and_states_stay() -> None:
    """Only a one-word short reference to a body is set aside: a full form, a state's
    reference and a word in capitals stay whatever follows them."""
    text = "Le Conseil national. Le Gouvernement fédéral. CONSEIL national."
    at = [text.index(w) for w in ("Conseil", "Gouvernement", "CONSEIL")]
    hits = [
        ActorHit(at[0], at[0] + 7, "body", "exact", 100.0),
        ActorHit(at[1], at[1] + 12, "state", "context", 100.0),
        ActorHit(at[2], at[2] + 7, "body", "context", 100.0),
    ]
    kept = drop_opening_heads(text, hits, lambda a: a == "body")
    assert kept == hits
    context = ActorHit(at[0], at[0] + 7, "body", "context", 100.0)
    assert drop_opening_heads(text, [context], lambda a: a == "body") == []


# (lang, text, the short reference that stays): a month's or a day's name right before the
# head is a date's word, a numeral a reference's number, no qualifier (mendsD41: lost at
# 6b6c9165)
AFTER_A_DATE = [
    (
        "en",
        "The Security Council adopted resolution 2396.\n\nOn Tuesday Council members met.",
        "Council",
    ),
    (
        "en",
        "The Council of the European Union adopted conclusions.\n\nIn June Council agreed.",
        "Council",
    ),
    (
        "fr",
        "Le Conseil de sécurité a adopté la résolution 2396.\n\nLe 4 Juin Conseil et Comité "
        "se sont réunis.",
        "Conseil",
    ),
    # a reference's numeral before the head
    (
        "en",
        "The Security Council adopted resolution 2396.\n\nSee Annex II Council Decision.",
        "Council",
    ),
    (
        "fr",
        "Le Conseil de sécurité a adopté la résolution.\n\nChapitre VII Conseil et Comité",
        "Conseil",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), AFTER_A_DATE)
def test_short_reference_after_a_date_stays(lang: str, text: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Security Council was informed.\n\nOn Tuesday the Supreme Notarial Council met.",
        ),
        (
            "fr",
            "Le Conseil de sécurité a été saisi.\n\nLe 4 Juin, le Haut Conseil de la santé "
            "publique a rendu son avis.",
        ),
    ],
)
def test_head_of_a_longer_name_after_a_date_is_no_short_reference(lang: str, text: str) -> None:
    """Negative rows of the same shape: the date further back, a qualifier right before."""
    assert {"Council", "Conseil"}.isdisjoint(_surfaces(text, lang))


# (lang, text, the short reference that stays): in English a lower-case word after the
# head is the sentence's, not a qualifier of a name (English qualifies a name from before);
# the French rows of OPENING, a French adjective after its head, still go (mendsD41:
# the English rows were lost at 6b6c9165)
ENGLISH_AFTER = [
    (
        "en",
        "The Counter-Terrorism Committee met.\n\nThe Committee special meeting on drones was "
        "held in Delhi.",
        "Committee",
    ),
    (
        "en",
        "The Security Council adopted resolution 2396.\n\nThe Council permanent members disagreed.",
        "Council",
    ),
]


@pytest.mark.parametrize(("lang", "text", "surface"), ENGLISH_AFTER)
def test_english_word_after_the_head_is_no_qualifier(lang: str, text: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


def test_french_adjective_after_the_head_still_qualifies() -> None:
    """Negative row of the same shape: the French reading holds (guidelines §3)."""
    text = (
        "Le Conseil de sécurité a été saisi.\n\nLe Conseil permanent des barreaux a rendu son avis."
    )
    assert "Conseil" not in _surfaces(text, "fr")
