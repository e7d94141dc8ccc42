"""The schemas of the actor shapes: the cues (words per language, French and English
side by side) by which a body, a person or a state no list knows is found, and the words
a French body's name reads in English (``data/models/actor_shapes.toml``,
``given_names.toml``).

Strict like every knowledge schema (:mod:`._schemas`): a misspelt key is an error.
"""

from __future__ import annotations

import re

from pydantic import Field, field_validator, model_validator

from ._schemas import _Strict, _Versioned


class _PerLanguage(_Strict):
    """Words per language, French and English side by side; both must be given."""

    fr: list[str] = Field(min_length=1)
    en: list[str] = Field(min_length=1)

    def all(self) -> list[str]:
        return [*self.fr, *self.en]


class _OpenPerLanguage(_Strict):
    """Words per language where one may have none (English repeats no article)."""

    fr: list[str] = []
    en: list[str] = []

    def of(self, language: str) -> list[str]:
        return list(getattr(self, language, []))

    def all(self) -> list[str]:
        return [*self.fr, *self.en]


class PlaceCues(_Strict):
    """A state named after one of these words is a place, not an actor (``in Iraq``)."""

    before: _PerLanguage  # in, en, north-east: one or more words right before the state
    # leave, hors de: read as ``before``, but no town and comma after them names an address
    departures: _OpenPerLanguage = _OpenPerLanguage()
    located: _PerLanguage  # held, tenue, travelled: a participle that places what follows ...
    located_links: _PerLanguage  # ... through one of these (at, to, à, au): "tenue à Singapour"
    publications: _PerLanguage  # Journal officiel du: a state in a gazette's title publishes
    offices: _PerLanguage  # ministre, President: "ministre de l'intérieur de Malte" is a title
    after: list[str] = []  # border: "the Niger-Burkina Faso border" locates a border
    # au, aux, from: a place before the state unless a word of ``recipients`` stands
    # shortly before it ("l'aide apportée au Mali", "officials from Ghana")
    ambiguous_links: _OpenPerLanguage = _OpenPerLanguage()
    recipients: _OpenPerLanguage = _OpenPerLanguage()
    # en provenance, revenant (origins, right before or a few words before a link of
    # ``origin_links``), départ, retrait (origin_nouns, a complement between): where from
    origins: _OpenPerLanguage = _OpenPerLanguage()
    origin_nouns: _OpenPerLanguage = _OpenPerLanguage()
    origin_links: _OpenPerLanguage = _OpenPerLanguage()
    # borders, frontalières: right before one of ``border_links`` (with, avec, du), or a
    # few words before ``between`` (between, entre): the states the border runs between
    borders: _OpenPerLanguage = _OpenPerLanguage()
    border_adjectives: _OpenPerLanguage = _OpenPerLanguage()  # frontalières: ... du Mali
    border_links: _OpenPerLanguage = _OpenPerLanguage()
    between: _OpenPerLanguage = _OpenPerLanguage()
    # travel, flights, vols: a few words before one of ``travel_links`` (to, vers)
    travels: _OpenPerLanguage = _OpenPerLanguage()
    travel_links: _OpenPerLanguage = _OpenPerLanguage()
    # Journal, Coupe, Port: heads of a name the state closes, beside [organ] heads
    name_heads: _OpenPerLanguage = _OpenPerLanguage()
    # Ministry, Délégation: heads of a body through which its state itself acts or speaks
    represented: _OpenPerLanguage = _OpenPerLanguage()
    # and, par: words a name the state closes does not run across (a coordination, a link)
    name_stops: _OpenPerLanguage = _OpenPerLanguage()
    # Act, Code: what a name the state opens may end on besides a body's head
    name_tails: _OpenPerLanguage = _OpenPerLanguage()
    # leave, leaving: [place.before] words of leaving that also let someone be or do
    # something; a state after one and before one of ``lets`` (to decide, free, alone) is
    # let act: "to leave Mali to decide", "leaves Canada free to sign"
    leaving: _OpenPerLanguage = _OpenPerLanguage()
    lets: _OpenPerLanguage = _OpenPerLanguage()


