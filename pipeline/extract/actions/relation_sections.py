"""A section about networks or partner towns inside a longer plan ("4.4 Netwerken", "Netværk og programmer",
"Vennskapsbyer"): its list names memberships and programmes, each with how the municipality stands to it
("POP3/LEADER: niet meer van toepassing"). Such a line reports a relation, not one of the plan's actions."""

from __future__ import annotations

from pipeline.extract.actions.codes import TOP_CHAPTER
from pipeline.extract.actions.rules import Lexicon
from pipeline.text import structure
from pipeline.text.structure import Line

_LISTED = ("bullet", "letter")
SECTION_TITLE_WORDS = 8  # "Internationale netwerken en programma's"; not a sentence


def under_relation_heading(lines: list[Line], index: int, lex: Lexicon) -> bool:
    """Line `index` is a bulleted item whose list stands under a heading naming the municipality's relations."""
    if structure.parse_item(lines[index]).kind not in _LISTED:
        return False
    for line in reversed(lines[:index]):
        item = structure.parse_item(line)
        if item.kind in _LISTED or line.text[:1].isspace() or line.text.strip()[:1].islower():
            continue  # a sibling item or a wrapped line of one
        title = TOP_CHAPTER.sub("", item.text.strip()).rstrip(":").strip()  # "3 Nettverk", "4.2 Netwerken"
        return len(title.split()) <= SECTION_TITLE_WORDS and bool(lex.relation_title.match(title))
    return False
