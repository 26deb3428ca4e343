"""A remark that the meeting took no vote, written before the item's decision label on the same line ("Ingen
afstemning. Beslutning: Udsat til næste møde."): the decision after it is the item's own, read as if its label opened
the line. The remark is blanked (same length, so offsets hold); its words are models/votes/<lang>.json
`voteless_remarks`, each a whole remark up to the label."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import alternation, load_rules


@cache
def _remark(language: str) -> re.Pattern[str] | None:
    remarks = load_rules("votes", language, VotesRules).voteless_remarks
    return re.compile(rf"^[ \t]*(?:{alternation(remarks)})", re.M) if remarks else None


def without_voteless_remarks(text: str, language: str) -> str:
    """`text` with each no-vote remark before a decision label on its line blanked."""
    regex = _remark(language)
    if regex is None:
        return text
    return regex.sub(lambda m: " " * len(m.group()), text)
