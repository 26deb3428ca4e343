"""A recommendation a body addresses to another body in its decision ("Indstillingens punkt 1 og 2 blev godkendt.
Udvalget anbefaler byrådet, at rapporten offentliggøres."): the 'at'-clause is the other body's future decision,
not a second decision of this meeting. Beside the block's own decision it gives no row; standing alone it is this
body's decision on the case (a recommendation is named by its case). The shapes are data
(models/votes/<lang>.json `subjects.addressed`)."""

from __future__ import annotations

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.subject_rules import subject_rules


def without_addressed(decided: list[Decision], language: str, title: str | None) -> list[Decision]:
    """`decided` without the recommendations addressed to another body when the section decides anything else;
    a lone one keeps its row, named by its case `title` where the section has one."""
    addressed = subject_rules(language).addressed
    if addressed is None:
        return decided
    to_other = [d for d in decided if d.subject and addressed.fullmatch(d.subject.strip(" ."))]
    if not to_other:
        return decided
    if len(to_other) < len(decided):
        return [d for d in decided if d not in to_other]
    for decision in to_other if title else ():
        decision.subject = title
    return decided
