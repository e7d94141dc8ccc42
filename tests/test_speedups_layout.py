"""The layout stage's shared line views give the answers of the per-rule computations
they replace: a unit's word count and folded words (``Unit.words``, ``Unit.folded``),
and the keys cut from them (``unit_key``, ``_unit_line_key``) against the keys computed
from the text, on hand-made rows and on every line of the seeds and test texts; the
scorer's line tests and counts, and the language counts, against the ones they replace."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from ctdocs._knowledge import load_layout, may_open, may_open_pattern
from ctdocs._parse import _body_head
from ctdocs.layout._boilerplate import _LINK_RE, _context, lexicon
from ctdocs.layout._chromelines import _ALPHA_RE, _ROW_MARKS_RE
from ctdocs.layout._linekeys import KEY_STRIP, key, unit_key
from ctdocs.layout._linekeys import has_pipes as _has_pipes
from ctdocs.layout._markergate import may_mark
from ctdocs.layout._numbering import _division_openings, find_marker
from ctdocs.layout._pictures import _BLOCK_RE, _has_digit, mark_shattered
from ctdocs.layout._segment import (
    _CAPTION_MAX_WORDS,
    _TWICE_MAX_WORDS,
    _credit_re,
    _line_key,
    _unit_line_key,
)
from ctdocs.layout._unit import Unit, bmp_letters, word_tokens
from ctdocs.layout._webtails import _GLOSS_CUT_RE
from ctdocs.normalise._text import Line
from ctdocs.structure._blocks import RawBlock
from ctdocs.structure._language import _tables as _language_tables
from ctdocs.structure._language import detect_language
from ctdocs.structure._sequences import _RUN_IN_RE

from .conftest import SEEDS, TEXTS

# box drawing and block elements, the characters a bar chart is drawn in
_BLOCK_CHARS = frozenset(chr(c) for c in range(0x2500, 0x25A0))


def _unit(text: str) -> Unit:
    return Unit(0, len(text), text, Line(0, len(text)))


def _same_views(text: str) -> None:
    u = _unit(text)
    assert u.words() == len(text.split()), text
    assert unit_key(u) == key(text), text
    assert _unit_line_key(u) == _line_key(text), text
    assert u.words() == len(text.split())  # asked again: the count kept
    assert u.alphas() == _ALPHA_RE.findall(text.casefold()), text
    if u.fold_safe():  # the runs of the text, one for one, each folded
        assert u.alphas() == [w.casefold() for w in _ALPHA_RE.findall(text)], text


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Rapport d’activité de l’Office", "The Office’s Annual Report"),
        ("• Accueil •", "• Home •"),
        ("  - Sommaire :  ", "  - Contents :  "),
        ("STRASSE ß İSTANBUL ΣΟΦΊΑ ﬁn", "STRASSE ß İSTANBUL ΣΟΦΊΑ ﬁn"),  # folds that grow
        ("Partager\u00a0:\tFacebook  ’  Twitter", "Share\u00a0:\tFacebook  ’  Twitter"),
        ("*** # Titre # ***", "*** # Title # ***"),
        ("", " "),
    ],
)
def test_unit_views_equal_the_keys_of_the_text(fr: str, en: str) -> None:
    _same_views(fr)
    _same_views(en)


def test_unit_views_equal_the_keys_on_every_line_of_the_texts() -> None:
    for path in [*SEEDS, *TEXTS]:
        if path.suffix in (".txt", ".md"):
            for line in path.read_text(encoding="utf-8").splitlines():
                _same_views(line)


def test_case_folding_makes_no_mark_the_keys_strip_or_replace() -> None:
    """Why folding may come first (``unit_key``, ``_unit_line_key``): no character folds to
    a string holding a space, one of the stripped marks or a quote the line key replaces,
    and those fold to themselves."""
    marks = set(KEY_STRIP) | set(" .:;!?•-") | {"\u2019", "'"}
    assert all(m.casefold() == m for m in marks)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        folded = ch.casefold()
        if folded != ch:
            assert not marks & set(folded), hex(cp)


def test_a_fold_safe_line_has_the_runs_of_its_text_whatever_character_it_holds() -> None:
    """``Unit.fold_safe``'s guard: every character whose case fold is longer than itself
    or of another kind (a letter to a mark: "İ"; a mark to a letter: U+0345) makes the
    line unsafe; a line holding any other is cut into the same runs, folded or not."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if ch.casefold() == ch:
            continue  # (a line of such characters folds to itself)
        text = f"ab{ch}c d{ch}"
        u = _unit(text)
        runs = _ALPHA_RE.findall(text)
        assert u.fold_safe() is (len(ch.casefold()) == 1 and ch != "\u0345"), hex(cp)
        if u.fold_safe():  # the same runs, each as long as the text's
            assert u.alphas() == [w.casefold() for w in runs], hex(cp)
            assert list(map(len, u.alphas())) == list(map(len, runs)), hex(cp)


