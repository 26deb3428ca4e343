"""A decision table's column naming what each row's vote was about ("| Pkt. | Sag | Afstemning om | For | Imod |
Resultat |"): a committee's recommendation, an amendment and its mover, beside the case's title. The proposal as
written is the row's subject; a dash there (nothing put to the vote) or a bare postponement ("Udsættelse": the case
is put off) leaves the case's title. The mover a cell names
("Ændringsforslag fra Lis Holm (SF)") is read by models/votes/<lang>.json `decision_tables.proposal_mover`."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.votes.lexicon import Lexicon

TRAILING_BRACKET = re.compile(r"\s*\((?P<inside>[^()]*)\)\s*$")


@cache
def _mover(language: str, pattern: str) -> re.Pattern[str]:
    return re.compile(pattern or "(?!)")


def proposal_cell(
    cell: str, nothing: re.Pattern[str], lex: Lexicon
) -> tuple[str, tuple[str, str | None] | None] | None:
    """A proposal cell as written, its wrapped lines joined, and the mover it names (name, party); None when
    the cell is empty or `nothing` (a dash: no vote on the row)."""
    cell = " ".join(cell.split())
    if not cell or nothing.fullmatch(cell.strip(" .:;!")):
        return None
    if cell.strip(" .:;!").lower() in lex.postponement_words:  # "Udsættelse" alone: the case is put off, its
        return None  # title names what was postponed
    found = _mover(lex.language, lex.tables.get("proposal_mover") or "").search(cell)
    return cell, _named(found, lex) if found else None


def trailing_mover(subject: str, mover: re.Pattern[str], lex: Lexicon) -> tuple[str, tuple[str, str | None] | None]:
    """A subject cell without its trailing bracket naming the item's mover ("Ændringsforslag fra Ø til budget 2027
    (stillet af Signe Holt, Ø)", often a wrapped row of its own), and that mover's name and party."""
    m = TRAILING_BRACKET.search(subject)
    found = mover.fullmatch(m.group("inside").strip()) if m and m.start() > 0 else None
    if m is None or found is None:
        return subject, None
    return subject[: m.start()], _named(found, lex)


def _named(found: re.Match[str], lex: Lexicon) -> tuple[str, str | None]:
    """A mover match's name and its party, when the language knows it as one."""
    party = found.groupdict().get("party")
    return found.group("name"), party if party and lex.is_party(party) else None
