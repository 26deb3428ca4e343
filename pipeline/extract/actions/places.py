"""A title that is a place alone ("Lahti", "Tartu, Estland") names a partner town or a location, not
an action: a twin-town page with a status per town ("Borås, Sverige – aktiv") is no tracker."""

from __future__ import annotations

from pipeline.gazetteers.cities import ALIAS, PRIMARY, country_code, fold, gazetteer
from pipeline.text import structure

MAX_PLACE_WORDS = 3  # "Frankfurt am Main", "Kommuneqarfik Sermersooq"
MIN_LONE_POPULATION = 15_000  # a name alone is a town only when a town of some size bears it (not "Skatepark")


def is_place(title: str) -> bool:
    """The title is a city of the gazetteer with its country ("Borås, Zweden"), or alone when it is a
    town of some size whose name is no everyday word."""
    name, _, country = (part.strip(" .") for part in title.partition(","))
    code = country_code(country) if country else None
    if not name or len(structure.words(name)) > MAX_PLACE_WORDS or (country and code is None):
        return False
    gaz = gazetteer()
    key = fold(name)
    own = [e for e in gaz.entries([key]).get(key, ()) if e.kind in (PRIMARY, ALIAS)]  # not a GeoNames alternate
    city = gaz.choose(key, own, code, None)
    if city is None or (code and city.country != code):
        return False
    return bool(code) or (city.population >= MIN_LONE_POPULATION and not gaz.common_words([key]))
