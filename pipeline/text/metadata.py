"""Document metadata (municipality, country, doc_type, title) inferred from the text.

All cue words and patterns live in models/metadata/{common,da,nb,nn,nl}.json (schema in
metadata_rules.py); this module only weighs them. The head of a document (its title and first
lines) says more about what the document is and who issued it than its body, so evidence there
counts more. The municipality is checked against a catalogue (municipalities.py) and, when known,
decides the country. The title is read in titles.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from itertools import islice
from typing import NamedTuple

from pipeline.rules.compiled import compile_rule, regex
from pipeline.text import municipalities
from pipeline.text.cue_lines import LineFinder, literals_of
from pipeline.text.literals import LiteralGate, fold
from pipeline.text.metadata_rules import CountryRules, DocTypeRules, MetadataRules, metadata_rules
from pipeline.text.titles import nonblank_lines, read_title, title, title_patterns

__all__ = ["country", "doc_type", "filed_as_news", "infer", "municipality", "title"]

_WORD = re.compile(r"[\w-]+")


class _CueWords:
    """A type's cue words, each a whole word or a compound's end ("collegeprogramma"). Written in lower case, they
    are matched case-sensitively in the lowered line: the same matches as IGNORECASE, 2-4 times faster, because
    then the engine skips an alternative on its first letter where it otherwise tries each at every letter."""

    def __init__(self, words: list[str]) -> None:
        source = r"\b\w*(?:" + "|".join(words) + r")\b"
        self.lowered = source == source.lower()
        self.regex = regex(source, 0 if self.lowered else re.I)

    def _text(self, text: str) -> str:
        return fold(text) if self.lowered else text  # lowered as IGNORECASE reads "İ", "ı", "ſ"

    def count(self, text: str) -> int:
        return len(self.regex.findall(self._text(text)))

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(self._text(text))


class _TypePatterns(NamedTuple):
    cues: dict[str, _CueWords]  # cue words per type
    structure: dict[str, list[re.Pattern]]  # line patterns per type (decision blocks, status fields)
    title_frames: dict[str, list[re.Pattern]]  # title patterns per type ("Status for handlingsplanen")
    subtitle_frames: dict[str, list[re.Pattern]]  # patterns per type of the line right under the title
    sections: dict[str, list[re.Pattern]]  # section headings per type ("Viktige hendelser i 2023:")
    literals: dict[str, tuple[str, ...] | None]  # per type, the letters a line needs to show a cue word
    letters: frozenset[str]  # every letter of those literals
    news: re.Pattern | None  # a head cell naming the site's news section ("Forside > Nyheder > Politik")
    topics: list[re.Pattern]  # a title naming only a subject ("Venskabsbyer og internationalt samarbejde")


@cache
def _type_patterns(language: str) -> _TypePatterns:
    conf = metadata_rules(language).doc_type

    def compiled(table: dict[str, list[str]]) -> dict[str, list[re.Pattern]]:
        return {t: [compile_rule(p, re.I | re.M).regex for p in pats] for t, pats in table.items()}

    cues = {t: _CueWords(words) for t, words in conf.types.items()}
    literals = {t: literals_of(words) for t, words in conf.types.items()}
    letters = frozenset("".join(lit for lits in literals.values() for lit in lits or ()))
    news = regex(r"^(?:\w+\s+)?(?:" + "|".join(conf.news_sections) + r")\b", re.I) if conf.news_sections else None
    return _TypePatterns(
        cues,
        compiled(conf.structure),
        compiled(conf.title_frames),
        compiled(conf.subtitle_frames),
        compiled(conf.sections),
        literals,
        letters,
        news,
        [regex(p, re.I) for p in conf.topic_titles],
    )


def _countries(rules: MetadataRules, language: str) -> tuple[str, ...]:
    return tuple(rules.language_countries.get(language, ()))


def municipality(text: str, language: str = "und", source: str | None = None) -> str | None:
    """The issuing municipality's canonical name, or None when nothing known clearly leads."""
    rules = metadata_rules(language)
    found = municipalities.issuer(text, rules.issuer, _countries(rules, language), source)
    return found.name if found else None


