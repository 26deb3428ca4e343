"""How a line inside a case relates to the meeting the minutes record: a date of an earlier treatment, a later step
of the case's route, and the count lines under a one-line step. Read by the protocol scan (context.py)."""

from __future__ import annotations

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.meeting import BULLETS, MeetingContext


def case_history(line: str, fields: dict[str, str | None], base: MeetingContext, lex: Lexicon) -> bool:
    """A line that only gives a date, inside a case of a dated meeting, in minutes that record one meeting
    per document (`dates_inside_cases` false): it dates an earlier treatment, not this meeting. A line
    naming the deciding body as well ("Gemeenteraad, vergadering van 10 juni 2024") opens a new meeting."""
    only_date = bool(fields.get("meeting_date")) and not any(fields.get(k) for k in ("body", "case_number"))
    only_date = only_date and not lex.head_body.search(line)
    return not lex.dates_inside_cases and only_date and bool(base.case_number and base.meeting_date)


def coming_step(day: str, head: MeetingContext) -> bool:
    """A body and date inside a case dated after the meeting the minutes record ("Saksgang / Utval for
    samfunnsutvikling 28.05.2026 19/26 / Kommunestyret 18.06.2026"): a later step of the case's route, which these
    minutes cannot record; the text below it is still this meeting's."""
    return bool(head.meeting_date) and day > head.meeting_date


def after_count_lines(lines: list[str], index: int, pos: int, lex: Lexicon) -> int:
    """Where the text after a one-line step resumes: after the count lines right under it ("Byrådet, 18. maj
    2026: Godkendt." / "For stemte: A, F (15)" / "Imod stemte: V (9)"), which are that decision's vote."""
    for raw in lines[index:]:
        line = raw.strip(BULLETS + " \t|*")
        if not line or not any(m.start() == 0 for _, m, _ in lex.tally_union.finditer(line)):
            break
        pos += len(raw) + 1
    return pos
