"""Document metadata (municipality, country, doc_type, title) inferred from the text.

All cue words and patterns live in models/metadata.json; this module only weighs them.
The head of a document (its title and first lines) says more about what the document is
and who issued it than its body, so evidence there counts more.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from pipeline.rules import load_json

_FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s)|$)")


def _rules() -> dict:
    return load_json("metadata.json")


@cache
def _compiled() -> dict[str, object]:
    rules = _rules()
    title = rules["title"]
    types = rules["doc_type"]["types"]
    return {
        "issuer": [re.compile(p) for p in rules["issuer"]["patterns"]],
        "noise": [re.compile(p, re.I) for p in title["noise"]],
        "headers": [re.compile(p, re.I) for p in title["headers"]],
        "strip": re.compile(title["strip"]),
        "date": re.compile(title["date"], re.I),
        # a cue is a whole word or the end of a compound ("planstrategi", "collegeprogramma")
        "types": {t: re.compile(r"\b\w*(?:" + "|".join(cues) + r")\b", re.I) for t, cues in types.items()},
    }


def _clean(line: str) -> str:
    return _compiled()["strip"].sub("", line).strip()


def _canonical(name: str) -> str | None:
    """Drop leading function words ("At Aalborg" -> "Aalborg"); title-case names in capitals."""
    words = name.split()
    stop = set(_rules()["issuer"]["not_names"])
    while words and words[0].capitalize() in stop:
        words = words[1:]
    if not words:
        return None
    joined = " ".join(words)
    return joined.title() if joined.isupper() else joined


def municipality(text: str) -> str | None:
    """The most supported issuer pattern; None when absent or when no candidate clearly leads."""
    conf = _rules()["issuer"]
    scores: dict[str, float] = defaultdict(float)
    for pattern in _compiled()["issuer"]:
        for m in pattern.finditer(text):
            name = _canonical(m.group("name"))
            if name:
                scores[name] += 1.0 + conf["head_bonus"] * max(0.0, 1.0 - m.start() / conf["head_chars"])
    # "Strategi Trondheim" and "Trondheim" are the same issuer: credit the shortest tail
    for name in sorted(scores, key=len, reverse=True):
        tail = next((n for n in scores if n != name and name.endswith(" " + n)), None)
        if tail:
            scores[tail] += scores.pop(name)
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < conf["min_lead"]):
        return None
    return ranked[0][0]


def _count(text: str, words: Counter[str], terms: list[str]) -> int:
    """Occurrences of single words (as tokens) and multi-word terms (as substrings)."""
    return sum(text.count(t) if " " in t else words[t] for t in terms)


def country(text: str, language: str) -> str | None:
    """ISO alpha-2 from the language, unless the text's own cues clearly point elsewhere."""
    conf = _rules()["country"]
    lowered = text.lower()
    words = Counter(re.findall(r"[\w-]+", lowered))
    for rule in conf["overrides"].get(language, []):
        found = _count(lowered, words, rule["cues"])
        if found >= rule["min_cues"] and found >= rule["min_ratio"] * _count(lowered, words, rule["against"]):
            return rule["country"]
    return conf["by_language"].get(language)


def _is_title_like(line: str) -> bool:
    """Short, has letters, is no sentence or lead-in, no web noise, case-number header or genre label."""
    conf = _rules()["title"]
    words = line.split()
    return (
        any(ch.isalpha() for ch in line)
        and len(line) <= conf["max_chars"]
        and len(words) <= conf["max_words"]
        and not (line.endswith(".") and len(words) >= conf["sentence_min_words"])
        and not line.endswith(":")  # introduces a list or a field
        and line.lower() not in conf["labels"]
        and not any(p.search(line) for p in _compiled()["noise"] + _compiled()["headers"])
    )


def title(text: str) -> str | None:
    """A markdown heading in the head, else its first title-like line that is no running header.

    A line repeated in the head is a running header when a title-like line follows it soon
    (a site banner above the real title); a short title followed by a meeting date line is
    joined with it ("Raadsvergadering – maandag 17 juli 2023"). Without any title-like line,
    the first sentence stands in.
    """
    conf = _rules()["title"]
    raw = [line for line in text.splitlines() if line.strip()][: conf["scan_lines"]]
    lines = [_clean(line) for line in raw]
    counts = Counter(lines)
    headings = [i for i, line in enumerate(raw) if line.lstrip().startswith("#") and _is_title_like(lines[i])]
    candidates = [
        i
        for i, line in enumerate(lines)
        if _is_title_like(line)
        and not (counts[line] > 1 and any(_is_title_like(n) and n != line for n in lines[i + 1 : i + 4]))
    ]
    if headings or candidates:
        return _with_date(lines, (headings or candidates)[0]).rstrip(".:")
    first = next((line for line in lines if any(ch.isalpha() for ch in line)), None)
    return first and _FIRST_SENTENCE.match(first).group(0)[: conf["max_chars"]].rstrip(".")


def _with_date(lines: list[str], i: int) -> str:
    """The title line plus the short lines down to a meeting date within date_lookahead lines."""
    conf = _rules()["title"]
    date = _compiled()["date"]
    if date.search(lines[i]) or len(lines[i].split()) > conf["join_max_words"]:
        return lines[i]
    for j in range(i + 1, min(i + 1 + conf["date_lookahead"], len(lines))):
        if not _is_title_like(lines[j]):
            break
        if date.search(lines[j]):
            return conf["separator"].join(lines[i : j + 1])
    return lines[i]


def doc_type(text: str, title_line: str | None) -> str:
    """Cue words scored by position (title > head lines > body, body capped); "other" if weak."""
    conf = _rules()["doc_type"]
    lines = [line for line in text.splitlines() if line.strip()]
    head: dict[str, float] = defaultdict(float)
    body: dict[str, float] = defaultdict(float)
    for kind, pattern in _compiled()["types"].items():
        if title_line:
            head[kind] += conf["title_weight"] * len(pattern.findall(title_line))
        for i, line in enumerate(lines):
            hits = len(pattern.findall(line))
            if i < conf["head_lines"]:
                head[kind] += conf["head_weight"] * hits
            else:
                body[kind] += conf["body_weight"] * hits
    scores = {k: conf["type_weights"][k] * (head[k] + min(body[k], conf["body_cap"])) for k in conf["types"]}
    best = max(conf["priority"], key=lambda k: scores[k])
    return best if scores[best] >= conf["min_score"] else "other"


# Who issued a document and what kind it is show in its first pages; reading further costs
# time on huge inputs (a 20 MB single line) and adds nothing.
METADATA_SAMPLE_CHARS = 200_000


def infer(text: str, language: str) -> dict[str, str | None]:
    """Best guess of municipality, country, doc_type and title; None where nothing is found."""
    text = text[:METADATA_SAMPLE_CHARS]
    found_title = title(text)
    return {
        "municipality": municipality(text),
        "country": country(text, language),
        "doc_type": doc_type(text, found_title),
        "title": found_title,
    }