def _count(text: str, words: Counter[str], terms: list[str]) -> int:
    """Occurrences of single words (as tokens) and of terms with spaces or signs ("cd&v") as substrings."""
    return sum(words[t] if _WORD.fullmatch(t) else text.count(t) for t in terms)


def country(text: str, language: str, municipality_name: str | None = None) -> str | None:
    """ISO alpha-2: the known municipality's country, else the language's, unless the text's own cues
    clearly point elsewhere (Flemish cues in a Dutch text)."""
    rules = metadata_rules(language)
    if municipality_name:
        entry = municipalities.prefer(municipalities.catalogue().lookup(municipality_name), _countries(rules, language))
        if entry:
            return entry.country
    return _country_from_cues(text, language, rules.country)


def _country_from_cues(text: str, language: str, conf: CountryRules) -> str | None:
    lowered = text.lower()
    words = Counter(_WORD.findall(lowered))
    for rule in conf.overrides:
        strong = rule.strong_weight
        found = _count(lowered, words, rule.cues) + strong * _count(lowered, words, rule.strong_cues)
        against = _count(lowered, words, rule.against) + strong * _count(lowered, words, rule.strong_against)
        if found >= rule.min_cues and found >= rule.min_ratio * against:
            return rule.country
    return conf.by_language.get(language)


def doc_type(text: str, title_line: str | None, language: str = "und") -> str:
    """Cue words scored by position (title > head lines > body, body capped) plus structure lines
    (decision blocks, vote results, status fields; capped); "other" when no type is strong enough."""
    return _doc_type_of(nonblank_lines(text), title_line, language)


def _lines_matching(patterns: list[re.Pattern], lines: list[str]) -> int:
    """How many (pattern, line) pairs match: each line counts once per pattern it shows (only the patterns
    whose words the line holds are tried)."""
    gate = _gate(tuple(patterns))
    return sum(bool(patterns[i].search(line)) for line in lines for i in gate.open(line))


def _any_matching(patterns: list[re.Pattern], line: str) -> bool:
    return any(patterns[i].search(line) for i in _gate(tuple(patterns)).open(line))


@cache
def _gate(patterns: tuple[re.Pattern, ...]) -> LiteralGate:
    return LiteralGate(patterns)


# "Forside > Nyheder > Politik", "Nieuws | Gemeente Tynaarlo", "Hjem / Aktuelt", "Lokalt Actueel · Regio": a slash
# or dot only with spaces around, so a date ("3/3 2026") or an address ("kommune.no/aktuelt") stays one cell
_CRUMB_CELLS = re.compile(r"\s*[>›|–]\s*|\s+[/·•]\s+")
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")  # a non-empty line, as str.splitlines cuts them


def filed_as_news(text: str, language: str) -> bool:
    """A breadcrumb or page header in the head files the page under the site's news section: a news item
    reporting decisions reads like minutes (votes, "Vedtak") but is no record of them, and its headings
    are news items, not themes. Reads the head's lines only, not the whole sample's (extractors ask per document)."""
    lines = (m.group() for m in _LINE.finditer(text, 0, METADATA_SAMPLE_CHARS))
    head = list(islice((line for line in lines if line.strip()), metadata_rules(language).doc_type.head_lines))
    return _filed_as_news(head, language)


def _filed_as_news(nonblank: list[str], language: str) -> bool:
    news = _type_patterns(language).news
    if news is None:
        return False
    cells = (_CRUMB_CELLS.split(line.strip()) for line in nonblank[: metadata_rules(language).doc_type.head_lines])
    return any(len(row) > 1 and any(news.match(cell) for cell in row) for row in cells)


