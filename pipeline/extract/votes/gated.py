"""The votes rules' name for `pipeline.text.gated`, where text structure and every extractor read it."""

from pipeline.text.gated import Gated, gated, one_line

__all__ = ["Gated", "gated", "one_line"]
