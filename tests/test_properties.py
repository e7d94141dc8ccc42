"""Property tests: bad input never crashes, never loses text, and parses the same everywhere.

For arbitrary text (any Unicode: right-to-left scripts, emoji, combining marks,
control characters, NUL, odd spaces, very long lines, no line break at all),
arbitrary bytes, and documents assembled from the building blocks of real
policy texts (numbered clauses ``1.``, ``3.1``, ``(a)``, ``i)``, headings,
bullets, web chrome and page furniture, dates, French and English actor names,
HTML tags, Markdown), ``parse_text`` and ``parse_document``:

* return a Document or raise a :class:`ctdocs.CtdocsError` — nothing else;
* return a *sound* Document (``tests/_soundness.py``): every span inside the
  text and slicing to its mention, every non-blank character in exactly one
  block or noise item, tree links consistent, the JSON round trip the identity;
* give byte-identical JSON when run again, and in another process with another
  ``PYTHONHASHSEED`` (nothing may depend on set or dict-of-str iteration order).

Example counts come from the Hypothesis profile (``tests/conftest.py``): the
default ``ci`` profile is small and repeatable; ``HYPOTHESIS_PROFILE=thorough``
runs thousands.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from ctdocs import CtdocsError, DecodeError, Document, parse_document, parse_text

from ._soundness import assert_sound

ROOT = Path(__file__).resolve().parents[1]

# ----------------------------------------------------------------------------- strategies
# Characters that have broken text pipelines before: bidi controls and RTL scripts,
# emoji with joiners and modifiers, combining marks, every kind of line and paragraph
# separator str.splitlines() knows, NUL and other controls, no-break and zero-width
# spaces, soft hyphen, BOM, characters whose lower or case-folded form is longer
# (İ, ß, ligatures), digits of other scripts (\d matches them), full-width forms.
ODD = (
    "שלום עולם مرحبا بالعالم \u200f\u200e\u202e\u202c\u2066\u2069"
    "😀👨\u200d👩\u200d👧🇫🇷🇬🇧👍🏽"
    "e\u0301a\u0300\u0301\u0302\u0338\u20dd"
    "\x00\x01\x07\x08\x0b\x0c\x1b\x1c\x1d\x1e\x7f\x85\u2028\u2029"
    "\u00a0\u202f\u2009\u2007\u3000\u200b\u2060\ufeff\u00ad"
    "İıßẞﬁﬃǄῼΣς"
    "٣١٢۴५๗１２"
    "«»“”‘’–—…•·▪◦●"
    "<>&;#*_`|[]()/\\"
)
odd_text = st.text(alphabet=st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=300)
any_text = st.text(max_size=400)
long_line = st.builds(
    lambda piece, n: (piece * n)[:20000],
    st.text(min_size=1, max_size=12),
    st.integers(min_value=50, max_value=3000),
)
# (characters() with an argument also yields lone surrogates, which parse_text must refuse)
no_breaks = st.text(alphabet=st.characters(blacklist_characters="\n\r"), max_size=500)
texts = st.one_of(any_text, odd_text, long_line, no_breaks)

WORDS_FR = (
    "Le Conseil de sécurité",
    "L'OTAN",
    "l'Union européenne",
    "la Russie",
    "les États-Unis",
    "l'OSCE",
    "les Partenaires",
    "décide",
    "renforcera",
    "la lutte contre le terrorisme",
    "les armes chimiques",
    "le contrôle aux frontières",
    "les engins explosifs improvisés",
    "le financement du terrorisme",
    "et",
    "de",
    "à",
    "pour",
    "avec",
)
WORDS_EN = (
    "The Security Council",
    "NATO",
    "the European Union",
    "Russia",
    "the United States",
    "the OSCE",
    "Allies",
    "decides",
    "will strengthen",
    "the fight against terrorism",
    "chemical weapons",
    "border control",
    "counter-IED",
    "terrorist financing",
    "and",
    "of",
    "to",
    "for",
    "with",
)
DATES = (
    "le 5 juin 2003",
    "le 1er janvier 2015",
    "12-13 février 2020",
    "en février",
    "2011-2014",
    "June 6, 2002",
    "on 28 September 2001",
    "from 25 to 27 September 2002",
    "15/06/2004",
    "Mid-October 2001",
    "by the end of 2023",
    "entre 2003 et 2014",
    "novembre/décembre 2021",
)
CHROME = (
    "Share",
    "Partager",
    "Imprimer",
    "Mot de passe",
    "Subscribe to our newsletter",
    "Page 3 of 12",
    "page 2 sur 5",
    "- 2 -",
    "S/2003/82",
    "03-22133 (F)",
    "*0322133*",
    "Distr. générale",
    "Original : anglais",
    "Photo: NATO",
    "Back to top",
    "©",
    "Updated: 12 June 2020",
    "Bruxelles, le 20 novembre 2025",
    "(Signé) Jean Dupont",
)
MARKERS = (
    "1.",
    "2.",
    "18.",
    "3.1",
    "3.1.",
    "16.2.5",
    "1.1.1.1.1",
    "(a)",
    "(b)",
    "a)",
    "(i)",
    "(ii)",
    "iii)",
    "(iv)",
    "(A)",
    "-",
    "•",
    "*",
    "+",
    "–",
    "—",
    "1)",
    "999.",
    "0.",
    "12. 3",
)
HTML = (
    "<p>",
    "</p>",
    "<h2>",
    "</h2>",
    "<ul>",
    "<ol type='a'>",
    "<li>",
    "</li>",
    "<b>",
    "</b>",
    "<br>",
    "<hr>",
    "<nav>",
    "</nav>",
    "<div class='menu'>",
    "</div>",
    "<script>x<y</script>",
    "<!-- c -->",
    "<!--",
    "&amp;",
    "&#233;",
    "&nbsp;",
    "<sup>1</sup>",
    "<table><tr><td>",
)
MARKDOWN = ("# ", "## ", "### ", "**", "*", "__", "> ", "| a | b |", "---", "```", "  ", "\\")

sentence = st.lists(
    st.sampled_from(WORDS_FR) | st.sampled_from(WORDS_EN) | st.sampled_from(DATES),
    min_size=1,
    max_size=12,
).map(" ".join)


@st.composite
def lines(draw: st.DrawFn) -> str:
    """One line of a policy text: a marker and a sentence, a heading, chrome, markup."""
    kind = draw(st.integers(0, 9))
    body = draw(sentence)
    if kind <= 3:
        end = draw(st.sampled_from((".", ";", ":", "", ",")))
        return f"{draw(st.sampled_from(MARKERS))} {body}{end}"
    if kind == 4:
        return f"{draw(st.sampled_from(MARKDOWN))}{body.title()[:80]}"
    if kind == 5:
        return draw(st.sampled_from(CHROME))
    if kind == 6:
        tag = draw(st.sampled_from(HTML))
        return f"{tag}{body}{draw(st.sampled_from(HTML))}"
    if kind == 7:
        return f"**{draw(st.sampled_from(MARKERS[:7]))} {body[:40]}.** {body}"
    if kind == 8:
        return draw(odd_text)[:80]
    return body + "."


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A document assembled line by line, with varied line ends and blank lines."""
    parts = draw(st.lists(lines(), min_size=1, max_size=40))
    seps = draw(
        st.lists(
            st.sampled_from(("\n", "\n\n", "\r\n", "\n\n\n", " ", "\r")),
            min_size=len(parts),
            max_size=len(parts),
        )
    )
    return "".join(p + s for p, s in zip(parts, seps, strict=True))


