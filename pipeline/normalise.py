"""Normalise page texts into one document text with page offsets."""

from __future__ import annotations

import re

from pipeline.document import Page

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
PAGE_SEPARATOR = "\n\n"


def clean_page(text: str) -> str:
    """Collapse runs of spaces, trim lines, squeeze blank lines."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def normalise(pages: list[str]) -> tuple[str, list[Page]]:
    """Join cleaned pages; each Page records where it starts in the joined text."""
    parts: list[str] = []
    result: list[Page] = []
    offset = 0
    for number, raw in enumerate(pages, start=1):
        text = clean_page(raw)
        result.append(Page(number=number, text=text, start=offset))
        parts.append(text)
        offset += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(parts), result
