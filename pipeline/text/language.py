"""Language detection: langdetect + lingua + orthographic cues, voted over spread samples.

langdetect (mandated) and lingua each give a distribution over languages; both confuse
Danish, Bokmål and Nynorsk on short text, so function words and spelling patterns from
models/language.json add a third opinion for those three. Long documents are judged on a
bounded number of spread samples, whose verdicts are voted.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from functools import cache
from itertools import islice

from langdetect import DetectorFactory
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.lang_detect_exception import LangDetectException
from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from pipeline.rules import load_json
from pipeline.text.langdetect_fast import Detector

DetectorFactory.seed = 0  # langdetect is random without a fixed seed
# langdetect reseeds and draws from Python's global `random`: concurrent calls would interleave draws.
_LANGDETECT_LOCK = threading.Lock()
UNDETERMINED = ("und", 0.0)
_WORD = re.compile(r"\w+")


def _rules() -> dict:
    return load_json("language.json")


@cache
def _langdetect() -> DetectorFactory:
    """langdetect with the profiles of `langdetect_languages` only: all 55 cost ~60 MB in every worker."""
    factory = DetectorFactory()
    profiles = []
    for code in _rules()["langdetect_languages"]:
        with open(f"{PROFILES_DIRECTORY}/{code}", encoding="utf-8") as profile:
            profiles.append(profile.read())
    factory.load_json_profile(profiles)
    return factory


@cache
def _lingua() -> LanguageDetector:
    codes = [getattr(IsoCode639_1, code.upper()) for code in _rules()["lingua_languages"]]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


@cache
def _cue_patterns() -> dict[str, tuple[frozenset[str], list[re.Pattern[str]]]]:
    return {
        lang: (frozenset(cue["words"]), [re.compile(p) for p in cue["patterns"]])
        for lang, cue in _rules()["cues"].items()
    }


def _langdetect_dist(text: str) -> dict[str, float]:
    """langdetect's distribution in our codes (its "no" profile was trained on Bokmål, hence nb)."""
    try:
        with _LANGDETECT_LOCK:
            detector = Detector(_langdetect())  # langdetect's detector, its loops tighter (same floats)
            detector.append(text)
            found = detector.get_probabilities()
    except LangDetectException:
        return {}
    split = _rules()["langdetect_codes"]
    return {code: r.prob for r in found for code in split.get(r.lang, [r.lang])}


def _lingua_dist(text: str) -> dict[str, float]:
    return {c.language.iso_code_639_1.name.lower(): c.value for c in _lingua().compute_language_confidence_values(text)}


def _cue_hits(text: str) -> dict[str, int]:
    """Number of cue words and spelling patterns of each Danish/Norwegian variant in the text."""
    lowered = text.lower()
    tokens = _WORD.findall(lowered)
    counts: dict[str, int] = {}  # a spelling pattern listed under two or three variants is counted once
    for _, patterns in _cue_patterns().values():
        for p in patterns:
            if p.pattern not in counts:
                counts[p.pattern] = len(p.findall(lowered))
    return {
        lang: sum(t in words for t in tokens) + sum(counts[p.pattern] for p in patterns)
        for lang, (words, patterns) in _cue_patterns().items()
    }


def _shares(scores: dict[str, float]) -> dict[str, float]:
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()} if total else {}


def _cue_shares(hits: dict[str, float]) -> dict[str, float]:
    """Split by the hits above the smallest count (add-one smoothed): cues shared by all say nothing."""
    if not any(hits.values()):
        return {}
    floor = min(hits.values())
    return _shares({k: n - floor + 1.0 for k, n in hits.items()})


def _family(lang: str) -> str:
    return next((fam for fam, members in _rules()["families"].items() if lang in members), lang)


def _pick_variant(family: str, dists: list[tuple[float, dict[str, float]]], hits: dict[str, int]) -> tuple[str, float]:
    """Variant of a family (nb/nn) by the detectors' within-family split plus the cue split."""
    members = _rules()["families"].get(family, [family])
    if len(members) == 1:
        return family, 1.0
    votes: dict[str, float] = defaultdict(float)
    opinions = [(w, _shares({m: d.get(m, 0.0) for m in members})) for w, d in dists]
    opinions.append((_rules()["weights"]["cues"], _cue_shares({m: float(hits.get(m, 0)) for m in members})))
    for weight, shares in opinions:
        for member, share in shares.items():
            votes[member] += weight * share
    if not votes:
        return members[0], 1.0 / len(members)
    best = max(members, key=lambda m: votes[m])
    return best, votes[best] / sum(votes.values())


