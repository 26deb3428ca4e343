"""Find city mentions in a document: a spaCy PhraseMatcher over folded gazetteer names, plus
rapidfuzz for misspellings, gated against the usual false friends (stop words, acronyms,
countries and regions, people's names, street names)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import import_module

from rapidfuzz import fuzz, process
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.gazetteer import City, continent, country_code, country_names, fold, gazetteer
from pipeline.nlp import blank
from pipeline.rules import load_csv

STOP_WORD_LANGUAGES = ("da", "nb", "nl", "sv", "de", "en")
MIN_FUZZY_CHARS = 7
EXONYM_MIN_POPULATION = 100_000
MIN_POPULATION_OUTSIDE_EUROPE = 15_000
CHUNK_CHARS = 200_000
_TRAILING_MARKS = re.compile(r"[\W\d¹²³⁰-⁹_]+$")
_STATED_COUNTRY = re.compile(
    r"^[¹²³⁴*]?\s*(?:\((?P<paren>[^)]{1,80})\)|,\s*(?P<comma>[A-ZÆØÅÄÖÜ][\w\-]+)|\s+(?:i|in|en)\s+(?P<prep>[A-ZÆØÅÄÖÜ][\w\-]+))"
)
_PAIR_SEPARATOR = re.compile(r"^\s*/\s*$")


@dataclass
class Mention:
    """A city named in the text; `stated_country` is what the text says right after it ("(Tyskland)")."""

    start: int
    end: int
    surface: str
    city: City
    stated_country: str | None = None


@cache
def blocked_names() -> frozenset[str]:
    """Folded names never taken as cities: stop words, regions, country names."""
    words: set[str] = set()
    for code in STOP_WORD_LANGUAGES:
        words |= {fold(w) for w in import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS}
    words |= {fold(row["name"]) for row in load_csv("cities/not_cities.csv")}
    return frozenset(words | set(country_names()))


def _key_words(key: str) -> list[str]:
    """A folded name as the token norms `tokenize` gives it ('st. petersburg' -> ['st', 'petersburg'])."""
    return [_TRAILING_MARKS.sub("", w) or w for w in key.split(" ")]


def plausible_names() -> set[str]:
    """Folded names worth matching: alias and extra names, European towns, larger towns elsewhere, and the
    alternate names (exonyms) of large cities; small towns' alternates are mostly diacritic variants,
    which folding covers."""
    gaz = gazetteer()
    keys = set(gaz.aliases)
    for city in gaz.cities:
        if (
            city.source != "geonames"
            or city.population >= MIN_POPULATION_OUTSIDE_EUROPE
            or continent(city.country) == "EU"
        ):
            keys.add(fold(city.name))
        if city.population >= EXONYM_MIN_POPULATION:
            keys.update(fold(name) for name in city.alternatenames)
    blocked = blocked_names()
    return {k for k in keys if len(k) >= 3 and k not in blocked}


@cache
def _matcher() -> tuple[Vocab, PhraseMatcher]:
    """One PhraseMatcher for all languages, over documents re-expressed as their folded token norms."""
    vocab = Vocab()
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("CITY", [Doc(vocab, words=_key_words(k)) for k in sorted(plausible_names())])
    return vocab, matcher


@cache
def _fuzzy_targets() -> dict[str, list[str]]:
    """Primary and alias names by first letter: the only names a misspelling is matched against."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for key in gazetteer().primary:
        if len(key) >= MIN_FUZZY_CHARS and key not in blocked_names():
            buckets[key[0]].append(key)
    return buckets


def chunks(text: str, size: int) -> list[str]:
    """Pieces of at most `size` chars, cut after a newline where possible, that join back to `text`."""
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind("\n", 0, size) + 1 or size
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text]


def tokenize(text: str, language: str) -> Doc:
    """The document as spaCy tokens and sentences, each token's NORM set to its folded form.

    Long texts are tokenized in pieces (spaCy refuses texts over `max_length`) and joined again."""
    nlp = blank(language)
    doc = Doc.from_docs(list(nlp.pipe(chunks(text, CHUNK_CHARS))), ensure_whitespace=False) if text else nlp(text)
    folded: dict[str, str] = {}
    for token in doc:
        if token.text not in folded:
            folded[token.text] = fold(_TRAILING_MARKS.sub("", token.text) or token.text)
        token.norm_ = folded[token.text]
    return doc


def _capitalised(span: Span) -> bool:
    first = span[0].text
    return first[:1].isupper() and not (first.isupper() and len(first) <= 4)


