"""Plain text of unknown encoding: BOM, then UTF-8, then charset-normalizer among likely encodings."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from pipeline.ingest.parse.errors import Parsed, ParseError
from pipeline.rules import load_json

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Text and warnings. A declared charset (HTML meta) is trusted only when the bytes are not UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    declared_codec = _codec(declared)
    if declared_codec and declared_codec != "utf-8":
        return data.decode(declared_codec, errors="replace"), []
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    if len(_UTF8_MULTIBYTE.findall(data)) > bad:
        return lossy, [f"{bad} invalid UTF-8 byte sequence(s) replaced"]
    best = charset_normalizer.from_bytes(data, cp_isolation=load_json("normalise.json")["text_encodings"]).best()
    if best is not None and best.encoding:
        return str(best), []
    return data.decode("cp1252", errors="replace"), ["encoding not recognised; read as cp1252"]


def parse_text(data: bytes) -> Parsed:
    """A text file is one page."""
    text, warnings = decode(data)
    if not text.strip():
        raise ParseError("empty file")
    return Parsed(pages=[text], paged=False, kind="text", warnings=warnings)
