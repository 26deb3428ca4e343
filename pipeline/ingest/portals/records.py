"""Structured vote records as VoteRows: counted per member, broken down by party, checked against stated totals.

A vote record has no page or character span. Its provenance is the record itself: each
record becomes one `documents` row whose `source` is the record's URL (which carries its
id), and the vote row's `evidence` is the record's own text.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass

from pipeline.dataset.results import DocResult
from pipeline.dataset.rows import DocumentRow, VoteRow
from pipeline.ingest.portals.base import CASE_PROTOCOL, PortalEntry

FOR, AGAINST, ABSTAIN = "for", "against", "abstain"


@dataclass(frozen=True)
class Ballot:
    """One member's vote as the portal records it."""

    name: str | None
    party: str | None
    choice: str  # FOR, AGAINST or ABSTAIN


@dataclass(frozen=True)
class VoteRecord:
    """A portal's vote on one matter, with the meeting it was cast in."""

    url: str  # the record's own address, carrying its id
    subject: str
    ballots: tuple[Ballot, ...]
    body: str | None = None
    meeting_date: str | None = None
    case_number: str | None = None
    stated_outcome: str | None = None  # adopted / rejected, when the portal says so
    stated_for: int | None = None
    stated_against: int | None = None


def record_doc_id(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def vote_row(record: VoteRecord, municipality: str | None) -> VoteRow:
    """Counts from the ballots; a stated total that disagrees leaves counts_consistent False."""
    tally = Counter(b.choice for b in record.ballots)
    votes_for, votes_against = tally[FOR], tally[AGAINST]
    against = Counter(b.party or "?" for b in record.ballots if b.choice == AGAINST)
    consistent = all(stated is None or stated == counted for stated, counted in
                     ((record.stated_for, votes_for), (record.stated_against, votes_against)))
    outcome = record.stated_outcome or ("adopted" if votes_for > votes_against else "rejected")
    return VoteRow(
        doc_id=record_doc_id(record.url),
        municipality=municipality,
        body=record.body,
        meeting_date=record.meeting_date,
        case_number=record.case_number,
        subject=record.subject,
        outcome=outcome,
        unanimous=votes_against == 0 if record.ballots else None,
        votes_for=votes_for if record.ballots else record.stated_for,
        votes_against=votes_against if record.ballots else record.stated_against,
        against_parties=json.dumps(dict(sorted(against.items())), ensure_ascii=False) if against else None,
        counts_consistent=consistent,
        evidence=evidence_text(record, votes_for, votes_against, tally[ABSTAIN]),
    )


def evidence_text(record: VoteRecord, votes_for: int, votes_against: int, abstained: int) -> str:
    """The record's own content in one line: subject, stated result and the ballots per party."""
    per_party: dict[str, Counter] = {}
    for ballot in record.ballots:
        per_party.setdefault(ballot.party or "?", Counter())[ballot.choice] += 1
    parties = "; ".join(f"{party}: " + ", ".join(f"{c} {n}" for c, n in sorted(counts.items()))
                        for party, counts in sorted(per_party.items()))
    stated = f" [{record.stated_outcome}]" if record.stated_outcome else ""
    return (f"{record.subject}{stated} — for {votes_for}, against {votes_against}, abstain {abstained}"
            + (f" ({parties})" if parties else ""))


def record_result(record: VoteRecord, entry: PortalEntry) -> DocResult:
    """One documents row for the record and its vote row, ready for consolidation."""
    row = vote_row(record, entry.municipality)
    document = DocumentRow(
        doc_id=row.doc_id,
        source=record.url,
        municipality=entry.municipality,
        country=entry.country,
        doc_type=CASE_PROTOCOL,
        title=f"{entry.portal} vote record: {record.subject}"[:300],
        n_chars=len(row.evidence or ""),
    )
    return DocResult(document=document, rows={"votes": [row]})
