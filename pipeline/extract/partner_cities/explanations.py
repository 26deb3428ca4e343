"""Places named to explain a partner town: a parenthesis or trailing clause saying where the town belongs today
or what became of it ('Torsås (sedan 1971 del av Torsås kommun)', 'Sneek – byen hører i dag under
Súdwest-Fryslân', 'Kokkola, dat in 2009 fuseerde met Kälviä'), or a sentence opening on the town that says what it
merged into ('* Byen indgik i 2020 i den nye Storkommune', 'X is opgegaan in de nieuwe gemeente Y'). The
partner is the town named first: the places in the explanation (its successor, its fellow merged towns) are no
second partner, and its years ('siden 2017 en del af') are no start year."""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.layout import Layout
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.mentions import Mention
from pipeline.extract.partner_cities.spans import Cover, Span

_PARENTHESIS = re.compile(r"\([^()\n]*\)")
# a dash, semicolon or comma opening a trailing clause; a tab opening a table's remark cell ('Sollerön<TAB>Sverige
# <TAB>1989<TAB>Sollerön ligg i dag i Mora kommun')
_CLAUSE_START = re.compile(r"\s[–—-]\s|[;,]\s|\t")
_CLAUSE_END = re.compile(r"[,;]")
CUE_REACH = 30  # chars between a trailing clause's start and its explanation word ('; byen ligger i dag i')
SUBJECT_REACH = 45  # chars between a sentence's start and its succession verb ('* Ski kommune blev i 2020 lagt')


def explanation_spans(layout: Layout, lexicon: Lexicon) -> Cover:
    """Char spans of the document's explanations: a parenthesis holding an explanation word and no relation
    cue, or a sentence's trailing clause (up to its next comma) opening on one and naming no relation or
    cooperation."""
    spans: list[Span] = []
    for unit in layout.units:
        text = layout.unit_text(unit)
        lowered = text.lower()
        # lower() maps char by char unless a char lowers to two or a final sigma reads its neighbours: then a tail of
        # the lowered text is the lowered tail, and each clause's tail is not lowered again
        by_char = len(lowered) == len(text) and "\u03a3" not in text
        for m in _PARENTHESIS.finditer(text):
            if _explains(lexicon, m.group(0), clause=False):
                spans.append((unit.start + m.start(), unit.start + m.end()))
        for m in _CLAUSE_START.finditer(text):
            tail = lowered[m.end() :] if by_char else text[m.end() :].lower()
            opening = lexicon.opening_cues(lexicon.explanations, tail, CUE_REACH)
            if not opening:
                continue
            close = _CLAUSE_END.search(text, m.end() + opening[0].end)  # ', og Vaasa (Finland)' lists on
            end = close.start() if close else len(text)
            if _explains(lexicon, text[m.end() : end], clause=True):
                spans.append((unit.start + m.start(), unit.start + end))
                break
        spans.extend(_succession(lexicon, text, unit.start))
    return Cover(spans)


def _succession(lexicon: Lexicon, text: str, offset: int) -> list[Span]:
    """A sentence opening on a town and a succession verb: from the verb to the clause's end, when the clause
    names no relation or cooperation (the subject before the verb stays a mention)."""
    opening = lexicon.opening_cues(lexicon.successions, text.lower(), SUBJECT_REACH)
    if not opening or opening[0].start == 0:
        return []
    close = _CLAUSE_END.search(text, opening[0].end)
    end = close.start() if close else len(text)
    clause = text[opening[0].end : end]  # the verb itself may read as cooperation ('lagt sammen med')
    if lexicon.relation_cues(clause) or lexicon.any(lexicon.generic, clause):
        return []
    return [(offset + opening[0].start, offset + end)]


def _explains(lexicon: Lexicon, text: str, clause: bool) -> bool:
    """An explanation word and no relation cue; a trailing clause also no cooperation phrase ('Kommunen deltager,
    som en del af Interreg, i et samarbejde med Tampere'), a parenthesis may ('sammenlagt sammen med Stokke')."""
    if not lexicon.any(lexicon.explanations, text) or lexicon.relation_cues(text):
        return False
    return not (clause and lexicon.any(lexicon.generic, text))


def explained_again(layout: Layout, mentions: list[Mention], explained: Cover) -> list[Mention]:
    """The mentions outside every explanation, but a place its sentence already named in one ('Ski indgår i dag i
    Nordre Follo kommune, men samarbejdet fortsætter med Nordre Follo som part'): the successor stays no partner."""
    named: set[tuple[int, str]] = set()
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        key = (layout.unit_at(m.start), m.city.name)
        if explained.holds(m.start, m.end):
            named.add(key)
        elif key not in named:
            kept.append(m)
    return kept
