"""Language detection accuracy on the seed documents: paragraphs and short word chunks.

Run `python benchmarks/language_accuracy.py`. The expected language of every piece is
the gold language of the seed it comes from. tests/test_language.py asserts the same
figures, so the numbers printed here are the ones the test suite guards.
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PIPELINE_SHARED", ROOT.parent / "shared"))  # seeds, gold and dev texts (CI has them)
sys.path.insert(0, str(ROOT))

from pipeline.text.language import detect  # noqa: E402

MIN_PARAGRAPH_CHARS = 200


@dataclass
class Result:
    unit: str
    language: str
    n: int
    correct: int
    ms_per_call: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.n if self.n else 0.0


def seed_texts(shared: Path = SHARED) -> list[tuple[str, str]]:
    """(gold language, text) of every seed document."""
    out = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        gold = json.loads((shared / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        out.append((gold["document"]["language"], path.read_text(encoding="utf-8")))
    return out


def paragraphs(text: str, min_chars: int = MIN_PARAGRAPH_CHARS) -> list[str]:
    """Non-empty lines of at least min_chars: the seeds hold one paragraph per line."""
    return [line.strip() for line in text.splitlines() if len(line.strip()) >= min_chars]


def word_chunks(text: str, size: int) -> list[str]:
    """Consecutive non-overlapping chunks of `size` words (a shorter tail is dropped)."""
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words) - size + 1, size)]


def measure(unit: str, pieces: list[tuple[str, str]]) -> list[Result]:
    """Accuracy and time per call of detect() on (expected language, text) pieces, per language."""
    by_lang: dict[str, list[str]] = {}
    for lang, piece in pieces:
        by_lang.setdefault(lang, []).append(piece)
    results = []
    for lang, texts in sorted(by_lang.items()):
        detect(texts[0])  # the first call loads lingua's models: keep it out of the timing
        start = time.perf_counter()
        correct = sum(detect(t)[0] == lang for t in texts)
        elapsed = (time.perf_counter() - start) * 1000 / len(texts)
        results.append(Result(unit, lang, len(texts), correct, elapsed))
    return results


def seed_pieces(unit: str, languages: set[str] | None = None) -> list[tuple[str, str]]:
    """Paragraphs ("paragraphs") or word chunks ("10 words", "5 words") of the seeds."""
    pieces = []
    for lang, text in seed_texts():
        if languages and lang not in languages:
            continue
        if unit == "paragraphs":
            pieces += [(lang, p) for p in paragraphs(text)]
        else:
            pieces += [(lang, c) for c in word_chunks(text, int(unit.split()[0]))]
    return pieces


def main() -> None:
    rows = measure("paragraphs", seed_pieces("paragraphs"))
    for unit in ("10 words", "5 words"):
        rows += measure(unit, seed_pieces(unit, {"da", "nb"}))
    print(f"{'unit':<11} {'lang':<5} {'n':>5} {'correct':>8} {'accuracy':>9} {'ms/call':>8}")
    for r in rows:
        print(f"{r.unit:<11} {r.language:<5} {r.n:>5} {r.correct:>8} {r.accuracy:>9.3f} {r.ms_per_call:>8.2f}")
    for unit in ("paragraphs", "10 words", "5 words"):
        sub = [r for r in rows if r.unit == unit]
        n, correct = sum(r.n for r in sub), sum(r.correct for r in sub)
        print(f"{unit:<11} {'all':<5} {n:>5} {correct:>8} {correct / n:>9.3f}")


if __name__ == "__main__":
    main()
