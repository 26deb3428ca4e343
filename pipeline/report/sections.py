"""Turn the run's tables into what each report section shows: plain dicts and lists, no HTML, no charts.

Pure functions, so every number the report prints can be tested without a browser.
Rows keep their provenance (source, page, evidence) so the template can link each one back.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

import pandas as pd

from pipeline.extract import EXTRACTED_TABLES

UNKNOWN = "(unknown)"
CORPUS_FACETS = ("municipality", "country", "language", "doc_type")

Locate = Callable[[str, str | None], tuple[float, float] | None]


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values, missing values as None (pandas NA is ambiguous in `if`)."""
    plain = frame.astype(object).where(frame.notna(), None)
    return [{k: _plain(v) for k, v in row.items()} for row in plain.to_dict("records")]


def _plain(value: object) -> object:
    return value.isoformat() if hasattr(value, "isoformat") else value


def with_sources(rows: list[dict], documents: pd.DataFrame) -> list[dict]:
    """Each extracted row gains the `source` and `title` of its document, for its provenance link."""
    docs = {d["doc_id"]: d for d in records(documents.drop_duplicates("doc_id"))}
    return [
        {
            **row,
            "source": docs.get(row["doc_id"], {}).get("source"),
            "doc_title": docs.get(row["doc_id"], {}).get("title"),
        }
        for row in rows
    ]


def tally(values: Iterable[object]) -> dict[str, int]:
    """Counts, most common first, with missing values under one visible label."""
    return dict(Counter(UNKNOWN if v is None else str(v) for v in values).most_common())


def corpus(documents: pd.DataFrame) -> dict:
    """Documents per facet, status counts, and the documents that carry an error.

    The facets count documents, not files: ok rows only (a failed one has no language or type
    worth charting; it is listed with its error instead), and two sources with the same bytes once.
    """
    rows = records(documents)
    read = {r["doc_id"]: r for r in rows if r["status"] == "ok"}.values()
    return {
        "documents": rows,
        "n_read": len(read),
        "facets": {facet: tally(r[facet] for r in read) for facet in CORPUS_FACETS},
        "status": tally(r["status"] for r in rows),
        "with_errors": [r for r in rows if r["error"]],
    }


def partner_map(partners: list[dict], documents: pd.DataFrame, locate: Locate) -> dict:
    """Lines from each issuing municipality to its partner cities; what cannot be placed is listed instead."""
    countries = {d["doc_id"]: d["country"] for d in records(documents)}
    lines, unplaced = [], []
    for row in partners:
        home = locate(row["municipality"], countries.get(row["doc_id"])) if row["municipality"] else None
        away = locate(row["city"], row["partner_country"])
        if home and away:
            lines.append(
                {
                    "municipality": row["municipality"],
                    "city": row["city"],
                    "relation": row["relation"],
                    "home": home,
                    "away": away,
                }
            )
        else:
            unplaced.append({**row, "missing": "municipality" if away else "city"})
    return {"lines": lines, "unplaced": unplaced}


def since_years(partners: list[dict]) -> list[dict]:
    """Partnerships with a start year, oldest first, each once however many documents state it."""
    dated = {
        (r["municipality"] or r["doc_id"], r["city"], r["relation"], r["since_year"]): r
        for r in partners
        if r["since_year"] is not None
    }
    return [dated[key] for key in sorted(dated, key=lambda k: (k[3], k[0], k[1], k[2]))]


def _issuer(row: dict) -> str:
    return row["municipality"] or f"({row['doc_id']})"


def network_reach(networks: list[dict]) -> dict[str, int]:
    """How many municipalities name each network, most widespread first."""
    issuers: dict[str, set[str]] = defaultdict(set)
    for row in networks:
        issuers[row["network"]].add(_issuer(row))
    return dict(sorted(((n, len(s)) for n, s in issuers.items()), key=lambda item: (-item[1], item[0])))


def network_matrix(networks: list[dict]) -> dict:
    """Network × municipality cells, each holding the first row that proves the membership."""
    columns = sorted({_issuer(r) for r in networks})
    cells: dict[str, dict[str, dict]] = {}
    for index, row in enumerate(networks):
        cells.setdefault(row["network"], {}).setdefault(_issuer(row), {**row, "index": index})
    order = list(network_reach(networks))
    return {"columns": columns, "rows": [(network, cells[network]) for network in order]}


def outcomes_by_body(votes: list[dict]) -> dict[str, dict[str, int]]:
    """Outcome counts per deciding body."""
    table: dict[str, Counter] = defaultdict(Counter)
    for row in votes:
        table[row["body"] or UNKNOWN][row["outcome"]] += 1
    return {body: dict(counts) for body, counts in sorted(table.items())}


def unanimity(votes: list[dict]) -> dict:
    """Share unanimous among the votes whose text says either way; the silent ones are counted apart."""
    known = [r["unanimous"] for r in votes if r["unanimous"] is not None]
    share = sum(known) / len(known) if known else None
    return {"unanimous": sum(known), "known": len(known), "unstated": len(votes) - len(known), "share": share}


def parse_parties(text: str | None) -> dict[str, int]:
    """against_parties JSON as a dict; an unreadable value is shown as no parties rather than crashing."""
    if not text:
        return {}
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return {str(k): int(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}


def parties_against(votes: list[dict]) -> dict[str, int]:
    """In how many votes each party had members voting against, most often first."""
    counts = Counter(party for row in votes for party in parse_parties(row["against_parties"]))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def inconsistent_votes(votes: list[dict]) -> list[dict]:
    """Votes whose counts do not add up: kept in the data, listed here for a human to check."""
    return [r for r in votes if r["counts_consistent"] is False]


def document_label(row: dict) -> str:
    """Short and unique per document: municipality and file name (a PDF and its transcript share a title)."""
    name = (row["source"] or row["doc_id"]).rstrip("/").rsplit("/", 1)[-1]
    return f"{row['municipality'] or UNKNOWN} · {name}"


def action_status(actions: list[dict]) -> dict[str, dict[str, int]]:
    """Status counts per document."""
    table: dict[str, Counter] = defaultdict(Counter)
    for row in actions:
        table[document_label(row)][row["status"]] += 1
    return {label: dict(counts) for label, counts in sorted(table.items())}


def vote_word_gaps(coverage: list[dict], documents: pd.DataFrame) -> list[dict]:
    """run.json coverage warnings grouped per document: vote words were found but no vote was parsed."""
    docs = {d["doc_id"]: d for d in records(documents.drop_duplicates("doc_id"))}
    grouped: dict[str, list[dict]] = defaultdict(list)
    for entry in coverage:
        grouped[entry["doc_id"]].append({"page": entry.get("page"), "sentence": entry.get("sentence")})
    return [
        {
            "doc_id": doc_id,
            "source": docs.get(doc_id, {}).get("source"),
            "municipality": docs.get(doc_id, {}).get("municipality"),
            "hits": hits,
        }
        for doc_id, hits in sorted(grouped.items())
    ]


def silent_documents(tables: dict[str, pd.DataFrame]) -> list[dict]:
    """Documents read without error that gave no row in any extracted table."""
    with_rows = set().union(*(set(tables[t]["doc_id"]) for t in EXTRACTED_TABLES))
    docs = records(tables["documents"].drop_duplicates("doc_id"))
    return [d for d in docs if d["status"] == "ok" and d["doc_id"] not in with_rows]
