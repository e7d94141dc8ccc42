"""Where a person's name opens and closes next to an office or a body.

Two edges, read from the words around a name in any publisher's text and both
languages (guidelines §3: named persons are actors; titles and the body a person
comes from are no part of the name):

* the capitalised word right before a given name closes an office or a title
  (``Acting Deputy Administrator Luis Ortega``, ``Public Prosecutor Sigrid Fosse``,
  ``Juges Anne-Laure Giroud-Baumann``): the person named after it holds the office,
  where a street's or a school's word (``Rue Jean Monnet``) is no office;
* a judge's letters after a given name that is the judge's surname (``Beach, Kaye
  and Niall JJA``) close no name: the surname is the judge's (:mod:`._unlinked_judges`);
* a name particle followed by a body's head (``M. Ferrante-Rossi du Secrétariat``)
  links the person to the body: the name stops before the particle;
* a name closing on a surname in capitals may follow another such name, side by side
  in a row of signatures whose columns the text folded to one blank (``Martine
  HOFFELT-NEY Luc BRAUSCH``) or after a coordinator (``Aïssatou Ndiaye FALL et Mohamed
  Lemine OULD CHEIKH``): the capitals close the first name, the second opens there,
  if the second bears a person's mark (a known given name, or a compound surname in
  capitals: ``Fatou DIOP-SALL``); a row of capitalised words over capitals that are a
  number or a word (``Level THREE and Level FOUR``, ``Annexe VIII et Tableau XIII``) is
  no row of names.

Split from :mod:`._unlinked`, whose candidate finders ask these; the office words and
the heads are data (``[person]`` and ``[organ]`` in ``actor_shapes.toml``).
"""

from __future__ import annotations

import re
from functools import cache

from .._knowledge import fold, folded_given_names, load_actor_shapes
from ._unlinked_persons import particles

__all__ = [
    "after_capital_article",
    "after_caps_name",
    "after_titles",
    "before_body",
    "holds_office",
    "judge_letters_close",
    "less_judge_letters",
    "person_mark",
]

Word = tuple[str, int, int]  # a word of the folded text and its span


def before_body(words: list[Word], heads: frozenset[str]) -> list[Word]:
    """The name's words up to a particle that opens a body's name (``M. Ferrante-Rossi
    du Secrétariat``, read as ``Rossi du Secretariat``): a capitalised head of a body's
    name after the particle (``heads``: casefolded) says it links the person to the body
    they come from, where ``Jaap de Hoop Scheffer`` or ``H. de La Tourrette`` holds none.
    Both languages write a delegate so; the body is found on its own. The particle and
    its article are French ("du", "de la"), so the head must be a French body's: "Ms Anna
    de la Court" is a surname, no English "Court" of which she is a member."""
    heads = heads & _linked_heads()
    for i in range(1, len(words) - 1):
        word = words[i][0]
        if not word.islower() or word not in particles():
            continue  # "de La Cour", "de La Chambre": a surname's capital article
        nxt = i + 1
        if nxt + 1 < len(words) and words[nxt][0] in _ARTICLES:
            nxt += 1  # "de la Commission": the article in lower case, the head after it
        if words[nxt][0][:1].isupper() and words[nxt][0].casefold() in heads:
            return words[:i]
    return words


@cache
def _linked_heads() -> frozenset[str]:
    """The heads of a French body's name (``organ.heads.fr``), folded and casefolded: the
    bodies a particle's "du", "de la" may open after a person's name."""
    return frozenset(fold(h).casefold() for h in load_actor_shapes().organ.heads.fr)


# the articles between a particle and a body's head, in lower case ("de la Commission",
# "de l'Office"): written with a capital they open a surname ("de La Cour")
_ARTICLES = frozenset({"la", "le", "les", "l'", "the"})


def after_capital_article(words: list[Word]) -> set[int]:
    """The starts of the words after a particle and its article written with a capital
    (``Louis de La Cour``, ``Catherine de La Chambre``): a surname's, where a body's head
    would say none (``Cour`` read alone)."""
    return {
        c[1]
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
        if a[0].islower()
        and a[0] in particles()
        and b[0].istitle()
        and b[0].casefold() in particles()
    }


def name_inner(words: list[Word]) -> set[int]:
    """The starts of the words inside a name (past its first, before its last) that may be
    written like cue words and still belong to it: a particle (``De``), an initial
    (``OLUWASEUN A. ADEBAYO-IKE``: no article ``A``), and the word after a particle and
    its capital article (``Louis de La Cour``), and the capitalised word after a name's
    lower-case particles (``Anna de la Court``: a surname, a body's head only where
    :func:`before_body` has cut it off)."""
    inner = {w[1] for w in words[1:-1] if w[0].casefold() in particles() or len(w[0]) == 1}
    lower = [w[0].islower() and w[0] in particles() for w in words]
    after = {w[1] for i, w in enumerate(words[2:], 2) if lower[i - 1] and not w[0].islower()}
    return inner | after_capital_article(words) | after


