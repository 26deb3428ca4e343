"""Find city mentions in a document: a spaCy PhraseMatcher over folded gazetteer names, plus
rapidfuzz for misspellings, gated against the usual false friends (stop words, acronyms,
countries and regions, people's names, street names)."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import import_module

from rapidfuzz import fuzz, process
from spacy.attrs import IS_ALPHA, ORTH, SPACY
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline.gazetteers.cities import City, continent, country_code, country_names, fold, gazetteer
from pipeline.rules import load_csv
from pipeline.text.nlp import blank

STOP_WORD_LANGUAGES = ("da", "nb", "nl", "sv", "de", "en")
MIN_FUZZY_CHARS = 7
EXONYM_MIN_POPULATION = 100_000
MIN_POPULATION_OUTSIDE_EUROPE = 15_000
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


@dataclass
class Tokens:
    """A document's spaCy tokens, with what matching reads as plain lists (no Token object per read)."""

    doc: Doc
    text: str
    norms: list[str]  # folded form of each token, trailing marks ('¹', ',') dropped
    spaces: list[bool]
    capital_words: list[bool]  # alphabetic and capitalised


def tokenize(text: str, language: str) -> Tokens:
    """Tokens and sentences of the whole text (the tokenizer itself has no length limit)."""
    nlp = blank(language)
    doc = nlp.get_pipe("sentencizer")(nlp.tokenizer(text))
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, SPACY, IS_ALPHA]).tolist() if len(doc) else []
    folded: dict[str, str] = {}
    norms, spaces, capital_words = [], [], []
    for orth, space, alpha in rows:
        word = strings[orth]
        if word not in folded:
            folded[word] = fold(_TRAILING_MARKS.sub("", word) or word) or word
        norms.append(folded[word])
        spaces.append(bool(space))
        capital_words.append(bool(alpha) and word[:1].isupper())
    return Tokens(doc, text, norms, spaces, capital_words)


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


def _exact_spans(tokens: Tokens) -> list[Span]:
    vocab, matcher = _matcher()
    doc = tokens.doc
    spans = [doc[s:e] for _, s, e in matcher(Doc(vocab, words=tokens.norms, spaces=tokens.spaces))]
    return [s for s in filter_spans(spans) if _capitalised(s)]


@lru_cache(maxsize=100_000)
def _closest(key: str, cutoff: float) -> str | None:
    """The primary or alias name within `cutoff` of `key`, by plain edit-distance ratio."""
    best = process.extractOne(key, _fuzzy_targets().get(key[0], []), scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else None


def _fuzzy_spans(tokens: Tokens, covered: set[int], cutoff: float) -> list[tuple[Span, str]]:
    """Capitalised one- or two-word spans close to a primary or alias name ("Semersooq" -> Sermersooq)."""
    found: list[tuple[Span, str]] = []
    blocked, norms = blocked_names(), tokens.norms
    open_ = [capital and i not in covered for i, capital in enumerate(tokens.capital_words)]
    i = 0
    while i < len(open_):
        if open_[i]:
            for width in (2, 1):
                if width == 2 and not (i + 1 < len(open_) and open_[i + 1]):
                    continue
                key = " ".join(norms[i : i + width])
                if len(key) < MIN_FUZZY_CHARS or key in blocked:
                    continue
                name = _closest(key, cutoff)
                if name:
                    found.append((tokens.doc[i : i + width], name))
                    covered.update(range(i, i + width))
                    i += width - 1
                    break
        i += 1
    return found


def find_mentions(tokens: Tokens, home: str | None, following_words: frozenset[str], cutoff: float) -> list[Mention]:
    """City mentions in document order; `home` (the issuer's country) breaks ties between homonyms;
    a name followed by one of `following_words` (street, region) is part of another name."""
    gaz, text = gazetteer(), tokens.text
    exact = _exact_spans(tokens)
    covered = {t.i for s in exact for t in s}
    candidates = [(s, s.text) for s in exact] + _fuzzy_spans(tokens, covered, cutoff)
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
