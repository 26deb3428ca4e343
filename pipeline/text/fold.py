"""The one folded form names are compared in: by the gazetteers, the matchers and the evaluation."""

from __future__ import annotations

import unicodedata

# Letters NFKD does not decompose, written as their plain-Latin stand-ins ('Łódź' -> 'lodz', 'Færøerne' -> 'faeroerne').
_SPECIAL = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ß": "ss", "þ": "th", "ð": "d", "’": "'"}
)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: 'Göteborg', 'Gøteborg' and 'goteborg' fold alike."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())
