"""The contract's column checks (shared/contract/DATASET.md), run on every table before it is written.

Types and column order come from the row dataclasses (pipeline/dataset/rows.py); this module adds what a type
cannot say: the closed vocabularies, id and code shapes, value ranges and JSON columns. pandera does the
checking, so one failing value is reported with its table, column, row and value instead of a bare assert.
A failing extracted row is dropped and reported in run.json `schema_violations` (a downstream tool must be
able to trust the vocabularies); a document row is never dropped, its violation is reported only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd

from pipeline.dataset.rows import (
    DOC_STATUSES,
    DOC_TYPES,
    KINDS,
    OUTCOMES,
    RELATIONS,
    STATUSES,
    TABLES,
    columns,
)

VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "documents": {"doc_type": DOC_TYPES, "status": DOC_STATUSES},
    "partner_cities": {"relation": RELATIONS},
    "networks": {"kind": KINDS},
    "votes": {"outcome": OUTCOMES},
    "actions": {"status": STATUSES},
}
_COUNTRY = r"^[A-Z]{2}$"
_DOC_ID = r"^[0-9a-f]{16}$"


def _json_object_of_counts(value: str) -> bool:
    try:
        parsed = json.loads(value)
    except ValueError:
        return False
    return isinstance(parsed, dict) and all(isinstance(v, int) and v >= 0 for v in parsed.values())


def _checks(table: str) -> dict[str, list]:
    """Per column, the checks beyond its dtype."""
    from pandera.pandas import Check

    checks: dict[str, list] = {name: [Check.isin(list(words))] for name, words in VOCABULARIES.get(table, {}).items()}
    checks["doc_id"] = [Check.str_matches(_DOC_ID)]
    if table == "documents":
        checks["country"] = [Check.str_matches(_COUNTRY)]
        checks["language_score"] = [Check.in_range(0.0, 1.0)]
        checks["ocr_confidence"] = [Check.in_range(0.0, 1.0)]
        checks["n_pages"] = checks["n_chars"] = [Check.ge(0)]
        return checks
    checks["page"] = [Check.ge(1)]
    checks["char_start"] = [Check.ge(0)]
    if table == "focus_areas":
        checks["ordinal"] = [Check.ge(1)]
        checks["label"] = [Check.str_length(min_value=1)]
    elif table == "partner_cities":
        checks["partner_country"] = [Check.str_matches(_COUNTRY)]
        checks["since_year"] = [Check.in_range(800, 2100)]
    elif table == "votes":
        checks["votes_for"] = checks["votes_against"] = [Check.ge(0)]
        checks["against_parties"] = [Check(_json_object_of_counts, element_wise=True, name="json_party_counts")]
    return checks


def schema(table: str):
    """The pandera schema of one table: every contract column, nullable where the contract allows null."""
    from pandera.pandas import Check, Column, DataFrameSchema

    required = {f.name for f in TABLES[table].__dataclass_fields__.values() if "None" not in str(f.type)}
    checks = _checks(table)
    cols = {
        name: Column(checks=checks.get(name, []), nullable=name not in required, coerce=False)
        for name in columns(table)
    }
    span = [] if table == "documents" else [
        Check(lambda f: f["char_start"].isna() | f["char_end"].isna() | (f["char_start"] <= f["char_end"]),
              name="char_start <= char_end")
    ]
    return DataFrameSchema(cols, checks=span, strict=False, ordered=False)


@dataclass(frozen=True)
class Violation:
    table: str
    column: str | None
    check: str
    value: str | None
    doc_id: str | None

    def as_dict(self) -> dict:
        return {"table": self.table, "column": self.column, "check": self.check, "value": self.value,
                "doc_id": self.doc_id}


def _violations(table: str, frame: pd.DataFrame) -> tuple[list[Violation], set]:
    """The table's failure cases and the index labels of the rows they name."""
    from pandera.errors import SchemaErrors

    try:
        schema(table).validate(frame, lazy=True)
    except SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return [], set()
    out, rows = [], set()
    for case in cases.itertuples(index=False):
        index = getattr(case, "index", None)
        has_row = index is not None and not pd.isna(index) and index in frame.index
        doc_id = str(frame.at[index, "doc_id"]) if has_row and "doc_id" in frame else None
        if has_row:
            rows.add(index)
        value = None if pd.isna(case.failure_case) else str(case.failure_case)
        out.append(Violation(table, case.column, str(case.check), value, doc_id))
    return out, rows


def enforce(tables: dict[str, pd.DataFrame]) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Tables with contract-violating extracted rows dropped, and every violation found (documents kept)."""
    checked, found = {}, []
    for table, frame in tables.items():
        violations, rows = _violations(table, frame)
        found += [v.as_dict() for v in violations]
        if rows and table != "documents":
            frame = frame.drop(index=sorted(rows)).reset_index(drop=True)
        checked[table] = frame
    return checked, found
