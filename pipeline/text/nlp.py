"""Blank spaCy pipelines per language, built once per process (no model downloads)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import numpy
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_URL, NORM, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

# A hyphen or apostrophe joining two word parts ("Horisont 2020-prosjektet", "Copenhagen's", "Erasmus+-projekt").
_COMPOUND_JOINT = re.compile(r"(?<=[\w+])[-‐‑'’](?=\w)")

# spaCy has no Nynorsk tokenizer; Bokmål's rules tokenize it well.
_SPACY_LANG = {"da": "da", "nb": "nb", "nn": "nb", "nl": "nl"}

# Where a text may be cut into pieces that tokenise as they would in the whole text: after a line break that ends its
# run of whitespace, so the line-break token stays whole and no special case (never spanning a line-break token) is cut.
_LINE_CUT = re.compile(r"(?<=\n)(?=\S)")


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
    doc = _tokenize_lines(nlp, text)
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, Sentencizer) and not pipe.overwrite:
            _sentencize(doc, pipe.punct_chars)
        else:
            doc = pipe(doc)
    return doc


def _sentencize(doc: Doc, punct_chars: set[str]) -> None:
    """spaCy's Sentencizer rule, read over token arrays instead of one Token object per token (~1 s over the bench's
    40 PDFs): a sentence opens at the first token after a stop mark ("." in `punct_chars`) that is neither
    punctuation nor a mark, i.e. at a plain token with a mark since the plain token before it. The same
    `sent_start` values the pipe sets on a fresh Doc (1 at an opening, -1 elsewhere)."""
    if not len(doc):
        return
    words, _, at = distinct_words(doc)
    marks = numpy.array([word in punct_chars for word in words], dtype=bool)[numpy.asarray(at, dtype=numpy.intp)]
    plain = numpy.flatnonzero(~(doc.to_array(IS_PUNCT).astype(bool) | marks))
    seen = numpy.concatenate(([0], numpy.cumsum(marks)))  # marks before each token
    since = numpy.concatenate(([0], plain[:-1] + 1))  # the token after the plain token before each plain token
    tags = numpy.full(len(doc), -1, dtype=numpy.int64)
    tags[plain[seen[plain] > seen[since]]] = 1
    tags[0] = 1
    doc.from_array([SENT_START], tags.astype(numpy.uint64).reshape(-1, 1))


def _tokenize_lines(nlp: Language, text: str) -> Doc:
    """The tokenizer's Doc of `text`, tokenised line by line: spaCy stops caching a text's words after the first
    special case it meets in it ("bl.a.", "nr."), so a whole document is tokenised almost without its cache
    (3.3 against 1.2 s of CPU over the bench's 40 PDFs, each tokenised in a fresh worker). The lines' tokens are
    the whole text's (same words, spaces, norms of special cases). A document repeats lines (running headers, page
    numbers, form labels: 3,445 distinct of the bench's 13,415), and a line tokenises alike wherever it stands: each
    distinct line is tokenised once (1.05 against 0.48 s over the bench's 40 PDFs)."""
    lines = _LINE_CUT.split(text)
    if len(lines) == 1:
        return nlp.tokenizer(text)
    tables: dict[str, numpy.ndarray] = {}
    for line in lines:
        if line not in tables:
            tables[line] = nlp.tokenizer(line).to_array([ORTH, SPACY, NORM])
    table = numpy.concatenate([tables[line] for line in lines])
    strings = nlp.vocab.strings
    words = [strings[orth] for orth in table[:, 0].tolist()]
    doc = Doc(nlp.vocab, words=words, spaces=table[:, 1].astype(bool).tolist())
    doc.from_array([NORM], table[:, 2:])
    return doc


class DistinctWords(NamedTuple):
    """A Doc's distinct words, each once: a document repeats its words, so what depends on a word alone is
    worked out once per word (`words`), then read per token through `at`."""

    words: list[str]
    first: list[int]  # per word, its first token (where a token attribute of the word is read)
    at: list[int]  # per token, the index of its word


def distinct_words(doc: Doc) -> DistinctWords:
    """The Doc's distinct words, read once per Doc and kept in its user_data (no Token object per token)."""
    found = doc.user_data.get("distinct_words")
    if found is None:
        if len(doc):
            orths, first, at = numpy.unique(doc.to_array(ORTH), return_index=True, return_inverse=True)
            found = DistinctWords([doc.vocab.strings[orth] for orth in orths.tolist()], first.tolist(), at.tolist())
        else:
            found = DistinctWords([], [], [])
        doc.user_data["distinct_words"] = found
    return found


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once per Doc and kept in its user_data: reading `token.text` makes a Token object
    per token per read."""
    texts = doc.user_data.get("token_texts")
    if texts is None:
        words, _, at = distinct_words(doc)
        texts = doc.user_data["token_texts"] = [words[i] for i in at]
    return texts


def doc_text(doc: Doc) -> str:
    """The Doc's text, read once and kept in its user_data: `Doc.text` joins a Token object per token per read."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def compound_parts(doc: Doc) -> Doc:
    """`doc` with hyphen and apostrophe compounds split into their parts and whitespace read as
    spaces, so a gazetteer alias is a token sequence inside "Interreg-prosjektet" or across a line
    break. Derived from the shared tokens, not tokenised again; the text keeps its length, so
    character offsets into the document hold. URLs stay whole. What a token becomes depends on its
    word alone, so it is worked out once per distinct word and no Token object is made per token."""
    distinct, first, at = distinct_words(doc)
    flags = doc.to_array([IS_SPACE, LIKE_URL])[first].tolist() if len(doc) else []
    gaps: list[str | None] = []  # per word: a whitespace token's text with line breaks read as spaces
    pieces: list[list[str]] = []  # per word: its parts
    for word, (is_space, like_url) in zip(distinct, flags, strict=True):
        gaps.append(word.replace("\n", " ").replace("\r", " ") if is_space else None)
        pieces.append([word] if is_space or like_url else _split_compound(word))
    words: list[str] = []
    spaces: list[bool] = []
    for index, space in zip(at, doc.to_array(SPACY).astype(bool).tolist(), strict=True):
        gap = gaps[index]
        if gap is not None:
            if words and not spaces[-1] and gap.startswith(" "):
                spaces[-1], gap = True, gap[1:]  # one space after a word is that word's trailing space
            if gap:
                words.append(gap)
                spaces.append(space)
            continue
        parts = pieces[index]
        words.extend(parts)
        if len(parts) > 1:
            spaces.extend([False] * (len(parts) - 1))
        spaces.append(space)
    parts_doc = Doc(doc.vocab, words=words, spaces=spaces)
    text = "".join(word + " " if space else word for word, space in zip(words, spaces, strict=True))
    parts_doc.user_data["text"] = text  # what Doc.text would join, token by token
    return parts_doc


def _split_compound(text: str) -> list[str]:
    """ "2020-prosjektet" -> ["2020", "-", "prosjektet"]; a word without joints stays whole."""
    parts, start = [], 0
    for joint in _COMPOUND_JOINT.finditer(text):
        parts += [text[start : joint.start()], joint.group()]
        start = joint.end()
    return [*parts, text[start:]]
