"""Party breakdowns and name lists behind vote counts, and whether they add up.

"(1Ap, 5MDG, 4SV, 2R)", "(3 V, 2 KrF)", "FrP 5, H 3", "(A+V+C)", "BBE (10), CDA (3)", "Per Hansen (AP), Kari Lie (H)":
each yields party -> votes when the numbers are there, or just the parties when they are not.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.extract.votes.lexicon import Lexicon

# never inside a bracket: "GroenLinks (2: De Boer en Smit)" is one item
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\+|(?<!\d)/(?!\d)|\s(?:og|en|and|samt|&)\s)(?![^()]*\))\s*")
_COUNT_FIRST = re.compile(r"(?P<n>\d+)\s*(?P<party>[^\W\d][\w&.\- ]*)")
# "BBE (10)", "Vlaams Belang (3 stemmen)", "VVD (1: mevr. Arends)", "H (2 av 5)", "50PLUS (2)": the count may carry its
# noun, the members it names or the group it is part of; a party name may open with digits
_COUNT_LAST = re.compile(
    r"(?P<party>\d*[^\W\d][\w&.\- ]*?)\s*\((?P<n>\d+)(?:\s+[^\W\d]{1,10}|\s*:[^()]*|\s+[^\W\d]{1,4}\s+\d+)?\)"
)
# "FrP 5, H 3", "Vlaams Belang 3"
_COUNT_AFTER = re.compile(r"(?P<party>[^\W\d][\w&.\-]*(?:\s+[^\W\d][\w&.\-]*){0,3})\s+(?P<n>\d+)")
# "Wouters (D66)", "Bos (50PLUS)": the party may hold digits, but is no bare number (that is a count)
_NAMED = re.compile(r"(?P<name>[^\W\d][\w'’.\- ]*?)\s*\((?P<party>(?!\d+(?!\w))[^()]{1,40})\)+")
# "VVD (4), D66 (2)   = 17": the line's own total closes it
_TOTAL_AFTER = re.compile(r"\s*=\s*\d+\s*$")
# "Koen Maes", "Els Van den Broeck", "A. de Vries": a member named without a party, given name first
_PERSON = re.compile(r"(?:[A-ZÆØÅÄÖÜ][\w'’-]*\.?|[A-ZÆØÅÄÖÜ]\.)(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÆØÅÄÖÜ][\w'’-]+){1,3}")


@dataclass
class Breakdown:
    """Votes per party (None for a party named without a number) plus votes of unnamed members."""

    parties: dict[str, int | None] = field(default_factory=dict)
    unattributed: int = 0  # "Raadsleden (35)": counted, but no party
    unread: int = 0  # items read as no party ("Ronduit Open" beside "PvdA"): the lone party is not alone

    @property
    def total(self) -> int | None:
        """All votes in the breakdown, None when a party is named without a number or nothing is counted."""
        if any(v is None for v in self.parties.values()):
            return None
        total = sum(v for v in self.parties.values() if v is not None) + self.unattributed
        return total or None

    def counted(self, stated: int | None = None) -> dict[str, int] | None:
        """party -> votes when every party has a number; a lone party without one gets the stated total."""
        if len(self.parties) == 1 and stated and not self.unattributed and not self.unread:
            party, n = next(iter(self.parties.items()))
            return {party: stated if n is None else n}
        if not self.parties or self.total is None:
            return None
        return {k: v for k, v in self.parties.items() if v is not None}


def _party(raw: str, lex: Lexicon) -> str:
    raw = raw.strip(" .:*")
    for prefix in lex.party_prefixes:
        if raw.lower().startswith(prefix.lower() + " "):
            return raw[len(prefix) + 1 :].strip()
    return raw


def parse_breakdown(text: str, lex: Lexicon) -> Breakdown:
    """Read a breakdown in any of the shapes above; unknown shapes give an empty breakdown."""
    text = _TOTAL_AFTER.sub("", text.strip().rstrip(".;").rstrip())  # the full stop of the line it ends
    named = list(_NAMED.finditer(text))
    if named and not _COUNT_LAST.search(text):
        return Breakdown(dict(Counter(_party(m.group("party"), lex) for m in named)))
    items = list(filter(None, _ITEM_SPLIT.split(text)))
    if len(items) > 1 and all(_PERSON.fullmatch(item) and not is_party_name(item, lex) for item in items):
        return Breakdown(unattributed=len(items))  # "Stemden voor: Koen Maes, Sofie Lams, Nele Decock": members
    out = Breakdown()
    for item in items:
        m = _COUNT_LAST.fullmatch(item) or _COUNT_FIRST.fullmatch(item) or _COUNT_AFTER.fullmatch(item)
        if m:
            party, n = _party(m.group("party"), lex), int(m.group("n"))
            if party.lower() in lex.generic_voters:
                out.unattributed += n
            else:
                out.parties[party] = (out.parties.get(party) or 0) + n
        elif lex.is_party(party := _party(item, lex)) or (lex.party_names and lex.party_names.fullmatch(item.strip())):
            out.parties.setdefault(party, None)
        else:
            out.unread += 1
    return out


def is_party_name(item: str, lex: Lexicon) -> bool:
    """A party code or a party's full name ("SV", "Nye Borgerlige")."""
    return lex.is_party(item) or bool(lex.party_names and lex.party_names.fullmatch(item.strip()))


def ballot(text: str) -> tuple[int, int] | None:
    """A written ballot's tally ("Kari Nes 14 stemmer, Per Moe 8 og Ola Dal 3"): the winner's votes and the
    other candidates' votes together, as an alternative vote counts the losing alternatives against."""
    counts = sorted((int(n) for n in re.findall(r"(?<![\d.])\d{1,3}(?![\d.])", text)), reverse=True)
    return (counts[0], sum(counts[1:])) if len(counts) > 1 else None


def to_json(parties: dict[str, int] | None) -> str | None:
    """The against_parties column: compact JSON in the order written, None when empty."""
    if not parties:
        return None
    return json.dumps(parties, ensure_ascii=False, separators=(",", ":"))


def consistent(stated: int | None, breakdown: Breakdown | None) -> bool:
    """False when a stated total disagrees with its party sum or its list of named members."""
    if stated is None or breakdown is None or breakdown.total is None:
        return True
    return breakdown.total == stated


def merge(breakdowns: list[Breakdown]) -> Breakdown:
    """Several breakdowns of one option (a count line and the members named beside it) as one."""
    merged = Breakdown()
    for b in breakdowns:
        for party, n in b.parties.items():
            before = merged.parties.get(party, 0)
            merged.parties[party] = None if n is None or before is None else before + n
        merged.unattributed += b.unattributed
        merged.unread += b.unread
    return merged


def names_add_up(stated: int | None, named: list[Breakdown]) -> bool:
    """Members named against without a number of their own ("Vedtatt mot 2 stemmer. Kari Nilsen (R) stemte mot.")
    add up to the total stated elsewhere for the decision."""
    return not named or consistent(stated, merge(named))


def first_side_parties(groups: dict[str, str], lex: Lexicon, count: int) -> dict[str, int] | None:
    """The parties of a rejection's first count, the larger one read as the votes against: a bracket names the side
    of the count it follows ("nedstemt med 14 stemmer mod 7 (V 5, C 2)": the 7 who voted for, not the 14)."""
    text = groups.get("for_breakdown")
    return parse_breakdown(text, lex).counted(count) if text else None
