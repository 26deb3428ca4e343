"""Word (.docx, python-docx) and OpenDocument (.odt, the standard library's XML reader) documents.

Both are zip archives; which one a file is comes from its members, not its name. The body is
read in order: each paragraph or heading is its own paragraph (a blank line between them),
a list item keeps a "- " marker, and a table row is one line of tab-separated cells, the same
shapes the HTML parser hands on, so the normaliser and extractors see no difference. Headers,
footers, comments and footnotes are left out, as page chrome is for PDFs.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from xml.etree import ElementTree

import docx
import docx.document
from docx.text.paragraph import Paragraph

from pipeline.ingest.parse.errors import Parsed, ParseError

_MAX_UNPACKED = 512 * 2**20  # a real protocol unpacks to a few MB; more is a zip bomb
_LIBXML_OUT_OF_MEMORY = ("unknown error", "memory allocation failed")
_ODT_MIME = b"application/vnd.oasis.opendocument.text"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODT_SKIP = {f"{_OFFICE}annotation", f"{_TEXT}note", f"{_TEXT}tracked-changes", f"{_TEXT}sequence-decls"}


def office_kind(data: bytes) -> str | None:
    """ "docx" or "odt" for a zip archive holding a word-processing document, else None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").strip() == _ODT_MIME:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        return None
    return None


def _check_size(data: bytes, what: str) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > _MAX_UNPACKED:
        raise ParseError(f"corrupt {what}: unpacks to {unpacked // 2**20} MB (a zip bomb?)")


def _paragraphs_to_page(paragraphs: Iterator[str], kind: str, what: str) -> Parsed:
    text = "\n\n".join(p for p in (line.strip() for line in paragraphs) if p)
    if not text:
        raise ParseError(f"no text in {what}")
    return Parsed(pages=[text], paged=False, kind=kind)


def _numbered(paragraph: Paragraph) -> bool:
    """A list item: numbering set on the paragraph itself or through its style ("List Bullet")."""
    style = paragraph.style.element if paragraph.style is not None else None
    return any(e is not None and e.find(f"{_W}pPr/{_W}numPr") is not None for e in (paragraph._p, style))


def _docx_blocks(document: docx.document.Document) -> Iterator[str]:
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            yield ("- " if _numbered(block) else "") + block.text
        else:
            rows = []
            for row in block.rows:
                cells, seen = [], set()
                for cell in row.cells:  # a merged cell is listed once per grid column it spans
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                rows.append("\t".join(cells))
            yield "\n".join(rows)


def parse_docx(data: bytes) -> Parsed:
    """The body of a .docx in document order."""
    _check_size(data, "Word document")
    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:  # an Exception too, but the memory limit's, not a corrupt file's
        raise
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors... on broken files
        if any(sign in str(exc).lower() for sign in _LIBXML_OUT_OF_MEMORY):  # libxml2's word for a failed malloc
            raise MemoryError from None
        raise ParseError(f"corrupt Word document: {type(exc).__name__}") from None
    return _paragraphs_to_page(_docx_blocks(document), "docx", "Word document")


def _odt_text(element: ElementTree.Element) -> str:
    """A paragraph's text with its spaces, tabs and line breaks; notes and comments left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1")))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _ODT_SKIP:
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_blocks(element: ElementTree.Element, marker: str = "") -> Iterator[str]:
    for child in element:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            yield marker + _odt_text(child)
        elif child.tag == f"{_TEXT}list-item":
            yield from _odt_blocks(child, "- ")
        elif child.tag == f"{_TABLE}table":
            rows = []
            for row in child.iter(f"{_TABLE}table-row"):
                cells = row.findall(f"{_TABLE}table-cell")
                rows.append("\t".join(" ".join(" ".join(_odt_blocks(cell)).split()) for cell in cells))
            yield "\n".join(rows)
        elif child.tag not in _ODT_SKIP:
            yield from _odt_blocks(child, marker)


def parse_odt(data: bytes) -> Parsed:
    """The body of an OpenDocument text in document order."""
    _check_size(data, "OpenDocument text")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = ElementTree.fromstring(archive.read("content.xml"))
    except (KeyError, zipfile.BadZipFile, ElementTree.ParseError, OSError, ValueError) as exc:
        raise ParseError(f"corrupt OpenDocument text: {type(exc).__name__}") from None
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    return _paragraphs_to_page(_odt_blocks(body if body is not None else root), "odt", "OpenDocument text")
