"""A procedural proposal voted on by name ("Het voorstel tot verdaging wordt verworpen ...", "... laat stemmen over
het voorstel tot uitstel: ...") after a member asked for it ("Raadslid Pieter Cosyns (Groen) vraagt de verdaging van
dit punt ..."): the row is that proposal, named as written, moved by the member who asked for it. Patterns:
models/votes/<lang>.json `subjects.procedural_proposals` (group `object`) and `subjects.procedural_requests` (groups
`name`, `party`)."""

from __future__ import annotations

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.section import SectionText
from pipeline.extract.votes.subject_rules import SubjectRules

_REQUEST_WINDOW = 600  # chars above the vote searched for the member's request: the sentences right before it
_TRIM = " \t.;,:"


def name_procedural_proposal(decision: Decision, text: SectionText, rules: SubjectRules) -> bool:
    """Name a vote on a procedural proposal by its words and give it the mover its request names; False when the
    subject names no procedural proposal (or another mover is known already)."""
    proposal, request = rules.procedural_proposal, rules.procedural_request
    subject = " ".join((decision.subject or "").split()).strip(_TRIM)
    found = proposal.fullmatch(subject) if proposal is not None and decision.proposer is None else None
    if found is None:
        return False
    decision.subject = found.group("object")
    at = max(decision.start - text.base, 0)
    asked = list(request.finditer(text.text, max(0, at - _REQUEST_WINDOW), at)) if request is not None else []
    if asked:
        decision.proposer, decision.proposer_party = asked[-1].group("name"), asked[-1].group("party")
    return True
