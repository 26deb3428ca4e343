"""A document's tokens as the city matcher reads them: folded norms, spacing, capitalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy
from spacy.attrs import IS_ALPHA, ORTH, SPACY
from spacy.tokens import Doc

from pipeline.gazetteers.names import fold

TRAILING_MARKS = re.compile(r"[\W\d¹²³⁰-⁹_]+$")
_INNER_MARKS = re.compile(r"[-'’.]")  # 'Saint-Raphaël', "L'Aquila", 'St.' are words


@dataclass
class Tokens:
    """A document's spaCy tokens, with what matching reads as plain lists (no Token object per read)."""

    doc: Doc
    text: str
    norms: list[str]  # folded form of each token, trailing marks ('¹', ',') dropped
    spaces: list[bool]
    capital_words: list[bool]  # a capitalised word (trailing marks aside)


def read_tokens(doc: Doc, text: str) -> Tokens:
    """What matching reads off the document's shared Doc (`Document.tokens`) over `text`: the city matcher
    needs no tokenizer setting of its own, so it tokenises nothing again (nor rebuilds the text from tokens)."""
    strings = doc.vocab.strings
    if not len(doc):
        return Tokens(doc, text, [], [], [])
    rows = doc.to_array([ORTH, SPACY, IS_ALPHA])
    # each distinct word read once: a document repeats its words, and a token's alpha flag is its word's
    orths, first, inverse = numpy.unique(rows[:, 0], return_index=True, return_inverse=True)
    norms_of, capitals_of = [], []
    for orth, alpha in zip(orths.tolist(), rows[first, 2].tolist(), strict=True):
        word = strings[orth]
        bare = TRAILING_MARKS.sub("", word) or word
        letters = _INNER_MARKS.sub("", bare)
        norms_of.append(fold(bare) or word)
        capitals_of.append(word[:1].isupper() and (bool(alpha) or letters.isalpha()))
    at = inverse.tolist()
    spaces = rows[:, 1].astype(bool).tolist()
    return Tokens(doc, text, [norms_of[i] for i in at], spaces, [capitals_of[i] for i in at])
