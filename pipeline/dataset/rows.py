"""One dataclass per output table, mirroring shared/contract/DATASET.md.

The field order is the column order of the written tables; the pandas dtype of
each column is derived from the type hint, so the schema lives in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

SCHEMA_VERSION = "1.1"  # 1.1: documents.ocr, documents.ocr_confidence

# The contract's closed vocabularies, in the contract's order (reports list them so)
DOC_TYPES = ("strategy", "case_protocol", "evaluation", "report", "programme", "other")
DOC_STATUSES = ("ok", "failed", "skipped")
RELATIONS = ("twin", "cooperation_agreement", "intention_agreement", "mou", "project_partner", "strategic_partner")
KINDS = ("city_network", "eu_programme", "organisation", "other")
OUTCOMES = ("adopted", "rejected", "postponed", "noted")
STATUSES = ("completed", "in_progress", "partly_completed", "paused", "not_started", "cancelled", "unknown")


@dataclass(kw_only=True)
class DocumentRow:
    doc_id: str
    source: str
    municipality: str | None = None
    country: str | None = None
    doc_type: str = "other"
    language: str = "und"
    language_score: float | None = None
    title: str | None = None
    n_pages: int | None = None
    n_chars: int | None = None
    ocr: bool = False  # the text was read from page images by OCR (a scanned PDF)
    ocr_confidence: float | None = None  # mean Tesseract word confidence, 0–1, when ocr
    status: str = "ok"
    error: str | None = None


@dataclass(kw_only=True)
class ExtractedRow:
    """Provenance columns shared by every extracted table (written last)."""

    doc_id: str
    municipality: str | None = None
    page: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    evidence: str | None = None


@dataclass(kw_only=True)
class FocusAreaRow(ExtractedRow):
    ordinal: int
    label: str


@dataclass(kw_only=True)
class PartnerCityRow(ExtractedRow):
    city: str
    mention: str
    partner_country: str | None = None
    relation: str
    since_year: int | None = None


@dataclass(kw_only=True)
class NetworkRow(ExtractedRow):
    network: str
    mention: str
    kind: str


@dataclass(kw_only=True)
class VoteRow(ExtractedRow):
    body: str | None = None
    meeting_date: str | None = None  # ISO date
    case_number: str | None = None
    archive_case: str | None = None
    subject: str | None = None
    proposer: str | None = None
    proposer_party: str | None = None
    outcome: str
    unanimous: bool | None = None
    votes_for: int | None = None
    votes_against: int | None = None
    against_parties: str | None = None  # JSON object party -> votes
    casting_vote: bool = False
    counts_consistent: bool = True


@dataclass(kw_only=True)
class ActionRow(ExtractedRow):
    action_id: str | None = None
    title: str
    status: str
    status_evidence: str | None = None


TABLES: dict[str, type] = {
    "documents": DocumentRow,
    "focus_areas": FocusAreaRow,
    "partner_cities": PartnerCityRow,
    "networks": NetworkRow,
    "votes": VoteRow,
    "actions": ActionRow,
}

_PROVENANCE = ("page", "char_start", "char_end", "evidence")
_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}
_DATE_COLUMNS = {"meeting_date"}  # ISO strings in the rows, a real date type in the tables


def columns(table: str) -> list[str]:
    """Contract column order: table-specific columns first, provenance last."""
    names = [f.name for f in fields(TABLES[table])]
    head = [n for n in names if n not in _PROVENANCE]
    return head + [n for n in names if n in _PROVENANCE]


def dtypes(table: str) -> dict[str, str]:
    """Nullable pandas dtypes per column, read off the row type hints."""
    out = {}
    for f in fields(TABLES[table]):
        base = str(f.type).split("|")[0].strip()
        out[f.name] = "date32[pyarrow]" if f.name in _DATE_COLUMNS else _DTYPES[base]
    return out
