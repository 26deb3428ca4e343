"""News pages that report a meeting's decisions ("Bystyret behandlet torsdag 26. november ...",
"In de raadsvergadering van dinsdag 12 mei besloot de raad ...").

Such a page dates itself ("Publisert 27.11.2026", "Gepubliceerd op ...") and names the meeting in its
prose, often without a year. The meeting's date is the one the prose names; the page's own stamp only
lends its year. All wording lives in models/votes/<lang>.json `news`.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from pipeline.extract.votes.dates import full_dates, iso_day

if TYPE_CHECKING:
    from pipeline.extract.votes.lexicon import Lexicon


_REACH = 80  # chars: a meeting day named in a decision's own sentence, after the decision's start


def news_dates(text: str, lex: Lexicon) -> tuple[list[tuple[int, str]], str | None]:
    """The meeting days the prose names (offset, ISO) and the page's own stamp (ISO, None on no news page)."""
    stamp = page_stamp(text, lex)
    return meeting_mentions(text, stamp, lex), stamp


def mentioned_at(mentions: list[tuple[int, str]], offset: int) -> str | None:
    """The last meeting day named above `offset` or early in the sentence that starts there."""
    index = bisect.bisect_right(mentions, (offset + _REACH, "~")) - 1
    return mentions[index][1] if index >= 0 else None


def page_stamp(text: str, lex: Lexicon) -> str | None:
    """The page's own date: the first full date on a line that says it was published or updated."""
    if lex.head_skip is None:
        return None
    for line in text.splitlines():
        if lex.head_skip.search(line) and (found := full_dates(line, lex)):
            return found[0][1]
    return None


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return text[start:end]


def meeting_mentions(text: str, stamp: str | None, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset, ISO date) of each meeting day the prose names, in text order.

    A day without a year takes the page `stamp`'s year (the year before when that would date the meeting
    after the page), else the year of the nearest full date in the text; a sentence about what comes
    later ("Neste møte er 10. desember") names no meeting held.
    """
    news = lex.news
    dated = full_dates(text, lex)
    found: list[tuple[int, str]] = []
    for regex in news.meeting_dates:
        for m in regex.finditer(text):
            if news.later is not None and news.later.search(_sentence(text, m.start())):
                continue
            month = lex.months.get(m.group("month").lower())
            if month is None:
                continue
            day = int(m.group("day"))
            if m.group("year"):
                iso = iso_day(int(m.group("year")), month, day)
            elif stamp:
                iso = iso_day(int(stamp[:4]), month, day)
                iso = iso if iso is None or iso <= stamp else iso_day(int(stamp[:4]) - 1, month, day)
            elif dated:
                nearest = min(dated, key=lambda d: abs(d[0] - m.start()))[1]
                iso = iso_day(int(nearest[:4]), month, day)
            else:
                iso = None
            if iso:
                found.append((m.start(), iso))
    return sorted(found)