class StateCues(_Strict):
    """How a text refers to a state through its government."""

    government_of: _PerLanguage  # Government of the, Gouvernement des: opens a state's name
    shared_by: _PerLanguage  # people and: "the people and Government of X" name X itself
    government: _PerLanguage  # Government, Gouvernement: capitalised, the text's own state ...
    determiners: _PerLanguage  # ... after one of these (the, our, le, du)
    # Chef, Head of: an office the government word completes ("Chef du Gouvernement")
    office_heads: _PerLanguage | None = None
    styled: _PerLanguage  # Republic of, République du: open a state's full style
    # Nation, Allies, Presidency: a state's role right before its name, in apposition
    # ("Framework Nation Germany"): no longer name the state closes
    apposed: _PerLanguage | None = None
    # autorités, authorities: with a state's adjective, its government ("autorités belges",
    # "Polish authorities"); French ones take it after them, English ones before
    adjective_heads: _PerLanguage | None = None
    # armée -> Army: a French noun for a state's own body that, with the state's adjective
    # after it, names that body ("armée nigériane"), and the body's English head
    body_heads: list[tuple[str, str]] = []


class PersonCues(_Strict):
    """How a named person shows: a title before the name, particles inside it."""

    titles: _PerLanguage  # M., Mr, général: before a name, not part of it
    offices: _PerLanguage  # secrétaire, Minister: after a name and a comma
    kept: list[str] = Field(min_length=1)  # Lord, Sir: titles that are part of the name
    seat: list[str] = Field(min_length=1)  # of: "Lord X of Tilsworth", a peer's seat
    given_names: list[str] = Field(min_length=1)  # Claire, Dirk: open a byline
    particles: list[str] = Field(min_length=1)  # de, van, bin: lower-case words inside names
    described: _PerLanguage  # is a, est un: a sentence opening on a name says what it is ...
    roles: _PerLanguage  # ... a role noun (Fellow, chercheur) tells that it is a person
    postnominals: list[str] = []  # MP, QC, OBE: letters after a name, not part of it
    # J, LCJ, JA: a judge's letters after a surname ("Ashe J"); JJA after two or more
    judicial: list[str] = []
    judicial_plural: list[str] = []
    # M., Mrs: a form of address before a lone surname is written with it ("M. Koenig")
    address: list[str] = []
    # Member for, député: with an office, before a name in brackets ("the hon. Member for
    # Truro (Alasdair Penhaligon)"): a transcript names the person there
    members: _PerLanguage | None = None
    # Before, Coram, Entre: a label that opens a court's bench or its parties, then names
    bench: _PerLanguage | None = None
    # and, with: between two names of a bench's or a party's line ("N Dlamini SC with T
    # Pillay")
    bench_joiners: _PerLanguage | None = None
    # juges, Justices: a plural title before the bench's surnames, listed up to "et"/"and"
    bench_plural: _PerLanguage | None = None
    # Juge, Justice: a judge's title, singular or plural, before the surnames of those who
    # speak in a judgment ("Justice Holt: I agree …"); with ``judicial`` letters after the
    # surnames ("EDELMAN J. I agree …") it names the speaker of a paragraph, never its title
    bench_titles: _PerLanguage | None = None
    # Appellant, Intimé: a party's role after its name (same line or the next)
    parties: _PerLanguage | None = None
    # First, Deuxième: a party's rank before its role ("FIRST APPELLANT"), no part of the name
    party_ordinals: _PerLanguage | None = None
    # by, par: a byline's credit before an author's full name (two name words at least)
    credits: _PerLanguage | None = None
    # v, contre: alone on a line between two parties' names
    versus: _PerLanguage | None = None
    # Affaire, In the matter of: before a case's first party, no part of the name
    cases: _PerLanguage | None = None
    # tion, ment, ence: endings of the nouns of headings ("Axe B. Prévention", "Pillar A.
    # Resilience") that no surname has: after an initial, such a word is no surname
    noun_endings: list[str] = []
    # Harbour, Code: the head of a place's or a text's name ("Kingston Harbour", "Code
    # ISPS"), never a word of a person's name, though a body's name may hold it
    not_in_name: _PerLanguage | None = None


