"""The coverage check of `run.json`: vote sentences and decision blocks of a document that no row covers, so an
operator sees what the rules missed. Kept apart from the extractor, which it reads through `sections` and
`protocol`: it judges the rows, it does not make them.

A document the extractor does not read by its type (a plan, strategy or report, `voteless`) has nothing to cover:
its vote words are background references that by convention give no row, so listing them would be noise.
`check` says so instead, once per such document that holds vote words."""

from __future__ import annotations

import bisect

from pipeline.dataset.rows import VoteRow
from pipeline.document import Document
from pipeline.extract.votes.blocks import block_decision
from pipeline.extract.votes.context import Protocol
from pipeline.extract.votes.doc_kind import voteless
from pipeline.extract.votes.extractor import protocol_of, sections_of
from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.plain_text import unmarked
from pipeline.text.gated import gated


class _Spans:
    """Sorted, merged char spans with a fast overlap test."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans: list[tuple[int, int]] = []
        self.add(spans)

    def add(self, spans: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(self.spans + list(spans)):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.spans = merged
        self.starts = [a for a, _ in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, end - 1) - 1
        return i >= 0 and self.spans[i][1] > start


def _blocks_without_row(doc: Document, protocol: Protocol, lex: Lexicon, covered: _Spans) -> list[dict]:
    """Decision blocks that record a decision (not empty, not background) in a section no row comes from.

    A section's vote lines and its decision block record one decision, so a row anywhere in the
    section covers its blocks.
    """
    out = []
    for section, text, blocks in sections_of(doc, protocol, lex):
        if covered.overlaps(section.start, section.end):
            continue
        for block in blocks:
            if block_decision(text, block, lex) is None:
                continue
            start, end = text.base + block.start, text.base + block.end
            sentence = " ".join(doc.text[start:end].split())
            where = {"doc_id": doc.doc_id, "page": doc.page_at(start), "char_start": start}
            out.append({**where, "sentence": sentence, "kind": "decision_block"})
    return out


def check(doc: Document, rows: list[VoteRow]) -> tuple[list[dict], dict | None]:
    """A document's coverage: the gaps no row covers (`uncovered`), or, when its type is not read for votes, none and
    why (run.json `coverage_not_applicable`, kept apart so the gap list and its counts stay what they say: sentences
    in documents the votes extractor reads). The type is judged once for both (a scan of the text)."""
    lex = lexicon(doc.language)
    if lex is None:
        return [], None
    if voteless(doc, lex):
        return [], _not_applicable(doc, lex)
    return _gaps(doc, rows, lex), None


def uncovered(doc: Document, rows: list[VoteRow]) -> list[dict]:
    """Sentences holding a vote word (models/votes/<lang>.json `vote_words`) and decision blocks that no row covers.

    Header lines and bare block labels ("Votering:") are skipped: they name a vote, they do not record one.
    """
    return check(doc, rows)[0]


def _gaps(doc: Document, rows: list[VoteRow], lex: Lexicon) -> list[dict]:
    doc = unmarked(doc)
    protocol = protocol_of(doc.language, doc.text)
    skipped = _Spans([span for section in protocol.sections for span in section.header_spans])
    skipped.add([m.span() for m in gated(lex.block_label).finditer(doc.text)])
    covered = _Spans([(r.char_start, r.char_end) for r in rows if r.char_start is not None and r.char_end is not None])
    seen: set[int] = set()
    out = _blocks_without_row(doc, protocol, lex, covered)
    for m in gated(lex.vote_words).finditer(doc.text) if lex.vote_words else ():
        if skipped.overlaps(m.start(), m.start() + 1):
            continue
        line_start, line_end = doc.line_bounds(m.start())
        sentence = doc.sentence_at(m.start(), m.end())
        found = doc.text.find(sentence, line_start, line_end + 1)
        start = found if found >= 0 else m.start()
        end = start + len(sentence)
        if start in seen or covered.overlaps(start, end):
            continue
        seen.add(start)
        out.append(
            {
                "doc_id": doc.doc_id,
                "page": doc.page_at(start),
                "char_start": start,
                "sentence": sentence,
                "kind": "vote_words",
            }
        )
    return out


def _not_applicable(doc: Document, lex: Lexicon) -> dict | None:
    """The note for a document not read for votes by its type, when it holds vote words (None without any)."""
    if not lex.vote_words or next(gated(lex.vote_words).finditer(doc.text), None) is None:
        return None
    reason = f"doc_type {doc.doc_type} is not read for votes: its vote words are background, not recorded votes"
    return {"doc_id": doc.doc_id, "doc_type": doc.doc_type, "reason": reason}
