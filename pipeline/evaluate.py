"""Score a run against hand-coded gold, table by table.

Gold: one JSON file per document, named after the document's file stem, with a
"document" object and one list per extracted table (see README, "Gold format").
Rows are matched one-to-one by an optimal assignment, with case- and diacritic-insensitive
fuzzy similarity; precision/recall/F1 are micro-averaged over documents, and
attribute accuracy is computed on matched pairs.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

import pandas as pd
from rapidfuzz import fuzz

from pipeline.assignment import best_pairs
from pipeline.dataset.write import read_run
from pipeline.extract import EXTRACTED_TABLES
from pipeline.text.fold import fold as fold_name

MATCH_THRESHOLD = 85.0

# Attributes whose accuracy is reported per table, on matched rows.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "documents": ("municipality", "country", "doc_type", "language"),
    "focus_areas": ("ordinal",),
    "partner_cities": ("partner_country", "relation", "since_year"),
    "networks": ("kind",),
    "votes": ("outcome", "unanimous", "votes_for", "votes_against", "against_parties", "casting_vote"),
    "actions": ("status",),
}


def fold(text: object) -> str:
    """A cell in the folded form names are compared in (the gazetteers' own); a missing cell is ""."""
    if text is None or (isinstance(text, float) and pd.isna(text)) or text is pd.NA:
        return ""
    return fold_name(str(text))


def similarity(a: object, b: object) -> float:
    """0..100; a short name contained in a longer one counts as a match ("Interreg" in "Interreg-programmet")."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    short, long_ = sorted((fa, fb), key=len)
    if len(short) >= 4 and short in long_:
        return 100.0 if len(short) >= 0.5 * len(long_) else 90.0
    return max(fuzz.ratio(fa, fb), fuzz.token_sort_ratio(fa, fb))


def _best_of(pred: dict, gold: dict, keys: tuple[str, ...]) -> float:
    return max((similarity(pred.get(p), gold.get(g)) for p in keys for g in keys), default=0.0)


def _vote_similarity(pred: dict, gold: dict) -> float:
    """Same meeting (date) and body, then the best of subject and proposer."""
    if fold(pred.get("meeting_date")) != fold(gold.get("meeting_date")):
        return 0.0
    if gold.get("body") and similarity(pred.get("body"), gold.get("body")) < 70:
        return 0.0
    pred_subject, gold_subject = fold(pred.get("subject")), fold(gold.get("subject"))
    subject = 100.0 if not pred_subject and not gold_subject else fuzz.token_set_ratio(pred_subject, gold_subject)
    proposer = 100.0 if gold.get("proposer") and fold(pred.get("proposer")) == fold(gold.get("proposer")) else 0.0
    return max(subject, proposer)


def _action_similarity(pred: dict, gold: dict) -> float:
    if gold.get("action_id") and pred.get("action_id"):
        return 100.0 if fold(pred["action_id"]) == fold(gold["action_id"]) else 0.0
    return similarity(pred.get("title"), gold.get("title"))


SIMILARITY: dict[str, Callable[[dict, dict], float]] = {
    "focus_areas": lambda p, g: similarity(p.get("label"), g.get("label")),
    "partner_cities": lambda p, g: _best_of(p, g, ("city", "mention")),
    "networks": lambda p, g: _best_of(p, g, ("network", "mention")),
    "votes": _vote_similarity,
    "actions": _action_similarity,
}
THRESHOLDS = {"votes": 60.0}
SIMILARITY_LABEL = {  # the column named in the list of misses
    "focus_areas": "label",
    "partner_cities": "city",
    "networks": "network",
    "votes": "subject",
    "actions": "title",
}


def match_rows(table: str, predicted: list[dict], gold: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matching above the table's threshold: the optimal assignment (most pairs, then the
    highest total similarity), so the score does not depend on row order or on ties."""
    sim = SIMILARITY[table]
    threshold = THRESHOLDS.get(table, MATCH_THRESHOLD)
    scores = {
        (i, j): score
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if (score := sim(p, g)) >= threshold
    }
    return [(predicted[i], gold[j]) for i, j in best_pairs(scores)]


_TEXT_ATTRIBUTES = {
    "relation",
    "status",
    "outcome",
    "kind",
    "doc_type",
    "language",
    "country",
    "partner_country",
    "municipality",
}


def _same(attribute: str, pred: object, gold: object) -> bool:
    if attribute == "against_parties":
        return _parties(pred) == _parties(gold)
    if attribute in _TEXT_ATTRIBUTES:
        return fold(pred) == fold(gold)
    return _plain(pred) == _plain(gold)


def _plain(value: object) -> object:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _parties(value: object) -> dict | None:
    value = _plain(value)
    if value in (None, ""):
        return None
    parsed = json.loads(value) if isinstance(value, str) else value
    return {fold(k): int(v) for k, v in parsed.items()} or None


@dataclass
class TableScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, total]
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None if p is None and r is None else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def count_attribute(self, name: str, right: bool) -> None:
        tally = self.attributes.setdefault(name, [0, 0])
        tally[0] += int(right)
        tally[1] += 1

    def accuracy(self, name: str) -> float | None:
        right, total = self.attributes.get(name, [0, 0])
        return right / total if total else None