def _detect_sample(text: str) -> tuple[str, float]:
    """Family by langdetect + lingua + cues, then the variant within the family (nb vs nn).

    The cues only re-split the mass the statistical detectors give to the cue languages,
    scaled by that mass, so Danish function words in a Dutch text change nothing.
    """
    weights = _rules()["weights"]
    dists = [(weights["langdetect"], _langdetect_dist(text)), (weights["lingua"], _lingua_dist(text))]
    dists = [(w, d) for w, d in dists if d]
    if not dists:
        return UNDETERMINED
    families: dict[str, float] = defaultdict(float)
    for weight, dist in dists:
        for lang, prob in dist.items():
            families[_family(lang)] += weight * prob
    used = sum(w for w, _ in dists)
    hits = _cue_hits(text)
    cue_families: dict[str, float] = defaultdict(float)
    for lang, n in hits.items():
        cue_families[_family(lang)] = max(cue_families[_family(lang)], float(n))
    cue_shares = _cue_shares(cue_families)
    if cue_shares:
        group_share = sum(families[f] for f in cue_shares) / sum(families.values())
        used += weights["cues"] * group_share
        for fam, share in cue_shares.items():
            families[fam] += weights["cues"] * share * group_share
    family = max(families, key=lambda f: (families[f], f))
    variant, variant_share = _pick_variant(family, dists, hits)
    return variant, round(min(families[family] / used, 1.0) * variant_share, 4)


def samples(text: str) -> list[str]:
    """Up to max_samples runs of lines of about sample_chars, spread evenly over the text.

    Runs with fewer than min_letters letters are dropped: too little to tell a language by.
    """
    conf = _rules()["sample"]
    size = conf["sample_chars"]
    blocks: list[str] = []
    current = ""
    # a line longer than a sample (text extracted without line breaks) is cut into windows
    parts = (line[i : i + size] for line in text.splitlines() for i in range(0, max(len(line), 1), size))
    for part in parts:
        current = f"{current}\n{part}".strip()
        if len(current) >= size:
            blocks.append(current[:size])
            current = ""
    if current and blocks and len(current) < conf["min_sample_chars"]:
        blocks[-1] = f"{blocks[-1]}\n{current}"  # a short tail would cost lingua its ~360 MB short-text models
    elif current:
        blocks.append(current)
    blocks = [b for b in blocks if _has_letters(b, conf["min_letters"])]
    if len(blocks) <= conf["max_samples"]:
        return blocks
    step = (len(blocks) - 1) / (conf["max_samples"] - 1)
    return [blocks[round(i * step)] for i in range(conf["max_samples"])]


def _has_letters(block: str, count: int) -> bool:
    """`block` holds at least `count` letters: read up to the count-th, not the whole block (most blocks are
    letters from their first words; counting every letter of every block cost 0.08 s over the bench's 40 PDFs)."""
    return count <= 0 or next(islice(filter(str.isalpha, block), count - 1, None), None) is not None


def detect(text: str) -> tuple[str, float]:
    """ISO 639-1 code and a 0..1 score; ("und", 0.0) when nothing can be said.

    Each sample votes with its score times its length; the document score is the
    confidence-weighted share of the text that agrees with the winner.
    """
    votes: dict[str, float] = defaultdict(float)
    total = 0
    for sample in samples(text):
        lang, score = _detect_sample(sample)
        total += len(sample)
        if score > 0:
            votes[lang] += score * len(sample)
    if not votes:
        return UNDETERMINED
    best = max(votes, key=lambda lang: (votes[lang], lang))
    return best, round(votes[best] / total, 4)


def detect_pages(pages: list[str]) -> list[tuple[str, float]]:
    """One verdict per page, for documents that switch language (e.g. an English annex)."""
    return [detect(page) for page in pages]
