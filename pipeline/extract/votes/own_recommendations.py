"""A committee's recommendation to a higher body written as a labelled block in the committee's own minutes:
"Samrøystes tilråding frå hovudutvalet til kommunestyret:", "Enstemmig innstilling fra formannskapet til
kommunestyret:", "Formannskapets innstilling til bystyret (vedtatt mot 2 stemmer):", "Enstemmig indstilling fra
Økonomiudvalget til byrådet:", each over the recommended text.

In the minutes of the body that recommends, the block is that body's decision: one row, adopted (or what the
block's text says), unanimous when the label says so, with the count the label gives. In another body's minutes
the same label quotes an earlier step as background and gives nothing here. The label shapes are data
(models/votes/<lang>.json `own_recommendations`, groups `from`, `to` and `vote`).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.blocks import Block, block_decision
from pipeline.extract.votes.counts import parse_breakdown
from pipeline.extract.votes.decisions import Decision, decide
from pipeline.extract.votes.elections import count_line
from pipeline.extract.votes.lexicon import Lexicon, decision_labels, expander
from pipeline.extract.votes.schema import VotesRules
from pipeline.extract.votes.section import SectionText, section_text
from pipeline.rules import load_rules
from pipeline.text.gated import gated

_DEFINITE = re.compile(r"(?:s)?(?:et|en|a|i|ene|ane|erne|ne)?s?$")  # "hovudutvalet", "Økonomiudvalgets"
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")  # the recommended text runs to the paragraph's end


@cache
def _labels(language: str) -> tuple[re.Pattern[str], ...]:
    rules = load_rules("votes", language, VotesRules)
    expand = expander(rules.model_dump())
    return tuple(re.compile(expand(p), re.M) for p in rules.own_recommendations)


def _stem(name: str) -> str:
    return _DEFINITE.sub("", name.split()[0].lower()) if name.split() else ""


def _same_body(named: str | None, body: str | None) -> bool:
    """A body named in a label ("hovudutvalet", "Formannskapets") is the minutes' body ("Hovudutval for teknikk
    og miljø", "Formannskapet"): same first word without its article; a bare noun ("utvalet") ends the name."""
    if not named or not body:
        return False
    label, own = _stem(named), _stem(body)
    return bool(label) and (label == own or own.endswith(label))


def _is_own(m: re.Match[str], body: str | None) -> bool:
    """Recommended by the minutes' body, or, naming no sender, sent to another body than this one; never sent to
    the minutes' own body ("Innstilling fra styret til kommunestyret" in the council's minutes)."""
    groups = m.groupdict()
    if groups.get("to") and _same_body(groups["to"], body):
        return False
    if groups.get("from"):
        return _same_body(groups["from"], body)
    return bool(body and groups.get("to")) and not _same_body(groups["to"], body)


def _is_quoted(m: re.Match[str], body: str | None) -> bool:
    """Recommended by another body than the minutes' own, or to the minutes' own body: an earlier step, quoted."""
    groups = m.groupdict()
    if not (body and groups.get("from") and groups.get("to")):
        return False
    return _same_body(groups["to"], body) or not _same_body(groups["from"], body)


def with_own_recommendation(
    decided: list[Decision], section: SectionText, body: str | None, lex: Lexicon
) -> list[Decision]:
    """The section's decisions settled against its recommendation labels.

    A label of the section's own body decides: its text is read as if it stood under a bare decision label (vote
    phrases first, else the block itself) when the section decides nothing else, and its one decision takes the
    label's vote. A label of another body quotes an earlier step: nothing read in it or under it is a decision
    here, unless a decision label of the minutes' own follows. A vote written into a label ("(vedtaget med 7 mod 2
    stemmer)") is the label's, never a row of its own.
    """
    base = section.base
    for m, end in _recommendation_labels(section, lex):
        own, quoted = _is_own(m, body), _is_quoted(m, body)
        if not own and not quoted:
            continue
        decided = [d for d in decided if not m.start() <= d.start - base < m.end()]
        inside = [d for d in decided if m.end() <= d.start - base < end]
        if quoted and not _decided_after(section, m.end(), lex):
            decided = [d for d in decided if d not in inside]
        elif own and not decided:
            decided = inside = _read_unlabelled(section, m, end, lex)
        if own and len(inside) == 1 and inside[0].unanimous is None and inside[0].votes_for is None:
            _label_vote(inside[0], m, lex)
    return decided


def _decided_after(section: SectionText, at: int, lex: Lexicon) -> bool:
    """A decision label of the minutes' own follows ("Beslutning:", "Vedtak:"): what it adopts may be read at the
    quoted recommendation ("Godkendt." adopts it), so that reading stays."""
    labels = [m for m in lex.block_label.finditer(section.text, at) if not _quotes(m.group("label"), lex)]
    return bool(labels) or any(m.start() > at for m in decision_labels(section.text, lex))


def _quotes(label: str, lex: Lexicon) -> bool:
    return lex.is_proposal_label(label) or label.lower() in lex.background_labels


def _read_unlabelled(section: SectionText, m: re.Match[str], end: int, lex: Lexicon) -> list[Decision]:
    """The decisions of a label's text read with the label blanked, as under a bare decision label."""
    base = section.base
    unlabelled = section_text(section.text, base, [(base + m.start(), base + m.end())], section.title, lex)
    found = [d for d in decide(unlabelled, lex) if m.end() <= d.start - base < end]
    if not found and (single := block_decision(unlabelled, Block(m.start(), m.end(), end), lex)):
        found = [single]
    return found


def _recommendation_labels(section: SectionText, lex: Lexicon) -> list[tuple[re.Match[str], int]]:
    """Recommendation labels outside the section's background, each with its block's end: the paragraph's end
    or the next label."""
    text, out = section.text, []
    labels = sorted({m.start() for m in (*gated(lex.block_label).finditer(text), *decision_labels(text, lex))})
    for regex in _labels(lex.language):
        for m in gated(regex).finditer(text):
            if section.in_background(m.start()):
                continue
            blank = _PARAGRAPH_END.search(text, m.end() + 1)
            following = [pos for pos in labels if pos > m.end()]
            out.append((m, min([blank.start() if blank else len(text)] + following[:1])))
    return sorted(out, key=lambda pair: pair[0].start())


def _label_vote(decision: Decision, m: re.Match[str], lex: Lexicon) -> None:
    """The vote the label states: its unanimity word, or the count in its bracket and the parties after it."""
    if lex.unanimous and lex.unanimous.search(m.group(0)):
        decision.unanimous, decision.votes_against = True, 0
    if vote := m.groupdict().get("vote"):
        count_line(decision, vote, lex)
        against = parse_breakdown(vote.rsplit(",", 1)[-1], lex) if "," in vote else None  # "mot 2 stemmer, FrP"
        if decision.votes_against and decision.against_parties is None and against and against.parties:
            decision.against_parties = against.counted(decision.votes_against)