# The patterns the scorer's link and separator features searched each line with, tried
# at every character; the features now find the same lines from their few characters.
_LINK_PLAIN = re.compile(
    r"https?://|www\.|\w@\w|(?<=\w)\.(?:com|org|net|int|eu|fr|pdf|png|jpe?g|gif|html?|docx?)\b",
    re.IGNORECASE,
)
_PIPES_PLAIN = re.compile(r"\S\s*[|·•>\u203a»]\s*\S")


def _lines_and_pieces(alphabet: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [ln for p in [*SEEDS, *TEXTS] if p.suffix in (".txt", ".md") for ln in _read(p)]
    return lines + ["".join(rng.choices(alphabet, k=rng.randrange(0, 10))) for _ in range(20000)]


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_link_feature_finds_the_lines_the_plain_pattern_finds() -> None:
    alphabet = ["http", "HTTPS", "\u017f", "www", "WWW", ".", ":", "//", "@", "a", " ", "com"]
    alphabet += ["ORG", "jpg", "jpeg", "HTM", "html", "x", "_", "1", "é", "-", "fr", "Fr"]
    for text in _lines_and_pieces(alphabet, 1):
        assert bool(_LINK_RE.search(text)) is bool(_LINK_PLAIN.search(text)), text


def test_pipes_feature_finds_the_lines_the_plain_pattern_finds() -> None:
    alphabet = ["|", "·", "•", ">", "\u203a", "»", " ", "\t", "\u00a0", "a", "\x85", "\u2028"]
    for text in _lines_and_pieces(alphabet, 2):
        assert _has_pipes(text) is bool(_PIPES_PLAIN.search(text)), repr(text)


# ---- the rules' per-line tests, now searches in C, against the tests they replace


def test_digit_and_chart_tests_find_the_lines_the_character_tests_find() -> None:
    alphabet = ["a", " ", "1", "\u0661", "²", "①", "½", "é", "█", "\u2500", "\u259f", "\u25a0"]
    for text in _lines_and_pieces(alphabet, 3):
        assert _has_digit(text) is any(map(str.isdigit, text)), repr(text)
        assert (_BLOCK_RE.search(text) is None) is _BLOCK_CHARS.isdisjoint(text), repr(text)
        assert len(_BLOCK_RE.findall(text)) == sum(ch in _BLOCK_CHARS for ch in text)


def _shattered_plain(text: str, stop: frozenset[str]) -> bool:
    """The diagram test word by word, as the docstring of ``mark_shattered`` states it."""
    toks = _ALPHA_RE.findall(text)
    if "|" in text or any(map(str.isdigit, text)) or len(toks) < 6:
        return False
    if all(len(w) == 1 for w in toks):
        return False
    bits = [w for w in toks if len(w) <= 2 and w.casefold() not in stop]
    lone = [w for w in bits if len(w) == 1 and w.islower()]
    return len(bits) >= 0.5 * len(toks) and len(lone) >= 2


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Te Cibles C Lutter r M roré en r e ac ist r e e", "Th Targ ts of r e ac is r e e", True),
        ("le la de r e s t u v w", "of to in r e s t u v w", True),
        ("B u n d e s v e r w a l t", "P R E M I E R", False),
        ("Le Conseil décide que les États doivent agir", "The Council decides that it acts", False),
    ],
)
def test_shattered_lines_are_the_word_by_word_ones(fr: str, en: str, want: bool) -> None:
    # mark_shattered reads the short tokens off the tokens, where it searched the line again
    alphabet = ["a ", "é ", "Ça", "l'", " ", "_", "1", "²", "r ", "de ", "ab ", "xyz ", "E ", "|"]
    alphabet += ["ß ", "İ ", "\u0345", "\u017f "]  # folds that grow or change kind: the plain path
    stop = frozenset({"le", "la", "de", "of", "to", "in", "a"})
    for text in [fr, en]:
        assert _shattered_plain(text, stop) is want, text
    for text in [fr, en, *_lines_and_pieces(alphabet, 4)]:
        u = _unit(text)
        mark_shattered([u], stop)
        assert (u.noise == "markup") is _shattered_plain(text, stop), repr(text)


