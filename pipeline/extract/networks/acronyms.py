"""Acronyms a document introduces: "Nordisk Netværk for Kystbyer (NNK)", "Borgmesterpagten (CoM)".

A network name followed by a parenthesised acronym whose letters it spells (in order, first letter
first) defines the acronym for this document; a gazetteer network may spell it with any of its
aliases ("Borgmesterpagten (CoM)": Covenant of Mayors), a name no gazetteer knows needs a network
head word ("Netværk", "Alliance", "Forum"), and then stands as a document-local gazetteer entry.
"ACR (Long Name)" defines it too. Every later use of the acronym, exactly as written, is a hit of the
same network and is judged like any gazetteer mention: "NNK holder møde" alone is no membership,
"Vejle blev medlem af NNK" is.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.networks.context import Context
from pipeline.extract.networks.matcher import Hit
from pipeline.extract.networks.named import named_networks, plausible
from pipeline.extract.networks.rules import Cues, Entry
from pipeline.text.nlp import token_texts

_MAX_ACRONYM = 8
_MAX_NAME_TOKENS = 12
_HEAD_LISTS = ("head_nouns", "named_heads_after", "named_heads_before", "named_heads_of")


def is_acronym(text: str) -> bool:
    """ "NNK", "CoM", "EUniC": short, capitalised, mostly capitals, letters and digits only."""
    capitals = sum(c.isupper() for c in text)
    return 2 <= len(text) <= _MAX_ACRONYM and text[0].isupper() and text.isalnum() and capitals * 2 >= len(text)


def spells(acronym: str, name: str) -> bool:
    """Do the acronym's letters stand in the name in order, the first one first ("NNK" in
    "Nordisk Netværk for Kystbyer", "KVN" in "Klimaatverbond Nederland")?"""
    letters = [c for c in name.casefold() if c.isalnum()]
    wanted = acronym.casefold()
    if not letters or letters[0] != wanted[0]:
        return False
    position = 0
    for char in wanted:
        try:
            position = letters.index(char, position) + 1
        except ValueError:
            return False
    return True


def _bracketed(texts: list[str], i: int) -> bool:
    """Tokens i-1, i, i+1 are "(", an acronym, ")"."""
    return 0 < i < len(texts) - 1 and texts[i - 1] == "(" and texts[i + 1] == ")" and is_acronym(texts[i])


def _unknown_name(context: Context, end: int, taken: set[int], cues: Cues) -> Span | None:
    """A name with a network head word ending at token `end`, that no gazetteer knows."""
    token = context.sdoc[end - 1]
    sentence = context.sentence(token.idx, token.idx + len(token))
    names = named_networks(context.sdoc, sentence, cues, taken, context.doc.municipality)
    return next((span for span in names if span.end == end), None)


def _spelling_tail(span: Span | None, acronym: str) -> Span | None:
    """The longest end of the name that spells the acronym: a sentence's opening article ("De Rhine
    Delta Towns Alliance (RDTA)") is no part of the name."""
    if span is None:
        return None
    return next((span[k:] for k in range(len(span)) if spells(acronym, span[k:].text)), None)


def _spelled_name(context: Context, end: int, acronym: str, taken: set[int], cues: Cues) -> Span | None:
    """The shortest run of words ending at token `end` that opens with a capital and spells the acronym,
    when it holds a network head word: names that write only their first word with a capital
    ("Nettverk for klimatilpasning i kystbyer (NKK)") are names because the acronym says so."""
    sdoc = context.sdoc
    token = sdoc[end - 1]
    floor = max(context.sentence(token.idx, token.idx + len(token)).start, end - _MAX_NAME_TOKENS)
    for start in range(end - 1, floor - 1, -1):
        if start in taken or sdoc[start].is_punct:
            return None
        span = sdoc[start:end]
        if sdoc[start].text[:1].isupper() and spells(acronym, span.text):
            heads = any(cues.word_is(name, t.text) for t in span for name in _HEAD_LISTS)
            return span if heads and plausible(span, context.doc.municipality, cues) else None
    return None


def _definitions(context: Context, hits: list[Hit], cues: Cues) -> tuple[dict[str, Entry], list[Hit]]:
    """Acronym -> network for every "Name (ACR)" and "ACR (Name)" in the document, and the hits of
    the unknown names so defined."""
    sdoc = context.sdoc
    by_end = {h.end: h for h in hits}
    by_start = {h.start: h for h in hits}
    taken = {i for h in hits for i in range(h.start, h.end)}
    defined: dict[str, Entry] = {}
    named: list[Hit] = []
    texts = token_texts(sdoc)
    for i in range(1, len(sdoc) - 1):
        if not _bracketed(texts, i) or texts[i] in defined:
            continue
        acronym = texts[i]
        hit = by_end.get(i - 1)
        if hit is not None and any(spells(acronym, alias) for alias in hit.entry.aliases):
            defined[acronym] = hit.entry
            continue
        if hit is None and i - 1 not in taken:
            span = _spelling_tail(_unknown_name(context, i - 1, taken, cues), acronym)
            span = span or _spelled_name(context, i - 1, acronym, taken, cues)
            if span is not None:
                name = " ".join(span.text.split())
                entry = Entry(name, cues.kind_for(name), (name, acronym))
                defined[acronym] = entry
                named.append(Hit(entry, span.start, span.end))
                taken.update(range(span.start, span.end))
    for i in range(len(sdoc) - 2):  # "ACR (Long Name)"
        inner = by_start.get(i + 2)
        acronym = texts[i]
        if inner and texts[i + 1] == "(" and acronym not in defined and is_acronym(acronym):
            if inner.end < len(sdoc) and texts[inner.end] == ")" and i not in taken:
                if any(spells(acronym, alias) for alias in inner.entry.aliases):
                    defined[acronym] = inner.entry
    return defined, named


def acronym_hits(context: Context, hits: list[Hit], cues: Cues) -> list[Hit]:
    """The document's own acronyms as hits (the defining names no gazetteer knows included), to be
    judged with the gazetteer hits."""
    defined, named = _definitions(context, hits, cues)
    if not defined:
        return []
    taken = {i for h in (*hits, *named) for i in range(h.start, h.end)}
    found = list(named)
    for i, text in enumerate(token_texts(context.sdoc)):
        entry = defined.get(text)
        if entry is None and text.endswith("s"):
            entry = defined.get(text[:-1])  # "NBNs arbeidsgruppe"
        if entry is not None and i not in taken:
            found.append(Hit(entry, i, i + 1))
    return found
