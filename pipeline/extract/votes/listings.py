"""Decisions read off a case list's result column ("PS 0002/00 98/02734 Innstilling vedtatt", "| 7a | Kadernota |
16 | 8 | aangenomen |"): about the listed case, with counts written in the column or in columns of their own."""

from __future__ import annotations

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
