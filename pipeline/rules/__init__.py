"""Access to the rule files in models/: loaded once, hashed for provenance and caching."""

from __future__ import annotations

import csv
import hashlib
import json
from functools import cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parents[2] / "models"


@cache
def load_json(name: str) -> dict | list:
    """A JSON rule file from models/ (e.g. "language.json", "votes/nb.json")."""
    return json.loads((MODELS_DIR / name).read_text(encoding="utf-8"))


@cache
def load_csv(name: str) -> list[dict[str, str]]:
    """A CSV rule file from models/, as a list of row dicts (comment lines start with '#')."""
    with (MODELS_DIR / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def rules_hash() -> str:
    """sha256 over every file in models/: changes whenever a rule changes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in MODELS_DIR.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(MODELS_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
