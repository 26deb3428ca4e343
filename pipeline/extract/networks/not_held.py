"""Networks named in a sentence that does not hold them: a joining only considered, the issuer's own denial in a
later clause, a bracketed remark right after the name (networks.context.blocked reads these)."""

from __future__ import annotations

import itertools

from spacy.tokens import Doc

from pipeline.extract.networks.participation import name_words
from pipeline.extract.networks.rules import Cues, excluded

_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "(", ")"})
_STATEMENT_ENDS = frozenset({".", "!"})  # a question ("Waar zijn we geen lid van?") asks, it denies nothing
_ITEM_SEPARATORS = frozenset({":", "-", "–", "—"})  # '- Cittaslow: ...', '* Cittaslow - Koksijde is ... geen lid meer'
_DENIAL_WORDS = 4  # "kommunen deltar ikke", "de gemeente is geen lid": the issuer's own denial within four words
_REMARK_WORDS = 8  # a bracketed remark right after a name ("(titel, geen lidmaatschap)"), read whole up to this long
_DENIED_MEMBERSHIP_GAP = 2  # "is geen lid", "er ikke medlem": the membership word right after the negation
_REMARK_CLAUSE_ENDS = frozenset({",", ";"})
ROUTE_WORDS = 4  # "gennem sit medlemskab af KL": the body a route word names comes within four words
_SELF_DENIAL_WORDS = 3  # "ikke selv medlem", "zelf geen lid": the three words come together
_ROUTE_REACH = 3  # "via de provincie Limburg": the body comes within three words of its route word
_RUN_IN_LABEL_WORDS = 3  # "Geen partners. Met Nettetal ...": a shorter sentence naming only a role is a run-in label


def considers_joining(lead: list[str], rules: Cues) -> bool:
    """A consideration governing a joining verb in the clause that leads up to the mention, however long the
    name's description ("overvejer at melde sig ind i det europæiske ø-netværk X", "vurderte å melde seg inn i
    X"): joining is only considered, unless a joining after it overtakes."""
    for i in rules.find("consideration", lead):
        if any(rules.word_is("join_verbs", w) for w in lead[i + 1 : i + 1 + rules.cue_window]):
            return not any(k > i for k in rules.find("joined", lead))
    return False


def issuer_denies(after: list[str], rules: Cues, municipality: str | None = None) -> bool:
    """A later clause of the sentence in which the issuer denies taking part ("X er et mellomstatlig samarbeid;
    kommunen deltar ikke selv", "... de gemeente zelf is geen lid", "X er eit samarbeid i regionen; Sauda er
    ikkje medlem"): the issuer's words or its own name, then a negation and a membership word within a few
    words."""
    for i in [*rules.find("issuer_words", after), *own_name_ends(after, municipality)]:
        clause = list(itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, after[i + 1 :]))
        window = clause[:_DENIAL_WORDS]
        names_another = any(w[:1].isupper() for w in clause)  # 'og kommunen deltar ikke i Energy Cities'
        denied = rules.find("negation", window) and not rules.find("not_only", window)  # not 'ikke bare medlem'
        if denied and _held(rules, window) and not names_another:
            return True
    return another_takes_part(after, rules)


def own_name_ends(words: list[str], municipality: str | None) -> list[int]:
    """Positions of the last word of the issuer's own name among `words` ('Nore og Uvdal' read as three words)."""
    name = name_words(municipality)
    n = len(name)
    return [i + n - 1 for i in range(len(words) - n + 1) if n and [w.casefold() for w in words[i : i + n]] == name]


def _held(rules: Cues, words: list[str]) -> list[int]:
    """Membership words and the parts taken in a project ('medlem', 'partner', 'aanvrager') among `words`."""
    return [*rules.find("membership", words), *rules.find("role_nouns", words)]


def another_takes_part(after: list[str], rules: Cues) -> bool:
    """A later clause that gives the part to another body itself ("..., men skolerne er selv ansøgere", "de scholen
    zijn zelf de aanvrager"): a third party or one of the issuer's institutions, then a self word and a role noun
    within a few words: that body, not the issuer, takes part."""
    others = [*rules.find("third_parties", after), *rules.find("own_institutions", after)]
    for i in others:
        window = after[i + 1 : i + 1 + _DENIAL_WORDS]
        if rules.find("self_markers", window) and rules.find("role_nouns", window):
            return True
    return False


