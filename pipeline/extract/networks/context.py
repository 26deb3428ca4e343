"""Does a mention show participation? Sentence scope and cue checks for the networks extractor.

Participation is read from the mention's sentence and the one before it (a
membership verb, "partner", "project", or the municipality's own name); a
consideration, negation or event-role cue just before the mention cancels it
("overvejelser om deltagelse i X", "ikke længere medlem af X", "door Piet Jansen, X").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from pipeline.document import Document
from pipeline.extract.networks.clauses import clause_after, clause_before, label_before, list_lead, membership_denied
from pipeline.extract.networks.clauses import clause_past_bracket as past_bracket
from pipeline.extract.networks.not_held import (
    bracket_remark,
    considers_joining,
    issuer_denies,
    item_remark,
    item_remark_stops,
    remark_after,
    row_refused,
    through_another_body,
)
from pipeline.extract.networks.rules import Cues
from pipeline.text.metadata_rules import metadata_rules


@cache
def _subject_labels() -> frozenset[str]:
    """The field labels naming a memo's subject, shared with the title reader (models/metadata)."""
    return frozenset(label.casefold() for label in metadata_rules("und").title.subject_labels)


_MAX_RUNNING_WORDS = 15
# a case's reference opening a line ("FS 25/26 ...", "PS 12/2026 ...", "Sak 31/26 ..."): an agenda entry repeated as the
# case's heading, no page furniture
CASE_REFERENCE = re.compile(r"^(?:[^\W\d_][\w-]{0,6}\.?\s*)?\d{1,4}/\d{2,4}\b")
_RUNNING_LINE_WORDS = 5  # words before a head noun ending a line that make the line a running sentence, no heading
_NOUN_LEAD = 2  # "Medlemskab af X", "Et medlemskap i X": the membership noun right before the name
_WRAP_WORD_CHARS = 3  # a line ending in a preposition ('i', 'af', 'van', 'bij') goes on in the next line
_LINKS = ("connectors", "determiners")  # words between a noun and the network it governs ("af", "van het")
_GENITIVES = ("'", "’", "s", "'s", "’s")
_NAME_PUNCTUATION = ('"', "'", "«", "»", "“", "”", ":", "(")


