"""Language detection: langdetect, then a Danish/Norwegian disambiguation step."""

from __future__ import annotations

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0
_MAP = {"no": "nb"}


def detect(text: str) -> tuple[str, float]:
    """ISO 639-1 code and a 0..1 score; ("und", 0.0) when nothing can be said."""
    try:
        best = detect_langs(text[:20000])[0]
    except LangDetectException:
        return "und", 0.0
    return _MAP.get(best.lang, best.lang), round(best.prob, 4)
