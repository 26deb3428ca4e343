"""Render the corpus text documents as real PDFs and HTML pages, so those paths are tested on known text.

`corpus/renderings.csv` lists every rendering; `corpus/manifest.csv`, the embedded sample a
run reads by default, lists each document once, in one of its renderings (text, HTML or PDF),
so the sample counts documents, not files. Each `.pdf` row becomes `corpus/<stem>.pdf`: A4 pages,
a running header (issuer and title), a footer with the page number in the document's own
language style ("Side 3 af 12", "Side 3 av 12", "Pagina 3 van 9") and paragraphs wrapped with
hyphenation at line ends, the way word processors do it, so de-hyphenation is exercised.
Uses reportlab's bundled Vera fonts (they cover æøå), so it runs on any machine. Each `.html`
row becomes a municipal web page: the text (Markdown-like) as HTML inside site navigation and a
footer, the boilerplate the HTML reader has to drop.

    python scripts/render_corpus.py [corpus_dir]
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
FOOTERS = {"DK": "Side {n} af {total}", "NO": "Side {n} av {total}", "NL": "Pagina {n} van {total}"}
FONT, BOLD = "Vera", "VeraBd"
SIZE, LEADING, PARAGRAPH_GAP = 10.0, 13.0, 7.0
MARGIN_X, TOP, BOTTOM = 62.0, 70.0, 72.0
MIN_PART = 4  # a hyphenated word keeps at least this many letters on each side
_BREAKABLE = re.compile(r"^[a-zæøåäöüéèó]+$")


@dataclass
class Line:
    cells: list[str]  # one cell for running text; table rows are drawn as columns
    gap_before: float  # extra space above the line (paragraph spacing)


def register_fonts() -> None:
    """Vera ships inside reportlab, so no system font is needed."""
    pdfmetrics.registerFont(TTFont(FONT, "Vera.ttf"))
    pdfmetrics.registerFont(TTFont(BOLD, "VeraBd.ttf"))


def width(text: str) -> float:
    return pdfmetrics.stringWidth(text, FONT, SIZE)


def split_word(word: str, room: float) -> tuple[str, str] | None:
    """The longest head of `word` that fits in `room` with a hyphen: at its own hyphen or a syllable guess."""
    if "-" in word.strip("-"):
        head, _, tail = word.rpartition("-")
        if head and tail and width(head + "-") <= room:
            return head + "-", tail
    letters = word.rstrip(".,;:!?)»”\"'")
    if not _BREAKABLE.match(letters) or len(letters) < 2 * MIN_PART:
        return None
    for cut in range(len(letters) - MIN_PART, MIN_PART - 1, -1):
        if width(word[:cut] + "-") <= room:
            return word[:cut] + "-", word[cut:]
    return None


def wrap(paragraph: str, line_width: float) -> list[str]:
    """Greedy line filling; a word that does not fit is hyphenated when a part of it fits."""
    lines: list[str] = []
    current = ""
    words = paragraph.split()
    while words:
        word = words.pop(0)
        candidate = f"{current} {word}" if current else word
        if width(candidate) <= line_width:
            current = candidate
            continue
        room = line_width - width(current + " ") if current else line_width
        parts = split_word(word, room)
        if parts:
            lines.append(f"{current} {parts[0]}" if current else parts[0])
            current = ""
            words.insert(0, parts[1])
        elif current:
            lines.append(current)
            current = ""
            words.insert(0, word)
        else:
            lines.append(word)  # longer than a line on its own: let it run into the margin
    if current:
        lines.append(current)
    return lines


def paragraphs(text: str) -> list[list[str]]:
    """Every non-blank source line is a paragraph, as its tab-separated cells."""
    rows = ([" ".join(c.split()) for c in raw.split("\t") if c.strip()] for raw in text.splitlines())
    return [cells for cells in rows if cells]


def table_row(cells: list[str], line_width: float) -> bool:
    """Cells that each fit a column (with a clear gutter) are drawn as a table row."""
    return len(cells) > 1 and all(width(c) < line_width / len(cells) - SIZE for c in cells)


def layout(text: str, page_height: float, line_width: float) -> list[list[Line]]:
    """Pages of lines: paragraphs wrapped and poured into the text area."""
    capacity = page_height - TOP - BOTTOM
    pages: list[list[Line]] = [[]]
    used = 0.0
    for cells in paragraphs(text):
        if table_row(cells, line_width):
            rows = [cells]
        else:
            rows = [[line] for line in wrap("   ".join(cells), line_width)]
        for index, row in enumerate(rows):
            gap = PARAGRAPH_GAP if index == 0 and pages[-1] else 0.0
            if used + gap + LEADING > capacity:
                pages.append([])
                used, gap = 0.0, 0.0
            pages[-1].append(Line(row, gap))
            used += gap + LEADING
    return pages


def render(text: str, out: Path, header: str, footer_style: str) -> int:
    """Write `text` to `out` as a PDF; returns the page count."""
    page_width, page_height = A4
    line_width = page_width - 2 * MARGIN_X
    pages = layout(text, page_height, line_width)
    canvas = Canvas(str(out), pagesize=A4, invariant=1)
    canvas.setTitle(header)
    for number, lines in enumerate(pages, start=1):
        canvas.setFont(BOLD, 8)
        canvas.drawString(MARGIN_X, page_height - 40, header)
        canvas.line(MARGIN_X, page_height - 45, page_width - MARGIN_X, page_height - 45)
        canvas.setFont(FONT, 8)
        canvas.drawRightString(page_width - MARGIN_X, 40, footer_style.format(n=number, total=len(pages)))
        canvas.setFont(FONT, SIZE)
        y = page_height - TOP
        for line in lines:
            y -= line.gap_before
            column = line_width / len(line.cells)
            for index, cell in enumerate(line.cells):
                canvas.drawString(MARGIN_X + index * column, y, cell)
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return len(pages)


def header_for(row: dict[str, str]) -> str:
    word = "kommune" if row["country"] == "NO" else "Kommune"
    issuer = f"{row['municipality']} {word}" if row["municipality"] else "VNG International"
    title = row["title"] if len(row["title"]) <= 70 else row["title"][:67].rstrip() + "..."
    return f"{issuer} – {title}"


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header><nav><a href="/">{issuer}</a> · <a href="/politik">Politik</a> · <a href="/borger">Borger</a></nav></header>
<main>
{body}</main>
<footer>{issuer} · Cookies · Tilgængelighedserklæring</footer>
</body>
</html>
"""
LANGUAGES = {"DK": "da", "NO": "nb", "NL": "nl"}


def render_html(text: str, out: Path, row: dict[str, str]) -> None:
    """Write `text` to `out` as a web page with navigation and footer around the document."""
    issuer = header_for(row).split(" – ")[0]
    body = MarkdownIt("commonmark").enable("table").render(text)
    page = PAGE.format(lang=LANGUAGES[row["country"]], title=row["title"], issuer=issuer, body=body)
    out.write_text(page, encoding="utf-8")


def main(corpus: Path = CORPUS) -> None:
    register_fonts()
    with (corpus / "renderings.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["source"].endswith(".txt")]
    for row in rows:
        out = corpus / row["source"]
        text = out.with_suffix(".txt").read_text(encoding="utf-8")
        if out.suffix == ".html":
            render_html(text, out, row)
            print(f"{out.name}: web page")
            continue
        n = render(text, out, header_for(row), FOOTERS[row["country"]])
        print(f"{out.name}: {n} pages")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS)
