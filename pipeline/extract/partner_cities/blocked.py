"""Names never taken as partner towns, from catalogues: the stop words of the languages documents are
written in (spaCy's lists), regions and other non-cities (cities/not_cities.csv) and country names; and
the stop words that are also the own name of a European town of some size ('Kampen', 'Lille'); and an everyday
word heading a body named after the place before it ('Skagen Havn')."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from spacy.tokens import Span

from pipeline.extract.partner_cities.search import Patterns
from pipeline.gazetteers.cities import ALIAS, PRIMARY, continent, country_names, gazetteer
from pipeline.gazetteers.names import fold
from pipeline.rules import load_csv

STOP_WORD_LANGUAGES = ("da", "nb", "nl", "sv", "de", "en")
STOP_WORD_TOWN_MIN_CHARS = 4
STOP_WORD_TOWN_POPULATION = 20_000


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(
        fold(w) for code in STOP_WORD_LANGUAGES for w in import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
    )


@cache
def _spelled_stop_words() -> frozenset[str]:
    return frozenset(
        w.lower() for code in STOP_WORD_LANGUAGES for w in import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
    )


def nordic_spelling(surface: str, letters: str) -> bool:
    """'Åre' is no stop word 'are': a name written with a Nordic letter is blocked only as it is spelled, not as
    its folded key, which an English or Dutch stop word may share."""
    lowered = surface.lower()
    return bool(set(lowered) & set(letters)) and lowered not in _spelled_stop_words()


@cache
def stop_word_towns() -> frozenset[str]:
    """Stop words of one language that are the own name of a European town of some size in another ('Kampen',
    'Lille', 'Uden'): matched like an everyday word, only where the text lists them as places. The town's own name
    or the alias file's (the gazetteer keeps 'Lille' of France as an alias: its own name is shared)."""
    keys = [w for w in _stop_words() if len(w) >= STOP_WORD_TOWN_MIN_CHARS]
    return frozenset(
        key
        for key, entries in gazetteer().entries(keys).items()
        if any(
            e.kind in (PRIMARY, ALIAS)
            and continent(e.city.country) == "EU"
            and e.city.population >= STOP_WORD_TOWN_POPULATION
            for e in entries
        )
    )


@cache
def blocked_names() -> frozenset[str]:
    """Folded names never taken as cities: stop words (but the towns among them), regions, country names."""
    words = set(_stop_words() - stop_word_towns())
    words |= {fold(row["name"]) for row in load_csv("cities/not_cities.csv")}
    return frozenset(words | set(country_names()))


def blocked_in(region_names: list[str]) -> frozenset[str]:
    """`blocked_names` plus the names the document's language uses for a region or an everyday word."""
    return _blocked_with(tuple(region_names))


@cache
def _blocked_with(region_names: tuple[str, ...]) -> frozenset[str]:
    return blocked_names() | {fold(name) for name in region_names}


def headed(span: Span, covered: set[int], key: str, words: set[str], describers: Patterns) -> bool:
    """An everyday word right after a place's name on its line heads a body named after it ('Hals Havn', 'Florø
    Hamn'): no town of its own where it names a town only in another language ('Havn', Tórshavn), as the caller
    checks; not after a town's title ('Stad Gent'), nor a town of its own in a run of towns ('Kiel Lancaster')."""
    if len(span) != 1 or span.start == 0 or key not in words:
        return False
    prev = span.doc[span.start - 1]
    titled = any(p.fullmatch(prev.text.lower()) for p in describers)
    return prev.i in covered and prev.whitespace_ == " " and not titled