def holds_office(word: str, office_words: frozenset[str]) -> bool:
    """Whether the capitalised ``word`` right before a given name closes an office or a
    title (``office_words``: casefolded last words, with the plurals listed as such: a
    bench's ``Juges``, a panel's ``Judges``; ``Brigades`` is none): the person named after
    it holds it."""
    return word.strip().casefold().rstrip(".") in office_words


@cache
def _judge_letters() -> frozenset[str]:
    """A judge's letters of two letters or more (``JA``, ``JJA``, ``LCJ``): ``J`` alone
    may be an initial."""
    person = load_actor_shapes().person
    return frozenset(w for w in [*person.judicial, *person.judicial_plural] if len(w) > 1)


def after_titles(words: list[Word], titles: frozenset[str]) -> list[Word]:
    """The name words after the titles opening them (``titles``: casefolded), none where a
    lower-case particle follows the titles (or opens the run, the first title read by the
    caller): it links the office to its body ("Monsieur le Commissaire Général de la PNC"),
    and no name follows."""
    n = 0
    while n < len(words) and words[n][0].casefold() in titles:
        n += 1
    if n < len(words) and words[n][0].islower() and words[n][0] in particles():
        return []
    return words[n:]


def less_judge_letters(folded: str, words: list[Word]) -> list[Word]:
    """The name words less the judge's letters closing them ("Alice JA", "Mary Smith JA",
    "Peter CJ": the person is "Alice", "Mary Smith", "Peter"): the letters say the name
    before them is a judge's and are no part of it, as honours are not (guidelines §3);
    ``J`` alone only with no full stop after it ("Mary J. Blige": an initial)."""
    while len(words) > 1 and words[-1][0] in _all_judge_letters():
        if len(words[-1][0]) == 1 and folded[words[-1][2] : words[-1][2] + 1] == ".":
            break
        words = words[:-1]
    return words


@cache
def _all_judge_letters() -> frozenset[str]:
    """Every judge's letters, single ones included, as written."""
    person = load_actor_shapes().person
    return frozenset([*person.judicial, *person.judicial_plural])


def judge_letters_close(folded: str, end: int) -> bool:
    """Whether the name read up to ``end`` closes on a judge's letters (``Niall JJA``):
    a given name read as a person's first name there is the judge's surname."""
    words = folded[max(0, end - 8) : end].split()  # the letters are short: no copy of the text
    return bool(words) and words[-1] in _judge_letters()


# the end of a name closing on a surname in capitals: a capitalised word, at most two
# more name words, the surname in capitals, a blank ("Aissatou Ndiaye FALL ")
_CAPS_NAME_END = re.compile(
    r"(?<![\w'])[A-Z][a-z][\w']*(?:[ \t]+[A-Z][\w']*){0,2}[ \t]+[A-Z]{2,}[ \t]$"
)
_BACK = 60  # characters read back: a name of four words and a coordinator


def after_caps_name(folded: str, start: int, coordinated: re.Pattern[str]) -> bool:
    """Whether the name ``folded[start:end]`` follows another name that closes on a
    surname in capitals, right before it or before a coordinator (``coordinated``: the
    organ coordinators closing a run, ``[ \t]+(?:et|and)[ \t]*$``): a row of
    signatures or a list of names, where a name may open after a word (if it bears a
    person's mark: :func:`person_mark`)."""
    before = folded[max(0, start - _BACK) : start]
    m = coordinated.search(before)
    if m is not None:
        before = before[: m.start()] + " "
    return _CAPS_NAME_END.search(before) is not None


_COMPOUND_CAPS = re.compile(r"^[A-Z]{2,}-[A-Z]{2,}$")  # two parts: not "CHARLES-DE-GAULLE"


def person_mark(name: str) -> bool:
    """Whether a name read in a row (``name``: folded, its joining hyphens kept) holds a
    known given name or closes on a compound surname in capitals (``Fatou DIOP-SALL``):
    capitalised words over capitals are no name by their shape alone (``Level FOUR``,
    ``Tableau XIII``, ``Erasmus PLUS``)."""
    words = name.split()
    given = folded_given_names()
    return any(w in given for w in words) or bool(words and _COMPOUND_CAPS.search(words[-1]))
