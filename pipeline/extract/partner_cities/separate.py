"""A neighbouring municipality is a place of its own, not one of the issuer's towns, however close it lies.

'Samen met de gemeenten Maaseik en Dilsen-Stokkem ontwikkelt Kinrooi ...', 'Partners: Stad Ieper, de gemeente
Heuvelland ...', 'Læsø, Samsø og Ærø indgik en samarbejdsaftale': a town a few kilometres from the issuer's seat is
one of its own villages only when the catalogue of municipalities does not know it as a municipality, or knows it
as one merged into the issuer ('Melle' for Merelbeke-Melle, 'Kortessem' for Hasselt since 2025).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.gazetteers.names import fold
from pipeline.rules import load_csv
from pipeline.text.municipalities import catalogue

MERGERS_FILE = "partner_cities/mergers.csv"
_NAME_PARTS = re.compile(r"\s*(?:-|\bog\b|\ben\b|\band\b)\s*")  # 'Merelbeke-Melle', 'Evje og Hornnes'


@cache
def _successors() -> dict[tuple[str, str], str]:
    """(folded merged name, country) -> folded name of the municipality it was merged into."""
    return {(fold(row["merged"]), row["country"]): fold(row["successor"]) for row in load_csv(MERGERS_FILE)}


def name_parts(municipality: str) -> list[str]:
    """The parts of a municipality's name joined by a hyphen or a conjunction ('Faaborg-Midtfyn', 'Evje og Hornnes')."""
    return [part for part in _NAME_PARTS.split(municipality) if part]


def _issuer_parts(municipality: str | None) -> frozenset[str]:
    """The issuer's name and the parts of a merged name ('Nazareth-De Pinte' -> nazareth, de pinte), folded."""
    if not municipality:
        return frozenset()
    return frozenset({fold(municipality), *(fold(part) for part in name_parts(municipality))})


def separate_municipality(names: set[str], municipality: str | None, home: str | None) -> bool:
    """One of `names` (a mention's surface and its city's name) is a home-country municipality of the catalogue
    other than the issuer, neither a part of the issuer's name nor merged into it (or into what it merged into)."""
    if not municipality or not home:
        return False
    parts = _issuer_parts(municipality)
    successors = _successors()
    mine = {parts_key for key in parts if (parts_key := successors.get((key, home)))} | parts
    for name in names:
        for entry in catalogue().lookup(name):
            key = fold(entry.name)
            if entry.country != home or key in parts:
                continue
            if successors.get((key, home)) not in mine:
                return True
    return False
