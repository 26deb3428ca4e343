"""A town's title beside its name is no place of its own: 'Partners: Stad Ieper (promotor)', 'de Hanzestad
Kampen', nor after it as Swedish writes it: 'Malmø Stad'. The gazetteer knows some titles as places (Stad, a
Norwegian municipality), and a Flemish city writes 'Stad' before its name as a matter of style; the name beside
the title is the place."""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.mentions import Mention
from pipeline.extract.partner_cities.search import Patterns

_TITLE_GAP = re.compile(r"[ \t]+")  # the title and the name on one line, nothing but spaces between


def without_titles(text: str, mentions: list[Mention], describers: Patterns) -> list[Mention]:
    """`mentions` (in text order) less those that are a describing word (`describers`: 'stad', 'hanzestad')
    standing right before or after another mention."""
    kept: list[Mention] = []
    neighbours = zip([None, *mentions], mentions, [*mentions[1:], None], strict=False)  # the ends have one
    for before, here, after in neighbours:
        titled = any(m is not None and _TITLE_GAP.fullmatch(_between(text, m, here)) for m in (before, after))
        if titled and any(p.fullmatch(here.surface.lower()) for p in describers):
            continue
        kept.append(here)
    return kept


def _between(text: str, one: Mention, other: Mention) -> str:
    first, second = sorted((one, other), key=lambda m: m.start)
    return text[first.end : second.start]
