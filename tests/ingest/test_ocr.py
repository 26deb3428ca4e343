"""Scanned PDFs through Tesseract: a seed rendered as page images reads as its text version does."""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict

import pytest
from hostile_files import CORPUS, scan_of

from pipeline.dataset.results import DocResult
from pipeline.ingest.parse import ocr, parse
from pipeline.ingest.pull import Source
from pipeline.process import Options, process_bytes

pytestmark = [
    pytest.mark.skipif(not ocr.available(), reason="tesseract-ocr is not installed (apt-get install tesseract-ocr "
                                                   "tesseract-ocr-dan tesseract-ocr-nor tesseract-ocr-nld)"),
    pytest.mark.timeout(600),
    pytest.mark.slow,
]
SEED = (CORPUS / "004_3fd0d7c3ff358457.pdf").read_bytes()  # three pages of Danish
_PROVENANCE = {"doc_id", "char_start", "char_end", "evidence", "status_evidence"}


def words(pages: list[str]) -> list[str]:
    return re.findall(r"\w+", "\n".join(pages).lower())


def content(result: DocResult) -> dict[str, list[dict]]:
    """Each table's rows without offsets and evidence sentences, where OCR may read a character wrong ("I" as "1")."""
    return {table: [{k: v for k, v in asdict(row).items() if k not in _PROVENANCE} for row in rows]
            for table, rows in result.rows.items()}


@pytest.fixture(scope="module")
def scanned() -> bytes:
    return scan_of(SEED, dpi=200)


def test_ocr_word_accuracy_against_the_text_layer(scanned):
    truth, read = words(parse(SEED).pages), parse(scanned)
    matcher = difflib.SequenceMatcher(None, truth, words(read.pages), autojunk=False)
    accuracy = sum(block.size for block in matcher.get_matching_blocks()) / len(truth)
    assert accuracy >= 0.95
    assert 0.8 <= read.ocr_confidence <= 1


def test_scanned_seed_gives_the_rows_of_its_text_version(tmp_path, scanned):
    options = Options(cache_dir=tmp_path, time_limit=600)
    text_version = process_bytes(SEED, Source("seed.pdf"), options)
    scan = process_bytes(scanned, Source("scan.pdf"), options)
    assert (scan.document.status, scan.document.ocr, scan.document.language) == ("ok", True, "da")
    assert text_version.document.ocr is False and text_version.document.ocr_confidence is None
    assert sum(map(len, text_version.rows.values())) > 0
    assert content(scan) == content(text_version)
