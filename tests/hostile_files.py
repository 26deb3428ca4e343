"""Hostile and unusual input files, generated in memory (nothing large is committed)."""

from __future__ import annotations

import io
import os
import random
import re
import signal
import struct
import zlib
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SMALL_PDF = CORPUS / "003_259c048bf72ba3f8.pdf"  # two pages of Dutch text
DANISH = "Byrådet vedtog enstemmigt at indgå en venskabsbyaftale med Tammerfors i Finland og Hamborg i Tyskland."


def encrypted(data: bytes, user_password: str) -> bytes:
    """`data` encrypted with AES-128; an empty user password opens without asking."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_TOPICS = ("venskabsbyer", "klima", "kultur", "skoler", "erhverv", "sundhed", "trafik")


@cache  # bytes: several tests read the same 2,000-page file (0.5 s to draw)
def pdf_drawn(pages: int, *, with_text: bool) -> bytes:
    """`pages` pages, each a line of Danish text (not the same on every page, or it would be dropped as a
    running header), or a filled rectangle and no text layer."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    for n in range(pages):
        if with_text:
            first, second = _TOPICS[n % 7], _TOPICS[n // 7 % 7]
            canvas.drawString(72, 700, f"Side {n + 1} om {first} og {second}")
        else:
            canvas.rect(72, 600, 300, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def png(width: int = 8, height: int = 8) -> bytes:
    """A valid grey PNG, written by hand (no imaging library needed)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    rows = b"".join(b"\x00" + bytes(range(width)) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def scanned_pdf(pages: int = 2) -> bytes:
    """What a scanner makes: every page one image, no text layer."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    image = ImageReader(io.BytesIO(png(64, 64)))
    for _ in range(pages):
        canvas.drawImage(image, 0, 0, width=A4[0], height=A4[1])
        canvas.showPage()
    canvas.save()
    return out.getvalue()


@cache  # bytes, 1.4 CPU s to draw: the hostile folder and the hostile-input tests read the same file
def pdf_of_tiny_characters(count: int = 100_000) -> bytes:
    """One page holding `count` separately placed 1-pt characters (each its own text rectangle)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 1)
    per_row = 400
    for i in range(count):
        canvas.drawString(5 + (i % per_row) * 1.45, 5 + (i // per_row) * 3.2, "x")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def broken_xref(data: bytes) -> bytes:
    """`data` with every cross-reference offset, and the pointer to the table, off by a few bytes."""
    shifted = re.sub(rb"(?m)^(\d{10}) (\d{5}) n", lambda m: b"%010d %s n" % (int(m[1]) + 7, m[2]), data)
    return re.sub(rb"startxref\s+(\d+)", lambda m: b"startxref\n%d" % (int(m[1]) + 13), shifted)


def random_bytes(size: int = 4096, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def spin() -> None:
    """Catastrophic backtracking: stuck inside the regex engine's C code, where no signal can stop it."""
    re.fullmatch(r"(a+)+b", "a" * 64)


def segfault() -> None:
    """What a crash inside a C parser looks like from outside: the process dies of SIGSEGV."""
    os.kill(os.getpid(), signal.SIGSEGV)


def scan_of(pdf: bytes, dpi: int = 200) -> bytes:
    """What a scanner makes of a printed PDF: each page an image at `dpi`, no text layer."""
    document = pdfium.PdfDocument(pdf)
    images = [document[i].render(scale=dpi / 72, grayscale=True).to_pil() for i in range(len(document))]
    document.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out.getvalue()


def docx_bomb(megabytes: int) -> bytes:
    """A valid .docx whose document.xml unpacks to about `megabytes` MB of paragraphs (a few hundred KB packed)."""
    import zipfile

    paragraph = b"<w:p><w:r><w:t>Byraadet vedtog forslaget.</w:t></w:r></w:p>"
    body = paragraph * (megabytes * 2**20 // len(paragraph))
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = b"<?xml version='1.0' encoding='UTF-8'?><w:document " + namespace + b"><w:body>" + body
    document += b"</w:body></w:document>"
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'wordprocessingml.document.main+xml"/></Types>')
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def docx_of(paragraphs: list[str], table: list[list[str]] | None = None, bullets: list[str] | None = None) -> bytes:
    """A Word document written with python-docx: paragraphs, then bullet items, then a table."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for text in bullets or []:
        document.add_paragraph(text, style="List Bullet")
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_of(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A minimal OpenDocument text, written by hand as LibreOffice lays it out."""
    import zipfile
    from xml.sax.saxutils import escape

    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    if table:
        rows = "".join("<table:table-row>" + "".join(
            f"<table:table-cell><text:p>{escape(cell)}</text:p></table:table-cell>" for cell in row
        ) + "</table:table-row>" for row in table)
        body += f"<table:table>{rows}</table:table>"
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:text="{text}" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
