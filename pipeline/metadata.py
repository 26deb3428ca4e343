"""Document metadata (municipality, country, doc_type, title) inferred from the text."""

from __future__ import annotations


def infer(text: str, language: str) -> dict[str, str | None]:
    """Best guess of municipality, country, doc_type and title; None where nothing is found."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return {"municipality": None, "country": None, "doc_type": "other", "title": first}