def remark_after(sdoc: Doc, end: int) -> list[str]:
    """The words of a bracketed remark right after the mention ("Fairtrade Gemeente (titel, geen lidmaatschap)"):
    it speaks of that name."""
    if end >= len(sdoc) or sdoc[end].text != "(":
        return []
    return _to_bracket_end(sdoc, end + 1)


def row_refused(sdoc: Doc, sentence_end: int, end: int, rules: Cues) -> bool:
    """A refusal or postponement later in the mention's table row or right-hand bracket ("Vådeng<TAB>LIFE<TAB>–<TAB>
    afslag 2025", "| Deltagelse i X-projektet | Udsat |", "LIFE (afgewezen)"): a row of cells (split by tabs or
    pipes; aligned columns are tabs by then) speaks of its own case or programme only, so its outcome cell counts."""
    rest = sdoc[end:sentence_end]
    cells = "\t" in rest.text or "|" in rest.text
    words = [t.text for t in rest] if cells else remark_after(sdoc, end)
    return bool(rules.find("not_granted", words))


def _to_bracket_end(sdoc: Doc, first: int) -> list[str]:
    """The words from token `first` up to the closing bracket; a longer bracket gives its first clause ("(ikkje
    sjølv medlem, berre gjennom ... fylkeskommune sitt medlemskap)"), none when no clause ends within a few words."""
    words = []
    for token in sdoc[first : first + _REMARK_WORDS]:
        if token.text == ")":
            return words
        words.append(token.text)
    clause_end = next((i for i, w in enumerate(words) if w in _REMARK_CLAUSE_ENDS), None)
    return words[:clause_end] if clause_end else []


def after_route(sdoc: Doc, first: int, floor: int, rules: Cues) -> bool:
    """A route word just before token `first` and after token `floor` ("– via Region Midtjylland", "wel via de
    provincie Limburg", "berre gjennom Troms fylkeskommune"): the name is the body the issuer takes part through."""
    return bool(rules.find("routes", [t.text for t in sdoc[max(floor, first - _ROUTE_REACH) : first]]))


def bracket_remark(sdoc: Doc, start: int, end: int) -> list[str]:
    """The rest of a bracket the mention at tokens [start, end) opens ("SchoolBridge (Erasmus+, aanvraag ingediend in
    maart 2026)", "Kystliv (Interreg, søknad sendt)"): a remark on that programme, read whole up to a few words."""
    if start == 0 or sdoc[start - 1].text != "(" or end >= len(sdoc) or sdoc[end].text not in (",", ";", ":"):
        return []
    return _to_bracket_end(sdoc, end + 1)


def label_remark_denies(remark: list[str], rules: Cues) -> bool:
    """A list item that names a body and then, after its colon or dash, denies the issuer's membership in that
    remark ("- Euregio Maas-Rijn: de stad ligt buiten het werkgebied en is geen lid", "- KL-netværk: kommunen er
    ikke medlem", "* Cittaslow - Koksijde is in 2022 uit dit netwerk gestapt en is dus geen lid meer"): a negation
    closely followed by a membership word, or a joining only considered, speaks of the name the item opens with.
    `remark`: the item's remark words (item_remark)."""
    return bool(_denials(rules, remark)) or _considered(remark, rules)


def item_remark(sdoc: Doc, sentence_end: int, end: int) -> list[str]:
    """The words of a list item's remark after the name ending at token `end` and its colon or dash ("- CPMR –
    via Region Midtjylland"), none when no such separator follows the name."""
    if end >= sentence_end or sdoc[end].text not in _ITEM_SEPARATORS:
        return []
    if sdoc[end].text != ":" and not sdoc[end - 1].whitespace_:
        return []  # 'Cittaslow-netværket': a hyphen joins a compound, it sets off no remark
    return [t.text for t in sdoc[end + 1 : sentence_end]]


def _considered(remark: list[str], rules: Cues) -> bool:
    """An item's remark that only considers joining ('- Cittaslow: ... vurdere om kommunen skal søke om medlemskap'):
    a consideration followed within a few words by a joining verb or a membership word."""
    reach = 2 * rules.cue_window  # 'overvejer, om kommunen skal søge om optagelse': the joining closes the question
    return any(
        rules.find("membership", remark[i + 1 : i + 1 + reach])
        or any(rules.word_is("join_verbs", w) for w in remark[i + 1 : i + 1 + reach])
        for i in rules.find("consideration", remark)
    )


