"""Turn parsed page texts into a Document: normalise, detect language, fill metadata."""

from __future__ import annotations

import hashlib

from pipeline.document import Document
from pipeline.ingest.deadline import stage
from pipeline.text import language, metadata
from pipeline.text.normalise import normalise


def doc_id_for(data: bytes) -> str:
    """Stable id: the first 16 hex of the sha256 of the raw bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def build_document(
    pages: list[str],
    *,
    doc_id: str,
    source: str,
    paged: bool,
    manifest: dict[str, str | None] | None = None,
) -> Document:
    """Manifest values win over inferred ones; the rest is inferred from the text."""
    stage("while normalising")
    text, page_objs = normalise(pages)
    given = {k: v for k, v in (manifest or {}).items() if v}
    stage("while detecting the language")
    lang, score = (given["language"], 1.0) if "language" in given else language.detect(text)
    stage("while reading the metadata")
    inferred = metadata.infer(text, lang, source, given.get("municipality"))
    return Document(
        doc_id=doc_id,
        source=source,
        text=text,
        pages=page_objs,
        paged=paged,
        language=lang,
        language_score=score,
        municipality=given.get("municipality", inferred["municipality"]),
        country=given.get("country", inferred["country"]),
        doc_type=given.get("doc_type", inferred["doc_type"]) or "other",
        title=given.get("title", inferred["title"]),
    )


def document_from_text(text: str, source: str = "<text>", **manifest: str | None) -> Document:
    """A Document from a plain string: what tests and notebooks use."""
    return build_document(
        [text], doc_id=doc_id_for(text.encode("utf-8")), source=source, paged=False, manifest=manifest
    )