layouts = st.sampled_from((None, "text", "markdown", "html"))
languages = st.sampled_from((None, "fr", "en"))


# ----------------------------------------------------------------------------- helpers
def parse_or_refuse(
    text: str, language: str | None = None, layout: str | None = None
) -> Document | None:
    """The Document, or None for a CtdocsError; any other exception fails the test."""
    try:
        return parse_text(text, language, layout=layout)  # type: ignore[arg-type]
    except CtdocsError:
        return None


def check(doc: Document | None) -> None:
    if doc is not None:
        assert_sound(doc)


# ----------------------------------------------------------------------------- properties
@given(texts, languages, layouts)
def test_arbitrary_text_parses_soundly_or_is_refused(
    text: str, language: str | None, layout: str | None
) -> None:
    check(parse_or_refuse(text, language, layout))


@given(documents(), languages, layouts)
def test_structured_documents_parse_soundly(
    text: str, language: str | None, layout: str | None
) -> None:
    doc = parse_or_refuse(text, language, layout)
    # A text that is not blank is never refused: parse_text refuses only blank text,
    # unpaired surrogates (none here) and texts over the size limit (none here).
    assert (doc is None) == (not text.strip())
    check(doc)


encoded = st.builds(
    lambda t, enc: t.encode(enc, "replace"),
    documents(),
    st.sampled_from(("utf-8", "utf-16", "cp1252", "latin-1")),
)


