"""Blank spaCy pipelines per language, built once per process (no model downloads)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

# spaCy has no Nynorsk tokenizer; Bokmål's rules tokenize it well.
_SPACY_LANG = {"da": "da", "nb": "nb", "nn": "nb", "nl": "nl"}


def spacy_lang(language: str) -> str:
    return _SPACY_LANG.get(language, "xx")


@cache
def blank(language: str) -> Language:
    """A tokenizer-plus-sentencizer pipeline for `language` (da, nb, nn, nl, others → xx)."""
    nlp = spacy.blank(spacy_lang(language))
    nlp.add_pipe("sentencizer")
    return nlp
