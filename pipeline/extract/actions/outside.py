"""Items a document names that are none of the plan's actions reported on: a new proposal said to stand outside
the plan, a partner town's card, a recommendation for later. The extractor drops them whatever status a word near
them seems to give."""

from __future__ import annotations

import bisect
import re

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.text.structure import Line

CARD_LINES = 4  # a card's fields follow its name within a few lines (an intro line may stand between)
_BRACKETED = re.compile(r"\(([^()]*)\)")  # a remark in brackets on an item's line
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")  # sentence ends within an intro line


def outside_plan(action: Candidate, lex: Lexicon, line: str = "") -> bool:
    """An item said, in its heading, its status or the intro it is listed under, to stand outside the plan
    ("Nyt forslag – ikke en del af handleplanen", "Nieuwe voorstellen (nog niet in het meerjarenplan):"): a new
    idea the report mentions, whose "nog niet" reads like a status but reports none. A coded item counts only by
    its intro ("Nye tiltak foreslått for 2025 (ikke vedtatt):" / "2.2 ...") or a bracketed remark on its `line`
    ("4. Nieuwe voorstellen (nog niet vastgesteld)": a chapter of proposals): its own "ikke vedtatt" may be a status."""
    said = [*action.context[-1:]]
    if action.action_id is None:
        said += [action.title, *([action.status] if action.status is not None else [])]
    remarks = [m.group(1) for m in _BRACKETED.finditer(line)]
    return any(lex.outside_plan.search(span.text) for span in said) or any(map(lex.outside_plan.search, remarks))


def place_card(action: Candidate, lines: list[Line], starts: list[int], lex: Lexicon) -> bool:
    """A record whose first lines give a country ("Land ....... Sverige", "Land: Polen"): a place's card on a page
    of partner towns, whose "Status ..... actief" is the relation's, never an action's record."""
    at = bisect.bisect_right(starts, action.title.start)  # the line after the title's
    return any(lex.country_field.match(line.text) for line in lines[at : at + CARD_LINES])


def recommended(action: Candidate, lex: Lexicon) -> bool:
    """An item listed under an intro whose last sentence gives advice and ends in a colon ("De evaluatie beveelt
    aan:", "Arbeidsgruppen anbefaler:"): the items are recommendations for later, no action of the plan reported
    on, whatever status a word of the intro's other sentences seems to give them."""
    intro = action.context[-1].text.rstrip() if action.context else ""
    if not intro.endswith(":"):
        return False
    return bool(lex.recommending.search(_LAST_SENTENCE.split(intro)[-1]))