class OrganCues(_Strict):
    """How a body not in the knowledge base shows: a capitalised name with a head noun."""

    heads: _PerLanguage  # Ministry, Committee, Agence ...: the noun a body's name is built on
    joiners: _PerLanguage  # of, of the, de la ...: words that join a name's parts
    designation: _PerLanguage  # for, pour le: before a state, they close a name
    coordinators: _PerLanguage  # and the, et de la: before a known body, they close a name
    genitive: _PerLanguage  # of, de: after a known name, before new capitals: a longer name
    noun_use: _PerLanguage  # of, chargée de: after a bare head, before a lower-case word
    owned_heads: _PerLanguage  # Secretariat: "the Secretariat" of the text's organisation
    owner: _PerLanguage  # of the, du: between a known body and the known body it belongs to
    defined_as: _PerLanguage  # hereinafter, ci-après: a short name the text defines for a body
    defined_article: _PerLanguage  # the, la: the article before that short name
    modifiers: _PerLanguage  # lower-case words that may follow a French head (nationale)
    not_names: _PerLanguage  # capitalised words that make a run a title or heading
    # Circulaire, Circular: an instrument's word that opens its short label in brackets
    # ("(Circular GELAV)"), so no person's given name; a body's name may follow it ("the
    # Circular of the Ministry of Justice"), which not_names would drop
    labels: _PerLanguage | None = None
    # ministre, Minister: an office whose complement (owner words: "de l'", "of") is its
    # portfolio, no body ("le Ministre de l'Administration Territoriale et de la
    # Décentralisation"); a president's or a director's complement is the body he heads
    portfolio_offices: _PerLanguage | None = None
    undertakings: _PerLanguage  # mission, programme: an acronym after one names no body
    # en: after it an undertaking word is an idiom, no undertaking ("président en exercice
    # du CDS": in office; "agents en mission": on assignment)
    undertaking_idioms: _PerLanguage | None = None
    indefinite: _PerLanguage  # a, un: before a name, a kind of body, not one
    the_state: _PerLanguage  # État, Government: "services de l'État" names no one body
    legal_forms: list[str] = Field(min_length=1)  # SCP, SARL, Ltd: a firm's form opens its name
    quoted_by: _PerLanguage  # association, company: the kind of body before its quoted name
    posts: _PerLanguage | None = None  # Permanent Mission, Ambassade: a state's diplomatic post
    # Ministry, ministère, direction: heads of a name that may list the body's portfolios
    # ("Ministry of Gender, Children and Social Protection")
    portfolios: _PerLanguage | None = None
    # de, du: what opens each mixed-case item of such a list ("de la Famille, de la Femme")
    portfolio_articles: _OpenPerLanguage | None = None
    deployments: _PerLanguage | None = None  # Mission, Operation: a name a body opens
    # Force: a head that, before its owner alone, names what the owner fields, not a body
    held_not: _PerLanguage | None = None
    seated: _PerLanguage | None = None  # cour d'appel: a court named by its kind and its seat
    # to the, auprès de: after a post's state, open the body it is accredited to ...
    accredited: _PerLanguage | None = None
    # ... whose capitalised words these join (of, in, de, en)
    accredited_links: _PerLanguage | None = None
    # près la, of the: right before a seated court, make it the complement of an office
    court_of: _PerLanguage | None = None
    # in, en: a group, one of these, a place and an acronym: the branch's own name
    # ("Islamic State in Somalia (ISS)")
    branch_in: _PerLanguage | None = None
    # Province: the word of an armed group's regional branch, after its region in English
    # ("Islamic State Mozambique Province"), before it in French ("– Province d'Afrique
    # centrale")
    branch_province: _PerLanguage | None = None
    # le, du, en: right before a capitalised French head, they make it a body's name
    # read with the [english] word lists ("du Conseil national de sécurité")
    name_articles: _PerLanguage | None = None
    # and, of: between the capitalised words of an English body's name before its head
    run_links: list[str] = Field(min_length=1)
    # war, affrontements: beside "Hamas-Israel" they make the pair two sides, not a branch
    sides: _PerLanguage | None = None
    # ministère, direction: French heads of a body's name written all in lower case
    # ("ministère de la défense"), read with the [english] word lists
    lower_heads: list[str] = []
    # ministère, secrétariat: lower-case heads that, right after a coordinator ("et du
    # ministère"), open a second body's name rather than go on with the first's
    # ("du ministère de la Justice et du ministère de la Femme": two ministries)
    second_heads: list[str] = []
    # Presidency, présidence: heads of a chair; of a known body or of a person they name
    # the chair that body or that person holds, an office, not a body
    chairs: _PerLanguage | None = None
    # garde des Sceaux: an office written like a body's name; its holder is no actor
    office_titles: _OpenPerLanguage = _OpenPerLanguage()
    # Conference, Organisation, Plateforme: nouns that head a body's name only where an
    # acronym the text defines spells that name ("Five Country Conference (FCC)"); alone
    # they are too common to open a name
    spelt_heads: _PerLanguage | None = None
    # Association: heads that head a name only where they close its capitalised run or a
    # joiner follows ("Kenya Bankers Association", "Association of Chief Police
    # Officers"); before a capital or a coordinator they name a treaty, a policy, a
    # right ("EU-Ukraine Association Agenda", "Freedom of Association and Protection")
    closing_heads: _OpenPerLanguage = _OpenPerLanguage()
    # s, x: endings that make a head plural ("Special Assault Teams (SAT)", "cellules
    # nationales de coopération (CNC)"): a name an acronym spells may stand on them
    plural_endings: list[str] = []
    # les, the: before a name on a plural head, they make it one body, not a kind
    plural_articles: _PerLanguage | None = None
    # le, la, l', du, the: before a name in lower case that an acronym spells letter for
    # letter, they make it one body named once ("Le service national du renseignement
    # pénitentiaire (SNRP)"); "au service de la paix et de la sécurité (SPS)" is a phrase
    singular_articles: _PerLanguage | None = None
    # de, d': a link with no article, and the endings of the noun it may join to a
    # capitalised head as the name's complement ("Sénat de transition", "Commission de
    # politique générale"): a bare link and a noun of that shape read as a name's part
    complement_links: _OpenPerLanguage | None = None
    complement_endings: _OpenPerLanguage | None = None
    # ère, ique, aux: the endings of an adjective that agrees with the noun before it; one
    # the word lists lack, right after a lower-case name's last noun, closes that name
    # ("Centre régional de lutte contre les armes légères") instead of being cut off
    adjective_endings: _OpenPerLanguage | None = None
    # -ée, -ées: a past participle's endings among them ("placée sous", "créée par")
    participle_endings: _OpenPerLanguage | None = None

    @model_validator(mode="after")
    def _heads_are_names(self) -> OrganCues:
        clash = {h.casefold() for h in self.heads.all()} & {
            w.casefold() for w in self.not_names.all()
        }
        if clash:
            raise ValueError(f"words both heads and not_names: {sorted(clash)}")
        return self