def test_row_marks_test_finds_the_lines_the_anchored_pattern_finds() -> None:
    # mark_split_lines tests the opening bracket apart from the separators' class
    plain = re.compile(r"[|·\u2022>\u203a]|^\s*\[")
    alphabet = ["[", "]", " ", "\t", "\u00a0", "\u2028", "|", "·", "•", ">", "\u203a", "a"]
    for text in _lines_and_pieces(alphabet, 5):
        found = bool(_ROW_MARKS_RE.search(text)) or text.lstrip().startswith("[")
        assert found is bool(plain.search(text)), repr(text)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le Conseil de sécurité décide que les États doivent agir", "The Council decides that"),
        ("Accueil | Presse | Contact", "Home | Press | Contact"),
        ("STRASSE İSTANBUL la le de", "İT IS THE OF AND"),
        ("", "1 2 3"),
        # a sigma, final in the word only
        ("\u039f\u03a3'\u0391 le la de", "\u039f\u03a3.\u0391 the of and"),
        # pieces that are no word alone: an elision, brackets, a digit, a dash glued on
        ("l'État (a) du—de la,le 2e:les", "the;of,and (b) of—the 2nd:and"),
    ],
)
def test_language_counts_equal_the_word_by_word_counts(fr: str, en: str) -> None:
    # the head is lower-cased at once: a sigma's form may change, in no stop word
    sigmas = ("\u03c3", "\u03c2")
    assert not any(s in w for ws in _language_tables().values() for w in ws for s in sigmas)
    for text in (fr, en, fr + " " + en, (fr + " ") * 3 + en):
        assert detect_language(text) == _language_word_by_word(text), text
        assert detect_language(text, "en") == _language_word_by_word(text, "en"), text


def _language_word_by_word(text: str, default: str = "fr") -> str:
    """The counting the detector did before: each distinct word lower-cased in turn."""
    counts: Counter[str] = Counter()
    for word, times in Counter(re.findall(r"[^\W\d_]+", text[:20000])).items():
        for lang, words in _language_tables().items():
            if word.lower() in words:
                counts[lang] += times
    return max(sorted(counts), key=lambda lang: counts[lang]) if counts else default