def denied_next(sdoc: Doc, following: range, inside: set[int], rules: Cues) -> bool:
    """The sentence right after the mention's, in the same paragraph (token indices `following`), denies
    membership and names nothing of its own after its first word ("Fairtrade Gemeente. Dat is een erkenning,
    geen lidmaatschap.", "Kommunen er ikke selv medlem."): it can only speak of the network just named. `inside`
    holds the tokens of every network mention. A next sentence opening with a bullet or number is another item,
    one without closing punctuation the heading of the page's next part ('Geen lid, wel betrokken'), and a
    question ('Hvilke netværk er vi ikke medlem af?') the heading over the list of networks not held, not a remark."""
    words_at = [i for i in following if not sdoc[i].is_space]
    if not words_at or not sdoc[words_at[0]].is_alpha or any(i in inside for i in words_at):
        return False
    if sdoc[words_at[-1]].text not in _STATEMENT_ENDS:
        return False  # 'Geen lid, wel betrokken' / 'Waar zijn we (nog) geen lid van?': the next part's heading
    words = [sdoc[i].text for i in words_at]
    names_a_body = any(w[:1].isupper() for w in words[1:])  # "Bornholm deltager i Folkemødet ..., ikke medlem"
    # 'Geen partners.' heads the next paragraph; 'Ikke medlem.' still remarks on the name before
    roles = sum(w.isalpha() for w in words) >= _RUN_IN_LABEL_WORDS
    return not names_a_body and bool(_denials(rules, words, roles=roles))


def _denials(rules: Cues, words: list[str], roles: bool = True) -> list[int]:
    """Where a membership word, or with `roles` a role, closely follows a negation ("is geen lid", "er ikke selv
    medlem", "is daarbij geen partner")."""
    members = set(_held(rules, words) if roles else rules.find("membership", words))
    return [
        j for i in rules.find("negation", words) for j in range(i + 1, i + 1 + _DENIED_MEMBERSHIP_GAP) if j in members
    ]


def through_another_body(words: list[str], rules: Cues) -> bool:
    """Taking part through someone else: an indirect word ("indirekte"), acting on behalf of a body other than the
    issuer ("på vegne av regionen", not "namens de gemeente"), or a route
    word followed closely by another body ("via regionen", "gjennom Troms fylkeskommune", "via de VNG")."""
    if rules.find("indirect", words):
        return True
    if any(not rules.find("issuer_words", words[i + 1 : i + 1 + ROUTE_WORDS]) for i in rules.find("behalf", words)):
        return True  # "på vegne av regionen"; "namens de gemeente" is the issuer's own act
    for i in rules.find("routes", words):
        after = words[i + 1 : i + 1 + ROUTE_WORDS]
        if _names_a_project(after, rules):
            continue  # "gjennom skuleprosjektet «...»": the issuer's own project is its route, no other body
        if rules.find("third_parties", after) or any(excluded(w) for w in after):
            return True
    return False


def _names_a_project(words: list[str], rules: Cues) -> bool:
    """A project noun, alone or as the head of a compound ("skuleprosjektet", "Interreg-projektet")."""
    return any(rules.find("project_heads", [w[k:]]) for w in words for k in range(len(w)))


def item_remark_stops(sdoc: Doc, sentence_end: int, end: int, rules: Cues) -> bool:
    """A list item's remark after the name ending at token `end` denies the membership or opens on the route
    through another body ("- X – niet aangesloten", "• X – kun gennem Region Nordjylland"), or the rest of the
    sentence denies the issuer's own membership ("X, via fylkeskommunen sitt medlemskap (Fjellby er ikke selv
    medlem)")."""
    remark = item_remark(sdoc, sentence_end, end)
    if label_remark_denies(remark, rules) or through_another_body(remark[:ROUTE_WORDS], rules):
        return True
    return self_denied([t.text for t in sdoc[end:sentence_end]], rules)


def self_denied(after: list[str], rules: Cues) -> bool:
    """A self word, a negation and a membership word close together ("er ikke selv medlem", "is zelf geen lid",
    "ikkje sjølv medlem") with no other name after them in their clause: the issuer says it holds no membership
    of its own in the name before."""
    for i in rules.find("negation", after):
        near = after[max(0, i - 1) : i + _SELF_DENIAL_WORDS]
        clause = list(itertools.takewhile(lambda w: w not in _CLAUSE_ENDS, after[i + 1 :]))
        if (
            rules.find("self_markers", near)
            and rules.find("membership", after[i + 1 : i + _SELF_DENIAL_WORDS])
            and not any(w[:1].isupper() for w in clause)
        ):
            return True
    return False