@dataclass
class Context:
    """The document, its compound tokens, the starts of its shared lines and its running lines:
    sentence look-ups that stay linear even on a text with no line or sentence breaks."""

    doc: Document
    sdoc: Doc
    line_starts: list[int]
    furniture: set[str]
    rules: Cues | None = None  # head nouns a wrapped running line may end on ("i programmet" / "Interreg ...")

    @classmethod
    def of(cls, doc: Document, rules: Cues | None = None) -> Context:
        return cls(doc, doc.compound_tokens, [line.start for line in doc.lines], running_lines(doc), rules)

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """Bounds of the shared line holding char `pos` (the whole text when it has no lines)."""
        k = bisect_right(self.line_starts, pos) - 1
        if k < 0:
            return 0, len(self.doc.text)
        line = self.doc.lines[k]
        return line.start, max(line.end, pos)

    def line(self, pos: int) -> str:
        return self.doc.text[slice(*self.line_bounds(pos))]

    def in_subject_field(self, pos: int) -> bool:
        """Is char `pos` in the value of a memo's subject field ("Onderwerp: Lidmaatschap X", "Emne: ...")? The
        field names what the case is about; whether X is joined is for the case's text and decision to say."""
        start, end = self.line_bounds(pos)
        label, colon, _ = self.doc.text[start:end].partition(":")
        return bool(colon) and start + len(label) < pos and label.strip().casefold() in _subject_labels()

    def is_furniture(self, pos: int) -> bool:
        """Is char `pos` on a running page header or footer?"""
        return self.line(pos).strip() in self.furniture

    def _base_sentence(self, start: int, end: int) -> Span:
        """Document.sentence_at as a token span."""
        text = self.doc.sentence_at(start, end)
        low = max(0, start - len(text))
        first = self.doc.text.rfind(text, low, start + len(text)) if text else -1
        first = start if first < 0 else first
        return self.sdoc.char_span(first, max(first + len(text), end), alignment_mode="expand")

    def sentence(self, start: int, end: int) -> Span:
        """The sentence holding [start, end), joined across breaks after abbreviations."""
        span = self._base_sentence(start, end)
        while span.start > 0 and (before := self._joined_before(span.start)) is not None:
            span = self.sdoc[self._base_sentence(before.idx, before.idx + len(before)).start : span.end]
        return span

    def _joined_before(self, first: int) -> Token | None:
        """The token a sentence starting at token `first` goes on from: an abbreviation ("bl.a."), a short
        lowercase word ending a wrapped line ("deltager i" / "Nordic Fjord Towns"), or a word ending a line whose
        next line opens on a bracket ("... af sunde byer" / "(WHO European Healthy Cities Network).")."""
        before = self.sdoc[first - 1]
        if _abbreviation(before):
            return before
        gap = self.doc.text[before.idx + len(before) : self.sdoc[first].idx]
        wrapped = gap.count("\n") == 1 and not gap.strip()
        if wrapped and before.is_alpha and before.text.islower() and len(before.text) <= _WRAP_WORD_CHARS:
            return before
        if wrapped and before.is_alpha and self.sdoc[first].text == "(":
            return before  # "... netværk af sunde byer" / "(WHO European Healthy Cities Network).": the name's bracket
        if wrapped and self._head_ends_running_line(before) and self.sdoc[first].text[:1].isupper():
            return before  # "Gjesdal deltar i prosjektet «X» i programmet" / "Interreg Nordsjøen sammen med ..."
        return None

    def _head_ends_running_line(self, before: Token) -> bool:
        """A running sentence's line (several words, no heading) ending on a lowercase head noun ("i programmet",
        "medlem af netværket", "lid van het netwerk"): the name the noun introduces was carried to the next line."""
        if self.rules is None or not (before.is_alpha and before.text.islower()):
            return False
        start, _ = self.line_bounds(before.idx)
        return len(self.doc.text[start : before.idx].split()) >= _RUNNING_LINE_WORDS and any(
            self.rules.word_is(group, before.text) for group in ("head_nouns", "named_heads_before")
        )

    def with_previous(self, sentence: Span) -> Span:
        """The sentence plus the one before it in the same paragraph: "Vi deltager i flere netværk. Eksempler er X"."""
        line_start, _ = self.line_bounds(sentence.start_char)
        if sentence.start == 0 or sentence.start_char <= line_start:
            return sentence
        before = self.sdoc[sentence.start - 1]
        return self.sdoc[self.sentence(before.idx, before.idx + len(before)).start : sentence.end]

    def with_next(self, span: Span) -> Span:
        """The span plus the sentence after it in the same paragraph (no blank line between): "Projektet er
        støttet af Interreg. Haderslev deltager sammen med ..." names the participant after the source."""
        if span.end >= len(self.sdoc):
            return span
        after = self.sdoc[span.end]
        if "\n\n" in self.doc.text[span.end_char : after.idx].replace(" ", ""):
            return span
        return self.sdoc[span.start : self.sentence(after.idx, after.idx + len(after)).end]


def _abbreviation(token: Token) -> bool:
    """ "bl.a.", "f.eks.", "evt.": a period that does not end the sentence."""
    text = token.text
    return text[:1].islower() and text.endswith(".") and (text.count(".") >= 2 or len(text) <= 4)


