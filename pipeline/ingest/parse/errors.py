"""The result and error types every parser shares."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Parsed:
    pages: list[str]  # one string per page (one element for non-paged sources)
    paged: bool  # True for PDF
    kind: str  # "pdf" | "html" | "text" | "docx" | "odt"
    warnings: list[str] = field(default_factory=list)
    ocr_confidence: float | None = None  # mean word confidence (0–1) when pages were read by OCR


class ParseError(Exception):
    """A document that cannot be read; str() is a one-line reason ("encrypted PDF (password required)")."""
