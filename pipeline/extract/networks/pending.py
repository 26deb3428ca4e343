"""Networks whose joining is a decision still to be taken: "Over de ondertekening van X neemt de raad in het najaar
een besluit", "Kommunestyret skal i mars behandle innmelding i X", or a question followed by the case's date ("Tydal
med i X? Saken kommer opp i januar"). The text names the body a council will decide on, not one the issuer is in.

A membership the sentence states before the name ("Gennep is sinds 2015 lid van X en neemt ...") or a renewal of
one held ("over de verlenging van het lidmaatschap van X") stays a membership."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from pipeline.extract.networks.clauses import clause_before
from pipeline.extract.networks.context import Context
from pipeline.extract.networks.rules import Cues

REFERRAL_LINES = 2  # lines either side of a name where a referral to another body is read ('Innstilling til ...:')
DECIDED_LINES = 4  # further lines where the body it was referred to may record its own decision


def decision_pending(sdoc: Doc, sentence: Span, start: int, end: int, previous_end: int, rules: Cues) -> bool:
    """A pending-decision cue in the mention's sentence, after the name or in the clause leading up to it, with no
    joining, membership stated before the name or renewal in the sentence."""
    lead = [t.text for t in clause_before(sdoc[max(previous_end, sentence.start) : start])]
    tail = [t.text for t in sdoc[end : sentence.end]]
    if not (rules.find("pending", tail) or rules.find("pending", lead)):
        return False
    return not (_held_or_renewed(lead, [t.text for t in sentence], rules) or _stated(tail, rules))


def pending_next(sdoc: Doc, sentence: Span, following: range, inside: set[int], rules: Cues) -> bool:
    """The mention's sentence asks (a question, a request or proposal word) and the next sentence of its paragraph
    only dates the decision ("Tydal med i X? Saken kommer opp i januar.", "Toetreding tot X. De raad beslist in
    maart."): it names no body of its own and holds a pending-decision cue."""
    words = [t.text for t in sentence]
    asks = words[-1:] == ["?"] or any(rules.find(name, words) for name in ("requests", "proposals"))
    if not asks or _held_or_renewed(words, words, rules):
        return False
    following_words = [sdoc[i].text for i in following if not sdoc[i].is_space]
    if not following_words or any(i in inside for i in following):
        return False
    names_a_body = any(w[:1].isupper() for w in following_words[1:])
    return not names_a_body and bool(rules.find("pending", following_words))


def _held_or_renewed(lead: list[str], sentence: list[str], rules: Cues) -> bool:
    """A joining or renewal anywhere in the sentence, or a membership the clause before the name states outright (a
    membership word that is not the object of the decision: 'is lid van', not 'over de toetreding tot')."""
    if rules.find("joined", sentence) or rules.find("renewals", sentence):
        return True
    return _stated(lead, rules)


def _stated(words: list[str], rules: Cues) -> bool:
    """A membership word that is not the object of the decision ('der Bodø er medlem', 'waarvan Venlo lid is'; not
    'innmelding i', 'over de toetreding tot')."""
    objects = set(rules.find("decision_objects", words))
    return any(i not in objects for i in rules.find("membership", words))


def referred_up(context: Context, start: int, end: int, rules: Cues) -> bool:
    """The joining is a recommendation to another body ('Innstilling til kommunestyret:' / 'X melder seg inn i Y',
    'Saken avgjøres endelig av kommunestyret'): the referral stands within a few lines of the name, and that body's
    own decision ('Kommunestyrets vedtak:') does not follow in the next few lines. Read off the document's shared
    lines and tokens (the normalised text has no blank line to stop at)."""
    lines = context.doc.lines
    if not lines:
        return False
    first, last = _line_index(context, start), _line_index(context, end)
    around = _words(context, lines[max(first - REFERRAL_LINES, 0)].start, _line_end(context, last + REFERRAL_LINES))
    if not rules.find("referrals", around):
        return False
    sentence = context.sentence(start, end)
    lead = [
        t.text for t in clause_before(context.sdoc[sentence.start : max(sentence.start, _token_at(context, start))])
    ]
    tail = [t.text for t in sentence if t.idx >= end]
    if _held_noun(lead, rules) or _stated(tail, rules):
        return False  # 'er i forvejen medlem af X', '... gjennom X, der begge kommuner er medlemmer': held already
    after = _words(context, end, _line_end(context, last + REFERRAL_LINES + DECIDED_LINES))
    return not rules.find("referral_decided", after)


def _held_noun(words: list[str], rules: Cues) -> bool:
    """A membership noun that is not the object of a decision ('er i forvejen medlem af'; not 'godkende medlemskab')."""
    objects = set(rules.find("decision_objects", words))
    return any(i not in objects for i in rules.find("membership_nouns", words))


def _token_at(context: Context, pos: int) -> int:
    """The index of the token that holds character `pos`."""
    span = context.sdoc.char_span(pos, pos + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _line_index(context: Context, pos: int) -> int:
    return max(bisect_right(context.line_starts, pos) - 1, 0)


def _line_end(context: Context, index: int) -> int:
    lines = context.doc.lines
    return lines[min(index, len(lines) - 1)].end


def _words(context: Context, start: int, end: int) -> list[str]:
    """The shared tokens of text[start:end], spaces left out."""
    span = context.sdoc.char_span(start, max(start, end), alignment_mode="expand")
    return [t.text for t in span if not t.is_space] if span is not None else []