def blocked(
    sdoc: Doc,
    sentence: Span,
    start: int,
    end: int,
    previous_end: int,
    rules: Cues,
    granted: bool = False,
    municipality: str | None = None,
) -> bool:
    """A consideration, negation or event-role cue in the few tokens before the mention at tokens
    [start, end) (and after the previous network mention, whose cue it would be); a leaving cue, a refusal
    or a request still waiting in the mention's clause ("besluttede at udtræde af X", "søknaden om medlemskap
    i X ble avslått", "de aanvraag is nog in behandeling"); a membership held through another body ("via
    regionen", "gjennom fylkeskommunen", "indirect"); a sentence that puts its bodies outside the text's
    scope ("valt buiten deze strategie") or says another body, not the issuer, is the member ("In X is het de
    provincie die lid is, niet de gemeente"). `end` may end a list the mention opens: its words speak of all."""
    begin = max(previous_end, sentence.start, start - rules.cue_window)
    window = [t.text for t in sdoc[begin:start]]
    wide = max(previous_end, sentence.start, start - rules.consideration_window)
    words = [t.text for t in sentence]
    before = [t.text for t in sdoc[wide:start]]
    if _only_considered(before, rules) or rules.find("negation", window):
        return True
    if rules.find("out_of_scope", words) or rules.find("denied_issuers", words):
        return True  # "valt buiten deze strategie"; "der er det fylkeskommunen som er medlem, ikkje kommunen"
    clause = clause_after(sdoc, sentence, end, rules)
    lead = [t.text for t in clause_before(sdoc[max(previous_end, sentence.start) : start])]
    after = clause[2:] if _funded_inversion(lead, clause, rules) else clause
    weighed = past_bracket(sdoc, sentence, end, rules)  # '(Covenant of Mayors) vil blive vurderet'
    if any(
        rules.find(cue, part)
        for cue in ("consideration", "negation_after")
        for part in (after, weighed, remark_after(sdoc, end))
    ):
        return True  # "een lidmaatschap van Energy Cities besproken", "Medlemskabet af X fornyes ikke": verb last
    if issuer_denies([t.text for t in sdoc[end : sentence.end]], rules, municipality) or item_remark_stops(
        sdoc, sentence.end, end, rules
    ):
        return True  # "- X: kommunen er ikke medlem", "• CPMR – kun gennem Region Nordjylland"
    if row_refused(sdoc, sentence.end, end, rules):
        return True  # "Vådeng<TAB>LIFE<TAB>–<TAB>afslag 2025", "LIFE (afgewezen)"
    label = label_before(sdoc, sentence) if wide == sentence.start else []
    item = item_remark(sdoc, sentence.end, end)  # '- LIFE: aanvraag ...'; not '- X: ondertekend, ... ingediend'
    remarks = [
        *bracket_remark(sdoc, start, end),
        *([] if rules.find("joined", item) or rules.find("passive_joins", item) else item),
    ]
    if not granted and _asked_only([*label, *before], [*clause, *remarks], words, rules):
        return True  # unless the case's decision further on adopts what was asked (`granted`)
    near = [t.text for t in sdoc[wide : min(sentence.end, end + rules.cue_window)]]
    if rules.find("private_capacity", near) or rules.find("observer_roles", near):
        return True  # a person's own membership; an observer's seat ("deltar ... som observatør") is none either
    if _cited(window, rules):
        return True
    if considers_joining(lead, rules) or membership_denied(list_lead(sdoc, sentence, start, rules), rules):
        return True
    own = lead + clause
    if rules.find("leaving", own) or rules.find("not_granted", own):
        return True
    if _request_refused(sdoc, sentence, end, lead, rules):
        return True
    if through_another_body(lead, rules) or through_another_body(clause, rules) and not _member_itself(lead, rules):
        return True
    return any("," in window[i:] for i in rules.find("event_roles", window))


def _member_itself(lead: list[str], rules: Cues) -> bool:
    """The clause before the mention makes its subject a member outright (a membership noun, not
    "neemt deel aan ... via de provincie") and no other body is that subject ("Sunnfjord er medlem av X
    gjennom fylkeskommunen si ordning"): the route after the name is how, not who."""
    return bool(rules.find("membership_nouns", lead)) and not rules.find("third_parties", lead)


def _only_considered(words: list[str], rules: Cues) -> bool:
    """A consideration cue before the mention that no joining after it overtakes ("har greidd ut
    medlemskap i ICLEI" is none; "Etter å ha greidd ut saka vart kommunen medlem av ICLEI" is one)."""
    considered = rules.find("consideration", words)
    return bool(considered) and not any(i > max(considered) for i in rules.find("joined", words))


def _asked_only(before: list[str], after: list[str], sentence: list[str], rules: Cues) -> bool:
    """An application or proposal around the mention ("har søgt midler fra LIFE", "bij Interreg een aanvraag
    ingediend", "Motie 'Hoorn sluit zich aan bij X'") that the sentence records no adoption or grant of ("fikk
    tilsagn", "aangenomen") and no joining overtakes: asked for, not yet taken part in. An application for
    membership ("har søkt om medlemskap i X") is a decision to join and counts (dev conventions)."""
    near = [*before, *after]
    if rules.find("joined", before) or adopted(sentence, rules):
        return False
    if rules.find("proposals", near):
        return True
    return bool(rules.find("applications", near)) and not rules.find("membership_nouns", near)


