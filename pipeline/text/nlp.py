"""Blank spaCy pipelines per language, built once per process (no model downloads)."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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


def parse(text: str, language: str) -> Doc:
    """Tokens and sentences of a whole text: the tokenizer and each pipe called directly, since
    `nlp(text)` refuses texts longer than `nlp.max_length` and the tokenizer itself has no limit."""
    nlp = blank(language)
    doc = nlp.tokenizer(text)
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc
