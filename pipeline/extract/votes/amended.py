"""The recommendation voted as amended, named as the minutes name it (models/votes/<lang>.json
`amended_recommendations`).

Dutch minutes vote on the amendments first and then on the recommendation as amended, naming that vote
on a line or in a sentence of its own ("Raadsvoorstel, zoals geamendeerd" / "Besluit: unaniem aangenomen.",
"Dan het geamendeerde voorstel. ... Het voorstel is met algemene stemmen aangenomen."). The decision under
it names nothing or the case; its subject is that name as written. Only the lines between the previous
decision and this one are read (at most _REACH chars), so the search stays linear in the text's length.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.phrases import names_proposal
from pipeline.extract.votes.proposal_rules import proposal_lexicon
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision
    from pipeline.extract.votes.section import SectionText

_REACH = 300  # chars above a decision: its own heading line or the sentence that calls the vote


@cache
def _amended(language: str) -> re.Pattern[str] | None:
    patterns = load_rules("votes", language, VotesRules).amended_recommendations
    return re.compile(alternation(patterns), re.I) if patterns else None


def name_amended(decided: list[Decision], text: SectionText, lex: Lexicon) -> None:
    """A decision about the case (its title, no subject, or a sentence about "the proposal") with the amended
    recommendation named right above it, after the decision before it: about that recommendation, as named."""
    regex = _amended(lex.language)
    if regex is None:
        return
    floor = 0
    for decision in sorted(decided, key=lambda d: d.start):
        start = decision.start - text.base
        about_case = decision.subject in (None, text.title) or (
            names_proposal(decision.subject, lex) and not _names_kind(decision.subject, lex)
        )
        if decision.proposer is None and about_case and start > floor:
            named = list(regex.finditer(text.text, max(floor, start - _REACH), start))
            name = " ".join(named[-1].group(0).split()).strip(" ,") if named else None
            if name and not _names_more(decision.subject, name):
                decision.subject = name
        floor = max(floor, decision.end - text.base)


def _names_kind(subject: str, lex: Lexicon) -> bool:
    """A subject opening with a proposal kind of its own ("Amendement A2 ...", "Motie M1 ..."): not the case's."""
    plex = proposal_lexicon(lex.language)
    return bool(plex and any(words.match(subject) for _, words in plex.kinds))


def _names_more(subject: str | None, name: str) -> bool:
    """The subject is a label line naming the amended recommendation and its title ("Geamendeerd raadsvoorstel
    Zandzoom"): it says more than the name alone, so it stays."""
    return subject is not None and name.casefold() in subject.casefold() and len(subject) > len(name)
