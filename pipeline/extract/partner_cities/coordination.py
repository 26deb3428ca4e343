"""The words that join the towns of one list ('Höganäs Kommun og Lysekils Kommun i Sverige samt Larvik kommune'),
read from models/partner_cities/common.json ('coordination') and compiled into the gap patterns decisions.py reads.
One set for every language: a list quotes the partners' own words ('Kommun', 'och')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.rules import Rules, alternation

YEAR_NOTE = r"(?:\s+[^\W\d_]+){0,2}\s+(?:1[89]\d\d|20\d\d)"
RELATIVE_CHARS = 90  # a relative clause between two towns of a list
_WORD = r"[^\W\d_][\w\-]*"
_CAPITALISED = r"[A-ZÆØÅÄÖÜ][\w\-]*"
_NAME = r"[A-ZÆØÅÄÖÜ][\w'’-]*"  # a capitalised name, hyphens and apostrophes kept ('Ans-Bøl', 'L’Aquila')


class Coordination(Rules):
    """Words of a list's gaps; matched as written except `municipality_words` (any case: 'Lysekils Kommun')."""

    list_words: list[str] = []  # coordinators between a list's items: 'og', 'en', 'and', 'och', 'samt'
    alternatives: list[str] = []  # a coordinator of alternatives, joining only adjacent names ('eller')
    contrasts: list[str] = []  # a coordinator opening a contrasting clause ('men', 'maar'): a clause's edge
    municipality_words: list[str] = []  # a word after a town's name writing it as a municipality ('kommune')
    place_prepositions: list[str] = []  # before the country after a town ('i Sverige', 'in Duitsland')
    repeated_prepositions: list[str] = []  # after a coordinator ('X og med Y', 'X en in Y')
    bare_prepositions: list[str] = []  # joining two towns alone ('X med Y')
    determiners: list[str] = []  # opening a described group of towns ('de svenske byer')
    group_nouns: list[str] = []  # closing it ('byer', 'steden', 'kommunerne')
    relatives: list[str] = []  # opening a clause about the town before the next coordinator ('X, som ..., og Y')


@dataclass(frozen=True)
class ListGaps:
    """Compiled gap patterns: what may stand between two towns of one list, or after a town in an entry line."""

    coordination: re.Pattern  # the whole gap between two coordinated towns
    added_in_brackets: re.Pattern  # 'Lund (og siden 2010 også Malmö)': a bracket adding the next town
    next_in_brackets: re.Pattern  # 'i Sverige (Kalmar), Estland (Tartu)': towns in brackets after countries
    entry_rest: (
        re.Pattern
    )  # after a town on its own line: '(Tyskland)', ', Norge', ', Iowa (USA)', ' i Sverige', then cells
    separator: re.Pattern  # a list's separator, not a bare line break
    clause_edge: re.Pattern  # where a clause of a sentence ends: a comma, a semicolon or a coordinator
    year_gap: re.Pattern  # what may stand between the years of one run ('1950, 1955 og 1957')
    names_only: re.Pattern  # a run of capitalised names and their separators alone ('Aars, Farsø og ')
    names_prefix: re.Pattern  # the names a list goes on with after a town (', Skei og Sande')


def _words(words: list[str]) -> str:
    return alternation(re.escape(w) for w in words)


def list_gaps(words: Coordination) -> ListGaps:
    """The gap patterns built from `words`."""
    joined = _words(words.list_words)
    places = _words(words.place_prepositions)
    municipal = f"(?i:{_words(words.municipality_words)})"
    coordination = (
        rf"^\s*(?:(?:\([^)]*\))?(?:\s{municipal})?(?:\s{places}\s+{_WORD}(?:\s*\([^)]*\))?)?"  # 'i Norge (siden 1947)'
        rf"(?:\s*[,–-]\s*{_WORD}(?:\s{_CAPITALISED})?)?"
        # 'Strömstads kommun (SE), Tønder Kommune': a partner field's municipality word, then its country code
        rf"|\s{municipal}\s*\([^)]*\))(?:{YEAR_NOTE})?"
        # 'Borlänge i Sverige, som vi har haft kontakt med siden 1971, og Nurmijärvi': a clause about the town,
        # only where a comma and a coordinator close it
        rf"(?:\s*,\s*(?:{_words(words.relatives)})\s[^,;.:!?()]{{1,{RELATIVE_CHARS}}}?(?=,\s*(?:{joined})\s))?"
        # a separator, after it a repeated preposition ('X og med Y', 'X og i Y'); or a bare preposition alone
        rf"\s*,?\s*(?:(?:,|;|·|•|\||&|/|{joined}|{_words(words.alternatives)})"
        rf"(?:\s+{_words(words.repeated_prepositions)})?|\s+{_words(words.bare_prepositions)})?"
        # 'og de svenske byer', 'en met de stad', 'og byen': a described town or group of towns names the next ones;
        # any case, as a town's title before its name ('og Stad Brugge')
        rf"(?:\s*(?:{_words(words.determiners)}\s+(?:[^\W\d_]+\s+)?)?(?i:{_words(words.group_nouns)}))?\s*$"
    )
    return ListGaps(
        coordination=re.compile(coordination),
        added_in_brackets=re.compile(rf"^\s*\(\s*{joined}(?:\s+(?:[^\W\d_]+|\d{{4}})){{0,3}}\s*$"),
        next_in_brackets=re.compile(rf"^\)\s*(?:,|;|{joined})?\s*(?:{places}\s+)?(?P<country>{_CAPITALISED})\s*\(\s*$"),
        entry_rest=re.compile(
            rf"^\s*(?:\([^)]*\)|,\s*[^\W\d_][\w\- ]*(?:\([^)]*\))?|\s{places}\s+[^\W\d_][\w\- ]*)?"
            r"(?:\s*[\t|]\s*[^\t|]*)*\s*$"
        ),
        separator=re.compile(rf",|;|&|\b{joined}\b"),
        clause_edge=re.compile(rf"[,;]|\s(?:{joined}|{_words(words.contrasts)})\s"),
        year_gap=re.compile(rf"^[\s,]*(?:{joined})?\s*$"),
        names_only=re.compile(rf"^(?:[\s,;:–-]|\b{joined}\b|{_NAME})*$"),
        names_prefix=re.compile(rf"^(?:\s*(?:,|\b{joined}\b)\s*{_NAME})*"),
    )


def across_rows(text: str, end: int, start: int) -> bool:
    """Two towns on two rows of a table: the last cell of one row ('fra Vesthimmerland Kommune') and the first of the
    next are no list, and what excludes the one (a former municipality) does not reach the other."""
    if "\n" not in text[end:start]:
        return False
    first = text[text.rfind("\n", 0, end) + 1 : end]
    last = text[start : (text.find("\n", start) + 1 or len(text) + 1) - 1]
    return "\t" in first or "\t" in last