def _looks_like_person(span: Span, covered: set[int]) -> bool:
    """A capitalised word right before it, mid-sentence and not itself a place: a person's or body's name."""
    if span.start < 2:
        return False
    prev, before = span.doc[span.start - 1], span.doc[span.start - 2]
    return (
        prev.is_alpha
        and prev.text[:1].isupper()
        and prev.i not in covered
        and not prev.is_sent_start
        and not (before.is_punct or before.is_space)
    )


def _is_part_of_other_name(span: Span, text: str, following_words: frozenset[str]) -> bool:
    """'Sollentuna Alle' (a street), 'Leningrad fylke' (a region), 'Engels- of Duitstalig' (a compound)."""
    doc = span.doc
    after = text[span.end_char - 1 : span.end_char + 2]
    if re.match(r"\w-\s", after) or after.startswith("-"):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and nxt.text.lower() in following_words


def _stated_country(text: str, end: int) -> str | None:
    m = _STATED_COUNTRY.match(text[end : end + 90])
    if not m:
        return None
    chunk = m.group("paren") or m.group("comma") or m.group("prep")
    for part in re.split(r"[,;/]", chunk):
        for candidate in (part.strip(), *part.split()):
            code = candidate[:1].isupper() and country_code(candidate.strip(" ."))
            if code:
                return code
    return None


def _surface(text: str, span: Span) -> tuple[int, int, str]:
    start = span.start_char
    name = text[start : span.end_char]
    trimmed = _TRAILING_MARKS.sub("", name) or name
    return start, start + len(trimmed), trimmed


def _exact_spans(doc: Doc) -> list[Span]:
    vocab, matcher = _matcher()
    folded = Doc(vocab, words=[t.norm_ for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    spans = [doc[s:e] for _, s, e in matcher(folded)]
    return [s for s in filter_spans(spans) if _capitalised(s)]


def _fuzzy_spans(doc: Doc, covered: set[int], cutoff: float) -> list[tuple[Span, str]]:
    """Capitalised one- or two-word spans close to a primary or alias name ("Semersooq" -> Sermersooq)."""
    found: list[tuple[Span, str]] = []
    blocked, targets = blocked_names(), _fuzzy_targets()
    open_ = [t.is_alpha and t.text[:1].isupper() and t.i not in covered for t in doc]
    norms = [t.norm_ for t in doc]
    i = 0
    while i < len(open_):
        for width in (2, 1):
            if i + width > len(open_) or not all(open_[i : i + width]):
                continue
            key = " ".join(norms[i : i + width])
            if len(key) < MIN_FUZZY_CHARS or key in blocked:
                continue
            best = process.extractOne(key, targets.get(key[0], []), scorer=fuzz.ratio, score_cutoff=cutoff)
            if best:
                found.append((doc[i : i + width], best[0]))
                covered.update(range(i, i + width))
                i += width - 1
                break
        i += 1
    return found


def find_mentions(doc: Doc, home: str | None, following_words: frozenset[str], cutoff: float) -> list[Mention]:
    """City mentions in document order; `home` (the issuer's country) breaks ties between homonyms;
    a name followed by one of `following_words` (street, region) is part of another name."""
    gaz, text = gazetteer(), doc.text
    exact = _exact_spans(doc)
    covered = {t.i for s in exact for t in s}
    candidates = [(s, s.text) for s in exact] + _fuzzy_spans(doc, covered, cutoff)
    mentions: list[Mention] = []
    for span, name in sorted(candidates, key=lambda c: c[0].start):
        if _looks_like_person(span, covered) or _is_part_of_other_name(span, text, following_words):
            continue
        start, end, surface = _surface(text, span)
        stated = _stated_country(text, end)
        city = gaz.lookup(fold(_TRAILING_MARKS.sub("", name) or name), country=stated, home=home)
        if city is not None:
            mentions.append(Mention(start, end, surface, city, stated))
    return _merge_pairs(text, mentions)


def _merge_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Tampere / Tammerfors' is one mention of one city."""
    merged: list[Mention] = []
    for mention in mentions:
        prev = merged[-1] if merged else None
        if prev and prev.city == mention.city and _PAIR_SEPARATOR.match(text[prev.end : mention.start]):
            prev.end, prev.surface = mention.end, text[prev.start : mention.end]
            prev.stated_country = prev.stated_country or mention.stated_country
            continue
        merged.append(mention)
    return merged