def _names_a_topic(title_line: str | None, patterns: _TypePatterns) -> bool:
    """The title names a subject and no genre ("Vennskapsbyer og internasjonalt samarbeid"): an information
    page, whose status words and agreements make it no report or programme."""
    return bool(
        title_line
        and any(topic.match(title_line) for topic in patterns.topics)
        and not any(cue.search(title_line) for cue in patterns.cues.values())
    )


def _doc_type_of(nonblank: list[str], title_line: str | None, language: str) -> str:
    conf = metadata_rules(language).doc_type
    patterns = _type_patterns(language)
    if _filed_as_news(nonblank, language) or _names_a_topic(title_line, patterns):
        return "other"
    noise = title_patterns()["noise"]  # web chrome (cookie banners, page numbers) names no genre
    lines = [line.strip() for line in nonblank if not _any_matching(noise, line)]
    finder = LineFinder(lines, patterns.letters)
    subtitle = _under_title(lines, title_line)
    shapes = {kind: _lines_matching(patterns.structure.get(kind, []), lines) for kind in conf.priority}
    decisive = [k for k in conf.decisive_structure if _fills_the_page(shapes[k], len(lines), conf)]
    if decisive:
        return decisive[0]
    scores: dict[str, float] = defaultdict(float)
    for kind in conf.priority:
        head = body = 0.0
        pattern = patterns.cues.get(kind)
        if pattern is not None:
            if title_line:
                head += conf.title_weight * pattern.count(title_line)
            for i in finder.candidates(patterns.literals.get(kind)):  # lines without them add nothing
                hits = pattern.count(lines[i])
                if i < conf.head_lines:
                    head += conf.head_weight * hits
                else:
                    body += conf.body_weight * hits
        if title_line and any(frame.search(title_line) for frame in patterns.title_frames.get(kind, [])):
            head += conf.title_frame_weight
        elif any(frame.search(line) for line in subtitle for frame in patterns.subtitle_frames.get(kind, [])):
            head += conf.title_frame_weight
        shape = conf.structure_weight * shapes[kind]
        sections = conf.section_weight * _lines_matching(patterns.sections.get(kind, []), lines)
        scores[kind] = conf.type_weights[kind] * (
            head + min(body, conf.body_cap) + min(shape, conf.structure_cap) + min(sections, conf.section_cap)
        )
    best = max(conf.priority, key=lambda k: scores[k])
    return best if scores[best] >= conf.min_score else "other"


def _fills_the_page(structure_lines: int, all_lines: int, conf: DocTypeRules) -> bool:
    """Case headers, decision lines or vote rows make up the page: what it is, whatever its title names."""
    return structure_lines >= conf.decisive_min_lines and structure_lines >= conf.decisive_min_share * all_lines


def _under_title(lines: list[str], title_line: str | None) -> list[str]:
    """The line right under the title: a plan's name as title over "Statusrapport per 1. september 2026" is a report
    on the plan, not the plan."""
    title_line = (title_line or "").strip()
    index = next((i for i, line in enumerate(lines) if title_line and line == title_line), None)
    return lines[index + 1 : index + 2] if index is not None else []


# Who issued a document and what kind it is show in its first pages; reading further costs
# time on huge inputs (a 20 MB single line) and adds nothing.
METADATA_SAMPLE_CHARS = 200_000


def infer(
    text: str, language: str, source: str | None = None, known_municipality: str | None = None
) -> dict[str, str | None]:
    """Best guess of municipality, country, doc_type and title; None where nothing is found.
    `source` is the path or URL the document came from: a URL's host may name the municipality.
    A `known_municipality` (the manifest's) is not guessed again and decides the country, so a
    foreign town the text names cannot."""
    text = text[:METADATA_SAMPLE_CHARS]
    nonblank = nonblank_lines(text)  # split once for title and type
    found_title = read_title(nonblank)
    found_municipality = known_municipality or municipality(text, language, source)
    return {
        "municipality": found_municipality,
        "country": country(text, language, found_municipality),
        "doc_type": _doc_type_of(nonblank, found_title.genre, language),
        "title": found_title.text,
    }
