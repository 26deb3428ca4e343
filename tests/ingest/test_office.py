"""Word and OpenDocument files: paragraphs and table cells kept as lines, the kind read from the content."""

from __future__ import annotations

import io
import zipfile

import pytest
from hostile_files import DANISH, docx_of, odt_of

from pipeline.ingest.parse import ParseError, parse

NORWEGIAN = "Bystyret vedtok enstemmig å inngå en vennskapsbyavtale med Tammerfors i Finland."
TABLE = [["Parti", "For", "Imod"], ["Venstre", "5", "0"], ["Socialdemokratiet", "7", "2"]]


def test_docx_paragraphs_are_paragraphs_and_table_rows_are_tab_separated_lines():
    parsed = parse(docx_of(["Byrådet", DANISH], table=TABLE))
    assert (parsed.kind, parsed.paged) == ("docx", False)
    assert parsed.pages == [f"Byrådet\n\n{DANISH}\n\nParti\tFor\tImod\nVenstre\t5\t0\nSocialdemokratiet\t7\t2"]


def test_docx_list_items_keep_a_marker():
    parsed = parse(docx_of(["Indsatsområder:"], bullets=["Klima", "Kultur"]))
    assert parsed.pages == ["Indsatsområder:\n\n- Klima\n\n- Kultur"]


@pytest.mark.parametrize("name", ["vedtak.pdf", "vedtak.txt", "vedtak"])
def test_docx_is_recognised_by_content_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(docx_of([NORWEGIAN]))
    assert parse(path.read_bytes()).pages == [NORWEGIAN]


def test_odt_paragraphs_and_table_cells_are_lines():
    parsed = parse(odt_of(["Gemeenteraad", "De raad besluit unaniem."], table=[["Partij", "Voor"], ["D66", "4"]]))
    assert parsed.kind == "odt"
    assert parsed.pages == ["Gemeenteraad\n\nDe raad besluit unaniem.\n\nPartij\tVoor\nD66\t4"]


def test_empty_word_document_fails_with_a_reason():
    with pytest.raises(ParseError, match=r"^no text in Word document$"):
        parse(docx_of([]))


def test_broken_word_document_fails_with_a_one_line_reason():
    data = docx_of([DANISH])
    archive = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(archive, "w") as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info, body[: len(body) // 2] if info.filename == "word/document.xml" else body)
    with pytest.raises(ParseError, match=r"^corrupt Word document: \w+$"):
        parse(archive.getvalue())


def test_zip_that_is_no_document_is_unsupported():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as target:
        target.writestr("data.csv", "a,b\n1,2\n")
    with pytest.raises(ParseError, match=r"^unsupported file type: application/zip$"):
        parse(archive.getvalue())
