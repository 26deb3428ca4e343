"""Text of a scanned PDF page by Tesseract OCR over the page image PDFium renders.

Tesseract is a program (Debian: tesseract-ocr plus tesseract-ocr-dan, -nor, -nld), run once
per page. The first pages are read with all three languages; once a page gives enough text
to tell its language, the remaining pages are read with that one only, which halves the time
per page (a 30-page scanned protocol must fit the per-document time limit).
Its TSV output gives each word with its block, paragraph and line and a confidence: lines
are rebuilt from it, a new paragraph starts a blank line (as the text-layer reader does), and
the confidences say how much the text can be trusted (documents.ocr_confidence).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.ingest.parse.errors import ParseError
from pipeline.text.language import detect

LANGUAGES = ("dan", "nor", "nld")
_TESSERACT_LANGUAGE = {"da": "dan", "nb": "nor", "nn": "nor", "nl": "nld"}  # ISO 639-1 -> Tesseract's name
_ENOUGH_TO_DETECT = 300  # characters of OCR text before its language is trusted
DPI = 250
NOT_INSTALLED = "scanned PDF: install tesseract-ocr to read it"


@dataclass
class OcrPage:
    text: str
    confidences: list[float]  # one per word, 0-100


def available() -> bool:
    return shutil.which("tesseract") is not None


@cache
def _languages() -> str:
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, check=False).stdout
    have = [lang for lang in LANGUAGES if lang in listed.split()]
    if not have:
        raise ParseError("scanned PDF: install tesseract-ocr-dan, tesseract-ocr-nor and tesseract-ocr-nld to read it")
    return "+".join(have)


def words_to_text(tsv: str) -> OcrPage:
    """Lines and paragraphs from Tesseract's TSV (level 5 rows are words)."""
    lines: list[str] = []
    confidences: list[float] = []
    current: tuple[str, ...] | None = None
    paragraph: tuple[str, ...] | None = None
    for row in csv.DictReader(tsv.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        word = (row.get("text") or "").strip()
        if row.get("level") != "5" or not word:
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        if key != current:
            if paragraph is not None and key[:3] != paragraph:
                lines.append("")
            lines.append(word)
            current, paragraph = key, key[:3]
        else:
            lines[-1] += " " + word
        confidences.append(max(float(row["conf"]), 0.0))
    return OcrPage("\n".join(lines), confidences)


class Reader:
    """OCR for the pages of one document, narrowing to the document's language once it is known."""

    def __init__(self) -> None:
        self.languages: str | None = None

    def read(self, page: pdfium.PdfPage) -> OcrPage:
        read = ocr_page(page, self.languages or _languages())
        if self.languages is None and len(read.text) >= _ENOUGH_TO_DETECT:
            language, _ = detect(read.text)
            if _TESSERACT_LANGUAGE.get(language) in _languages().split("+"):
                self.languages = _TESSERACT_LANGUAGE[language]
        return read


def ocr_page(page: pdfium.PdfPage, languages: str) -> OcrPage:
    """OCR one rendered page; Tesseract runs single-threaded, the documents run in parallel already."""
    image = page.render(scale=DPI / 72, grayscale=True).to_pil()
    with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
        path = Path(folder) / "page.png"
        image.save(path)
        result = subprocess.run(
            ["tesseract", str(path), "stdout", "-l", languages, "--dpi", str(DPI), "tsv"],
            capture_output=True,
            text=True,
            check=False,
            env=os.environ | {"OMP_THREAD_LIMIT": "1"},
        )
    if result.returncode != 0:
        raise ParseError(f"OCR failed: {' '.join(result.stderr.split())[:200]}")
    return words_to_text(result.stdout)
