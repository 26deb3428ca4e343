"""A tracker's legend: the line that explains its status words, colours or symbols.

"Statusforklaring: Fullført – Under arbeid – Ikke startet" or "Grøn = gennemført, gul = i gang,
rød = ikke påbegyndt" names no item; where it pairs a colour or symbol with a status it tells what
that mark means in this document, over the language's default reading of the mark.
"""

from __future__ import annotations

import re

from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import list_parts, listed_statuses, phrase_status
from pipeline.text.structure import Line

_PAIR = re.compile(r"^(?P<left>.+?)\s*(?:=|:|\s[–—-]\s)\s*(?P<right>.+)$")


def is_legend(text: str, lex: Lexicon) -> bool:
    """A line that explains statuses: under a legend label, or naming two or more statuses as a list."""
    return bool(lex.legend_label.match(text.strip())) or len(listed_statuses(text, lex)) > 1


def legend_of(lines: list[Line], lex: Lexicon) -> dict[str, str]:
    """What each mark means in this document ("grøn" → completed): every pair of a mark and a status
    phrase ("Grøn = gennemført", "Rød: stilt i bero", "gennemført – grøn"), wherever it stands."""
    meaning: dict[str, str] = {}
    for line in lines:
        if not any(mark in line.text.casefold() for mark in lex.marks):
            continue
        text = line.text.split(":", 1)[1] if lex.legend_label.match(line.text) and ":" in line.text else line.text
        for part in list_parts(text, lex, r"\.\s"):
            pair = _PAIR.match(part)
            if pair is None:
                continue
            for mark, phrase in ((pair.group("left"), pair.group("right")), (pair.group("right"), pair.group("left"))):
                key = mark.strip(" .").casefold()
                status = phrase_status(phrase, lex) if key in lex.marks else None
                if status:
                    meaning[key] = status
                    break
    return meaning
