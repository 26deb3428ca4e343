"""Find city mentions in a document: candidate spans of the document's own tokens looked up in the
compact city index, rapidfuzz only for candidates that matched nothing, gated against the usual
false friends (stop words, acronyms, countries and regions, people's names, street names, words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Span
from spacy.util import filter_spans

from pipeline.extract.partner_cities.blocked import blocked_in, blocked_names, headed, nordic_spelling, stop_word_towns
from pipeline.extract.partner_cities.municipality_words import SHORT_NAME_CHARS, genitive, named_short
from pipeline.extract.partner_cities.schema import Matching
from pipeline.extract.partner_cities.search import Patterns
from pipeline.extract.partner_cities.stated import stated_country
from pipeline.extract.partner_cities.tokens import TRAILING_MARKS, Tokens
from pipeline.gazetteers.cities import ALIAS, ALTERNATE, PRIMARY, City, Entry, continent, country_code, gazetteer
from pipeline.gazetteers.names import fold, region_country
from pipeline.text.nlp import token_texts

MAX_WORDS = 4  # 'Frankfurt am Main', 'Alphen aan den Rijn'
NAME_PREFIX_MIN_TOWNS = 150  # a first word opening this many town names is a name's part ('Bad', 'Sankt', 'San')
_JOINERS = frozenset("-.'’")
_CONNECTOR = re.compile(r"^[a-zà-ÿ]{1,5}$")  # 'am', 'an der', 'upon', 'op', 'aan den', 'sur'
_PAIR_SEPARATOR = re.compile(r"^\s*/\s*$")
_FIELD_VALUE = re.compile(r"\s*:\s*\d+[/.\-]\d")  # 'Sag: 26/1102', 'Arkivsak: 24.10.00': a case field's label
_LABEL_VALUE = re.compile(r"[^\W\d_]+\.?\s*:?\s*[A-Z]{0,3}[.\-]?\d+[/.\-]\d")  # 'Sagsnr. 26-0044', 'Arkivsak 25/12'
_BRACKET_OPEN = re.compile(r"^\s*\(\s*$")
# A list line or table row opening with one or two capitalised words ('Arsuk, Grønland', '• Eidi (Færøerne)')
_LINE_NAME = re.compile(
    r"^[ \t]*(?:[-•*–·▪]\s+)?([A-ZÆØÅÄÖÜ][\w'’.-]+(?: [A-ZÆØÅÄÖÜ][\w'’.-]+)?)(?=[ \t]*[,(–|\t-])", re.M
)


@dataclass
class Mention:
    """A city named in the text; `stated_country` is what the text says right after it ("(Tyskland)").

    `common_word` marks a small town named like an everyday word ('Side', 'Mark', 'Vik'): a partner only
    where the text lists it as a place (with its country, on its own list line, among other cities)."""

    start: int
    end: int
    surface: str
    city: City
    stated_country: str | None = None
    common_word: bool = False
    domestic: bool = False  # in the issuer's country (partner_cities.domestic)


def plausible(entry: Entry, rules: Matching, stated: str | None = None) -> bool:
    """Whether a name may be matched for this city: alias-file exonyms always; own names of European
    (and near) towns of any size, of towns elsewhere from a size or when the text states their country
    right after the name ('Decorah (USA)', 'Nakuru i Kenya'); GeoNames' alternate names of large
    cities, and of European towns from a smaller size."""
    city = entry.city
    if entry.kind == ALIAS or city.source != "geonames":
        return True
    near = continent(city.country) == "EU" or city.country in rules.near_countries
    if entry.kind == PRIMARY:
        stated_here = city.country == stated and region_country(city.name) is None  # not 'Iowa' in ', Iowa (USA)'
        return near or city.population >= rules.min_population_far or stated_here
    return city.population >= rules.alternate_min_population or (
        near and city.population >= rules.alternate_min_population_near
    )


def _key(tokens: Tokens, start: int, end: int) -> str:
    """The folded key of tokens [start, end), spaced as the text is ('Saint-Raphaël' -> 'saint-raphael')."""
    parts = []
    for i in range(start, end):
        parts.append(tokens.norms[i])
        if tokens.spaces[i] and i + 1 < end:
            parts.append(" ")
    return "".join(parts)


def candidates(tokens: Tokens) -> list[tuple[int, int, str]]:
    """Token spans that could name a place: a capitalised word, up to MAX_WORDS words ending in a capitalised
    one, joined by hyphens, dots, apostrophes and short lower-case connectors, within one line."""
    doc, capital, out = tokens.doc, tokens.capital_words, []
    if not len(doc):
        return out
    texts = token_texts(doc)  # plain lists, no Token object per read; a line break is a space token of its own
    flags = doc.to_array([IS_SPACE, SENT_START])
    stops = ((flags[:, 0] != 0) | (flags[:, 1] == 1)).tolist()  # a space token or a sentence's first
    for i in range(len(doc)):
        if not capital[i]:
            continue
        out.append((i, i + 1, _key(tokens, i, i + 1)))
        for j in range(i + 1, min(len(doc), i + MAX_WORDS + 2)):
            if stops[j]:
                break
            if capital[j]:
                out.append((i, j + 1, _key(tokens, i, j + 1)))
            elif texts[j] not in _JOINERS and not _CONNECTOR.match(texts[j]):
                break
    return out


def _capitalised(span: Span) -> bool:
    """A capitalised name, not a short acronym ('EU', 'KL'); several words in capitals ('NOWY TARG') are a name."""
    first = span[0].text
    return first[:1].isupper() and not (first.isupper() and len(first) <= 4 and len(span) == 1)


def _looks_like_person(span: Span, covered: set[int], describers: Patterns = ()) -> bool:
    """A capitalised word right before it, mid-sentence and not itself a place: a person's or body's name;
    unless that word describes the place ('het Duitse Siegen', 'the Chinese Harbin')."""
    if span.start < 2:
        return False
    prev, before = span.doc[span.start - 1], span.doc[span.start - 2]
    return (
        not any(p.fullmatch(prev.text.lower()) for p in describers)
        and prev.is_alpha
        and prev.text[:1].isupper()
        and prev.i not in covered
        and not prev.is_sent_start
        and not (before.is_punct or before.is_space)
    )


def _is_part_of_other_name(
    span: Span, text: str, following_words: frozenset[str], covered: set[int], words: set[str]
) -> bool:
    """'Sollentuna Alle' (a street), 'Leningrad fylke' (a region), 'Engels- of Duitstalig' (a compound),
    'Tilly Zwartepoorte' (a person): a capitalised word right after it that is no place, country or
    everyday word (in 'Galway Aktiviteter' a heading's noun follows a list's last town); not a case-number label."""
    doc = span.doc
    after = text[span.end_char - 1 : span.end_char + 2]
    if re.match(r"\w-\s", after) or after.startswith("-"):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None:
        return False
    if nxt.text.lower() in following_words:
        return True
    if _LABEL_VALUE.match(text, nxt.idx):
        return False  # 'Samarbejdsaftale med Wismar  Sagsnr. 26-0114': the row's next field
    return (
        nxt.is_alpha
        and nxt.text[:1].isupper()
        and not nxt.text.isupper()
        and nxt.i not in covered
        and not nxt.is_sent_start
        and not span[-1].whitespace_.count("\n")
        and country_code(nxt.text) is None
        and fold(nxt.text) not in blocked_names()
        and fold(nxt.text) not in words
    )


def _surface(text: str, span: Span) -> tuple[int, int, str]:
    start = span.start_char
    name = text[start : span.end_char]
    trimmed = TRAILING_MARKS.sub("", name) or name
    return start, start + len(trimmed), trimmed


Found = dict[str, tuple[Entry, ...]]


def _exact(tokens: Tokens, rules: Matching) -> tuple[list[tuple[Span, str, tuple[Entry, ...]]], Found]:
    """Spans whose key names a plausible city (longest first, no overlaps), and what every key named."""
    spans = candidates(tokens)
    blocked = blocked_in(rules.region_names)
    genitives = {(start, end): key[:-1] for start, end, key in spans if genitive(tokens, end, key, rules)}
    keys = {key for _, _, key in spans} | {part for _, _, key in spans for part in _compound(key)}
    spelled = {
        (s, e) for s, e, key in spans if key in blocked and nordic_spelling(tokens.doc[s:e].text, rules.nordic_letters)
    }
    allowed = {key for s, e, key in spans if (s, e) in spelled}
    short = {key for s, e, key in spans if len(key) == SHORT_NAME_CHARS and named_short(tokens, s, e, rules)}
    found = gazetteer().entries(
        key
        for key in keys | set(genitives.values())
        if (len(key) > SHORT_NAME_CHARS or key in short) and (key not in blocked or key in allowed)
    )
    hits: dict[tuple[int, int], tuple[str, tuple[Entry, ...]]] = {}
    for start, end, key in spans:
        if key in blocked and (start, end) not in spelled:
            continue  # the stop word itself ('Are'), not a Nordic name folded onto it
        if not found.get(key) and (start, end) in genitives:
            key = genitives[(start, end)]  # 'Lysekils kommun': the town's genitive
        entries = tuple(e for e in found.get(key, ()) if plausible(e, rules))
        if not entries and found.get(key):
            last = tokens.doc[end - 1]
            stated = stated_country(tokens.text, last.idx + len(TRAILING_MARKS.sub("", last.text) or last.text))
            entries = tuple(e for e in found[key] if plausible(e, rules, stated))
        if not entries and _compound(key):
            key, entries = _district(_compound(key), found, rules)
        if entries:
            hits[(start, end)] = (key, entries)
    chosen = filter_spans([tokens.doc[s:e] for s, e in hits])
    return [(s, *hits[(s.start, s.end)]) for s in chosen if _capitalised(s)], found


def _compound(key: str) -> tuple[str, str] | tuple[()]:
    """'berlin-spandau' -> ('berlin', 'spandau'): a city and one of its districts written as one name."""
    head, _, tail = key.partition("-")
    return (head, tail) if head and tail and " " not in key else ()


def _pairs(tokens: Tokens, covered: set[int], found: Found, rules: Matching) -> list[tuple[int, str, str, City]]:
    """'Arnhem-Wuhan', 'Aarhus-Turku': two cities of different countries joined as one word, as a twinning
    is often named; (char start, surface, key, city) of each."""
    out = []
    for i, norm in enumerate(tokens.norms):  # a Token object only where a pair is possible
        parts = _compound(norm) if tokens.capital_words[i] and i not in covered else ()
        if not parts:
            continue
        token = tokens.doc[i]
        cities = [_best(found.get(part, ()), rules) for part in parts]
        if all(cities) and cities[0].country != cities[1].country:
            head, _, tail = token.text.partition("-")
            tail = TRAILING_MARKS.sub("", tail) or tail
            out += [(token.idx, head, parts[0], cities[0]), (token.idx + len(head) + 1, tail, parts[1], cities[1])]
    return out


def _best(entries: tuple[Entry, ...], rules: Matching) -> City | None:
    plausible_ = [e for e in entries if plausible(e, rules)]
    return max(plausible_, key=lambda e: (e.kind == ALIAS, e.city.population)).city if plausible_ else None


def _district(
    parts: tuple[str, str], found: dict[str, tuple[Entry, ...]], rules: Matching
) -> tuple[str, tuple[Entry, ...]]:
    """The district of a 'City-District' name: a place named by the tail, in the country of the head city."""
    head, tail = parts
    countries = {e.city.country for e in found.get(head, ()) if plausible(e, rules)}
    return tail, tuple(e for e in found.get(tail, ()) if e.city.country in countries and plausible(e, rules))


@lru_cache(maxsize=1024)  # every (first letter, length) of one population floor: some 800 lists, a few MB
def _targets(first: str, length: int, min_population: int) -> list[str]:
    """The names a key of `length` chars is compared with; kept, since a document asks for the same ones again."""
    return [n for delta in (-1, 0, 1) for n in gazetteer().fuzzy_targets(first, length + delta, 1, min_population)]


@lru_cache(maxsize=100_000)
def _closest(key: str, cutoff: float, min_population: int) -> str | None:
    """The own or alias name within `cutoff` of `key`, by plain edit-distance ratio."""
    names = _targets(key[0], len(key), min_population)
    best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=cutoff)
    return best[0] if best else None


def _fuzzy(tokens: Tokens, covered: set[int], named: set[str], rules: Matching) -> list[tuple[Span, str]]:
    """Capitalised one- or two-word spans that matched nothing, close to a name ("Semersooq" -> Sermersooq)."""
    found: list[tuple[Span, str]] = []
    blocked, norms = blocked_in(rules.region_names), tokens.norms
    open_ = [capital and i not in covered for i, capital in enumerate(tokens.capital_words)]
    i = 0
    while i < len(open_):
        if open_[i]:
            for width in (2, 1):
                if width == 2 and not (i + 1 < len(open_) and open_[i + 1]):
                    continue
                key = " ".join(norms[i : i + width])
                if len(key) < rules.fuzzy_min_chars or key in blocked or key in named:
                    continue
                name = _closest(key, rules.fuzzy_cutoff, rules.fuzzy_min_population)
                if name:
                    found.append((tokens.doc[i : i + width], name))
                    covered.update(range(i, i + width))
                    i += width - 1
                    break
        i += 1
    return found


def find_mentions(
    tokens: Tokens, home: str | None, following_words: frozenset[str], rules: Matching, describers: Patterns = ()
) -> list[Mention]:
    """City mentions in document order; `home` (the issuer's country) breaks ties between homonyms;
    a name followed by one of `following_words` (street, region) is part of another name; one after a
    capitalised word of `describers` ('Duitse') is no person's name."""
    gaz, text = gazetteer(), tokens.text
    exact, named = _exact(tokens, rules)
    covered = {t.i for s, _, _ in exact for t in s}
    pairs = [
        Mention(start, start + len(surface), surface, city, stated_country(text, start + len(surface)))
        for start, surface, _, city in _pairs(tokens, covered, named, rules)
    ]
    covered |= {tokens.doc.char_span(m.start, m.end, alignment_mode="expand").start for m in pairs}
    after = [fold(s.doc[s.end].text) for s, _, _ in exact if s.end < len(s.doc)]
    words = gaz.common_words([key for s, key, _ in exact if len(s) == 1] + after)
    found: list[tuple[Span, str, tuple[Entry, ...] | None]] = [*exact]
    found += [(s, name, None) for s, name in _fuzzy(tokens, covered, named, rules)]
    mentions: list[Mention] = []
    for span, key, entries in sorted(found, key=lambda c: c[0].start):
        if _looks_like_person(span, covered, describers):
            continue
        if _is_part_of_other_name(span, text, following_words, covered, words) or _FIELD_VALUE.match(
            text, span.end_char
        ):
            continue
        start, end, surface = _surface(text, span)
        stated = stated_country(text, end)
        if entries is None:
            entries = tuple(e for e in gaz.entries([key]).get(key, ()) if plausible(e, rules))
        entries = tuple(e for e in entries if not _folded_away(surface, e, rules))
        city = gaz.choose(key, _own_names_first(entries, rules), stated, home)
        if city is not None and stated and city.country == home != stated:
            city = City(0, 0, surface, stated, None, None, 0, "listed")  # 'Vardö | Finland': a namesake abroad
        if city is not None and not (fold(city.name) != key and headed(span, covered, key, words, describers)):
            common = (
                key in stop_word_towns()
                or (len(span) == 1 and key in words and city.population < rules.common_word_min_population)
                or _opening_alternate(text, start, entries)
            )
            mentions.append(Mention(start, end, surface, city, stated, common))
    listed = _listed_places(text, [*mentions, *pairs])
    return _merge_pairs(text, sorted(mentions + pairs + listed, key=lambda m: m.start))


def _listed_places(text: str, known: list[Mention]) -> list[Mention]:
    """Places too small for the city set, named at the start of a list line or table row with their country
    ('Arsuk, Grønland', 'Eidi | Færøerne'): the line's shape and the country make the name a place; a cue
    (a partner heading) must still decide it. Names the gazetteer or the dictionaries know are left to them."""
    taken = [(m.start, m.end) for m in known]
    candidates = []
    for match in _LINE_NAME.finditer(text):
        start, end = match.span(1)
        surface = match.group(1).rstrip(".")
        code = stated_country(text, start + len(surface))
        if code and not any(a < end and start < b for a, b in taken) and country_code(surface) is None:
            candidates.append((start, surface, code, fold(surface)))
    keys = [key for *_, key in candidates]
    words = {word for key in keys for word in key.split()}
    known = set(gazetteer().entries(keys)) | gazetteer().common_words([*keys, *words]) | blocked_names()
    prefixes = _name_prefixes()
    return [
        Mention(start, start + len(surface), surface, City(0, 0, surface, code, None, None, 0, "listed"), code)
        for start, surface, code, key in candidates
        # 'Hans Jensen, Danmark': a person, 'hans' is a word; 'Bad Hindelang, Tyskland': 'bad' opens town names
        if not known & ({key, *key.split()} - (prefixes if " " in key else set()))
    ]


@cache
def _name_prefixes() -> frozenset[str]:
    return gazetteer().name_prefixes(NAME_PREFIX_MIN_TOWNS)


def _folded_away(surface: str, entry: Entry, rules: Matching) -> bool:
    """'Røde' (Kors) is no English 'Rode': a Nordic letter folded away names a town of a Nordic country or an exonym."""
    nordic = set(surface.lower()) & set(rules.nordic_letters)
    return bool(nordic) and entry.kind != ALIAS and entry.city.country not in rules.nordic_countries


def _own_names_first(entries: tuple[Entry, ...], rules: Matching) -> tuple[Entry, ...]:
    """A large city's own name beats a small town's alternate name, wherever the issuer is ('Caïro' is Cairo,
    not a village in Italy that GeoNames also calls Cairo)."""
    big = rules.alternate_min_population
    if not any(e.kind == PRIMARY and e.city.population >= big for e in entries):
        return entries
    return tuple(e for e in entries if e.kind != ALTERNATE or e.city.population >= big)


def _opening_alternate(text: str, start: int, entries: tuple[Entry, ...]) -> bool:
    """A word opening a sentence that is only another name of a city ('Desse er norske nabokommunar': a
    Nynorsk pronoun GeoNames also lists for Dessie): its capital says nothing, so it names a place only
    where the text lists it as one, like an everyday word."""
    at = start - 1
    while at >= 0 and text[at] in " \t":  # look back over the spaces only, not a copy of the text before
        at -= 1
    opening = at < 0 or text[at] in "\n.!?:"
    return opening and bool(entries) and all(e.kind == ALTERNATE for e in entries)


def _merge_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Tampere / Tammerfors' and 'Lohja (Lojo)' are one mention of one city."""
    merged: list[Mention] = []
    for mention in mentions:
        prev = merged[-1] if merged else None
        if prev is None or prev.city != mention.city:
            merged.append(mention)
            continue
        between = text[prev.end : mention.start]
        bracketed = bool(_BRACKET_OPEN.match(between)) and text[mention.end : mention.end + 1] == ")"
        if _PAIR_SEPARATOR.match(between) or bracketed:
            end = mention.end + 1 if bracketed else mention.end  # 'Lohja (Lojo)': the other name in brackets
            prev.end, prev.surface = end, text[prev.start : end]
            # 'Kamerijk (Cambrai), Frankrijk': the country after the brackets is stated for the one town
            prev.stated_country = prev.stated_country or mention.stated_country or stated_country(text, end)
            continue
        merged.append(mention)
    return merged