def test_context_counts_equal_the_counts_of_every_word() -> None:
    """The prose lines and the word counts the scorer reads, from the stop words counted
    line by line and the words of long lines not kept, against the counts of all words."""
    lex = lexicon()
    assert lex is not None
    for path in [*SEEDS, *TEXTS]:
        if path.suffix not in (".txt", ".md"):
            continue
        units = [_unit(line) for line in _read(path) if line.strip()]
        doc = _context(units, lex)
        low = [re.findall(r"[^\W\d_]+", u.text.strip().casefold()) for u in units]
        freq = Counter(w for ws in low for w in ws)
        counts = {lang: sum(freq[w] for w in sw) for lang, sw in lex.stop.items()}
        lang = max(sorted(counts), key=lambda k: counts[k])
        m = lex.model
        good = [
            len(ws) >= m.good_min_words
            and sum(w in lex.stop[lang] for w in ws) / len(ws) >= m.good_min_stop
            for ws in low
        ]
        assert doc.good == good, path
        assert doc.nlow == [len(ws) for ws in low], path
        assert [doc.words(i) for i in range(len(units))] == low, path


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("- Accueil\u00a0:  Actualités", "- Home\u00a0:  News"),
        ("\u2022\tSTRASSE İSTANBUL ΣΟΦΊΑ ﬁn", "\u2022\tSTRASSE İSTANBUL ΣΟΦΊΑ ﬁn"),
        ("* l’Office\x1fdes Nations", "* the Office\x1fof Nations"),
        ("1. Le Conseil de sécurité,", "1. The Security Council,"),
    ],
)
def test_context_reads_the_words_of_the_line_without_its_bullet(fr: str, en: str) -> None:
    """The scorer's words of a line are those of its text after the bullet, case-folded,
    though it reads them from the unit's folded text (blanks joined, bullet kept): a
    bullet is no letter, and case folding goes character by character."""
    lex = lexicon()
    assert lex is not None
    for text in (fr, en):
        u = _unit(text)
        u.marker = find_marker(text)
        bare = text[u.marker.end :] if u.marker and u.marker.kind == "bullet" else text
        want = re.findall(r"[^\W\d_]+", bare.strip().casefold())
        doc = _context([u], lex)
        assert doc.nlow == [len(want)], text
        assert doc.words(0) == want, text
        if text.startswith(("-", "\u2022", "*")):
            assert u.marker is not None and u.marker.kind == "bullet", text


def test_digit_class_is_every_character_isdigit_takes() -> None:
    """The listed digits are this Python's: a newer Unicode with more digits fails here."""
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        assert _has_digit(ch) is ch.isdigit(), hex(cp)


def test_a_line_too_long_for_any_caption_test_needs_no_sentence_count() -> None:
    """_mark_captions counts sentences only of lines of 60 words or fewer: a longer line
    fails every caption test by its length alone (its cue words' test and the photo
    caption's both ask for at most 60 words, the twin and spacer tests for fewer)."""
    assert _CAPTION_MAX_WORDS <= 60
    assert _TWICE_MAX_WORDS <= _CAPTION_MAX_WORDS


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Chapitre é", "Chapter é", True),  # the ASCII part opens a division word
        ("Chap\u00eetre", "Cha\u00efn", True),  # the ASCII part is a division word's start
        ("Le Conseil de sécurité", "The Council’s view", False),
        ("\u00c9tat", "\u212aey", True),  # no ASCII part: any word may match case-blind
    ],
)
def test_division_openings_are_found_as_the_test_of_each_opening_finds_them(
    fr: str, en: str, want: bool
) -> None:
    # may_open finds the openings that the ASCII part opens by a sorted search
    openings, width = _division_openings()
    for text in (fr, en):
        head = text[:width]
        assert may_open(head, openings) is want, text
    alphabet = ["c", "h", "a", "p", "t", "e", "r", "i", "é", "É", "\u212a", " ", "1", "T"]
    for text in [fr, en, *_lines_and_pieces(alphabet, 5)]:
        head = text[:width]
        cut = re.search(r"[^\x00-\x7f]", head)
        part = (head[: cut.start()] if cut else head).lower()
        plain = part.startswith(openings) or (
            cut is not None and any(o.startswith(part) for o in openings)
        )
        assert may_open(head, openings) is plain, repr(text)


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Chapitre é", "Chapter é", True),  # the ASCII part opens a division word
        ("Chap\u00eetre", "Cha\u00efn", True),  # the ASCII part is a division word's start
        ("Le Conseil de sécurité", "The Council’s view", False),
        ("\u00c9tat", "\u212aey", True),  # no ASCII part: any word may match case-blind
        ("CHAPITRE PREMIER", "PART ONE", True),  # a division word in capitals
        ("Cha", "Par", False),  # a word's start that the line ends on opens none
        ("", " Chapter", False),
    ],
)
def test_the_openings_trie_answers_as_the_test_of_the_openings(
    fr: str, en: str, want: bool
) -> None:
    # the marker gate matches the openings as a trie joined to its alternation: the same
    # answer as may_open's, on the rows and on pieces cut from the openings' letters
    openings, width = _division_openings()
    trie = re.compile(may_open_pattern(openings))
    for text in (fr, en):
        assert (trie.match(text) is not None) is want, text
    alphabet = ["c", "h", "a", "p", "t", "e", "r", "i", "é", "É", "\u212a", " ", "1", "T", "P"]
    for text in [fr, en, *_lines_and_pieces(alphabet, 7)]:
        assert (trie.match(text) is not None) is may_open(text[:width], openings), repr(text)
    assert may_open_pattern(()) == r"(?!)"


