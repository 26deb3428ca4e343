"""What processing one document yields: its documents row, its extracted rows, its coverage warnings."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.dataset.rows import DocumentRow, ExtractedRow


@dataclass
class DocResult:
    document: DocumentRow
    rows: dict[str, list[ExtractedRow]] = field(default_factory=dict)
    coverage: list[dict] = field(default_factory=list)
    coverage_note: dict | None = None  # why the coverage check did not read it (votes not read by its type)
    extractor_errors: tuple[str, ...] = ()  # "<table>: <Type>: <message>", also part of document.error

    @property
    def ok(self) -> bool:
        return self.document.status == "ok"
