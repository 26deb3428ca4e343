"""votes extractor: see extractor.py."""

from pipeline.extract.votes.extractor import extract

__all__ = ["extract"]
