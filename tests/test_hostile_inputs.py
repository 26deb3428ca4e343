"""Hostile files through process_source: each is one documents row (ok where readable, else failed with a
one-line reason), and nothing raises, hangs or takes the other documents down."""

from __future__ import annotations

import re
import time
from functools import partial
from pathlib import Path

import pytest
from hostile_files import (
    DANISH,
    SMALL_PDF,
    broken_xref,
    encrypted,
    pdf_drawn,
    pdf_of_tiny_characters,
    png,
    random_bytes,
    scanned_pdf,
    segfault,
    spin,
)

from pipeline.dataset.results import DocResult
from pipeline.ingest.deadline import ChildDied, TimedOut, call_with_deadline
from pipeline.ingest.parse import ocr, parse
from pipeline.ingest.pull import Source
from pipeline.process import Options, process_source
from pipeline.text.normalise import normalise

pytestmark = pytest.mark.timeout(300)  # generous: the machine is shared; a hang still ends the test


def run(tmp_path: Path, name: str, data: bytes, **options) -> DocResult:
    path = tmp_path / name
    path.write_bytes(data)
    return process_source(Source(str(path)), Options(cache_dir=tmp_path / "cache", **options))


def assert_one_line(error: str | None) -> None:
    assert error and "\n" not in error and len(error) < 300 and "Traceback" not in error


PDF = SMALL_PDF.read_bytes()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.pdf", b"", "empty file"),
        ("truncated.pdf", PDF[: len(PDF) // 2], "corrupt PDF: not a readable PDF structure"),
        ("random.pdf", random_bytes(), "unsupported file type: application/octet-stream (binary data)"),
        ("picture.pdf", png(), "unsupported file type: image/png"),
        ("locked.pdf", encrypted(PDF, "hemmelig"), "encrypted PDF (password required)"),
        ("scan.pdf", scanned_pdf(), "scanned PDF: no text found by OCR" if ocr.available() else ocr.NOT_INSTALLED),
        ("menu.html", b"<html><head><style>p{}</style><script>var a=1;</script></head><body><nav><a href='/'>"
                      b"Forside</a></nav><script>track()</script></body></html>", "no text in HTML page"),
    ],
    ids=["zero-byte", "truncated", "random-bytes", "png-named-pdf", "password", "scanned", "html-chrome-only"],
)
def test_unreadable_file_is_one_failed_row_with_a_one_line_reason(tmp_path, name, data, reason):
    result = run(tmp_path, name, data)
    assert (result.document.status, result.document.error) == ("failed", reason)
    assert result.document.source == str(tmp_path / name)
    assert not any(result.rows.values())


@pytest.mark.parametrize(
    ("name", "data"),
    [("broken-xref.pdf", broken_xref(PDF)), ("open-encrypted.pdf", encrypted(PDF, "")), ("really-a-pdf.txt", PDF)],
    ids=["broken-xref-repaired", "empty-user-password", "pdf-named-txt"],
)
def test_readable_pdf_in_disguise_is_read_as_pdf(tmp_path, name, data):
    row = run(tmp_path, name, data).document
    assert (row.status, row.error, row.n_pages, row.language) == ("ok", None, 2, "nl")


def test_pdf_over_the_page_cap_is_read_up_to_the_cap_with_a_warning(tmp_path):
    row = run(tmp_path, "long.pdf", pdf_drawn(2000, with_text=True)).document
    assert (row.status, row.n_pages, row.error) == ("ok", 500, "only the first 500 of 2000 pages were read")


def test_page_cap_is_configurable(tmp_path):
    row = run(tmp_path, "long.pdf", pdf_drawn(30, with_text=True), max_pages=10).document
    assert (row.status, row.n_pages, row.error) == ("ok", 10, "only the first 10 of 30 pages were read")


