"""A document's tokens as the city matcher reads them: folded norms, spacing, capitalisation."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    rows = doc.to_array([ORTH, SPACY, IS_ALPHA]).tolist() if len(doc) else []
    folded: dict[str, tuple[str, bool]] = {}
    norms, spaces, capital_words = [], [], []
    for orth, space, alpha in rows:
        word = strings[orth]
        if word not in folded:
            bare = TRAILING_MARKS.sub("", word) or word
            letters = _INNER_MARKS.sub("", bare)
            folded[word] = (fold(bare) or word, word[:1].isupper() and (bool(alpha) or letters.isalpha()))
        norm, capital = folded[word]
        norms.append(norm)
        spaces.append(bool(space))
        capital_words.append(capital)
    return Tokens(doc, text, norms, spaces, capital_words)
