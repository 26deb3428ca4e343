"""Decisions settled by consent: the chair puts a proposal or a question to the council and it agrees
without a vote (verbatim minutes).

"Ik stel voor dat de raad daarmee instemt. (Instemming.) Dan is aldus besloten.", "Kan de raad instemmen
met ...? Dat is het geval.", "Zijn er bezwaren? Dat is niet het geval; dan is zo besloten." A put and the
consent after it are one decision; a question answered the wrong way ("Zijn er bezwaren? Dat is het
geval.") is none, and a closer ("Conform besloten.") decides alone. The outcome follows what was put
(postponed, noted, else adopted); the subject is what the chair proposed, or nothing (the case) when the
put names nothing of its own. All wording lives in models/votes/<lang>.json `consent`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.votes.lexicon import Consent, Lexicon
from pipeline.extract.votes.phrases import Hit
from pipeline.text.gated import gated

_PUTS = ("proposal", "question", "objection")
# the answer a put is consented by; assent and closers consent to any put
_CONSENTED_BY = {
    "proposal": ("assent", "closer"),  # a "Ja." after a proposal in debate is a reply, not consent
    "question": ("yes", "assent", "closer"),
    "objection": ("no", "assent", "closer"),
}


@dataclass(frozen=True)
class _Event:
    start: int
    end: int
    kind: str  # a put (proposal, question, objection) or a marker (yes, no, assent, closer)
    subject: str | None = None  # what a proposal proposes


def _events(text: str, rules: Consent) -> list[_Event]:
    found = [
        _Event(m.start(), m.end(), "proposal", (groups.get("subject") or "").strip(" \t,") or None)
        for _, m, groups in rules.proposals.finditer(text)
    ]
    found += [_Event(m.start(), m.end(), "question") for m in gated(rules.questions).finditer(text)]
    found += [_Event(m.start(), m.end(), "objection") for m in gated(rules.objections).finditer(text)]
    found = [event for event in found if _chair_speaks(text, event.start, rules)]
    found += [
        _Event(m.start(), m.end(), kind) for kind, regex in rules.markers.items() for m in gated(regex).finditer(text)
    ]
    found.sort(key=lambda e: (e.start, -e.end))
    out: list[_Event] = []
    for event in found:  # the longest event at a position; none inside another
        if not out or event.start >= out[-1].end:
            out.append(event)
    return out


def _chair_speaks(text: str, offset: int, rules: Consent) -> bool:
    """The put is the chair's: the last speaker label above it names the chair, or no label opens a turn
    above it ("De heer Bos (SP): Ik stel voor ..." is a member's proposal in debate, no put)."""
    if rules.speakers is None:
        return True
    labels = list(rules.speakers.finditer(text, 0, offset))
    return not labels or bool(rules.chair and rules.chair.search(labels[-1].group(0)))


def _chains(events: list[_Event], window: int) -> list[list[_Event]]:
    """Puts and the consent after them, grouped: each chain holds its puts, then at least one consent."""
    chains: list[list[_Event]] = []
    current: list[_Event] = []
    refused = False

    def flush() -> None:
        if current and not refused and any(e.kind not in _PUTS for e in current):
            chains.append(list(current))

    for event in events:
        near = bool(current) and event.start - current[-1].end <= window
        consented = any(e.kind not in _PUTS for e in current)
        if event.kind in _PUTS:
            if not (near and not consented):
                flush()
                current, refused = [], False
            current.append(event)
            continue
        puts = [e for e in current if e.kind in _PUTS]
        if near and puts and not refused:
            if event.kind in _CONSENTED_BY[puts[-1].kind]:
                current.append(event)
            elif not consented:
                refused = True  # "Zijn er bezwaren? Dat is het geval.": no consent
        elif event.kind == "closer" and not (near and puts):
            flush()
            current, refused = [event], False
    flush()
    return chains


def _outcome(text: str, chain: list[_Event], put: str, rules: Consent) -> str | None:
    """What the consent decided: read from the put and its consent ("Zonder hoofdelijke stemming wordt besloten
    het punt aan te houden."); a put about the handling proposed for listed documents is noted when every
    listed handling is; None when the put is only order of business."""
    if rules.procedural.search(put):
        return None
    noted = next((cue.regex for cue in rules.outcomes if cue.outcome == "noted"), None)
    if rules.handling_refs.search(put) or not put:  # a lone "Conform besloten." under a list settles the list
        entries = [m.group(0) for m in rules.handling.finditer(text, 0, chain[0].start)]
        if entries and noted is not None and all(noted.search(entry) for entry in entries):
            return "noted"
    said = text[chain[0].start : chain[-1].end]
    return next((cue.outcome for cue in rules.outcomes if cue.regex.search(said)), "adopted")


def _confirmed(start: int, end: int, text: str, hits: list[Hit], alone: bool) -> bool:
    """A vote phrase in the chain or on the line after it ("Dat is het geval. De motie is aangenomen.")
    records the decision itself; so does one on the line above a lone closer ("Het voorstel is aangenomen." /
    "Dan is aldus besloten.")."""
    line_end = text.find("\n", end)
    line_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    limit = len(text) if line_end < 0 else line_end
    above = text[: text.rfind("\n", 0, start) + 1].rstrip()
    floor = text.rfind("\n", 0, len(above)) + 1 if alone else start
    return any(floor <= h.phrase_start < limit or (alone and floor <= h.end <= start) for h in hits)


def consent_hits(text: str, lex: Lexicon, hits: list[Hit]) -> list[Hit]:
    """A decision per put settled by consent, as vote phrases; none where a vote phrase records it."""
    rules = lex.consent
    if rules is None:
        return []
    out = []
    for chain in _chains(_events(text, rules), rules.window):
        start, end = chain[0].start, chain[-1].end
        puts = [e for e in chain if e.kind in _PUTS]
        put = " ".join(text[e.start : e.end] for e in puts)
        outcome = _outcome(text, chain, put, rules)
        if outcome is None or _confirmed(start, end, text, hits, alone=not puts):
            continue
        proposed = next((e.subject for e in puts if e.subject), None)
        if (proposed and rules.empty_subjects.fullmatch(proposed)) or outcome == "postponed":
            proposed = None  # "dat de raad daarmee instemt", "het punt aan te houden": about the case
        if rules.handling_refs.search(put):
            proposed = None  # "de stukken af te doen zoals voorgesteld": about the list
        groups = {"subject": proposed} if proposed else {}
        unanimous = bool(lex.unanimous and lex.unanimous.search(text, start, end))  # stated, never assumed
        out.append(Hit(start, end, start, outcome, proposed, unanimous=unanimous, groups=groups))
    return out
