"""A town's title before its name is no place of its own: 'Partners: Stad Ieper (promotor)', 'de Hanzestad
Kampen'. The gazetteer knows some titles as places (Stad, a Norwegian municipality), and a Flemish city writes
'Stad' before its name as a matter of style; the name after the title is the place."""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.lexicon import Patterns
from pipeline.extract.partner_cities.mentions import Mention

_TITLE_GAP = re.compile(r"[ \t]+")  # the title and the name on one line, nothing but spaces between


def without_titles(text: str, mentions: list[Mention], describers: Patterns) -> list[Mention]:
    """`mentions` (in text order) less those that are a describing word (`describers`: 'stad', 'hanzestad')
    standing right before another mention."""
    kept: list[Mention] = []
    for here, after in zip(mentions, [*mentions[1:], None], strict=False):  # the last one has no neighbour
        titled = after is not None and _TITLE_GAP.fullmatch(text[here.end : after.start]) is not None
        if titled and any(p.fullmatch(here.surface.lower()) for p in describers):
            continue
        kept.append(here)
    return kept