@pytest.mark.parametrize(
    ("fr", "en"),
    [("CHAPITRE PREMIER – Dispositions générales", "PART ONE – GENERAL PROVISIONS")],
)
def test_a_division_that_no_other_shape_opens_passes_the_marker_gate(fr: str, en: str) -> None:
    # only the division words' openings let these lines in: the gate must not turn them away
    for text in (fr, en):
        assert may_mark(text), text
        mk = find_marker(text)
        assert mk is not None and mk.kind == "division", text


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Bruxelles, 9 février 2015 1. Le Conseil 2. Le Conseil", "Brussels 1. The Council"),
        ("Le Comité des Ministres, [a.] Considérant", "The Committee, [b] Noting 3. «A"),
        ("1. Le Conseil", " 12. 13. A 4.  B"),
    ],
)
def test_run_in_labels_are_those_the_look_behind_found(fr: str, en: str) -> None:
    # _RUN_IN_RE opens on the blank before a label, its group 1 the look-behind's match
    plain = re.compile(r"(?<=\s)(?:\d{1,3}\.|\[[a-z]\.?\])\s(?=[«\"“A-ZÀ-Ý])")
    alphabet = [" ", "1.", "12", "[a]", "[b.]", "A", "«", "é", "x", "\u00a0", ".", "["]
    for text in [fr, en, *_lines_and_pieces(alphabet, 6)]:
        got = [(c.start(1), c.group(1)) for c in _RUN_IN_RE.finditer(text)]
        assert got == [(c.start(), c.group()) for c in plain.finditer(text)], repr(text)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("s'abonner : recevoir la lettre", "subscribe: get the newsletter"),
        ("accueil – retour | plan", "home - back | map"),
        ("pas de coupure ici", "no cut here"),
    ],
)
def test_gloss_cuts_are_those_the_optional_blank_found(fr: str, en: str) -> None:
    # _GLOSS_CUT_RE spells " ?:" as ":| :", opening on a character, not on an optional blank
    plain = re.compile(r" ?:| [-\u2013\u2014|]")
    alphabet = [" ", ":", "-", "|", "a", "\u2013", "\u2014", " :", "é"]
    for text in [fr, en, *_lines_and_pieces(alphabet, 7)]:
        got = [c.span() for c in _GLOSS_CUT_RE.finditer(text)]
        assert got == [c.span() for c in plain.finditer(text)], repr(text)


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Le ministre à Lyon, 8 octobre 2026. © Présidence G7 / J. Morvan", "At Lyon. © G7", True),
        ("La réunion d'INTERPOL. Photo : INTERPOL, mars 2026", "The meeting. Photo: UN", True),
        ("Le Conseil décide. Il agit.", "The Council decides. It acts.", False),
    ],
)
def test_credits_are_those_the_look_behind_found(fr: str, en: str, want: bool) -> None:
    # _credit_re opens on the closing mark; the credit starts one place after the match
    labels = "".join(f"|(?:{p})\\s*:" for p in load_layout().caption_credits)
    plain = re.compile(rf"(?<=[.!?])\s+(?:©{labels})\s*[^©;]{{2,60}}$", re.IGNORECASE)
    for text in (fr, en):
        assert (plain.search(text) is not None) is want, text
    alphabet = [".", "!", "?", " ", "\u00a0", "©", "Photo", ":", "ab", ";", "x" * 30, "é"]
    for text in [fr, en, *_lines_and_pieces(alphabet, 8)]:
        m, p = _credit_re().search(text), plain.search(text)
        assert (m.start() + 1 if m else None) == (p.start() if p else None), repr(text)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("Le Conseil de sécurité décide", "The Council decides"),
        ("Article premier", "Section 1"),
        ("", "x"),
    ],
)
@pytest.mark.parametrize("size", [0, 1, 5, 30, 10_000])
def test_body_head_is_the_head_of_the_body_joined(fr: str, en: str, size: int) -> None:
    """The blocks joined up to ``size`` characters: the same first ``size`` characters as
    the whole body joined (front matter aside), empty only when the body joined is."""
    for text in (fr, en):
        blocks = [
            RawBlock("paragraph", 0, 0, "Distr. générale", role="front-matter"),
            *(RawBlock("paragraph", 0, 0, f"{text} {k}" if k % 3 else text) for k in range(9)),
        ]
        whole = "\n".join(b.text for b in blocks if b.role != "front-matter")
        head = _body_head(blocks, size)
        assert head[:size] == whole[:size]
        assert len(head) >= min(size, len(whole))
        assert whole.startswith(head)
    empty = [RawBlock("paragraph", 0, 0, "", role="body")]
    assert _body_head(empty, size) == ""
    assert _body_head([RawBlock("paragraph", 0, 0, fr or en, role="front-matter")], size) == ""


