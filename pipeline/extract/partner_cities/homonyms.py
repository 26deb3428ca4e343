"""A town sharing its name with towns elsewhere lies in the country its sentence names.

'de stedenband met San Carlos ... door tegenwerking vanuit de overheid van Nicaragua': the gazetteer's largest San
Carlos is Venezuelan, the sentence says Nicaragua. Only a name the text gives no country right after, whose own
country the sentence does not name, moved to another continent's country (a Bergen in Germany is no reading of
'Bergen ... turister fra Tyskland'), where the gazetteer has a plausible town of that name and some size.
"""

from __future__ import annotations

import re

from pipeline.extract.partner_cities.mentions import Mention, plausible
from pipeline.extract.partner_cities.schema import Matching
from pipeline.gazetteers.cities import continent, gazetteer
from pipeline.gazetteers.names import country_code, fold

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