class EnglishNames(_Strict):
    """How the words of a French body's name read in English. A body no list knows takes
    its usual English name as canonical (guidelines §3), so ``ministère de la Défense``
    and ``Ministry of Defence`` name one actor. Keys are folded (no accents, hyphens as
    blanks) and in lower case; an elided article keeps its apostrophe (``de l'``)."""

    nouns: dict[str, str] = Field(min_length=1)  # ministère -> Ministry: a name's nouns
    adjectives: dict[str, str] = Field(min_length=1)  # nationale -> National: go before
    phrases: dict[str, str] = {}  # cour des comptes -> Court of Audit: read as one noun
    links: dict[str, str] = Field(min_length=1)  # de la -> of, pour -> for, et -> and
    # de, d': a link with no article; its one-noun complement qualifies the noun before
    # ("Centre de crise" -> "Crisis Centre")
    bare: list[str] = Field(min_length=1)
    articles: list[str] = Field(min_length=1)  # le, la, l': dropped after a link
    purposes: list[str] = []  # prévention: "de" before one reads "for", not "of"
    # English heads that take a one-noun complement before them, its article and all
    # ("Agence nationale du renseignement" -> "National Intelligence Agency")
    stacked: list[str] = []
    # an adjective's ending -> the endings of its other forms (al -> ale, aux, ales;
    # "" any other): the forms the lists and organ.modifiers leave out
    endings: dict[str, list[str]] = {}

    @field_validator("nouns", "adjectives", "phrases", "links")
    @classmethod
    def _folded_keys(cls, v: dict[str, str]) -> dict[str, str]:
        bad = [k for k in v if k != k.lower() or re.search(r"[^a-z' ,]", k)]
        if bad:
            raise ValueError(f"keys not folded to plain lower case: {bad}")
        return v


class ActorShapesFile(_Versioned):
    place: PlaceCues
    state: StateCues
    person: PersonCues
    organ: OrganCues
    english: EnglishNames


class GivenNamesFile(_Versioned):
    """More given names for :class:`PersonCues` ``given_names``: a long general list, kept
    in a file of its own so that the cues stay readable."""

    names: list[str] = Field(min_length=1)

    @field_validator("names")
    @classmethod
    def _one_capitalised_word(cls, v: list[str]) -> list[str]:
        bad = [n for n in v if " " in n or not n[:1].isupper() or len(n) < 3]
        if bad:
            raise ValueError(f"not one capitalised word of three letters or more: {bad[:5]}")
        return v
