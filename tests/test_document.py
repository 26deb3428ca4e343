"""A document's structure is computed once and shared, and never travels between processes."""

from __future__ import annotations

import pickle
from importlib import import_module

from pipeline.build import document_from_text

PROTOCOL = (
    "Byrådet i Kolding Kommune\n\n"
    "Sag 12: Venskabsbyer og internationalt samarbejde\n"
    "Økonomiudvalget indstiller, at aftalen godkendes.\n"
    "Beslutning: Godkendt.\n"
)


def test_lines_and_tokens_are_computed_once_per_document():
    doc = document_from_text(PROTOCOL)
    assert doc.lines is doc.lines
    assert [line.text for line in doc.lines][-1] == "Beslutning: Godkendt."
    assert all(doc.text[line.start : line.end] == line.text for line in doc.lines)
    assert doc.tokens is doc.tokens
    assert doc.tokens.text == doc.text


def test_a_pickled_document_leaves_its_derived_structure_behind():
    doc = document_from_text(PROTOCOL)
    assert len(doc.tokens) > 0 and doc.lines
    copy = pickle.loads(pickle.dumps(doc))
    assert "tokens" not in copy.__dict__ and "lines" not in copy.__dict__
    assert [line.text for line in copy.lines] == [line.text for line in doc.lines]


def test_extracting_keeps_the_documents_own_structure():
    doc = document_from_text(PROTOCOL)
    lines, tokens = doc.lines, doc.tokens
    for table in ("focus_areas", "actions", "partner_cities"):
        import_module(f"pipeline.extract.{table}").extract(doc)
    assert doc.lines is lines and doc.tokens is tokens  # nothing replaced the document's own split


def test_tokens_cover_a_text_longer_than_spacys_max_length():
    doc = document_from_text("Venskabsby med Hamborg. " * 45_000)
    assert len(doc.text) > 1_000_000
    assert doc.tokens.text == doc.text
