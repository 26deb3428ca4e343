"""The embedded sample holds each document once (text, HTML and PDF renderings of different documents)."""

from __future__ import annotations

import csv
import importlib.util
import sys

from pipeline.build import doc_id_for
from pipeline.ingest.sources import DEFAULT_MANIFEST, expand_sources

CORPUS = DEFAULT_MANIFEST.parent


def test_the_sample_lists_each_document_once_in_a_mix_of_file_types():
    sources = expand_sources([])
    stems = [s.path.stem for s in sources]
    assert len(stems) == len(set(stems)) == 5
    assert {s.path.suffix for s in sources} == {".txt", ".html", ".pdf"}
    assert len({doc_id_for(s.path.read_bytes()) for s in sources}) == 5


def test_the_committed_web_page_is_what_the_render_script_produces(tmp_path):
    spec = importlib.util.spec_from_file_location("render_corpus", CORPUS.parent / "scripts" / "render_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    with (CORPUS / "renderings.csv").open(encoding="utf-8", newline="") as fh:
        [row] = [r for r in csv.DictReader(fh) if r["source"].endswith(".html")]
    page = CORPUS / row["source"]
    module.render_html(page.with_suffix(".txt").read_text(encoding="utf-8"), tmp_path / "page.html", row)
    assert (tmp_path / "page.html").read_bytes() == page.read_bytes()
