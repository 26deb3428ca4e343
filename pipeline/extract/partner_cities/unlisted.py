"""Towns too small for the city set, named in running text by a relation cue with their country.

'een memorandum of understanding met de stad Huye in Rwanda', 'stedenband met Huye (Rwanda)', 'vennskapsavtale med
byen Kisoro i Uganda': the cue says a town follows, the country says where it lies. A twin cue names a town by itself;
any other relation needs a town noun before the name ('de stad', 'byen', 'kommunen'), since an agreement may be with a
company or an institution. Names the gazetteer or the dictionaries know are left to the city matcher.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.partner_cities.blocked import blocked_names
from pipeline.extract.partner_cities.lexicon import Lexicon
from pipeline.extract.partner_cities.mentions import Mention
from pipeline.extract.partner_cities.spans import Cover
from pipeline.extract.partner_cities.stated import stated_country
from pipeline.gazetteers.cities import City, country_code, gazetteer
from pipeline.gazetteers.names import fold
from pipeline.text.gated import gated

# after the cue: an optional preposition and town noun, then one or two capitalised words
_NAME = re.compile(
    r"^[ \t]+(?P<lead>(?:[a-zæøåäöüé]+[ \t]+){0,3}?)(?P<name>[A-ZÆØÅÄÖÜ][\w'’-]+(?: [A-ZÆØÅÄÖÜ][\w'’-]+)?)"
)
_COUNTRY = re.compile(r"\s*(?:\([^)\n]{1,80}\)|,\s*[\w-]+|\s+(?:i|in|en)\s+[\w-]+)")  # '(Rwanda)', ' in Rwanda'
_MUNICIPALITY_WORD = re.compile(r"[ \t]+(\w+)")  # the word after a name: 'kommun' in 'Härjedalens kommun'
_NEXT = re.compile(r"^\s*(?:,|\bog\b|\ben\b|\band\b|\bsamt\b)\s+(?:(?:med|met|with|i|in)\s+)?")  # ', og med Y (Land)'


def _municipality_name(name: str, rest: str, lexicon: Lexicon) -> tuple[str, str]:
    """A name written with a country's own municipality word ('Härjedalens kommun', 'Malung-Sälen kommun'): the
    name (a Swedish genitive 's' dropped) and the word, which names a municipality and its country; else (name, '')."""
    m = _MUNICIPALITY_WORD.match(rest)
    word = m.group(1).lower() if m else ""
    if word not in lexicon.municipality_countries:
        return name, ""
    return (name[:-1] if name.endswith("s") and len(name) > 4 else name), word


def _candidates(text: str, lexicon: Lexicon, home: str | None) -> list[tuple[int, str, str]]:
    """(start, surface, country) of names a cue governs and that carry a foreign country."""
    out = []
    for cue in lexicon.relation_cues(text):
        at = cue.end
        while m := _NAME.match(text[at : at + 80]):
            lead = m.group("lead").split()
            if any(w not in lexicon.prepositions | lexicon.town_nouns | lexicon.lead_words for w in lead):
                break
            start = at + m.start("name")
            surface, word = _municipality_name(m.group("name"), text[start + len(m.group("name")) :], lexicon)
            if cue.relation != "twin" and not set(lead) & lexicon.town_nouns and not word:
                break
            code = stated_country(text, start + len(surface)) or lexicon.municipality_countries.get(word)
            if not code or code == home:
                break
            out.append((start, surface, code))
            tail = _COUNTRY.match(text[start + len(surface) :])
            at = start + len(surface) + (tail.end() if tail else 0)
            following = _NEXT.match(text[at:])
            if not following:
                break
            at += following.end() - 1
    return out


@cache
def _written_municipality(words: tuple[str, ...]) -> re.Pattern:
    """A capitalised name (or two: 'Malung-Sälen', 'Lilla Edets') right before one of a country's municipality words."""
    alternatives = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(
        rf"(?<![\w'’-])(?P<name>[A-ZÆØÅÄÖÜ][\w'’]+(?:[- ][A-ZÆØÅÄÖÜ][\w'’]+)?)[ \t]+(?i:{alternatives})\b"
    )


def _named_municipalities(text: str, lexicon: Lexicon, home: str | None) -> list[tuple[int, str, str]]:
    """(start, surface, country) of names written with a foreign country's own municipality word anywhere ('der
    Malung-Sälen kommun er prosjektpartner', 'Vilhelmina kommun'): the word names a municipality of that country;
    a cue must still decide it."""
    out = []
    # read only on the lines holding a municipality word (text.gated): the same matches, no scan of every capital
    for m in gated(_written_municipality(tuple(lexicon.municipality_countries))).finditer(text):
        surface, word = _municipality_name(m.group("name"), text[m.end("name") :], lexicon)
        code = lexicon.municipality_countries.get(word)
        if code and code != home:
            out.append((m.start("name"), surface, code))
    return out


def _holds_parts(known: list[Mention], start: int, surface: str) -> bool:
    """Every known mention overlapping the name lies inside it and reads another place off it: the district 'Sälen'
    read off 'Malung-Sälen kommun'."""
    end = start + len(surface)
    overlapping = [m for m in known if m.start < end and m.end > start]
    return all(start <= m.start and m.end <= end and fold(m.city.name) != fold(surface) for m in overlapping)


def governed_places(text: str, lexicon: Lexicon, home: str | None, known: list[Mention]) -> list[Mention]:
    """Mentions of unknown towns a relation cue names with their foreign country, or written with a foreign
    municipality word, none overlapping `known`."""
    taken = Cover((m.start, m.end) for m in known)
    written = _named_municipalities(text, lexicon, home)
    found = [
        (start, surface, code)
        for start, surface, code in dict.fromkeys(_candidates(text, lexicon, home) + written)
        if country_code(surface) is None
        and (
            not taken.overlaps(start, start + len(surface))
            or ((start, surface, code) in written and _holds_parts(known, start, surface))
        )
    ]
    keys = [fold(surface) for _, surface, _ in found]
    words = {word for key in keys for word in key.split()}
    dictionary = set(gazetteer().entries(keys)) | gazetteer().common_words([*keys, *words]) | blocked_names()
    return [
        Mention(start, start + len(surface), surface, City(0, 0, surface, code, None, None, 0, "listed"), code)
        for (start, surface, code), key in zip(found, keys, strict=True)
        if not dictionary & {key, *key.split()}
    ]
