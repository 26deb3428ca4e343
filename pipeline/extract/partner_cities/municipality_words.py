"""A municipality word beside a name decides how the name is read: 'Ås kommune' makes a two-letter word a
town, 'Lysekils kommun' puts the town's name in the genitive. Both ask the tokens next to the span."""

from __future__ import annotations

from pipeline.extract.partner_cities.schema import Matching
from pipeline.extract.partner_cities.tokens import Tokens

SHORT_NAME_CHARS = 2  # 'Hå', 'Ås', 'Ål', 'Bø': a municipality only where a municipality word stands next to it


def named_short(tokens: Tokens, start: int, end: int, rules: Matching) -> bool:
    """A two-letter name written as a municipality ('de Noorse gemeente Hå', 'Ås kommune'): a town, not a word."""
    before = tokens.norms[start - 1] if start else ""
    after = tokens.norms[end] if end < len(tokens.norms) else ""
    return before in rules.short_name_words or after in rules.short_name_words


def genitive(tokens: Tokens, end: int, key: str, rules: Matching) -> bool:
    """A name in the genitive before a word of its official municipality name ('Lysekils kommun', 'Stockholms
    stad'), as Swedish writes it: the town is the name without its 's'."""
    return key.endswith("s") and end < len(tokens.norms) and tokens.norms[end] in rules.genitive_municipality_words
