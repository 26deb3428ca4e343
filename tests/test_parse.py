"""Parsing real bytes: PDFs through PDFium, HTML through selectolax, text of any common encoding."""

from __future__ import annotations

import pytest
from hostile_files import CORPUS, SMALL_PDF, encrypted, pdf_drawn

from pipeline.ingest.parse import ParseError, ocr, parse


def test_pdf_is_read_page_by_page():
    parsed = parse(SMALL_PDF.read_bytes())
    assert (parsed.kind, parsed.paged, len(parsed.pages)) == ("pdf", True, 2)
    assert "Ambtenarenbijeenkomst gemeentelijke internationale samenwerking" in parsed.pages[0]
    assert "Pagina 2 van 2" in parsed.pages[1]


def test_pdf_named_txt_is_parsed_as_pdf(tmp_path):
    disguised = tmp_path / "notes.txt"
    disguised.write_bytes(SMALL_PDF.read_bytes())
    assert parse(disguised.read_bytes()).kind == "pdf"


def test_pdf_paragraph_gaps_become_blank_lines_and_table_cells_tabs():
    page_texts = parse((CORPUS / "001_57a4fe48539ba290.pdf").read_bytes()).pages
    assert any("\nBehandling:\n\n" in page for page in page_texts)
    assert any("Formannskapet\tRådmann\tAnsvarsområder\tTrondheimsregionen" in page for page in page_texts)


def test_pdf_line_end_hyphen_is_passed_on_as_a_hyphen():
    page_texts = parse((CORPUS / "001_57a4fe48539ba290.pdf").read_bytes()).pages
    assert "venns-\nkapsbyavtale" in page_texts[1]
    assert "\ufffe" not in "".join(page_texts) and "\x02" not in "".join(page_texts)


def test_corrupt_pdf_raises_a_clear_error():
    with pytest.raises(ParseError, match=r"^corrupt PDF: "):
        parse(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref")


def test_truncated_pdf_raises_a_clear_error():
    with pytest.raises(ParseError, match=r"^corrupt PDF"):
        parse(SMALL_PDF.read_bytes()[:2000])


def test_encrypted_pdf_with_empty_user_password_is_read():
    parsed = parse(encrypted(SMALL_PDF.read_bytes(), ""))
    assert "Ambtenarenbijeenkomst" in parsed.pages[0]


def test_encrypted_pdf_with_a_password_is_refused():
    with pytest.raises(ParseError, match=r"^encrypted PDF \(password required\)$"):
        parse(encrypted(SMALL_PDF.read_bytes(), "secret"))


def test_scanned_pdf_without_tesseract_asks_for_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on the path
    with pytest.raises(ParseError, match=r"^scanned PDF: install tesseract-ocr to read it$"):
        parse(pdf_drawn(2, with_text=False))


@pytest.mark.skipif(not ocr.available(), reason="tesseract-ocr is not installed (apt-get install tesseract-ocr)")
def test_scanned_pdf_of_blank_pages_fails_when_ocr_finds_no_text():
    with pytest.raises(ParseError, match=r"^scanned PDF: no text found by OCR$"):
        parse(pdf_drawn(2, with_text=False))


def test_pdf_longer_than_max_pages_is_cut_with_a_warning():
    parsed = parse(pdf_drawn(5, with_text=True), max_pages=3)
    assert len(parsed.pages) == 3
    assert parsed.warnings == ["only the first 3 of 5 pages were read"]


def test_html_drops_boilerplate_and_keeps_blocks_as_lines():
    html = """<!DOCTYPE html><html><head><title>Vennskapsbyer</title><style>p {color: red}</style></head>
    <body><header><a href="/">Molde kommune</a> Meny Søk</header><nav><a>Hjem</a><a>Politikk</a></nav>
    <h1>Vennskapsbyer</h1>
    <p>Molde har   fem
       vennskapsbyer i <b>Norden</b>.<br>Samarbeidet startet i 1947.</p>
    <ul><li>Vejle</li><li>Mikkeli</li></ul><ol><li>Kultur</li><li>Skole</li></ol>
    <table><tr><th>By</th><th>Land</th></tr><tr><td>Vejle</td><td>Danmark</td></tr></table>
    <script>var tracking = 1;</script><aside>Del på Facebook</aside>
    <footer>Kontakt oss · Personvern</footer></body></html>"""
    parsed = parse(html.encode("utf-8"))
    lines = [line for line in parsed.pages[0].split("\n") if line]
    assert (parsed.kind, parsed.paged) == ("html", False)
    assert lines == [
        "Vennskapsbyer",
        "Molde har fem vennskapsbyer i Norden.",
        "Samarbeidet startet i 1947.",
        "- Vejle",
        "- Mikkeli",
        "1. Kultur",
        "2. Skole",
        "By\tLand",
        "Vejle\tDanmark",
    ]


def test_html_main_element_is_preferred_and_article_header_kept():
    html = (
        "<html><body><div>Cookie-banner tekst</div><main><article><header><h1>Internationalt samarbejde</h1>"
        "</header><p>Brødtekst om venskabsbyer.</p></article></main></body></html>"
    )
    text = parse(html.encode()).pages[0]
    assert "Cookie" not in text
    assert text.split("\n\n") == ["Internationalt samarbejde", "Brødtekst om venskabsbyer."]


def test_html_list_item_holding_a_paragraph_keeps_its_marker():
    html = "<html><body><ol><li><p>Globalt partnerskap</p></li><li><p>EU-prosjekter</p></li></ol></body></html>"
    assert parse(html.encode()).pages[0] == "1. Globalt partnerskap\n\n2. EU-prosjekter"


def test_html_declared_legacy_charset_is_honoured():
    html = '<html><head><meta charset="windows-1252"></head><body><p>Græsk “stedenband” – Århus</p></body></html>'
    assert parse(html.encode("cp1252")).pages[0] == "Græsk “stedenband” – Århus"


SAMPLE = "Vennskapsbyer: Vejle, Mikkeli og Borås. Ærø, Øresund og Åbenrå – “samarbeid” siden 1947.\n" * 3


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-8-sig"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_text_encoding_is_detected(data):
    parsed = parse(data)
    assert (parsed.kind, parsed.paged, parsed.pages, parsed.warnings) == ("text", False, [SAMPLE], [])


def test_latin1_text_is_read():
    sample = "Kommunen samarbejder med Århus, Sønderborg og Ærø om fælles klimaløsninger og grøn omstilling.\n" * 4
    assert parse(sample.encode("latin-1")).pages == [sample]


def test_utf8_with_invalid_bytes_is_read_with_replacement_and_a_warning():
    data = SAMPLE.encode("utf-8") + b"Ugyldig \xff byte i \xe6 tekst.\n"
    parsed = parse(data)
    assert parsed.pages[0].startswith(SAMPLE)
    assert "Ugyldig \ufffd byte" in parsed.pages[0]
    assert parsed.warnings == ["2 invalid UTF-8 byte sequence(s) replaced"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "unsupported file type: image/png"),
        (bytes(range(256)) * 8, "unsupported file type: application/octet-stream (binary data)"),
    ],
    ids=["empty", "whitespace", "png", "binary"],
)
def test_unreadable_input_raises_a_one_line_reason(data, reason):
    with pytest.raises(ParseError) as caught:
        parse(data)
    assert str(caught.value) == reason
