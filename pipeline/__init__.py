"""Municipal international-activity pipeline: pull, parse, detect language, extract, consolidate."""

__version__ = "0.1.0"
