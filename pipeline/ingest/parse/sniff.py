"""Decide what a byte string is from its content: magic bytes first, then markup and text checks."""

from __future__ import annotations

import re

import filetype

from pipeline.ingest.parse.errors import ParseError
from pipeline.ingest.parse.office import office_kind

_HEAD = 8192
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|</(?:p|div|h[1-6]|table|ul|span)>",
    re.IGNORECASE,
)
_ZIP = b"PK\x03\x04"
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def sniff(data: bytes) -> str:
    """ "pdf", "docx", "odt", "html" or "text"; anything else raises ParseError naming the detected type."""
    if not data.strip():
        raise ParseError("empty file")
    head = data[:_HEAD]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(_ZIP) and (office := office_kind(data)):
        return office
    guessed = filetype.guess(head)
    if guessed is not None:
        raise ParseError(f"unsupported file type: {guessed.mime}")
    if not head.startswith(_UNICODE_BOMS) and len(_CONTROL.findall(head)) > len(head) // 100:
        raise ParseError("unsupported file type: application/octet-stream (binary data)")
    markup = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if markup.startswith(b"<") and _HTML.search(markup):
        return "html"
    return "text"
