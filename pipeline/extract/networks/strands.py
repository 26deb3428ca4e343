"""Named strands of one programme ('Interreg North Sea', 'Interreg Vlaanderen-Nederland'): the gazetteer keeps a
programme's strands as aliases of one row, but a document taking part in two strands takes part in two programmes.
A mention that extends the programme's own name by more words names a strand; the bare name ('Interreg',
'Interreg-programmet') is the programme at large, and says nothing more once a strand of it is a row. A wording in
brackets right after another ('Interreg Nordsøprogrammet (Interreg North Sea)') is the same strand."""

from __future__ import annotations

import re

PROGRAMME_KIND = "eu_programme"
_BRACKET = re.compile(r"\s*\(\s*")


class Strands:
    """The row key of each mention: (network, strand), one strand per wording that extends another."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, list[str]] = {}
        self._last: dict[str, tuple[int, str]] = {}  # per network: where its last mention ended, and its strand

    def key(self, network: str, surface: str, kind: str, start: int, end: int) -> tuple[str, str]:
        """(folded network, strand) of the mention at text[start:end]: the strand is '' for the programme's own
        name and for any other kind."""
        name = network.casefold()
        words = " ".join(surface.casefold().split())
        if kind != PROGRAMME_KIND or not words.startswith(name + " "):
            return name, ""
        last = self._last.get(name)
        if last is not None and last[1] and _BRACKET.fullmatch(self._text, last[0], start):
            strand = last[1]
        else:
            seen = self._seen.setdefault(name, [])
            strand = next((s for s in seen if words.startswith(s + " ") or s.startswith(words + " ")), words)
            if strand == words:
                seen.append(words)
        self._last[name] = (end, strand)
        return name, strand


def absorbed(key: tuple[str, str], keys: set[tuple[str, str]]) -> bool:
    """The programme at large beside one of its strands: the strand is the row."""
    return not key[1] and any(other[0] == key[0] and other[1] for other in keys)
