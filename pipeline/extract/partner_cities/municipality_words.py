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


def title_beside_name(tokens: Tokens, start: int, end: int, named: set[int], rules: Matching) -> bool:
    """A municipality's title word right before or after another name on its line ('Malmø Stad', 'Stad Gent')
    belongs to that name: it is no town of its own, though a gazetteer lists a town called so."""
    if end - start != 1 or tokens.norms[start] not in rules.title_words:
        return False
    doc = tokens.doc
    before = start > 0 and start - 1 in named and "\n" not in doc[start - 1].whitespace_
    after = end < len(doc) and end in named and "\n" not in doc[start].whitespace_
    return before or after
