"""A folder of hostile and good files of every kind the pipeline meets, each with the status it must end in.

Used by tests/ingest/test_hostile_folder.py and benchmarks/hostile_folder.py; nothing large is committed.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

from hostile_files import (
    CORPUS,
    DANISH,
    SMALL_PDF,
    broken_xref,
    docx_of,
    encrypted,
    odt_of,
    pdf_drawn,
    pdf_of_tiny_characters,
    png,
    random_bytes,
    scan_of,
    scanned_pdf,
)

NORWEGIAN = "Bystyret vedtok enstemmig å inngå en vennskapsbyavtale med Tammerfors i Finland og Kiel i Tyskland.\n"
DUTCH = "<html><body><main><h1>Gemeenteraad</h1><p>De raad besluit unaniem een stedenband aan te gaan met " \
        "Tampere in Finland.</p></main></body></html>"
SWEDISH = "Kommunfullmäktige beslutade enhälligt att ingå ett vänortsavtal med Tammerfors i Finland.\n"


def zip_bomb(megabytes: int) -> bytes:
    """A .docx whose document.xml unpacks to `megabytes` MB of paragraphs, written in chunks (low memory).

    Deflate's fastest level: the same members and unpacked size in a third of the CPU (1.1 s, not 3.3 s, for 600 MB).
    """
    paragraph = b"<w:p><w:r><w:t>Byraadet vedtog forslaget.</w:t></w:r></w:p>" * 1000
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes * 2**20 // len(paragraph)):
                member.write(paragraph)
    return out.getvalue()


def _zip(**members: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return out.getvalue()


def _big_text(megabytes: int) -> bytes:
    seed = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    size = megabytes * 2**20
    return (seed * (size // len(seed) + 1))[:size].encode("utf-8")


def hostile_folder(folder: Path) -> dict[str, str]:
    """Write the files into `folder`; returns file name -> the status its documents row must have."""
    pdf = SMALL_PDF.read_bytes()
    text = (DANISH + " Samarbejdet om klima, kultur og skoler fortsætter.\n") * 3
    files: dict[str, tuple[bytes, str]] = {
        "01-danish.txt": (text.encode("utf-8"), "ok"),
        "02-norwegian.txt": (NORWEGIAN.encode("utf-8"), "ok"),
        "03-dutch.html": (DUTCH.encode("utf-8"), "ok"),
        "04-seed.pdf": (pdf, "ok"),
        "05-broken-xref.pdf": (broken_xref(pdf), "ok"),
        "06-empty-password.pdf": (encrypted(pdf, ""), "ok"),
        "07-pdf-named.txt": (pdf, "ok"),
        "08-cp1252.txt": (text.encode("cp1252"), "ok"),
        "09-utf16.txt": (text.encode("utf-16"), "ok"),
        "10-invalid-utf8.txt": (text.encode("utf-8") + b"Ugyldig \xff byte.\n", "ok"),
        "11-swedish.txt": (SWEDISH.encode("utf-8"), "ok"),
        "12-600-pages.pdf": (pdf_drawn(600, with_text=True), "ok"),
        "13-dust.pdf": (pdf_of_tiny_characters(100_000), "ok"),
        "14-word.docx": (docx_of(["Byrådet", DANISH], table=[["Parti", "For"], ["Venstre", "5"]]), "ok"),
        "15-word-named.pdf": (docx_of([NORWEGIAN]), "ok"),
        "16-opendocument.odt": (odt_of(["Gemeenteraad", "De raad besluit unaniem."]), "ok"),
        "17-scanned.pdf": (scan_of(pdf), "ok"),
        "18-25-megabytes.txt": (_big_text(25), "ok"),
        "19-deep.html": (b"<html><body>" + b"<div>" * 20_000 + DANISH.encode() + b"</div>" * 20_000 + b"</body>",
                         "ok"),
        "20-bom.txt": (b"\xef\xbb\xbf" + text.encode("utf-8"), "ok"),
        "21-empty.pdf": (b"", "failed"),
        "22-truncated.pdf": (pdf[: len(pdf) // 2], "failed"),
        "23-random.bin": (random_bytes(), "failed"),
        "24-png-named.pdf": (png(), "failed"),
        "25-password.pdf": (encrypted(pdf, "hemmelig"), "failed"),
        "26-blank-scan.pdf": (scanned_pdf(), "failed"),
        "27-chrome-only.html": (b"<html><body><nav><a href='/'>Forside</a></nav><script>x()</script></body></html>",
                                "failed"),
        "28-archive.zip": (_zip(**{"data.csv": "a,b\n1,2\n"}), "failed"),
        "29-zip-bomb.docx": (zip_bomb(600), "failed"),
        "30-old-word.doc": (bytes.fromhex("D0CF11E0A1B11AE1") + bytes(4096), "failed"),
        "31-gzip.txt.gz": (gzip.compress(text.encode("utf-8")), "failed"),
        "32-empty-word.docx": (docx_of([]), "failed"),
        "33-broken.odt": (_zip(mimetype="application/vnd.oasis.opendocument.text"), "failed"),
        "34-whitespace.txt": (b" \n\t\n " * 100, "failed"),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: status for name, (_, status) in files.items()}