def test_page_of_100000_tiny_characters_is_read(tmp_path):
    row = run(tmp_path, "dust.pdf", pdf_of_tiny_characters(100_000)).document
    assert (row.status, row.n_pages) == ("ok", 1)
    assert row.n_chars >= 100_000


def test_deadline_stops_a_call_stuck_in_c_code():
    started = time.monotonic()
    with pytest.raises(TimedOut, match=r"^timed out after 0.5 s$"):
        call_with_deadline(spin, seconds=0.5)
    assert time.monotonic() - started < 60  # 100x margin: the stuck child was killed, not waited for


def test_deadline_reports_a_crashed_child_instead_of_crashing():
    with pytest.raises(ChildDied, match=r"^document process died \(exit code -11\)$"):
        call_with_deadline(segfault, seconds=60)


def test_deadline_passes_results_and_parse_errors_back():
    assert call_with_deadline(partial(parse, max_pages=1), PDF, seconds=60).pages[0].startswith("VNG International")
    with pytest.raises(Exception, match=r"^empty file$"):
        call_with_deadline(parse, b"", seconds=60)


def test_document_slower_than_the_time_limit_fails_and_the_next_one_is_read(tmp_path):
    slow = run(tmp_path, "slow.pdf", pdf_drawn(2000, with_text=True), max_pages=2000, time_limit=0.01)
    assert slow.document.status == "failed"  # parse takes > 0.3 s
    assert re.fullmatch(r"timed out after 0.01 s( while parsing)?", slow.document.error)
    fast = run(tmp_path, "fast.txt", DANISH.encode("utf-8"), time_limit=60)
    assert fast.document.status == "ok"


TEXT = "Aalborg Kommune har siden 1951 en venskabsbyaftale med Tammerfors i Finland. Samarbejdet om grøn " \
       "omstilling, kultur og uddannelse fortsætter, og byrådet vil styrke båndene til Århus' partnere.\n" * 3


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (TEXT.encode("cp1252"), None),
        (TEXT.encode("latin-1"), None),
        (TEXT.encode("utf-16"), None),
        (TEXT.encode("utf-8") + b"Ugyldig \xff byte.\n", "1 invalid UTF-8 byte sequence(s) replaced"),
    ],
    ids=["cp1252", "latin-1", "utf-16-bom", "utf-8-invalid-bytes"],
)
def test_text_in_any_common_encoding_is_read(tmp_path, data, warning):
    result = run(tmp_path, "tekst.txt", data)
    row = result.document
    assert (row.status, row.error, row.language) == ("ok", warning, "da")
    assert row.n_chars >= len(TEXT.strip())


def test_twenty_megabyte_single_line_is_parsed_and_normalised():
    """Parse and normalise only: metadata and extractors take minutes on 20 MB (reported in issue 7)."""
    sentence = "Kommunen samarbejder med venskabsbyer i Norden om klima og kultur. "
    data = (sentence * (20 * 2**20 // len(sentence))).encode("utf-8")
    text, pages = normalise(parse(data).pages)
    assert "\n" not in text and len(text) == len(data) - 1  # the trailing space is stripped
    assert len(pages) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "Kommunfullmäktige beslutade enhälligt att ingå ett vänortsavtal med Tammerfors i Finland. "
               "Samarbetet gäller kultur, utbildning och hållbar utveckling, och kommunen är medlem i Eurocities."),
        ("en", "The city council unanimously decided to sign a twinning agreement with Tampere in Finland. "
               "The cooperation covers culture, education and sustainable development; the city is in Eurocities."),
    ],
)
def test_unsupported_language_is_ok_with_its_language_and_no_extractor_errors(tmp_path, language, text):
    row = run(tmp_path, f"{language}.txt", (text + "\n").encode("utf-8")).document
    # the README's warning, no extractor error: only da, nb, nn and nl have rules
    warning = f"no rules for language {language}; nothing extracted"
    assert (row.status, row.language, row.error) == ("ok", language, warning)
