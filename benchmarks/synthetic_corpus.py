"""A synthetic corpus for the benchmark: the seed texts grown to 10–40 pages, as PDFs and as .txt.

Each document cycles through one seed's paragraphs (starting at a different one each time)
until it fills its drawn page count, and is rendered with scripts/render_corpus.py (A4,
running header, page footers, hyphenation, reportlab's bundled Vera font). The header names
the document's number, so no two documents share bytes. Each document is drawn from its own
number, so a corpus grows by adding documents and repeated benchmark runs reuse the files.
"""

from __future__ import annotations

import csv
import random
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import render_corpus  # noqa: E402

MANIFEST_FIELDS = ("source", "municipality", "country", "doc_type", "title")


@dataclass
class Seed:
    row: dict[str, str]
    paragraphs: list[str]
    chars_per_page: float


def load_seeds(corpus: Path = ROOT / "corpus") -> list[Seed]:
    """The embedded corpus's .txt documents with their rows (corpus/renderings.csv) and rendered text density."""
    with (corpus / "renderings.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["source"].endswith(".txt")]
    seeds = []
    line_width = A4[0] - 2 * render_corpus.MARGIN_X
    for row in rows:
        text = (corpus / row["source"]).read_text(encoding="utf-8")
        pages = len(render_corpus.layout(text, A4[1], line_width))
        paragraphs = [line for line in text.splitlines() if line.strip()]
        seeds.append(Seed(row, paragraphs, len(text) / pages))
    return seeds


def grow(seed: Seed, pages: int, start: int) -> str:
    """Seed paragraphs from `start` on, cyclically, until the text fills about `pages` pages."""
    target = pages * seed.chars_per_page
    out: list[str] = []
    size, index = 0, start
    while size < target:
        paragraph = seed.paragraphs[index % len(seed.paragraphs)]
        out.append(paragraph)
        size += len(paragraph) + 1
        index += 1
    return "\n".join(out) + "\n"


def generate(folder: Path, n_docs: int, min_pages: int = 10, max_pages: int = 40) -> dict[str, Path]:
    """doc-NNNN.pdf and doc-NNNN.txt for the first n_docs documents (existing ones are kept: each is drawn
    from its own number) and a manifest of them per kind; returns {"pdf": manifest, "txt": manifest}."""
    folder.mkdir(parents=True, exist_ok=True)
    render_corpus.register_fonts()
    seeds = load_seeds()
    rows: dict[str, list[dict[str, str]]] = {"pdf": [], "txt": []}
    for number in range(n_docs):
        base = seeds[number % len(seeds)]
        stem = f"doc-{number:04d}"
        if not (folder / f"{stem}.pdf").exists():
            rng = random.Random(f"{number}-{min_pages}-{max_pages}")
            text = grow(base, rng.randint(min_pages, max_pages), rng.randrange(len(base.paragraphs)))
            (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
            header = f"{render_corpus.header_for(base.row)} (nr. {number + 1})"
            render_corpus.render(text, folder / f".{stem}.pdf", header, render_corpus.FOOTERS[base.row["country"]])
            (folder / f".{stem}.pdf").rename(folder / f"{stem}.pdf")  # a PDF is there only when complete
        for kind in rows:
            rows[kind].append({**{k: base.row[k] for k in MANIFEST_FIELDS}, "source": f"{stem}.{kind}"})
    manifests = {}
    for kind, kind_rows in rows.items():
        manifests[kind] = folder / f"manifest-{kind}-{n_docs}.csv"
        with manifests[kind].open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=MANIFEST_FIELDS)
            writer.writeheader()
            writer.writerows(kind_rows)
    return manifests