def source_stem(source: str) -> str:
    """File-name stem of a path or URL: how documents are joined to gold files."""
    path = urlparse(source).path if "://" in source else source
    return PurePosixPath(path.replace("\\", "/")).stem


def _records(frame: pd.DataFrame) -> list[dict]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def _gold_value(row: dict, attribute: str) -> object:
    value = row.get(attribute)
    return json.dumps(value) if attribute == "against_parties" and isinstance(value, dict) else value


def score_document(scores: dict[str, TableScore], tables: dict[str, pd.DataFrame], doc: dict, gold: dict) -> None:
    """Add one document's matches to the running per-table scores."""
    stem = source_stem(doc["source"])
    gold_doc = gold.get("document", {})
    for attribute in ATTRIBUTES["documents"]:
        if attribute in gold_doc:
            scores["documents"].count_attribute(attribute, _same(attribute, doc.get(attribute), gold_doc[attribute]))
    if "title" in gold_doc:
        scores["documents"].count_attribute("title", similarity(doc.get("title"), gold_doc["title"]) >= 85)
    for table in EXTRACTED_TABLES:
        frame = tables[table]
        predicted = _records(frame[frame["doc_id"] == doc["doc_id"]])
        expected = gold.get(table, [])
        pairs = match_rows(table, predicted, expected)
        score = scores[table]
        score.tp += len(pairs)
        score.fp += len(predicted) - len(pairs)
        score.fn += len(expected) - len(pairs)
        matched_gold = {id(g) for _, g in pairs}
        matched_pred = {id(p) for p, _ in pairs}
        label = SIMILARITY_LABEL[table]
        score.misses += [f"{stem}: missed {g.get(label)!r}" for g in expected if id(g) not in matched_gold]
        score.misses += [f"{stem}: extra {p.get(label)!r}" for p in predicted if id(p) not in matched_pred]
        for pred, gold_row in pairs:
            for attribute in ATTRIBUTES[table]:
                if attribute in gold_row:
                    right = _same(attribute, pred.get(attribute), _gold_value(gold_row, attribute))
                    score.count_attribute(attribute, right)


def evaluate(run_dir: Path, gold_dir: Path) -> tuple[dict[str, TableScore], int]:
    """Scores per table and the number of documents that had a gold file."""
    tables = read_run(run_dir)
    gold_files = {p.stem: p for p in sorted(gold_dir.glob("*.json"))}
    scores = {name: TableScore() for name in ("documents", *EXTRACTED_TABLES)}
    n_docs = 0
    for doc in _records(tables["documents"]):
        gold_path = gold_files.get(source_stem(doc["source"]))
        if gold_path is None or doc["status"] != "ok":
            continue
        n_docs += 1
        score_document(scores, tables, doc, json.loads(gold_path.read_text(encoding="utf-8")))
    return scores, n_docs


def as_dict(scores: dict[str, TableScore]) -> dict:
    """A JSON-ready view of the scores (for --json and for scripts)."""
    return {
        name: {
            "precision": s.precision,
            "recall": s.recall,
            "f1": s.f1,
            "tp": s.tp,
            "fp": s.fp,
            "fn": s.fn,
            "attributes": {a: s.accuracy(a) for a in s.attributes},
            "misses": s.misses,
        }
        for name, s in scores.items()
    }
