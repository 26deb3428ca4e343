"""Cut a network table cell or list item into entry names, and tell proper names from descriptions.

PDF text often runs a cell's lines together ("VisitTrondheim Pilegrimssatsing i
Trøndelag Cruise Network"), so a cell is cut at gazetteer hits and at word-shape
boundaries: a capital after a lowercase content word, a capital after a head noun
("Network", "Forum"), after a CamelCase brand, or after a place complement ("i
Trøndelag"). Text after ";" describes the entry before it. Entries that are
descriptive phrases ("Festivaler og idrettsarrangement") are not proper names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from pipeline.extract.networks.matcher import Hit
from pipeline.extract.networks.rules import Cues
from pipeline.extract.networks.strands import PROGRAMME_KIND

_CAMEL = re.compile(r"^[A-ZÆØÅÄÖÜ].*[a-zæøåäöü][A-ZÆØÅÄÖÜ]")
_ACRONYM = re.compile(r"[A-ZÆØÅÄÖÜ]{2,}")
_DASHES = ("-", "–", "—")


@dataclass
class Segment:
    """One entry of a network cell: its name tokens, an optional "; description", and its anchor."""

    name: list[Token] = field(default_factory=list)
    description: list[Token] = field(default_factory=list)
    anchor: Hit | None = None

    @property
    def tokens(self) -> list[Token]:
        return self.name + self.description

    @property
    def name_text(self) -> str:
        return _text(self.name)

    @property
    def surface(self) -> str:
        """Name and description as written ("ICORN; International Cities of Refuge Network")."""
        return _text(self.tokens)


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).strip(" -–—;:,.|")  # a bar glued to a padded cell is no part of it


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


def _boundary(segment: Segment, token: Token, cues: Cues) -> bool:
    """True when `token` starts a new entry rather than continuing `segment`."""
    tokens = segment.tokens
    if not tokens:
        return False
    prev = tokens[-1]
    if token.text in _DASHES:
        return cues.word_is("head_nouns", prev.text)
    if not _capitalised(token):
        return False
    if prev.is_alpha and prev.text.islower() and not cues.word_is("connectors", prev.text):
        return True
    if cues.word_is("head_nouns", prev.text) and not cues.word_is("head_nouns", token.text):
        return True
    if segment.anchor is None and _CAMEL.match(prev.text):
        return True
    return len(tokens) >= 2 and cues.word_is("place_prepositions", tokens[-2].text) and _capitalised(prev)


def _aside(doc: Doc, i: int, end: int) -> bool:
    """Does the bracket at token `i` open a remark (a lowercase word or a number first), not a name?"""
    nxt = doc[i + 1] if i + 1 < end else None
    return nxt is not None and (nxt.text[:1].islower() or nxt.text[:1].isdigit())


def _closing(doc: Doc, i: int, end: int) -> int:
    """The token after the bracket closing the one at `i` (or `end`)."""
    j = i + 1
    while j < end and doc[j].text != ")":
        j += 1
    return min(j + 1, end)


def _project_of(segment: Segment | None, hit: Hit) -> bool:
    """Is `segment` a name opening a bracket that names a programme ('Kustveilig (Interreg Vlaanderen-Nederland,
    2024-2027)')? Then it is the project run under that programme, no network."""
    return (
        segment is not None
        and segment.anchor is None
        and len(segment.name) > 1
        and segment.name[-1].text == "("
        and hit.entry.kind == PROGRAMME_KIND
    )


def segment_cell(doc: Doc, start: int, end: int, anchors: dict[int, Hit], cues: Cues) -> list[Segment]:
    """Cut the cell at char span [start, end) into entries, gazetteer hits (by start token) kept whole."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    segments: list[Segment] = []
    current: Segment | None = None
    in_description = False
    i = span.start
    while i < span.end:
        token = doc[i]
        if token.is_space:
            i += 1
            continue
        if i in anchors:
            hit = anchors[i]
            if _project_of(current, hit):
                segments.pop()  # 'Kustveilig (Interreg ...)': a project heading names its programme in brackets
            current = Segment(name=list(doc[hit.start : hit.end]), anchor=hit)
            segments.append(current)
            in_description, i = False, min(hit.end, span.end)
            continue
        if token.text == "(" and current is not None and _aside(doc, i, span.end):
            i = _closing(doc, i, span.end)  # "(medlem siden 2016)": a remark on the entry, no name
            continue
        if token.text == ";" and current is not None:
            in_description = True
        elif in_description and current is not None and not current.description:
            current.description.append(token)
        elif current is None or _boundary(current, token, cues):
            current = Segment(name=[] if token.text in _DASHES else [token])
            segments.append(current)
            in_description = False
        elif in_description:
            current.description.append(token)
        else:
            current.name.append(token)
        i += 1
    return [s for s in segments if s.name]


def is_proper_name(tokens: list[Token], cues: Cues) -> bool:
    """A named body, not a descriptive phrase: capitalised start, no lowercase content word
    after the first, no question, no description of a body just named ("deze Duits-Nederlandse Euregio"), and a
    one-word entry that is not a generic compound ("Pilegrimssatsing")."""
    before = tokens[0].doc[tokens[0].i - 1].text if tokens and tokens[0].i > 0 else ""
    if cues.word_is("back_references", before, literal=True):
        return False
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""
    if text.rstrip().endswith("?"):
        return False  # a question heading ("Waarom netwerken?") names nothing
    words = [w.strip(".,;:!") for w in text.split() if any(c.isalnum() for c in w)]
    if len(words) >= 3 and cues.word_is("place_prepositions", words[-2]) and words[-1][:1].isupper():
        words = words[:-2]
    if not words or len(" ".join(words)) < 3 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if all(cues.word_is("head_nouns", w, literal=True) or not any(c.isalpha() for c in w) for w in words):
        return False  # a head word or a number ("sidan 2019 og i KIMO", "2024-2027)") names nothing
    if len(words) == 1 and cues.word_is("determiners", words[0]):
        return False  # "Het" left before a catalogued name ("Het Burgemeestersconvenant") names nothing
    if all(t.is_stop or not t.is_alpha for t in tokens):
        return False  # '- Gjennom Interreg Aurora deltar ...', '- Sammen med ICLEI ...': an item's opening words
    for word in words[1:]:
        if word.isalpha() and word.islower():
            if not (cues.word_is("connectors", word) or cues.word_is("head_nouns", word)):
                return False
    return not (len(words) == 1 and cues.word_is("generic_heads", words[0]) and not _ACRONYM.search(words[0]))