def adopted(sentence: list[str], rules: Cues) -> bool:
    """An adoption or grant word in the sentence with no negation just before it ("ble ikke vedtatt")."""
    return any(not rules.find("negation", sentence[max(0, i - 2) : i]) for i in rules.find("adoptions", sentence))


def _funded_inversion(lead: list[str], clause: list[str], rules: Cues) -> bool:
    """A fronted funding phrase holds the name, then the main clause's verb and the issuer as its subject ("Met de
    steun van X onderzoeken we hoe ...", "Med støtte fra X undersøger kommunen ..."): the verb says what the issuer
    does with the money, not that joining X is considered."""
    return bool(rules.find("funding_sources", lead)) and len(clause) > 1 and rules.word_is("issuer_words", clause[1])


def _request_refused(sdoc: Doc, sentence: Span, end: int, lead: list[str], rules: Cues) -> bool:
    """A request to join as the clause's subject, its verb last and far from the name ("Een aansluiting bij X werd in
    de gemeenteraad van mei 2025 besproken maar niet goedgekeurd", "Søknaden om medlemskap i X ble på møtet i mars
    avslått"): a refusal or a consideration anywhere in the clause after the name speaks of that request. A request
    named after the name ('bij LIFE een aanvraag in', ', men ansøgningen ...') is refused by a refusal after it in the
    sentence, unless another name stands between them (the request to that body: 'ansøgningen til Eurocities')."""
    late = clause_after(sdoc, sentence, end, rules, len(sentence))
    if rules.find("requests", lead) and (rules.find("not_granted", late) or rules.find("consideration", late)):
        return True
    if rules.find("membership_nouns", lead[-_NOUN_LEAD:]) and rules.find("not_granted", late):
        return True  # "Lidmaatschap van X is voor een gemeente van onze omvang niet haalbaar": the membership refused
    rest = [t.text for t in sdoc[end : sentence.end]]  # 'bij LIFE een aanvraag in; de aanvraag werd niet geselecteerd'
    asked = rules.find("requests", rest)
    return bool(asked) and any(
        i > asked[0] and not any(w[:1].isupper() for w in rest[asked[0] + 1 : i])  # '... til Eurocities blev afvist'
        for i in rules.find("not_granted", rest)
    )


def _cited(window: list[str], rules: Cues) -> bool:
    """A source or model cue before the mention with no membership cue after it ("ifølge X", "bron: X",
    "inspireret af X"): the network is quoted, not joined ("jf. beslutningen er Vejle medlem af X" is)."""
    cited_at = rules.find("sources", window)
    return bool(cited_at) and not any(i > cited_at[-1] for i in rules.find("membership", window))


def is_subject(sdoc: Doc, sentence: Span, start: int, end: int, rules: Cues) -> bool:
    """Does the mention at tokens [start, end) open the sentence as its subject, a lowercase finite verb
    right after it ("Eurocities er et netværk af ...", "ICLEI telt 2500 leden")? Danish, Norwegian and
    Dutch put the verb second, so a name then a lowercase word is a subject and its verb; a dash, a colon,
    a coordinator or a membership word after the name ("Eurocities – medlem siden 2008") is no verb."""
    lead = [t for t in sdoc[sentence.start : start] if not (t.is_punct or t.is_space)]
    if any(not rules.word_is("determiners", t.text) for t in lead):
        return False
    after = next((t for t in sdoc[end : sentence.end] if not t.is_space), None)
    return (
        not _signed_by_issuer(sdoc, sentence, end, rules)
        and after is not None
        and after.is_alpha
        and after.text.islower()
        and not rules.word_is("coordinators", after.text)
        and not rules.word_is("connectors", after.text)
        and not rules.find("membership", [after.text])
        and not rules.find("participation", [after.text])
    )


def members_named(sdoc: Doc, sentence: Span, start: int, end: int, rules: Cues) -> bool:
    """Is the mention at tokens [start, end) the owner of a plural noun of members ("underskriverne af X",
    "de leden van het X", "X' medlemmer", "X sine medlemmer")? Such a phrase speaks of the members at
    large, not of the issuer; "medlemskab af X" (a membership) is no such noun."""
    j = start
    while j > sentence.start and any(rules.word_is(n, sdoc[j - 1].text, literal=True) for n in _LINKS):
        j -= 1
    if sentence.start < j < start and rules.word_is("member_nouns", sdoc[j - 1].text):
        return True
    k = end
    while k < sentence.end and (sdoc[k].text in _GENITIVES or rules.word_is("possessive_markers", sdoc[k].text)):
        k += 1
    return k < sentence.end and rules.word_is("member_nouns", sdoc[k].text)


