"""Bytes in, page texts out: the type is read from the content, never from a file name.

`parse` sniffs the bytes (pipeline.ingest.parse.sniff) and hands them to one parser per kind
(pdf, docx, odt, html, text). Every failure is a ParseError whose message is one human-readable line,
which the dataset writes as the document's `error`.
"""

from __future__ import annotations

from pipeline.ingest.parse.errors import Parsed, ParseError
from pipeline.ingest.parse.html import parse_html
from pipeline.ingest.parse.office import parse_docx, parse_odt
from pipeline.ingest.parse.pdf import parse_pdf
from pipeline.ingest.parse.sniff import sniff
from pipeline.ingest.parse.text import parse_text


def parse(data: bytes, *, max_pages: int = 500) -> Parsed:
    """Parse a document's raw bytes; PDFs page by page, Word, OpenDocument, HTML and text as one page."""
    kind = sniff(data)
    if kind == "pdf":
        return parse_pdf(data, max_pages=max_pages)
    if kind == "docx":
        return parse_docx(data)
    if kind == "odt":
        return parse_odt(data)
    if kind == "html":
        return parse_html(data)
    return parse_text(data)


__all__ = ["ParseError", "Parsed", "parse"]
