"""Shared test helper: the (action_id, title, status) rows the actions extractor reads from a snippet."""

from __future__ import annotations

from pipeline.build import document_from_text
from pipeline.extract import actions


def rows(text: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]
