"""Clauses around a network mention: the clause leading up to it and the one after it, a label ending in a colon
before its sentence, the clause before a list of names it ends, and whether that clause denies the membership it
names. Shared by the context checks, pending memberships and programmes."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.networks.rules import Cues

_LABEL_WORDS = 5  # "Forslag fra Venstre og SV:": the longest label before a colon read as the sentence's kind


def clause_before(before: Span) -> Span:
    """The clause that leads up to a mention: after the last comma ('Vi følger arbeidet, og fylkeskommunen er
    medlem av X' -> 'og fylkeskommunen er medlem av'); 'Kommunen og en virksomhed deltager' stays whole."""
    for token in reversed(before):
        if token.text in (",", ";"):
            return before.doc[token.i + 1 : before.end]
    return before


_DENIED_MEMBER_GAP = 2  # "ikke medlem", "ikke selv medlem", "géén lid": the negation right before the noun
_DENIED_OBJECT_GAP = 7  # "ikkje går vidare med eit medlemskap": a plain negation of the noun's verb


def list_lead(sdoc: Doc, sentence: Span, start: int, rules: Cues) -> list[str]:
    """The clause before the list of names a mention at token `start` ends ("... ikke selv medlem av Nordkalottrådet
    eller Barentsrådet"): its words speak of every name in the list, known to the gazetteer or not."""
    k = start
    while k > sentence.start and (
        sdoc[k - 1].text in (",", "/")
        or rules.word_is("coordinators", sdoc[k - 1].text, literal=True)
        or sdoc[k - 1].text[:1].isupper()
    ):
        k -= 1
    return [t.text for t in clause_before(sdoc[sentence.start : k])]


def membership_denied(lead: list[str], rules: Cues) -> bool:
    """The clause leading up to a mention denies the membership noun it names, however far the name follows
    ("is géén lid van de Europese vereniging van vestingsteden X", "er ikke selv medlem av Y eller X"); "niet
    alleen lid van" denies nothing. A plain negation of the verb whose object the noun is denies it too ("går
    ikke videre med et medlemskab af X", "niet verder gaat met een lidmaatschap van X"), with no coordinator
    between them ("deltager ikke i A og har medlemskab af X" names a membership held)."""
    for i in rules.find("membership_nouns", lead):
        before = lead[max(0, i - _DENIED_MEMBER_GAP) : i]
        negated = rules.find("negation", before)
        if negated and not rules.find("not_only", before[negated[-1] + 1 :]):
            return True
        verb = lead[max(0, i - _DENIED_OBJECT_GAP) : i]
        negated = rules.find("negation_after", verb)
        between = verb[negated[-1] + 1 :] if negated else []
        if negated and not rules.find("not_only", between) and not rules.find("coordinators", between):
            return True
    return False


def label_before(sdoc: Doc, sentence: Span) -> list[str]:
    """The words of a label that ends in a colon right before the sentence, on its line ("Forslag fra SV: Bodø
    slutter seg til X", "Motie: ..."): the label says what the sentence is."""
    if sentence.start == 0 or sdoc[sentence.start - 1].text != ":":
        return []
    words: list[str] = []
    for token in reversed(sdoc[max(0, sentence.start - 1 - _LABEL_WORDS) : sentence.start - 1]):
        if "\n" in token.whitespace_ or token.is_space or token.text in (".", ";", ":"):
            break
        words.insert(0, token.text)
    return words


def clause_after(
    sdoc: Doc, sentence: Span, end: int, rules: Cues, window: int | None = None, past_bracket: bool = False
) -> list[str]:
    """The words right after the mention up to the clause's end (a comma, a coordinator), at most a cue window;
    `past_bracket`: a bracketed other name right after it is passed over ('Borgmesterpagten (Covenant of Mayors) vil
    blive vurderet'), for the verb that weighs the joining (an ending verb there may be a project's: 'Prosjektet
    under X (NPA) vart avslutta')."""
    if past_bracket:
        end = _after_bracket(sdoc, sentence, end)
    words = []
    for token in sdoc[end : min(sentence.end, end + (window or rules.cue_window))]:
        if token.is_punct or rules.word_is("coordinators", token.text, literal=True):
            break
        words.append(token.text)
    return words


def clause_past_bracket(sdoc: Doc, sentence: Span, end: int, rules: Cues) -> list[str]:
    """The clause after a bracket that opens or closes right after the mention; [] when none does."""
    bracket = end < sentence.end and sdoc[end].text in ("(", ")")
    return clause_after(sdoc, sentence, end, rules, past_bracket=True) if bracket else []


_BRACKET_WORDS = 6  # '(Covenant of Mayors)', '(EDR)': a bracketed other name is short


def _after_bracket(sdoc: Doc, sentence: Span, end: int) -> int:
    """The token after a short bracket that opens right at `end`, or after the bracket `end` closes (a name inside
    it: 'Borgmesterpagten (Covenant of Mayors)'); `end` when there is none."""
    if end < sentence.end and sdoc[end].text == ")":
        return end + 1
    if end >= sentence.end or sdoc[end].text != "(":
        return end
    for token in sdoc[end + 1 : min(sentence.end, end + 2 + _BRACKET_WORDS)]:
        if token.text == ")":
            return token.i + 1
        if token.text == "(":
            break
    return end
