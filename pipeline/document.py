"""The parsed document every extractor reads, and the provenance it hands out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipeline.text.structure import Line

EVIDENCE_WINDOW = 2000
# a sentence ends at a stop before a capital, never after a person's initial ("(P. Smit)", "wethouder L. de Jong")
_SENTENCE_END = re.compile(r"(?<=[.!?:])(?<![\s(][A-ZÆØÅÄÖÜ]\.)\s+(?=[\"'«»“(]?[A-ZÆØÅÄÖÜ0-9])")


@dataclass
class Page:
    number: int  # 1-based
    text: str
    start: int  # char offset of the page's first char in Document.text


@dataclass
class Document:
    """A source after pull, parse, normalise and language detection.

    `text` is the normalised text: paragraphs one per line, list items and table
    rows kept as their own lines; a paragraph may run across a page break.
    """

    doc_id: str
    source: str
    text: str = ""
    pages: list[Page] = field(default_factory=list)
    paged: bool = False  # True for PDFs: rows then carry a page number
    language: str = "und"
    language_score: float = 0.0
    municipality: str | None = None
    country: str | None = None
    doc_type: str = "other"
    title: str | None = None

    @cached_property
    def lines(self) -> list[Line]:
        """The document's non-blank lines with offsets, split once and shared by every extractor."""
        from pipeline.text.structure import split_lines

        return split_lines(self.text)

    @cached_property
    def tokens(self) -> Doc:
        """One spaCy Doc over the whole text (blank pipeline of the document's language), built once."""
        from pipeline.text.nlp import parse

        return parse(self.text, self.language)

    @cached_property
    def compound_tokens(self) -> Doc:
        """`tokens` with hyphen and apostrophe compounds split and line breaks read as spaces (same
        offsets): what gazetteer phrase matching reads. Derived from `tokens`, built once."""
        from pipeline.text.nlp import compound_parts

        return compound_parts(self.tokens)

    @cached_property
    def sentence_cuts(self) -> dict[tuple[int, int], list[int]]:
        """Per line `sentence_at` was asked about (its char bounds), where its sentences start and end: found once,
        since extractors ask for many sentences of one paragraph."""
        return {}

    def __getstate__(self) -> dict:
        """Derived structure is rebuilt where it is needed, never shipped between processes."""
        derived = ("lines", "tokens", "compound_tokens", "sentence_cuts")
        return {k: v for k, v in self.__dict__.items() if k not in derived}

    def page_at(self, offset: int) -> int | None:
        """1-based page holding char `offset`, None for non-paged sources."""
        if not self.paged or not self.pages:
            return None
        starts = [p.start for p in self.pages]
        return self.pages[max(bisect.bisect_right(starts, offset) - 1, 0)].number

    def line_bounds(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Char bounds of the line(s) holding [start, end)."""
        end = start if end is None else end
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        return line_start, len(self.text) if line_end == -1 else line_end

    def sentence_at(self, start: int, end: int | None = None) -> str:
        """The sentence around [start, end): the evidence a researcher checks a row against.

        Looks at most EVIDENCE_WINDOW chars either side, so a megabyte-long line costs
        no more than a normal paragraph.
        """
        end = start if end is None else end
        low, high = max(0, start - EVIDENCE_WINDOW), min(len(self.text), end + EVIDENCE_WINDOW)
        line_start = self.text.rfind("\n", low, start) + 1 or low
        line_end = self.text.find("\n", end, high)
        line_end = high if line_end == -1 else line_end
        line = self.text[line_start:line_end]
        cuts = self.sentence_cuts.get((line_start, line_end))
        if cuts is None:
            ends = [m.end() for m in _SENTENCE_END.finditer(line)]
            cuts = self.sentence_cuts[(line_start, line_end)] = [0, *ends, len(line)]
        rel_start, rel_end = start - line_start, end - line_start
        first = cuts[bisect.bisect_right(cuts, rel_start) - 1]
        after = bisect.bisect_left(cuts, max(rel_end, first + 1))
        last = cuts[after] if after < len(cuts) else len(line)
        return line[first:last].strip()

    def provenance(self, start: int, end: int, evidence: str | None = None) -> dict:
        """The provenance columns every extracted row carries."""
        return {
            "doc_id": self.doc_id,
            "page": self.page_at(start),
            "char_start": start,
            "char_end": end,
            "evidence": evidence if evidence is not None else self.sentence_at(start, end),
        }
