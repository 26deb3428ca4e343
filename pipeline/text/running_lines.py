"""Running headers, footers and page numbers: lines that repeat at the same place on a document's pages."""

from __future__ import annotations

import math
import re
from collections import Counter


def _mask(line: str) -> str:
    """A line's identity across pages: case-folded, digits masked ("Side 3 af 12" ~ "Side 4 af 12")."""
    return re.sub(r"\d+", "#", line.casefold())


def _edges(lines: list[str], k: int) -> dict[int, tuple[int, str]]:
    """Index → (signed distance from the page edge, masked text) for the first and last k lines."""
    filled = [i for i, line in enumerate(lines) if line]
    edges = {i: (-1 - n, _mask(lines[i])) for n, i in enumerate(reversed(filled[-k:]))}
    edges.update({i: (n, _mask(lines[i])) for n, i in enumerate(filled[:k])})
    return edges


def drop_running_lines(
    pages: list[list[str]], edge_lines: int, repeat_share: float, page_number: re.Pattern[str]
) -> list[list[str]]:
    """Remove headers, footers and page numbers.

    A running line sits at the same distance from the top or bottom edge on at least half the
    pages (digits masked); a page-number line (models/normalise.json) is dropped at an edge
    even when it does not repeat.
    """
    edges = [_edges(lines, edge_lines) for lines in pages]
    counts = Counter(key for page in edges for key in set(page.values()))
    needed = max(2, math.ceil(len(pages) * repeat_share))  # a single page has no running lines

    def running(line: str, key: tuple[int, str]) -> bool:
        return counts[key] >= needed or bool(page_number.fullmatch(line))

    return [
        [line for i, line in enumerate(lines) if not (i in page and running(line, page[i]))]
        for lines, page in zip(pages, edges, strict=True)
    ]
