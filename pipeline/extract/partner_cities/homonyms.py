"""A town sharing its name with towns elsewhere lies in the country its sentence names.

'de stedenband met San Carlos ... door tegenwerking vanuit de overheid van Nicaragua': the gazetteer's largest San
Carlos is Venezuelan, the sentence says Nicaragua. Only a name the text gives no country right after, whose own
country the sentence does not name, moved to another continent's country (a Bergen in Germany is no reading of
'Bergen ... turister fra Tyskland'), where the gazetteer has a plausible town of that name and some size.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.mentions import Mention, plausible
from pipeline.extract.partner_cities.nearby import Area, distance_beyond
from pipeline.extract.partner_cities.schema import Matching
from pipeline.gazetteers.cities import City, continent, gazetteer
from pipeline.gazetteers.names import country_code, fold

DESCRIBED_WORDS = 3  # 'de Duitse stad Essen': the nationality word within three words before the name
DESCRIBED_CHARS = 40
SENTENCE = re.compile(r"[^.!?\n]*")  # the stretch of text up to a sentence's end or a line break
_WORD = re.compile(r"[A-ZÆØÅÄÖÜ][\w-]+")


def _sentence(text: str, mention: Mention) -> str:
    start = max(text.rfind(".", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    return text[start : mention.end] + SENTENCE.match(text, mention.end).group()


def _country(word: str) -> str | None:
    """A country name, also in the genitive ('Nicaraguas regering')."""
    return country_code(word) or (country_code(word[:-1]) if word.endswith("s") else None)


def place_by_sentence_country(text: str, mentions: list[Mention], home: str | None, rules: Matching) -> None:
    """Move a mention to the homonym in a foreign country its sentence names, when its own country is not named."""
    for mention in mentions:
        if mention.stated_country or mention.city.source != "geonames":
            continue
        named = {code for w in _WORD.findall(_sentence(text, mention)) if (code := _country(w))}
        own = continent(mention.city.country)
        named = {code for code in named - {home} if continent(code) != own}
        if not named:
            continue
        key = fold(mention.surface)
        others = [
            e.city
            for e in gazetteer().entries([key]).get(key, ())
            if e.city.country in named
            and e.city.population >= rules.homonym_min_population
            and plausible(e, rules, e.city.country)
        ]
        if len({c.country for c in others}) == 1:
            mention.city = max(others, key=lambda c: c.population)


def place_by_nationality(text: str, mentions: list[Mention], lex: Lexicon, rules: Matching) -> None:
    """Move a mention to its namesake in the country a nationality adjective right before it names ('de Belgische
    gemeente Essen', 'den tyske by Lund', 'het Duitse Bergen'): the adjective, then at most a town noun."""
    for mention in mentions:
        if mention.stated_country or mention.city.source != "geonames":
            continue
        code = _nationality(text, mention.start, lex)
        if code is None or code == mention.city.country:
            continue
        key = fold(mention.surface)
        there = [
            e.city
            for e in gazetteer().entries([key]).get(key, ())
            if e.city.country == code and plausible(e, rules, code)
        ]
        if there:
            mention.city = max(there, key=lambda c: c.population)


def _nationality(text: str, start: int, lex: Lexicon) -> str | None:
    """The country of a nationality adjective right before the name on its line, or one word before a town noun
    ('buurgemeente', 'by', 'kommune'): 'de Zweedse en Finse partners Lund' names no country for Lund."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - DESCRIBED_CHARS) : start].lower()
    words = re.findall(r"[^\W\d_]+", line)[-2:]
    if len(words) == 2 and _is_town_noun(words[1], lex):
        words = words[:1]
    word = words[-1] if words else ""
    return next((code for pattern, code in lex.nationalities if pattern.fullmatch(word)), None)


def _is_town_noun(word: str, lex: Lexicon) -> bool:
    """A town noun, its compound ('buurgemeente') or its indefinite form ('by' of 'byen', 'kommune')."""
    return bool(_town_noun(lex.town_nouns).fullmatch(word)) or any(
        n.startswith(word) for n in lex.town_nouns if len(word) > 1
    )


def place_next_door(
    text: str, mentions: list[Mention], area: Area | None, lex: Lexicon, near: tuple[float, float], rules: Matching
) -> None:
    """Move a mention to the namesake next door: 'samen met Zwalm en Brakel' in Zottegem's text, 'buurgemeente Essen'
    in Roosendaal's are the Flemish towns beside the issuer, not the larger German ones. Only a name the text gives no
    country right after nor describes ('de Duitse stad Essen'), when one of its plausible namesakes lies within the
    issuer's reach (`near`: own-town km, margin km; a neighbour in any country) and the town chosen does not."""
    if area is None:
        return
    own_km, margin_km = near
    keys: dict[str, list[City]] = {}
    for mention in mentions:
        if mention.stated_country or mention.city.source != "geonames" or _described(text, mention.start, lex):
            continue
        if _near(area, mention.city, own_km, margin_km):
            continue
        key = fold(mention.surface)
        if key not in keys:
            entries = gazetteer().entries([key]).get(key, ())
            keys[key] = [e.city for e in entries if plausible(e, rules) and _near(area, e.city, own_km, margin_km)]
        if keys[key]:
            mention.city = min(keys[key], key=lambda c: distance_beyond(area, c, own_km) or 0.0)


def _described(text: str, start: int, lex: Lexicon) -> bool:
    """A nationality word among the few words before the name on its line ('het Duitse Essen', 'den tyske by Essen'):
    the text says which country's town it is; a town noun ('buurgemeente', 'byen') says nothing of the country."""
    line = text[max(text.rfind("\n", 0, start) + 1, start - DESCRIBED_CHARS) : start].lower()
    words = re.findall(r"[^\W\d_]+", line)[-DESCRIBED_WORDS:]
    return any(
        any(p.fullmatch(w) for p in lex.describers) and not _town_noun(lex.town_nouns).fullmatch(w) for w in words
    )


@cache
def _town_noun(nouns: frozenset[str]) -> re.Pattern:
    """A word holding a town noun ('buurgemeente', 'grensstad', 'nabobyen'); none without town nouns."""
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"\w*(?:{'|'.join(sorted(map(re.escape, nouns)))})\w*")


def _near(area: Area, city: City, own_km: float, margin_km: float) -> bool:
    beyond = distance_beyond(area, city, own_km)
    return beyond is not None and beyond <= margin_km
