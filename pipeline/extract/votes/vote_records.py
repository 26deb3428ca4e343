"""A vote record on the line after (or before) its decision is that decision's vote: one row, not two."""

from __future__ import annotations

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.result_fields import opens_vote_line
from pipeline.extract.votes.section import SectionText


def with_vote_records(decided: list[Decision], text: SectionText, lex: Lexicon) -> list[Decision]:
    """Join a vote record to the decision right above it ("Beslissing: goedgekeurd" / "Stemming:
    eenparig", "De gemeenteraad beslist …" / "Goedgekeurd met 20 stemmen voor en 5 tegen", "Vedtak:
    Godkjent." / "Enstemmig."): one decision, not two. Only lines of the same block (no blank line
    between), the record naming nothing of its own, with the same outcome, adding only the vote."""
    out: list[Decision] = []
    for decision in decided:
        previous = out[-1] if out else None
        if previous is not None and _records_vote_of(decision, previous, text, lex):
            _take_vote(previous, decision)
            continue
        if previous is not None and _leads_vote_of(previous, decision, text):
            _take_vote(decision, previous)  # "Besluit: Met algemeenheid van stemmen." / "Enig artikel: ..."
            out[-1] = decision
            continue
        out.append(decision)
    return out


def _take_vote(decision: Decision, record: Decision) -> None:
    decision.unanimous = record.unanimous
    decision.votes_for, decision.votes_against = record.votes_for, record.votes_against
    decision.against_parties = record.against_parties
    decision.counts_consistent = record.counts_consistent
    if record.unanimous:
        decision.votes_against = 0
    decision.start, decision.end = min(decision.start, record.start), max(decision.end, record.end)


def _leads_vote_of(record: Decision, decision: Decision, text: SectionText) -> bool:
    """`record` is the vote a decision on the next line states ("Besluit: Met algemeenheid van stemmen." /
    "Enig artikel: De gemeenteraad beslist ..."): a bare vote record about nothing but the case, then a
    decision with its own words and no vote, the same outcome, no blank line between."""
    counted = record.votes_for is not None or record.votes_against is not None
    stated = bool(record.unanimous) or counted or record.unopposed
    leads = stated and record.proposer is None and record.subject in (None, text.title)
    bare = decision.voteless
    # "Afstemning: Enstemmigt." / "Beslutning: Orienteringen blev taget til efterretning.": the vote noted it
    noted = (record.outcome, decision.outcome) == ("adopted", "noted")
    own = (decision.subject not in (None, text.title) or noted) and decision.proposer is None
    gap = text.between(record.end, decision.start)
    return leads and bare and own and (record.outcome == decision.outcome or noted) and gap.count("\n") == 1


def _records_vote_of(decision: Decision, previous: Decision, text: SectionText, lex: Lexicon) -> bool:
    """`decision` is only the vote on `previous`: unanimity or counts, no proposer, a subject that is none,
    its predecessor's or the case title it fell back on, the same outcome, on the next lines."""
    counted = decision.votes_for is not None or decision.votes_against is not None
    record = (bool(decision.unanimous) or counted or decision.unopposed) and decision.proposer is None
    fallback = decision.subject in (None, previous.subject, text.title) or decision.subject == text.generic_subject(lex)
    about = fallback and decision.start >= previous.end
    bare = previous.voteless
    gap = text.between(previous.end, decision.start)
    # "Regnskabet blev taget til efterretning." / "Enstemmigt.": the vote noted it, it adopted nothing else
    same = previous.outcome == decision.outcome or (previous.outcome, decision.outcome) == ("noted", "adopted")
    # "Resultat: Vedtatt" / "Votering 3 - Innstillingen" / "Resultat: Vedtatt (12 for, 3 mot)": two votes
    opened = any(opens_vote_line(line, lex) for line in gap.split("\n"))
    return record and about and bare and same and "\n\n" not in gap and not opened
