"""Decisions read off a case list's result column ("PS 0002/00 98/02734 Innstilling vedtatt", "| 7a | Kadernota |
16 | 8 | aangenomen |"): about the listed case, with counts written in the column or in columns of their own."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.document import Document
from pipeline.extract.votes.context import Section
from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.meeting import Listing
from pipeline.extract.votes.phrases import find_hits


def listing_decisions(doc: Document, section: Section, lex: Lexicon) -> list[Decision]:
    """Results in a case list ("PS 0002/00 98/02734 Innstilling vedtatt"): about the listed case."""
    out = []
    for listing in section.listings:
        start = listing.start
        for hit in find_hits(doc.text[start : listing.end], lex):
            decision = Decision(
                start=start + hit.start,
                end=start + hit.end,
                outcome=hit.outcome,
                subject=section.title or hit.subject,
                listing=True,
            )
            _listed_counts(decision, hit.groups, hit.unanimous)
            _column_counts(decision, listing)
            out.append(decision)
    return out


def _column_counts(decision: Decision, listing: Listing) -> None:
    """Counts in columns of their own beside the result ("| 16 | 8 | aangenomen |")."""
    if listing.votes_for is not None:
        decision.votes_for = listing.votes_for
    if listing.votes_against is not None:
        decision.votes_against = listing.votes_against
        decision.unanimous = listing.votes_against == 0


def _listed_counts(decision: Decision, groups: dict[str, str], unanimous: bool) -> None:
    """Counts and unanimity written in a list's result column ("Aangenomen met 25 stemmen voor en 2 tegen")."""
    if "for" in groups:
        decision.votes_for = int(groups["for"])
    if "against" in groups:
        decision.votes_against = int(groups["against"])
        decision.unanimous = decision.votes_against == 0
    if unanimous:
        decision.unanimous, decision.votes_against = True, 0


def without_uncounted_restatements(found: list[Decision], case_of: Callable[[int], str | None]) -> list[Decision]:
    """`found` without the decisions that restate, without their counts, a case a counted list row above decided
    ("| 7 | Kadernota | aangenomen | 17 | 6 |" and below it "Agendapunt 7 - Kadernota / Tegen: VVD (4), PVV
    (2)"): the list row keeps the case, taking the party split such a restatement gives for its own count."""
    counted: dict[str, list[Decision]] = {}
    for decision in found:
        if decision.listing and decision.votes_for is not None and decision.votes_against is not None:
            counted.setdefault(case_of(decision.start) or "", []).append(decision)
    counted.pop("", None)
    kept = []
    for decision in found:
        rows = counted.get(case_of(decision.start) or "", [])
        if decision.listing or not rows or decision.votes_for is not None:
            kept.append(decision)
            continue
        same = [row for row in rows if row.votes_against == decision.votes_against and row.outcome == decision.outcome]
        if len(same) == 1 and decision.against_parties and not same[0].against_parties:
            same[0].against_parties = decision.against_parties
    return kept
