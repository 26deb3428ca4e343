"""Blank spaCy pipelines per language, built once per process (no model downloads)."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, LIKE_URL, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

# A hyphen or apostrophe joining two word parts ("Horisont 2020-prosjektet", "Copenhagen's", "Erasmus+-projekt").
_COMPOUND_JOINT = re.compile(r"(?<=[\w+])[-‐‑'’](?=\w)")

# spaCy has no Nynorsk tokenizer; Bokmål's rules tokenize it well.
_SPACY_LANG = {"da": "da", "nb": "nb", "nn": "nb", "nl": "nl"}
_TEXT, _TABLE = "pipeline.text", "pipeline.token_table"  # Doc.user_data keys of what is cached per Doc


class TokenTable(NamedTuple):
    """Per-token columns of a Doc, index i for token i."""

    texts: list[str]
    starts: list[int]  # char offset (Token.idx)
    spaces: list[bool]  # a space follows (Token.whitespace_)
    alpha: list[bool]
    space: list[bool]  # the token is whitespace (Token.is_space)
    url: list[bool]


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
    doc.user_data[_TEXT] = text  # the tokenizer is lossless: doc.text == text
    return doc


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per Doc: the property rebuilds it from every token on each call."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def token_table(doc: Doc) -> TokenTable:
    """Every token's text, offset and flags, read off the Doc's arrays once and cached on the Doc.

    Iterating a Doc or indexing it makes a Python Token object per token, which on long documents cost
    more than tokenising; matchers that look at every token read these lists instead.
    """
    table = doc.user_data.get(_TABLE)
    if table is None:
        rows = doc.to_array([ORTH, IDX, SPACY, IS_ALPHA, IS_SPACE, LIKE_URL]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        columns = list(zip(*rows, strict=True)) or [(), (), (), (), (), ()]
        orths, starts, spaces, alpha, space, url = columns
        table = doc.user_data[_TABLE] = TokenTable(
            [strings[orth] for orth in orths],
            list(starts),
            [bool(v) for v in spaces],
            [bool(v) for v in alpha],
            [bool(v) for v in space],
            [bool(v) for v in url],
        )
    return table


def compound_parts(doc: Doc) -> Doc:
    """`doc` with hyphen and apostrophe compounds split into their parts and whitespace read as
    spaces, so a gazetteer alias is a token sequence inside "Interreg-prosjektet" or across a line
    break. Derived from the shared tokens, not tokenised again; the text keeps its length, so
    character offsets into the document hold. URLs stay whole."""
    words: list[str] = []
    spaces: list[bool] = []
    table = token_table(doc)
    for text, space_after, is_space, is_url in zip(table.texts, table.spaces, table.space, table.url, strict=True):
        if is_space:
            gap = text.replace("\n", " ").replace("\r", " ")
            if words and not spaces[-1] and gap.startswith(" "):
                spaces[-1], gap = True, gap[1:]  # one space after a word is that word's trailing space
            if gap:
                words.append(gap)
                spaces.append(space_after)
            continue
        parts = [text] if is_url or not _COMPOUND_JOINT.search(text) else _split_compound(text)
        words.extend(parts)
        spaces.extend([False] * (len(parts) - 1) + [space_after])
    out = Doc(doc.vocab, words=words, spaces=spaces)
    out.user_data[_TEXT] = "".join([word + " " if space else word for word, space in zip(words, spaces, strict=True)])
    return out


def _split_compound(text: str) -> list[str]:
    """ "2020-prosjektet" -> ["2020", "-", "prosjektet"]; a word without joints stays whole."""
    parts, start = [], 0
    for joint in _COMPOUND_JOINT.finditer(text):
        parts += [text[start : joint.start()], joint.group()]
        start = joint.end()
    return [*parts, text[start:]]
