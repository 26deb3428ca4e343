"""A title that is a place alone ("Lahti", "Tartu, Estland") names a partner town or a location, not
an action: a twin-town page with a status per town ("Borås, Sverige – aktiv") is no tracker."""

from __future__ import annotations

from pipeline.gazetteers.cities import ALIAS, PRIMARY, country_code, fold, gazetteer
from pipeline.text import structure
from pipeline.text.structure import Line, Span

MAX_PLACE_WORDS = 3  # "Frankfurt am Main", "Kommuneqarfik Sermersooq"
MIN_LONE_POPULATION = 15_000  # a name alone is a town only when a town of some size bears it (not "Skatepark")
MIN_LISTED_POPULATION = 2_000  # a name joined to such a town is one too ("Lerwick og Härnösand")


def names_places(title: Span, conjunctions: tuple[str, ...]) -> bool:
    """The title is a place, or towns joined in an enumeration ("Lerwick og Härnösand"), one of them
    of some size: a heading over what the page tells about its partner towns."""
    if is_place(title.text):
        return True
    parts = structure.split_enumeration(title, conjunctions)
    return (
        len(parts) > 1
        and any(is_place(part.text) for part in parts)
        and all(is_place(part.text, MIN_LISTED_POPULATION) for part in parts)
    )


def towns_with_countries(lines: list[Line]) -> frozenset[str]:
    """The names a row of the document gives with their country in the next cell ("Kitzbühel | Østerrike |
    1994 | Vennskapsby"): the page's partner towns, however small, so a heading or row naming one alone
    ("Kitzbühel" over what became of that twinning) is no action."""
    out = set()
    for line in lines:
        row = structure.table_cells(line)
        if len(row) >= 2 and row[0].text and is_place(f"{row[0].text}, {row[1].text}"):
            out.add(fold(row[0].text))
    return frozenset(out)


def listed_town(title: Span, towns: frozenset[str]) -> bool:
    """The title is one of `towns` (`towns_with_countries`)."""
    return fold(title.text) in towns


def is_place(title: str, min_population: int = MIN_LONE_POPULATION) -> bool:
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
    return bool(code) or (city.population >= min_population and not gaz.common_words([key]))
