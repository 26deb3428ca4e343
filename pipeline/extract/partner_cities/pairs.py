"""A relation between two other places is no partnership of the issuer's.

A page names the twinnings of other municipalities of its own country: 'Kalmar er venskabsby med Næstved', 'Kvam sin
venskapsby Kalmar', 'Lünen is de partnerstad van Zwolle', 'Næstved Kommune og Kalmar har været venskabsbyer siden 1970',
'de stedenband tussen Zwolle en Lünen'. When one side of the pair a relation cue ties together is a municipality the
catalogue knows in the home country (not the issuer), neither side is the issuer's partner, unless the sentence names
the issuer or says 'ours'. A cue naming one list of places
('venskabsbyerne Kalmar og Hjørring') ties no pair, and a named project's partners are no pair either.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from pipeline.extract.partner_cities.context import touches
from pipeline.extract.partner_cities.decisions import Found
from pipeline.extract.partner_cities.fellows import co_signers
from pipeline.extract.partner_cities.guards import other_municipality
from pipeline.extract.partner_cities.layout import Layout, Unit
from pipeline.extract.partner_cities.lexicon import Cue, Lexicon
from pipeline.gazetteers.names import fold

Span = tuple[int, int]


def _other_municipality(item: Found, home: str | None, issuer_keys: frozenset[str]) -> bool:
    m = item.mention
    return m.domestic and any(other_municipality(n, home, issuer_keys) for n in {m.surface, m.city.name})


def _issuers_sentence(text: str, lexicon: Lexicon, issuer_keys: frozenset[str]) -> bool:
    """The sentence names the issuer or one of its possessives ('vores', 'onze'): the relation is the issuer's."""
    words = re.findall(r"[\w'’-]+", text)
    folded = {fold(w) for w in words} | {fold(f"{a} {b}") for a, b in zip(words, words[1:], strict=False)}
    return bool(folded & issuer_keys) or bool({w.lower() for w in words} & lexicon.our_words)


def _pair(text: str, lexicon: Lexicon, cue: Cue, members: list[tuple[Span, bool]], groups: dict[Span, int]) -> bool:
    """`members` (span, other municipality) tie a pair through the cue: a touching place on each side of it, one of
    them another municipality; or a coordinated pair of two holding one, before the cue ('X og Y har været
    venskabsbyer') or after a between-word ('samarbejdet mellem X og Y')."""
    tied = [(span, other) for span, other in members if touches(text, lexicon, cue, span)]
    before = [other for span, other in tied if span[1] <= cue.start]
    after = [other for span, other in tied if span[0] >= cue.end]
    if before and after and any(before + after):
        return True
    for span, other in tied:
        if not other or groups.get(span) != 2:
            continue
        gap = text[cue.end : span[0]].split() if span[0] >= cue.end else []
        if span[1] <= cue.start or (gap and gap[-1].lower() in lexicon.between_words):
            return True
    return False


def drop_other_pairs(
    layout: Layout,
    lexicon: Lexicon,
    found: list[Found],
    home: str | None,
    issuer_keys: frozenset[str],
    located: Callable[[int], bool] = lambda start: False,
) -> None:
    """Undecide the places of a relation cue that pairs two places, one of them another home-country municipality.
    A place `located` by the words before it ('Hoei, provincie Luik': a province, an office's seat) is no side."""
    by_unit: dict[int, list[Found]] = defaultdict(list)
    for item in found:
        by_unit[item.unit].append(item)
    for index, items in by_unit.items():
        unit: Unit = layout.units[index]
        decided = defaultdict(list)
        for item in items:
            cue = item.decision.cue if item.decision else None
            if cue is not None and cue.relation != "project_partner":
                decided[cue].append(item)
        if not decided or _issuers_sentence(layout.unit_text(unit), lexicon, issuer_keys):
            continue
        parties = {id(f) for f in co_signers(layout, lexicon, unit, items)}
        # 'sammen med Vejle og Fredericia': no side of a pair
        items = [f for f in items if id(f) not in parties and not located(f.mention.start)]
        spans: dict[int, list[Found]] = defaultdict(list)
        for item in items:
            spans[item.group if item.group >= 0 else -1 - item.mention.start].append(item)
        members = [((g[0].mention.start, g[-1].mention.end), _any_other(g, home, issuer_keys)) for g in spans.values()]
        members += [((f.mention.start, f.mention.end), _other_municipality(f, home, issuer_keys)) for f in items]
        sizes = {(g[0].mention.start, g[-1].mention.end): len(g) for g in spans.values()}
        for cue, places in decided.items():
            if _pair(layout.text, lexicon, cue, members, sizes):
                for item in places:
                    item.decision = None
                    item.excluded = True


def _any_other(group: list[Found], home: str | None, issuer_keys: frozenset[str]) -> bool:
    return any(_other_municipality(f, home, issuer_keys) for f in group)
