"""focus_areas extractor: see extractor.py."""

from pipeline.extract.focus_areas.extractor import extract

__all__ = ["extract"]