@given(st.binary(max_size=2000) | encoded)
def test_arbitrary_bytes_parse_soundly_or_are_refused(data: bytes) -> None:
    try:
        doc = parse_document(data)
    except CtdocsError:
        return
    assert_sound(doc)


@given(documents() | texts, layouts)
def test_parsing_again_gives_identical_json(text: str, layout: str | None) -> None:
    first = parse_or_refuse(text, None, layout)
    again = parse_or_refuse(text, None, layout)
    assert (first is None) == (again is None)
    if first is not None and again is not None:
        assert first.model_dump_json() == again.model_dump_json()


with_surrogates = st.text(
    alphabet=st.characters(categories=["Cs"]) | st.sampled_from(ODD), min_size=1, max_size=60
)


@given(texts | with_surrogates)
def test_decode_error_exactly_for_unpaired_surrogates(text: str) -> None:
    """Hypothesis's text includes lone surrogates: they, and only they, are undecodable."""
    surrogate = any("\ud800" <= ch <= "\udfff" for ch in text)
    event("lone surrogate" if surrogate else "no surrogate")  # both show in the statistics
    try:
        parse_text(text)
        refused: CtdocsError | None = None
    except CtdocsError as exc:
        refused = exc
    assert isinstance(refused, DecodeError) == surrogate, refused


@pytest.mark.parametrize(
    "text", ["1. Le Conseil \ud800 décide.", "1. The Council \udfff decides."], ids=["fr", "en"]
)
def test_lone_surrogate_is_a_decode_error_not_a_crash(text: str) -> None:
    with pytest.raises(DecodeError, match="surrogate"):
        parse_text(text)


# ----------------------------------------------------------------------------- across processes
_CHILD = textwrap.dedent(
    """
    import json, sys
    from ctdocs import CtdocsError, parse_text
    out = []
    for text, layout in json.load(open(sys.argv[1], encoding="utf-8")):
        try:
            out.append(parse_text(text, layout=layout).model_dump_json())
        except CtdocsError as exc:
            out.append(type(exc).__name__)
    json.dump(out, open(sys.argv[2], "w", encoding="utf-8"))
    """
)


def _outputs(cases: list[tuple[str, str | None]]) -> list[str]:
    out = []
    for text, layout in cases:
        try:
            out.append(parse_text(text, layout=layout).model_dump_json())  # type: ignore[arg-type]
        except CtdocsError as exc:
            out.append(type(exc).__name__)
    return out


# Each example is two child processes: one batch in CI, a few under the thorough profile.
@settings(max_examples=4 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1)
@given(cases=st.lists(st.tuples(documents() | texts, layouts), min_size=30, max_size=30))
def test_output_is_identical_in_processes_with_other_hash_seeds(
    cases: list[tuple[str, str | None]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    here = _outputs(cases)
    folder = tmp_path_factory.mktemp("hashseed")
    src = folder / "cases.json"
    src.write_text(json.dumps(cases), encoding="utf-8")
    mine = os.environ.get("PYTHONHASHSEED", "random")
    for seed in ("1", "4242"):
        if seed == mine:
            continue
        dst = folder / f"out-{seed}.json"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", _CHILD, str(src), str(dst)],
            env=env,
            check=True,
            cwd=ROOT,
            timeout=600,
        )
        there = json.loads(dst.read_text(encoding="utf-8"))
        diff = [k for k, (a, b) in enumerate(zip(here, there, strict=True)) if a != b]
        assert not diff, f"PYTHONHASHSEED={seed} changes case {diff[0]}: {cases[diff[0]]!r}"
    # Not vacuous: most cases are parsed, not refused.
    assert sum(o.startswith("{") for o in here) >= len(cases) // 2
