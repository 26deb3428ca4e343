"""The rendered corpus PDFs read back as their source texts: no headers, footers or broken words."""

from __future__ import annotations

import csv
import difflib
import functools
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from pipeline.ingest.parse import parse
from pipeline.text.normalise import normalise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
with (CORPUS / "renderings.csv").open(encoding="utf-8", newline="") as fh:
    RENDERINGS = list(csv.DictReader(fh))
MANIFEST = [row for row in RENDERINGS if not row["source"].endswith(".html")]
PDF_ROWS = [row for row in MANIFEST if row["source"].endswith(".pdf")]
# A real hyphen that the renderer broke at a line end ("bolig-" + "organisationer") reads back joined
# when nothing else in the document shows the hyphenated form: the only difference tolerated, and
# at most this share of a document's words.
MAX_HYPHEN_LOSSES = 0.002


@functools.cache
def render_module():
    """scripts/render_corpus.py, which is a script, not a package module."""
    spec = importlib.util.spec_from_file_location("render_corpus", ROOT / "scripts" / "render_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


def words_differences(expected: list[str], got: list[str]) -> list[tuple[str, list[str], list[str]]]:
    matcher = difflib.SequenceMatcher(None, expected, got, autojunk=False)
    return [(op, expected[a1:a2], got[b1:b2]) for op, a1, a2, b1, b2 in matcher.get_opcodes() if op != "equal"]


@pytest.mark.parametrize("row", PDF_ROWS, ids=lambda row: row["source"])
def test_pdf_text_matches_the_source_text_word_for_word(row):
    source_text, _ = normalise([(CORPUS / row["source"]).with_suffix(".txt").read_text(encoding="utf-8")])
    pdf_text, pages = normalise(parse((CORPUS / row["source"]).read_bytes()).pages)
    expected = source_text.split()
    differences = words_differences(expected, pdf_text.split())
    hyphen_losses = [
        (op, old, new)
        for op, old, new in differences
        if op == "replace" and len(old) == len(new) == 1 and old[0].replace("-", "") == new[0]
    ]
    assert differences == hyphen_losses
    assert len(hyphen_losses) <= MAX_HYPHEN_LOSSES * len(expected)
    assert len(pages) > 1


@pytest.mark.parametrize("row", PDF_ROWS, ids=lambda row: row["source"])
def test_pdf_text_has_no_running_header_footer_or_line_end_hyphen_left(row):
    text, pages = normalise(parse((CORPUS / row["source"]).read_bytes()).pages)
    header = render_module().header_for(row)
    assert header not in text
    assert not re.search(r"^(Side|Pagina) \d+ (af|av|van) \d+$", text, re.MULTILINE)
    assert not re.search(r"\w-\n[a-zæøå]", text)
    assert [p.number for p in pages] == list(range(1, len(pages) + 1))


def test_renderings_list_text_and_pdf_of_every_seed_with_metadata():
    stems = sorted({Path(row["source"]).stem for row in MANIFEST})
    assert [row["source"] for row in MANIFEST] == [f"{stem}.{ext}" for stem in stems for ext in ("txt", "pdf")]
    assert all((CORPUS / row["source"]).is_file() and row["country"] and row["doc_type"] for row in MANIFEST)


def test_committed_pdfs_are_what_the_render_script_produces(tmp_path):
    module = render_module()
    module.register_fonts()
    row = PDF_ROWS[3]
    out = tmp_path / "rendered.pdf"
    text = (CORPUS / row["source"]).with_suffix(".txt").read_text(encoding="utf-8")
    module.render(text, out, module.header_for(row), module.FOOTERS[row["country"]])
    assert parse(out.read_bytes()).pages == parse((CORPUS / row["source"]).read_bytes()).pages
