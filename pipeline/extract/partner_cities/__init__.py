"""partner_cities extractor: see extractor.py."""

from pipeline.extract.partner_cities.extractor import extract

__all__ = ["extract"]
