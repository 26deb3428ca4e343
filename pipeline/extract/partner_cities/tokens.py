"""A document's tokens as the city matcher reads them: folded norms, spacing, capitalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IS_ALPHA, SPACY
from spacy.tokens import Doc

from pipeline.gazetteers.names import fold
from pipeline.text.nlp import distinct_words

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
    if not len(doc):
        return Tokens(doc, text, [], [], [])
    words = distinct_words(doc)
    flags = doc.to_array([SPACY, IS_ALPHA])
    norms_of, capitals_of = [], []
    alphas = flags[words.first, 1].tolist()  # a token's alpha flag is its word's
    for word, alpha in zip(words.words, alphas, strict=True):
        bare = TRAILING_MARKS.sub("", word) or word
        letters = _INNER_MARKS.sub("", bare)
        norms_of.append(fold(bare) or word)
        capitals_of.append(word[:1].isupper() and (bool(alpha) or letters.isalpha()))
    spaces = flags[:, 0].astype(bool).tolist()
    return Tokens(doc, text, [norms_of[i] for i in words.at], spaces, [capitals_of[i] for i in words.at])
