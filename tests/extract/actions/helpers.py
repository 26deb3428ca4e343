"""Shared test helpers: the (action_id, title, status) rows the actions extractor reads from a snippet,
and the documents written for the family tests with the rows they should give."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.build import document_from_text
from pipeline.extract import actions


def rows(text: str, language: str) -> list[tuple[str | None, str, str]]:
    doc = document_from_text(text, language=language, municipality="Testkommune")
    return [(r.action_id, r.title, r.status) for r in actions.extract(doc)]


def text_of(*lines: str) -> str:
    """A document written line by line, as a text ending in a newline."""
    return "\n".join(lines) + "\n"


WRITTEN = Path(__file__).parent / "documents" / "round3"


def written(family: str) -> list[tuple[str, str, list[tuple[str | None, str, str]]]]:
    """(language, text, expected rows) of each document written for a family's tests
    (documents/round3/<family>/: one text per file, named <language>-..., and expected.json)."""
    folder = WRITTEN / family
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    return [
        (name[:2], (folder / name).read_text(encoding="utf-8"), [tuple(row) for row in found])
        for name, found in sorted(expected.items())
    ]


# Two tracker records per language for field-label families: the first record's title, the second's, and the word
# that marks the second completed.
FIRST_TITLE = {
    "da": "Ny cykelsti ved skolen",
    "nb": "Ny gangbru over elva",
    "nn": "Ny gangbru over elva",
    "nl": "Nieuw fietspad",
}
SECOND_TITLE = {
    "da": "Solceller på rådhuset",
    "nb": "Ladestasjoner ved rådhuset",
    "nn": "Ladestasjonar",
    "nl": "Zonnepanelen",
}
DONE_WORD = {"da": "Gennemført", "nb": "Fullført", "nn": "Fullført", "nl": "Afgerond"}