# The chrome cue of account links as it was written: "log ?in" gave the needle "log", so
# every line holding "technology" or "signed" had the pattern tried at each of its places.
_ACCOUNT_PLAIN = re.compile(
    r"\b(se connecter|connectez-vous|log ?in|sign ?in|sign ?up|s.inscrire|inscrivez-vous)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("fr", "en", "want"),
    [
        ("Connectez-vous à votre espace", "Log in to your account", True),
        ("S'inscrire | Se connecter", "Sign up | Signin | LOGIN", True),
        ("La technologie du signal, le catalogue", "The technology was designed and signed", False),
    ],
)
def test_account_cue_finds_the_lines_the_optional_blank_found(fr: str, en: str, want: bool) -> None:
    cue = next(p for p in load_layout().chrome if "connectez-vous" in p)
    written = re.compile(cue, re.IGNORECASE)
    alphabet = ["log", "in", "sign", "up", " ", "Sign", "LOG", "IN", "x", "-", "s'", "é"]
    for text in [fr, en]:
        assert bool(written.search(text)) is want, text
    for text in [fr, en, *_lines_and_pieces(alphabet, 6)]:
        assert bool(written.search(text)) is bool(_ACCOUNT_PLAIN.search(text)), repr(text)


def test_letter_runs_of_the_plane_are_the_categories_runs() -> None:
    """``bmp_letters`` writes the letters of the Basic Multilingual Plane out as ranges:
    each of its characters alone, and each pair of them, is cut as the categories cut it."""
    letters = bmp_letters()
    for cp in range(0x10000):
        ch = chr(cp)
        assert letters.findall(f"a{ch}b {ch}") == _ALPHA_RE.findall(f"a{ch}b {ch}"), hex(cp)


@pytest.mark.parametrize(
    ("fr", "en"),
    [
        ("L’État ŒUVRE à l’ONU, 2ᵉ alinéa", "The State’s 2nd Act, ﬁrst ǅ"),
        ("Texte \U0001d400\U0001d41a gothique", "Text \U00010400\U00010428 Deseret"),  # beyond
    ],
)
def test_unit_runs_of_letters_are_the_categories_runs(fr: str, en: str) -> None:
    alphabet = ["a", "É", "é", " ", "1", "²", "_", "’", "\U0001d400", "\U00010428", "œ", "ß"]
    alphabet += ["\u0661", "\U0001d7d8", "12"]  # digits: Arabic-Indic, beyond the plane
    for text in [fr, en, *_lines_and_pieces(alphabet, 7)]:
        assert _unit(text).alphas() == _ALPHA_RE.findall(text.casefold()), repr(text)
        assert word_tokens(text) == _TOKENS_PLAIN.findall(text), repr(text)


_TOKENS_PLAIN = re.compile(r"[^\W\d_]+|\d+")  # the scorer's tokens, by the categories
