"""partner_cities extractor: see extractor.py."""

from pipeline.extract.partner_cities.extractor import extract
from pipeline.extract.partner_cities.lexicon import settings
from pipeline.gazetteers.cities import gazetteer
from pipeline.gazetteers.names import region_names
from pipeline.rules import LANGUAGE_FILES, has_language

__all__ = ["extract", "warm_up"]


def warm_up() -> None:
    """Read what only some documents' words reach: every language's fuzzy name windows and the region names.

    Read once in the forkserver (pipeline.ingest.warm), they are in memory in every forked child; read on
    demand, each child queried the index for its windows and parsed pycountry's subdivisions again.
    """
    for language in LANGUAGE_FILES:
        if has_language("partner_cities", language):
            gazetteer().fuzzy_windows(settings(language).matching.fuzzy_min_population)
    region_names()
