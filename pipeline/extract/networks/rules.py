"""The networks extractor's rules, read from models/: the gazetteer and per-language cue lists.

Cue lists hold fnmatch patterns on lowercased tokens ("medlem*", "*netværk*"); a space
separates the tokens of a multi-word cue ("i regi af"). Keeping them as data lets a
coder add a municipality's phrasing without touching code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fnmatch import translate
from functools import cache, lru_cache

from pipeline.rules import Rules, load_csv, load_rules
from pipeline.rules.compiled import regex

CueGroups = dict[str, list[str]]  # group ("en", "da", a profile's name) -> fnmatch patterns
UNKNOWN_KIND = "other"
GAZETTEER = "networks/gazetteer.csv"
EXCLUSIONS = "networks/not_networks.csv"


class NetworkRules(Rules):
    """Schema of models/networks/*.json: thresholds and cue lists, each an object of named groups."""

    fuzzy_cutoff: float = 90
    fuzzy_min_length: int = 8
    cue_window: int = 6
    consideration_window: int = 10  # "beveelt aan om lid te worden van X": considering reaches further back
    event_window_after: int = 3  # "Eurocities' årsmøde": an event noun right after the mention
    name_window: int = 12  # tokens either side of an unknown name its membership cue must stand within
    participation: CueGroups = {}
    consideration: CueGroups = {}
    joined: CueGroups = {}  # "blev medlem", "werd lid": joined, after any looking into it earlier in the sentence
    applications: CueGroups = {}  # "søgt midler", "aanvraag ingediend": asked for, not yet granted
    proposals: CueGroups = {}  # "forslag om", "motie": moved, not yet adopted
    adoptions: CueGroups = {}  # "vedtaget", "fikk tilsagn", "aangenomen": an application or proposal granted
    not_only: CueGroups = {}  # "ikke bare medlem", "niet alleen lid": a negation that denies nothing
    membership_nouns: CueGroups = {}  # "medlemskab", "lidmaatschap": an application for membership is joining
    negation: CueGroups = {}
    negation_after: CueGroups = {}  # "fornyes ikke", "verlengt ... niet": a negation in the clause after the name
    out_of_scope: CueGroups = {}  # "valt buiten deze strategie": anywhere in its sentence, nothing there is joined
    leaving: CueGroups = {}  # "udtræde af", "melde seg ut", "uit te treden": leaving, decided or done, is no row
    aspirations: CueGroups = {}  # "målet er", "ønsker", "willen": a programme wished for, not yet taken part in
    motions: CueGroups = {}  # "indstiller", "innstilling", "framlegg", "voorstel": asked for, its outcome read later
    not_granted: CueGroups = {}  # "blev afvist", "ble avslått", "nog in behandeling": a request refused or waiting
    routes: CueGroups = {}  # "via", "gjennom": through the body named right after ("via regionen")
    indirect: CueGroups = {}  # "indirekte", "indirect": a membership held by someone else
    behalf: CueGroups = {}  # "på vegne av", "namens": for someone else, unless the issuer ("namens de gemeente")
    denied_issuers: CueGroups = {}  # "ikke kommunen", "niet de gemeente": the sentence names another body the member
    decision: CueGroups = {}
    event_roles: CueGroups = {}
    events: CueGroups = {}  # meetings, conferences, visits, invitations: attending one is no membership
    plans: CueGroups = {}  # future and plan words ("vil", "skal", "gaat", "van plan"): joining later
    join_verbs: CueGroups = {}  # infinitives of joining ("tilslutte", "bli", "ondertekenen") after a plan word
    continuation: CueGroups = {}  # "fortsat", "blijft": a plan to go on is membership
    pending: CueGroups = {}  # "neemt de raad een besluit", "saken kommer opp": a decision on joining still to be taken
    decision_objects: CueGroups = {}  # "toetreding", "innmelding": the joining a pending decision is about
    renewals: CueGroups = {}  # "verlenging", "fornyelse": a pending decision renewing a membership held
    referrals: CueGroups = {}  # "innstilling til kommunestyret": a joining only recommended to another body
    referral_decided: CueGroups = {}  # "kommunestyrets vedtak": that body's own decision on it, in the same text
    sources: CueGroups = {}  # "ifølge", "bron:", "inspireret af": a network cited, not joined
    private_capacity: CueGroups = {}  # "personligt", "op persoonlijke titel": a person's own membership
    since_words: CueGroups = {}  # "sinds", "siden": a list item's remark "sinds 2012" dates a membership
    requests: CueGroups = {}  # "aansluiting", "søknaden", "tilslutning": a request to join, the subject of its outcome
    observer_roles: CueGroups = {}  # "som observatør", "als waarnemer": a seat beside the members, no membership
    third_parties: CueGroups = {}  # "virksomheden", "de vereniging": another actor that a programme funds
    issuer_words: CueGroups = {}  # "kommunen", "vi", "de gemeente": the issuer named without its name
    own_institutions: CueGroups = {}  # "skolen", "ungdomsskolen", "basisschool": the issuer's own schools, whose
    # part in a programme is the issuer's ("Ungdomsskolen er partner i Erasmus+-projektet ...")
    other_school_kinds: CueGroups = {}  # "videregående", "middelbare": a school run by another body than the issuer
    role_nouns: CueGroups = {}  # "partner", "ansøger", "aanvrager": a part taken in a project, denied ("geen partner")
    self_markers: CueGroups = {}  # "selv", "zelf": "skolerne er selv ansøgere": another body itself takes the part
    member_nouns: CueGroups = {}  # plural nouns of members ("underskriverne", "de leden"): the members at large
    passive_joins: CueGroups = {}  # "underskrevet", "ondertekend": a network signed, by the issuer unless told
    agent_prepositions: CueGroups = {}  # "af", "door": who signed it
    determiners: CueGroups = {}  # "het", "den": may stand before a network that opens a sentence
    attendance: CueGroups = {}  # membership cues that only say someone attended ("deltog", "namen deel")
    list_headings: CueGroups = {}
    question_words: CueGroups = {}  # "hvilke", "waar": a question opening on one asks for a list ("Waar zijn we lid?")
    programme_columns: CueGroups = {}  # a table column of the EU programmes the municipality's projects run under
    head_nouns: CueGroups = {}
    membership: CueGroups = {}
    project_cues: CueGroups = {}  # participation cues that only show taking part in a programme
    funding_sources: CueGroups = {}  # "støtte fra", "gefinancierd door": the money's source right before a name
    labels: CueGroups = {}  # surface forms of a status label a town is certified with ("fairtrade*", "fair trade*")
    certification: CueGroups = {}  # "certificeret", "godkjent", "de titel": a label awarded, no membership
    project_heads: CueGroups = {}  # "projektet X": X names a project, not the network it is named after
    named_heads_before: CueGroups = {}
    named_heads_after: CueGroups = {}
    named_heads_of: CueGroups = {}
    back_references: CueGroups = {}  # "deze", "dette": a name after it refers back to a body just named
    indefinite_articles: CueGroups = {}  # "een Economic Board, een samenwerkingsverband": a kind of body, no name
    local_markers: CueGroups = {}  # "lokalt", "lokaal": "X, et lokalt samarbejde" is a local body, no network
    area_heads: CueGroups = {}  # "Euregio", "Region": a body named after the area it covers
    area_prepositions: CueGroups = {}  # "in", "binnen", "i": a body named after an area, spoken of as a place
    area_fillers: CueGroups = {}  # "midden", "de": words between the place preposition and the area's name
    area_roles: CueGroups = {}  # "actief", "aktiv": a part taken in an area's body ("actief binnen de X")
    explanation_heads: CueGroups = {}  # "X, et partnerskab af kommuner": the head noun of an explanation after a name
    not_network_heads: CueGroups = {}
    generic_modifiers: CueGroups = {}
    possessive_markers: CueGroups = {}  # "KS sitt Klimanettverk": the word between an owner and its network
    compound_heads: CueGroups = {}
    connectors: CueGroups = {}
    place_prepositions: CueGroups = {}
    generic_heads: CueGroups = {}
    coordinators: CueGroups = {}
    kind_heads: dict[str, CueGroups] = {}
    board_roles: CueGroups = {}  # "bestuurslid", "styremedlem": a person's seat on a body's board, no membership
    network_nouns: CueGroups = {}  # "netværk*", "netwerk*": 'geen internationale netwerken' says a body is none
    # gazetteer categories whose bodies every municipality of a country belongs to or works with (national
    # associations): a row only where a sentence states the membership itself, never by participating nearby
    membership_only: list[str] = []


_CUE_LISTS = tuple(name for name, field in NetworkRules.model_fields.items() if field.annotation == CueGroups)


@dataclass(frozen=True)
class Entry:
    """One gazetteer row: the canonical network, its kind and its surface forms."""

    network: str
    kind: str
    aliases: tuple[str, ...]
    category: str = ""  # the catalogue group; some groups count only where membership is stated


# Acute and grave accents on a vowel are a Dutch writer's emphasis ("géén lid", "níet", "wél"): cue words and the
# text's words are matched without them, so "géén lid van" denies like "geen lid van".
_EMPHASIS = str.maketrans("áéíóúàèìòù", "aeiouaeiou")


def plain(text: str) -> str:
    """`text` in lower case without emphasis accents: the form cue words are compiled and matched in."""
    return text.lower().translate(_EMPHASIS)


# A word's plain form, remembered: a window's tokens are made plain again for every cue list asked about them, and a
# translation costs a dictionary look-up per character once the word leaves ASCII (~3 % of a document's CPU).
_plain_word = lru_cache(maxsize=1 << 15)(plain)


def _union(patterns: list[str]) -> re.Pattern:
    """One regex matching any of the fnmatch `patterns` (a never-matching one when empty)."""
    return regex("|".join(f"(?:{translate(p)})" for p in patterns) or r"(?!x)x")


def _at(phrase: tuple[re.Pattern, ...], words: list[str], i: int) -> bool:
    """Does the multi-word `phrase` match `words` starting at index `i`?"""
    end = i + len(phrase)  # only the phrase's own words: slicing to the end made a long list's search quadratic
    return len(words) >= end and all(p.match(w) for p, w in zip(phrase, words[i:end], strict=True))


_ONE_WORD, _OPENER = 1, 2
_SHAPES = 4096


@dataclass(frozen=True)
class CueList:
    """One cue list compiled: one-word patterns as a single regex, multi-word ones token by token."""

    words: re.Pattern
    literals: frozenset[str]
    phrases: tuple[tuple[re.Pattern, ...], ...]
    openers: re.Pattern  # first words of the multi-word patterns
    texts: re.Pattern  # every pattern, matched against a whole short text
    starting: dict[str, tuple[tuple[re.Pattern, ...], ...]] = field(default_factory=dict, compare=False)
    shapes: dict[str, int] = field(default_factory=dict, compare=False)  # word -> _ONE_WORD | _OPENER bits

    def shape(self, word: str) -> int:
        """Whether `word` matches a one-word pattern (_ONE_WORD) and opens a multi-word one (_OPENER), remembered:
        `find` reads every token of a sentence or window, and a document says its words again and again (two
        thirds of the networks rules' regex calls). Forgotten at _SHAPES words, so a worker's memory stays flat."""
        found = self.shapes.get(word)
        if found is None:
            if len(self.shapes) >= _SHAPES:
                self.shapes.clear()
            found = self.shapes[word] = (_ONE_WORD if self.words.match(word) else 0) | (
                _OPENER if self.openers.match(word) else 0
            )
        return found

    def phrases_from(self, word: str) -> tuple[tuple[re.Pattern, ...], ...]:
        """The multi-word patterns whose first word matches `word`, sorted out once per word: a long sentence
        tries them at each of its opener words."""
        found = self.starting.get(word)
        if found is None:
            found = self.starting[word] = tuple(p for p in self.phrases if p[0].match(word))
        return found

    @classmethod
    def compile(cls, patterns: list[str]) -> CueList:
        split = [plain(p).split() for p in patterns]
        return cls(
            words=_union([p[0] for p in split if len(p) == 1]),
            literals=frozenset(p[0] for p in split if len(p) == 1 and "*" not in p[0]),
            phrases=tuple(tuple(regex(translate(w)) for w in p) for p in split if len(p) > 1),
            openers=_union([p[0] for p in split if len(p) > 1]),
            texts=_union([" ".join(p) for p in split]),
        )


@dataclass(frozen=True)
class Cues:
    """The cue lists for one language (its own file merged with the common one)."""

    lists: dict[str, CueList]
    kinds: dict[str, CueList]  # kind -> head words that imply it for a name no gazetteer knows
    fuzzy_cutoff: float
    fuzzy_min_length: int
    cue_window: int
    name_window: int
    consideration_window: int
    event_window_after: int
    membership_only: frozenset[str] = frozenset()

    def word_is(self, name: str, token: str, literal: bool = False) -> bool:
        """True when a single token matches a one-word pattern of list `name` (`literal`: no wildcards)."""
        cue = self.lists[name]
        low = _plain_word(token)
        return low in cue.literals if literal else bool(cue.shape(low) & _ONE_WORD)

    def text_is(self, name: str, text: str) -> bool:
        """True when a whole short text (a heading) matches a pattern of list `name`."""
        return self.lists[name].texts.match(" ".join(plain(text).split())) is not None

    def kind_of(self, words: list[str]) -> str | None:
        """The kind a head word implies ("Cities" -> city_network, "Office" -> organisation), in
        the order of the kind_heads file; None when no word implies one."""
        low = [_plain_word(w) for w in words]
        for kind, cue in self.kinds.items():
            if any(cue.words.match(w) for w in low):
                return kind
        return None

    def kind_for(self, name: str) -> str:
        """The kind a name no gazetteer knows takes from its own words ("... Cities" -> city_network),
        else `other`."""
        return self.kind_of(name.replace("-", " ").split()) or UNKNOWN_KIND

    def find(self, name: str, tokens: list[str]) -> list[int]:
        """Start indexes in `tokens` where a (multi-word) pattern of list `name` matches."""
        cue = self.lists[name]
        low = [_plain_word(t) for t in tokens]
        return [
            i
            for i, word in enumerate(low)
            if (shape := cue.shape(word)) & _ONE_WORD
            or (shape & _OPENER and any(_at(p, low, i) for p in cue.phrases_from(word)))
        ]


@cache
def gazetteer() -> tuple[Entry, ...]:
    """Every row of the gazetteer; the canonical name always counts as an alias."""
    entries = []
    for row in load_csv(GAZETTEER):
        aliases = [a.strip() for a in row["aliases"].split("|") if a.strip()]
        names = [row["network"], *aliases] if row["network"] not in aliases else aliases
        entries.append(Entry(row["network"], row["kind"], tuple(dict.fromkeys(names)), row["category"]))
    return tuple(entries)


def counted_member(name: str, categories: frozenset[str]) -> Entry | None:
    """The gazetteer entry of `categories` (national associations) that `name` is an alias of: a body that is no
    network as a name in passing, but a row where the page lists it among its memberships."""
    return _members_by_alias(categories).get(name.casefold())


@cache
def _members_by_alias(categories: frozenset[str]) -> dict[str, Entry]:
    """Casefolded alias -> the first gazetteer entry of `categories` holding it: asked for every cell segment of a
    document's lists, so the gazetteer is read once, not per segment."""
    members: dict[str, Entry] = {}
    for entry in gazetteer():
        if entry.category in categories:
            for alias in entry.aliases:
                members.setdefault(alias.casefold(), entry)
    return members


@cache
def exclusions() -> frozenset[str]:
    """Casefolded names of bodies that are never networks: national associations, agencies, providers."""
    names = set()
    for row in load_csv(EXCLUSIONS):
        names.update(a.strip().casefold() for a in [row["name"], *row["aliases"].split("|")] if a.strip())
    return frozenset(names)


def excluded(name: str) -> bool:
    """Is `name` (or an acronym in it: "KL's") a body that is never a network?"""
    names = exclusions()
    return name.casefold() in names or any(
        word.isupper() and word.casefold() in names for word in name.replace("'", " ").replace("’", " ").split()
    )


def _merged(groups: CueGroups) -> list[str]:
    return [pattern for patterns in groups.values() for pattern in patterns]


@cache
def cues(language: str) -> Cues:
    """The cue lists for `language`: its groups merged with the English ones (only those for unknown languages)."""
    rules = load_rules("networks", language, NetworkRules)
    lists = {name: CueList.compile(_merged(getattr(rules, name))) for name in _CUE_LISTS}
    kinds = {kind: CueList.compile(_merged(groups)) for kind, groups in rules.kind_heads.items()}
    return Cues(
        lists,
        kinds,
        rules.fuzzy_cutoff,
        rules.fuzzy_min_length,
        rules.cue_window,
        rules.name_window,
        rules.consideration_window,
        rules.event_window_after,
        frozenset(rules.membership_only),
    )
