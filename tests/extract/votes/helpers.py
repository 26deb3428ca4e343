"""Shared helper for the family tests: extract vote rows from a text written in one language."""

from __future__ import annotations

from pipeline.build import document_from_text
from pipeline.dataset.rows import VoteRow
from pipeline.extract.votes.extractor import extract


def votes(text: str, language: str) -> list[VoteRow]:
    return extract(document_from_text(text, language=language, municipality="Testby"))
