"""Find gazetteer networks in a document's compound tokens: exact aliases, compounds and misspellings.

The tokens are `Document.compound_tokens` (hyphen and apostrophe compounds split); aliases are
tokenised the same way. Exact aliases go through a spaCy PhraseMatcher (lowercase, or verbatim for acronyms
written in capitals, so "polis" or "ks" in running text never match POLIS or KS).
Compounds ("Interregprojekt") match an alias followed by a head word from the cue
file. Misspellings ("EUniversities") match an alias by rapidfuzz ratio above the
cutoff in models/networks/common.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import numpy
from rapidfuzz import fuzz, process
from spacy.attrs import IDX, IS_ALPHA, LENGTH
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.document import Document
from pipeline.extract.networks.rules import Cues, Entry, cues, gazetteer
from pipeline.gazetteers.cities import fold
from pipeline.gazetteers.cities import gazetteer as city_index
from pipeline.text.nlp import blank, compound_parts, distinct_words, doc_text, parse, token_texts

_HYPHENS = ("-", "‐", "‑")
_DIGITS = re.compile(r"\d+")  # "Horisont 2030" is no misspelling of "Horisont 2020"


@dataclass(frozen=True)
class Hit:
    """A gazetteer network found at tokens [start, end) of the tokenised document."""

    entry: Entry
    start: int
    end: int


def _is_acronym(alias: str) -> bool:
    return alias.isupper()


@dataclass
class _Index:
    lower: PhraseMatcher
    exact: PhraseMatcher
    single: dict[str, int]  # one-token alias (lowercased unless an acronym) -> entry index
    longest_single: int
    openings: set[str]  # the first three letters of every one-token alias of three or more
    fuzzy: dict[int, tuple[list[str], list[str], list[int]]]  # token count -> (aliases, casefolded, entry indexes)
    reach: dict[tuple[int, int, float], tuple[list[str], list[int]]] = field(default_factory=dict)

    def within_reach(self, size: int, length: int, cutoff: float) -> tuple[list[str], list[int]]:
        """The casefolded aliases of `size` tokens (and their positions, in order) that a text of `length` chars can
        score `cutoff` against: a ratio is at most 200 * shorter / (both lengths), when one is inside the other.
        Scoring only these picks the same alias as scoring all, at a fraction of the cost."""
        key = (size, length, cutoff)
        if key not in self.reach:
            folded = self.fuzzy[size][1]
            near = [k for k, alias in enumerate(folded) if _may_reach(len(alias), length, cutoff)]
            self.reach[key] = ([folded[k] for k in near], near)
        return self.reach[key]


def _may_reach(one: int, other: int, cutoff: float) -> bool:
    return 200 * min(one, other) >= (cutoff - 1e-6) * (one + other)


@cache
def _index(language: str, min_length: int) -> _Index:
    vocab = blank(language).vocab
    index = _Index(PhraseMatcher(vocab, attr="LOWER"), PhraseMatcher(vocab, attr="ORTH"), {}, 0, set(), {})
    for i, entry in enumerate(gazetteer()):
        for alias in entry.aliases:
            pattern = compound_parts(parse(alias, language))  # tokenised as documents are
            matcher = index.exact if _is_acronym(alias) else index.lower
            matcher.add(str(i), [pattern])
            if len(pattern) == 1:
                key = alias if _is_acronym(alias) else alias.lower()
                index.single[key] = i
                index.longest_single = max(index.longest_single, len(alias))
                index.openings.add(key[:3])
            if not _is_acronym(alias) and len(alias) >= min_length:
                aliases, folded, owners = index.fuzzy.setdefault(len(pattern), ([], [], []))
                aliases.append(alias)
                folded.append(alias.casefold())  # folded once, not by extractOne for every window scored
                owners.append(i)
    return index


def _compound_hits(doc: Doc, index: _Index, cues: Cues, taken: set[int]) -> list[Span]:
    """An alias glued to a head word in one token: "Interregprojekt", "URBACTnetværket"."""
    spans = []
    for i, text in enumerate(token_texts(doc)):
        if i in taken or not text[:1].isupper() or not _may_open_alias(text, index.openings):
            continue
        for cut in range(min(len(text) - 1, index.longest_single), 2, -1):  # a tail of one letter: genitive "s"
            head, tail = text[:cut], text[cut:]
            owner = index.single.get(head, index.single.get(head.lower()))
            if owner is not None and cues.word_is("compound_heads", tail):
                spans.append(Span(doc, i, i + 1, label=str(owner)))
                break
    return spans


def _may_open_alias(text: str, openings: set[str]) -> bool:
    """Could a head of three or more letters of `text` be a one-token alias, as written or lowercased? Its first
    three letters tell, unless one is not ASCII (lowercasing 'İ' adds a letter, a Greek sigma depends on the next)."""
    start = text[:3]
    return start in openings or start.lower() in openings or not start.isascii()


def _fuzzy_hits(doc: Doc, index: _Index, cues: Cues, taken: set[int]) -> list[Span]:
    """Name-like token windows that matched nothing exactly and are near-misspellings of an alias
    of the same length.

    Windows whose length rules out the cutoff are skipped, and each distinct window text
    is scored once, so long or repetitive texts stay fast.
    """
    full, n, texts = doc_text(doc), len(doc), token_texts(doc)
    if not n:
        return []
    words, _, at = distinct_words(doc)
    idx, alpha, length = doc.to_array([IDX, IS_ALPHA, LENGTH]).T
    untaken = numpy.ones(n, dtype=bool)
    untaken[sorted(taken)] = False
    capital = numpy.array([w[:1].isupper() for w in words], dtype=bool)[numpy.asarray(at, dtype=numpy.intp)] & untaken
    covered = numpy.concatenate(([0], numpy.cumsum(~untaken)))  # taken tokens before token k
    stops = idx + length  # each token's end char
    slack = cues.fuzzy_cutoff / (200 - cues.fuzzy_cutoff)  # ratio >= cutoff needs short/long >= slack
    spans = []
    for size, (aliases, _, owners) in index.fuzzy.items():
        if size > n:
            continue
        shortest, longest = min(map(len, aliases)), max(map(len, aliases))
        floor = max(cues.fuzzy_min_length, shortest * slack)
        # a candidate span is name-like: capitalised at both ends, alphabetic at the end, untaken; and its length
        # lets a ratio reach the cutoff against an alias of `size` tokens
        chars = stops[size - 1 :] - idx[: n - size + 1]
        name_like = capital[: n - size + 1] & capital[size - 1 :] & (alpha[size - 1 :] != 0)
        name_like &= covered[size:] == covered[: n - size + 1]
        name_like &= (chars >= floor) & (chars * slack <= longest)
        scored: dict[str, int | None] = {}
        for start in numpy.flatnonzero(name_like).tolist():
            end = start + size
            if _name_goes_on(texts, end, cues):
                continue  # a misspelling is a whole name: "Nordisk Netværk for Kystbyer" is no "Nordisk Bynetværk"
            text = full[int(idx[start]) : int(stops[end - 1])]
            if text not in scored:
                key = text.casefold()
                choices, near = index.within_reach(size, len(key), cues.fuzzy_cutoff)
                found = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cues.fuzzy_cutoff)
                best = near[found[2]] if found is not None else -1
                same_digits = found is not None and _DIGITS.findall(text) == _DIGITS.findall(aliases[best])
                scored[text] = owners[best] if same_digits else None
            if scored[text] is not None:
                spans.append(Span(doc, start, end, label=str(scored[text])))
    return spans


def _name_goes_on(texts: list[str], end: int, cues: Cues) -> bool:
    """Does a capitalised word, or a connector and a capitalised word, follow token `end` - 1?"""
    if end < len(texts) and texts[end][:1].isupper():
        return True
    connector = end + 1 < len(texts) and cues.word_is("connectors", texts[end], literal=True)
    return connector and texts[end + 1][:1].isupper()


def _is_modifier(doc: Doc, span: Span, cues: Cues) -> bool:
    """True for a name used as the first part of a compound about something else ("VNG-commissie")."""
    if span.end + 1 >= len(doc) or doc[span.end].text not in _HYPHENS:
        return False
    if doc[span.end - 1].whitespace_ or doc[span.end].whitespace_:
        return False
    tail = doc[span.end + 1]
    return tail.is_alpha and tail.text[:1].islower() and not cues.word_is("compound_heads", tail.text)


def _written_as_phrase(span: Span) -> bool:
    """A name of several words matched in all lowercase ('een financieel gezonde gemeente' for 'Gezonde
    Gemeente'): an everyday phrase, unless the catalogue writes that alias in lowercase too, or words in it are
    joined by a bare hyphen ('euregio maas-rijn'): a chain of place names, which no everyday phrase writes."""
    text = span.text
    if len(span) < 2 or text != text.lower() or _hyphen_joined(span):
        return False
    aliases = gazetteer()[int(span.label_)].aliases
    return not any(alias == alias.lower() and alias.lower().split() == text.split() for alias in aliases)


def _hyphen_joined(span: Span) -> bool:
    """Does a hyphen inside the span join two words with no space on either side?"""
    doc = span.doc
    return any(
        doc[k].text in _HYPHENS
        and doc[k - 1].is_alpha
        and doc[k + 1].is_alpha
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        for k in range(span.start + 1, span.end - 1)
    )


def _misspellings(spans: list[Span]) -> list[Span]:
    """The near-misses that are no everyday word, unless the word is one of the network's names inflected (its
    beginning all but the last two letters: 'Regionalfondens'). 'EU-Kommissionens' is the Commission's genitive,
    however close 'Kommissionens' comes to 'Økommissionen'; 'twinning' is no 'eTwinning' (the dictionaries of the
    city index know the words)."""
    words = city_index().common_words(fold(span.text) for span in spans)
    entries = gazetteer()

    def inflected(word: str, label: str) -> bool:
        return any(word.startswith(fold(alias)[:-2]) for alias in entries[int(label)].aliases)

    return [span for span in spans if (w := fold(span.text)) not in words or inflected(w, span.label_)]


def find_hits(doc: Doc, language: str, cues: Cues) -> list[Hit]:
    """Every gazetteer network in `doc`, longest match first, non-overlapping, in text order."""
    index = _index(language, cues.fuzzy_min_length)
    spans = [Span(doc, s, e, label=m) for m, s, e in (*index.lower(doc), *index.exact(doc))]
    exact = filter_spans([span for span in spans if not _written_as_phrase(span)])
    taken = {i for span in exact for i in range(span.start, span.end)}
    extra = _compound_hits(doc, index, cues, taken)
    taken |= {span.start for span in extra}
    spans = filter_spans([*exact, *extra, *_misspellings(_fuzzy_hits(doc, index, cues, taken))])
    entries = gazetteer()
    return [
        Hit(entries[int(span.label_)], span.start, span.end)
        for span in sorted(spans, key=lambda s: s.start)
        if not _is_modifier(doc, span, cues)
    ]


def document_hits(doc: Document) -> list[Hit]:
    """The gazetteer networks of a document, found once and kept with its shared compound tokens, so every
    extractor that needs them (networks, and partner cities leaving a town inside a network's name alone)
    reads the same hits."""
    sdoc = doc.compound_tokens
    if "network_hits" not in sdoc.user_data:
        sdoc.user_data["network_hits"] = find_hits(sdoc, doc.language, cues(doc.language))
    return sdoc.user_data["network_hits"]


def network_names(doc: Document) -> list[tuple[int, int]]:
    """Char spans of the gazetteer network names in a document ('Sunne kommuner', 'Osloregionens Europakontor')."""
    sdoc = doc.compound_tokens
    return [(sdoc[h.start].idx, sdoc[h.end - 1].idx + len(sdoc[h.end - 1])) for h in document_hits(doc)]
