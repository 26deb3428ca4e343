"""Decision lists whose one column holds the case's title and, under it, the decision's text ("Tittel / vedtak",
"Sak / vedtak"), the result in a vote column beside it ("Enstemmig", "5 mot 2 (H)", "Falt 3 mot 4", "Utsatt"). The
normaliser joins a cell's wrapped lines, so the cell is title and decision at once: its words name the case (the
subject), the outcome is read from the whole. Where the vote column opens with an outcome other than adoption (a
proposal fell, the case was postponed), that column decides: the text is then the proposal or the case as written.
A title cell quoting a member's proposal ("Forslag fra Kari Dahl (Sp): «Kommunen innfører ...»") is that proposal:
its words are the subject, the member its mover."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.proposals import parse_line, proposal_lexicon

if TYPE_CHECKING:
    from pipeline.extract.votes.decisions import Decision

_PARTS = re.compile(r"\s*[/&]\s*")  # "Tittel / vedtak", "Sak & beslutning": two column names in one header cell
_QUOTED = re.compile(r":\s*[«“\"](?P<words>[^«»“”\"]{3,})[»”\"]\s*\.?\s*$")  # ": «Kommunen innfører ...»"


def shared_decision(header: list[str], roles: dict[str, int], decision_words: re.Pattern[str]) -> dict[str, int]:
    """The decision's column when the subject's header cell names the decision after the title ("Tittel / vedtak":
    a later part is a decision column's name) and no other column holds the decision; else nothing."""
    column = roles.get("subject")
    if "decision" in roles or column is None:
        return {}
    parts = _PARTS.split(header[column])[1:]
    return {"decision": column} if any(decision_words.fullmatch(part.strip(" .:*#")) for part in parts) else {}


def verdict(text: str, votes: str, outcomes: Iterable) -> str:
    """The cell that records the row's outcome: the vote column when it opens with an outcome other than adoption
    ("Falt 2 mot 4", "Utsatt") or the text is empty, else the text (the vote column's unanimity or counts then say
    how it passed). `outcomes` are the language's cell outcomes (decision_tables.CellOutcome)."""
    opening = next((rule.outcome for rule in outcomes if rule.regex.match(votes.strip())), None)
    return votes if opening not in (None, "adopted") or not text else text


def quoted_proposal(subject: str, lex: Lexicon) -> tuple[str, tuple[str, str | None] | None]:
    """A subject cell quoting a member's proposal after its heading: the quoted words and the mover (name, party);
    any other cell as it is, no mover."""
    quoted, plex = _QUOTED.search(subject), proposal_lexicon(lex.language)
    found = parse_line(subject[: quoted.start()], lex, plex, 0) if quoted and plex else None
    if quoted is None or found is None or not found.name:
        return subject, None
    return quoted.group("words").strip().rstrip("."), (found.name, found.party)


def quoted_words(decided: list[Decision], title: str | None, lex: Lexicon) -> None:
    """A case titled by a member's quoted proposal ("Framlegg frå Kari Dahl (SV): «Kommunen inngår ...»", a decision
    list's item or a case header): its decisions named by the title are about the quoted words."""
    words, mover = quoted_proposal(title or "", lex)
    if mover is None:
        return
    for decision in decided:
        if decision.subject and title and " ".join(title.split()).startswith(" ".join(decision.subject.split())):
            decision.subject = words
