"""networks extractor: see extractor.py."""

from pipeline.extract.networks.extractor import extract

__all__ = ["extract"]
