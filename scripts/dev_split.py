"""Split ../shared/dev into the texts rules are written from and the check set (every third text by file name).

Rules are written from `work/`; only `check/` is scored to see whether a rule fits a family or a sentence.
Usage: python scripts/dev_split.py [--shared ../shared] [--out /tmp/devsplit]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path


def split(shared: Path, out: Path) -> dict[str, list[str]]:
    """Copy dev docs and gold into out/work and out/check; returns the stems of each part."""
    docs = sorted((shared / "dev" / "docs").glob("*.txt"))
    parts: dict[str, list[str]] = {"work": [], "check": []}
    for index, doc in enumerate(docs):
        part = "check" if index % 3 == 2 else "work"
        parts[part].append(doc.stem)
        for kind, path in (("docs", doc), ("gold", shared / "dev" / "gold" / f"{doc.stem}.json")):
            target = out / part / kind
            target.mkdir(parents=True, exist_ok=True)
            if path.exists():
                shutil.copy(path, target / path.name)
    return parts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, default=Path("/tmp/devsplit"))
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    parts = split(args.shared, args.out)
    for part, stems in parts.items():
        print(f"{part}: {len(stems)} texts in {args.out / part}")


if __name__ == "__main__":
    main()
