"""actions extractor: see extractor.py."""

from pipeline.extract.actions.extractor import extract

__all__ = ["extract"]