def _signed_by_issuer(sdoc: Doc, sentence: Span, end: int, rules: Cues) -> bool:
    """A passive joining verb after the network ("Borgmesterpagten blev underskrevet i 2010", "werd in 2014
    ondertekend"): the issuer signed it, unless an agent other than the issuer follows ("underskrevet af
    over 10.000 byer", "door ruim 10.000 steden ondertekend")."""
    words = [t.text for t in sdoc[end : min(sentence.end, end + 2 * rules.cue_window)]]
    if not rules.find("passive_joins", words):
        return False
    agents = [i for i, w in enumerate(words) if rules.word_is("agent_prepositions", w)]
    return not agents or bool(rules.find("issuer_words", words[agents[0] + 1 : agents[0] + 4]))


def at_event(sdoc: Doc, sentence: Span, start: int, end: int, previous_end: int, rules: Cues) -> bool:
    """Attending, visiting or being invited is no membership: a meeting, conference or visit next to the
    mention at tokens [start, end) ("deltog i Eurocities' årsmøde", "bezocht het congres van X") in a
    sentence whose only membership cues are attendance words, or one anywhere in a sentence with no
    cue at all ("X holdt sit årsmøde i Vejle"). Not for network tables and lists, where the next
    cell's words stand beside the name."""
    words = [t.text for t in sentence]
    members_at = rules.find("membership", words)
    if any(not rules.word_is("attendance", words[i]) for i in members_at):
        return False
    if not members_at and not rules.find("participation", words) and rules.find("events", words):
        return True
    before = sdoc[max(previous_end, sentence.start, start - rules.cue_window) : start]
    after = sdoc[end : min(sentence.end, end + rules.event_window_after)]
    return bool(rules.find("events", [t.text for t in (*before, *after)]))


def planned(sentence: Span, start: int, end: int, rules: Cues) -> bool:
    """A plan word near the mention at tokens [start, end) with a joining verb after it ("vil tilslutte
    sig X", "skal bli medlem av X", "dat het X gaat ondertekenen", "van plan om toe te treden tot X"),
    with no membership or decision stated before it ("vedtok at kommunen skal slutte seg til X" is a
    decision to join; a decision word that a question follows, "een motie vraagt of", decides nothing) and no word of
    going on ("fortsat", "blijft"): joining later is no membership yet."""
    words = [t.text for t in sentence]
    if rules.find("continuation", words):
        return False
    members_at = [*rules.find("membership", words), *rules.find("decision", words)]
    asked = rules.find("consideration", words)
    for i in rules.find("plans", words):
        at = sentence.start + i
        near = start - rules.cue_window <= at <= end + rules.event_window_after
        joins = any(rules.word_is("join_verbs", w) for w in words[i + 1 : i + 1 + rules.cue_window])
        stated = [k for k in members_at if k < i - 1 and not any(k < q < i for q in asked)]  # not 'lid wil worden'
        if near and joins and not stated:  # nor 'een motie vraagt of de gemeente, zoals X, lid wil worden
            return True
    return False


def in_project_name(sdoc: Doc, sentence: Span, start: int, rules: Cues) -> bool:
    """Does the mention end a name introduced by a project head word ("projektet Networking the X")?"""
    j = start
    while j > sentence.start and _name_part(sdoc[j - 1], rules):
        j -= 1
    return j > sentence.start and bool(rules.find("project_heads", [sdoc[j - 1].text]))


def _name_part(token: Token, rules: Cues) -> bool:
    """A token that can stand inside a project's name: capitalised, a connector, or a quote."""
    return (
        token.text[:1].isupper()
        or rules.word_is("connectors", token.text, literal=True)
        or token.text in _NAME_PUNCTUATION
    )


def running_lines(doc: Document) -> set[str]:
    """Short lines repeated verbatim: running page headers and footers, not statements; a case's title, listed on
    the agenda and again over the case, is none."""
    counts = Counter(line.text.strip() for line in doc.lines)
    return {
        line
        for line, n in counts.items()
        if n > 1 and 0 < len(line.split()) <= _MAX_RUNNING_WORDS and not CASE_REFERENCE.match(line)
    }
