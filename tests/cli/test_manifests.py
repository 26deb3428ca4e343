"""Manifests as spreadsheets write them: `,` `;` or tab, values normalised to the contract or refused by row."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from pipeline.ingest.sources import ManifestError, Source, expand_sources, read_manifest

ROWS = [
    ["source", "municipality", "country", "doc_type", "title"],
    ["strategi.pdf", "Aalborg", "Danmark", "Strategi", "International strategi"],
    ["sak.txt", "Trondheim", "Norge", "protokoll", ""],
    ["beleid.html", "Utrecht", "Nederland", "Strategy", "Internationaal beleid"],
    ["verslag.pdf", "", "Netherlands", "jaarverslag", ""],
    ["plan.pdf", "Vejle", "dk", "Handlingsplan", ""],
]


def write_manifest(path: Path, delimiter: str, rows: list[list[str]] = ROWS, *, bom: bool = False) -> Path:
    text = "\n".join(delimiter.join(row) for row in rows) + "\n"
    path.write_text(("\ufeff" if bom else "") + text, encoding="utf-8")
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"], ids=["comma", "semicolon", "tab"])
def test_every_delimiter_reads_the_same_rows_normalised_to_the_contract(tmp_path, delimiter: str):
    sources = read_manifest(write_manifest(tmp_path / "m.csv", delimiter, bom=delimiter == ";"))
    assert [(s.location, s.municipality, s.country, s.doc_type) for s in sources] == [
        ("strategi.pdf", "Aalborg", "DK", "strategy"),
        ("sak.txt", "Trondheim", "NO", "case_protocol"),
        ("beleid.html", "Utrecht", "NL", "strategy"),
        ("verslag.pdf", None, "NL", "report"),
        ("plan.pdf", "Vejle", "DK", "programme"),
    ]
    assert {s.base for s in sources} == {str(tmp_path)}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["x.pdf", "Aalborg", "Atlantis", "strategy", ""], r"m.csv, row 3: country 'Atlantis' is neither"),
        (["x.pdf", "Aalborg", "DK", "blog post", ""], r"m.csv, row 3: doc_type 'blog post' is not one of strategy,"),
    ],
)
def test_a_value_outside_the_vocabulary_is_refused_with_its_row_number(tmp_path, row: list[str], message: str):
    rows = [ROWS[0], ROWS[1], row]
    with pytest.raises(ManifestError, match=message):
        read_manifest(write_manifest(tmp_path / "m.csv", ";", rows))


def test_a_manifest_without_a_source_column_names_the_columns_it_found(tmp_path):
    path = write_manifest(tmp_path / "m.csv", ";", [["fil", "kommune"], ["a.pdf", "Aalborg"]])
    with pytest.raises(ManifestError, match=r"no 'source' column \(columns found: fil, kommune\)"):
        read_manifest(path)


def test_duplicate_rows_are_read_once_with_a_warning(tmp_path, caplog):
    rows = [ROWS[0], ROWS[1], ROWS[2], ["./strategi.pdf", "Aalborg", "DK", "strategy", ""]]
    with caplog.at_level(logging.WARNING):
        sources = read_manifest(write_manifest(tmp_path / "m.csv", ",", rows))
    assert [s.location for s in sources] == ["strategi.pdf", "sak.txt"]
    assert "row 4: ./strategi.pdf repeats row 2" in caplog.text


def test_sources_are_written_as_given_relative_to_the_manifest_or_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "a.txt").write_text("tekst")
    write_manifest(tmp_path / "docs" / "m.csv", ",", [ROWS[0], ROWS[1]])
    by_folder = expand_sources([str(tmp_path / "docs")])
    by_manifest = expand_sources([str(tmp_path / "docs" / "m.csv")])
    assert [s.location for s in by_folder] == ["sub/a.txt"]
    assert [s.location for s in by_manifest] == ["strategi.pdf"]
    assert expand_sources(["docs/sub/a.txt"]) == [Source("docs/sub/a.txt")]
