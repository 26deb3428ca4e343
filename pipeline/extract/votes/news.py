"""News pages that report a meeting's decisions ("Bystyret behandlet torsdag 26. november ...",
"In de raadsvergadering van dinsdag 12 mei besloot de raad ...").

Such a page dates itself ("Publisert 27.11.2026", "Gepubliceerd op ...") and names the meeting in its
prose, often without a year. The meeting's date is the one the prose names; the page's own stamp only
lends its year. All wording lives in models/votes/<lang>.json `news`.
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from pipeline.extract.votes.dates import full_dates, iso_day
from pipeline.text.gated import gated
from pipeline.text.metadata import filed_as_news

if TYPE_CHECKING:
    from pipeline.extract.votes.lexicon import Lexicon


_SENTENCE_REACH = 300  # chars: how far back a body named in a day's own sentence is looked for
_REACH = 80  # chars: a meeting day named in a decision's own sentence, after the decision's start


# offset, ISO date, the prose names a meeting there (a meeting word or a weekday), where the mention's line starts,
# where its line ends when it stands past the first sentence of its paragraph (else -1), where its sentence starts,
# the body its sentence names before the day ("Formannskapet hadde tilrådd budsjettet i møtet 3. november"), if any
Mention = tuple[int, str, bool, int, int, int, str | None]


def mentioned_at(
    mentions: list[Mention], offset: int, named_only: bool = False, body: str | None = None, paragraphs: bool = False
) -> str | None:
    """The last meeting day named above `offset` or early in the sentence that starts there (on its own line: a
    day on the next line belongs to the next paragraph, "Tidligere voteringer / Ved møtet 21. mai 2026 ..."); with
    `named_only` only one told as a meeting ("på sit møde den 2. marts 2026", "torsdag 26. november 2026"), not a
    bare decision date ("vedtok den 15. december 2021"), which may recall an earlier decision. A day told as another
    body's meeting than the row's `body` dates that body's earlier step, not the row ("Formannskapet hadde tilrådd
    budsjettet i møtet 3. november" under a page on the Kommunestyre's meeting of 19 November). With `paragraphs`
    (a news page: one paragraph per item) a day named inside a paragraph, past its first sentence, dates only that
    paragraph: background, not the page's meeting."""
    kept = [m for m in mentions if (m[2] or not named_only) and not _other_body(m[6], body)]
    index = bisect.bisect_right(kept, (offset + _REACH, "~")) - 1
    while index >= 0 and (
        (kept[index][0] > offset and kept[index][3] > offset) or (paragraphs and _aside(kept[index], offset))
    ):
        index -= 1
    return kept[index][1] if index >= 0 else None


def _other_body(named: str | None, body: str | None) -> bool:
    """Two bodies, neither's name holding the other's ("Formannskapet" / "Kommunestyret"; not "gemeenteraad" /
    "De gemeenteraad van Harlingen")."""
    if not (named and body):
        return False
    named, body = named.strip().lower(), body.strip().lower()
    return named not in body and body not in named


def _aside(mention: Mention, offset: int) -> bool:
    """A day named past the first sentence of a paragraph, for a decision in another paragraph or before it."""
    return mention[4] >= 0 and (mention[4] < offset or mention[5] > offset)


def page_stamp(text: str, lex: Lexicon) -> str | None:
    """The page's own date: the first full date on a line that says it was published or updated; on a report
    whose council decided on a day told relative to the page ("heeft donderdagavond ingestemd"), the first
    full date of its head lines (the dateline "VUGHT – LOKAAL NIEUWS  vrijdag 4 december 2026"), unless that
    line names a meeting or its body ("Notulen - zitting van dinsdag 28 april 2026"): minutes, dated by the
    meeting, whose weekday was a proposal's ("De gemeenteraad beslist om het parkeren op zaterdag gratis ...")."""
    if lex.head_skip is None:
        return None
    lines = text.splitlines()
    for line in lines:
        if (skip := lex.head_skip.search(line)) and (found := full_dates(line, lex)):
            # "Møtebok kommunestyret 29.10.2026 | Utskrift 30.10.2026": the date the skip words give, not the meeting's
            return next((iso for at, iso in found if at >= skip.start()), found[0][1])
    if lex.news.relative_days is None or not lex.news.relative_days.search(text):
        return None
    found = _dateline(lines, lex)
    return found[1] if found else None


def _dateline(lines: list[str], lex: Lexicon) -> tuple[str, str] | None:
    """The first head line with a full date, and that date, when the line names neither a meeting nor a body
    ("LOKALAVISEN   Fredag 5. juni 2026 · Lokalt"): the day the page came out."""
    head = [line for line in lines if line.strip()][: lex.head_lines]
    dateline = next((line for line in head if full_dates(line, lex)), None)
    minutes = dateline and (names_meeting(dateline, lex) or lex.head_body.search(dateline))
    return (dateline, full_dates(dateline, lex)[0][1]) if dateline and not minutes else None


def news_dateline(text: str, stamp: str | None, lex: Lexicon) -> tuple[int, int, str] | None:
    """Where the dateline of an unstamped page a breadcrumb files under the site's news stands, and its day
    ("Forside › Nyheder" / "Fredag 5. juni 2026"): the page's day, no meeting's, however its weekday reads."""
    if stamp or not filed_as_news(text, lex.language) or (found := _dateline(text.split("\n"), lex)) is None:
        return None
    start = text.find(found[0])
    return start, start + len(found[0]), found[1]


def page_mentions(text: str, stamp: str | None, lex: Lexicon, dateline: tuple[int, int, str] | None) -> list[Mention]:
    """The meeting days the prose names (meeting_mentions), not the news page's own `dateline` (news_dateline)."""
    found = meeting_mentions(text, stamp, lex)
    if dateline is None:
        return found
    return [m for m in found if not dateline[0] <= m[0] < dateline[1]]


def title_end(text: str, lex: Lexicon) -> int:
    """Where the line dating a news page starts when it stands among the page's head lines ("Byrådet sagde ja til
    ny daginstitution i Ry" / "Publiceret 25. juni 2026"): the title above it sums up a decision the paragraphs
    below report, and is no decision of its own; 0 where no such line heads the page."""
    if lex.head_skip is None:
        return 0
    for count, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if count >= lex.head_lines:
            return 0
        if lex.head_skip.search(line.group()) and full_dates(line.group(), lex):
            return line.start()
    return 0


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min((i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0), default=len(text))
    return text[start:end]


_BACK = re.compile(r"back_(?P<days>\d)")  # a relative_days group naming a day that many days before the page


def told_day(text: str, stamp: str | None, lex: Lexicon) -> str | None:
    """The meeting day a report tells relative to its page's own date (models/votes/<lang>.json news.relative_days):
    group `weekday` names the latest such weekday not after the page ("heeft donderdagavond ingestemd" on a page of
    Friday 4 December 2026: 3 December), a group `back_<n>` the day n days before it ("gisteravond": back_1)."""
    regex = lex.news.relative_days
    if not stamp or regex is None or (m := regex.search(text)) is None:
        return None
    page = date.fromisoformat(stamp)
    for name, value in m.groupdict().items():
        if value and (back := _BACK.fullmatch(name)):
            return (page - timedelta(days=int(back.group("days")))).isoformat()
    weekday = (m.groupdict().get("weekday") or "").lower()
    week = lex.weekdays[:7]
    if weekday not in week:
        return None
    return (page - timedelta(days=(page.weekday() - week.index(weekday)) % 7)).isoformat()


def tells_decision_day(line: str, lex: Lexicon) -> bool:
    """A line telling what was decided on a day ("Bystyret vedtok torsdag 26. november 2026 å ..."): a news
    report's sentence, whose date the prose gives (a decision verb before it, not a meeting word)."""
    return any(m.groupdict().get("meeting") is None for regex in lex.news.meeting_dates for m in regex.finditer(line))


def names_meeting(line: str, lex: Lexicon) -> bool:
    """A line naming a meeting on its day ("Vergadering van donderdag 5 maart 2026", "zitting van 2 maart 2026")."""
    return any(m.groupdict().get("meeting") for regex in lex.news.meeting_dates for m in regex.finditer(line))


def _names_meeting(m: re.Match[str]) -> bool:
    """The mention tells a meeting held: a meeting word or a weekday before its day."""
    return bool(m.groupdict().get("meeting") or m.groupdict().get("weekday"))


def meeting_mentions(text: str, stamp: str | None, lex: Lexicon) -> list[Mention]:
    """Each meeting day the prose names, in text order.

    A day without a year takes the page `stamp`'s year (the year before when that would date the meeting
    after the page), else the year of the nearest full date in the text; a sentence about what comes
    later ("Neste møte er 10. desember") names no meeting held.
    """
    news = lex.news
    dated = full_dates(text, lex)
    lead = _lead_end(text)  # the page's lead names its meeting anywhere in it
    found: list[Mention] = []
    for regex in news.meeting_dates:
        for m in gated(regex).finditer(text):
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
                inner = regex.search(text, m.start() + 1, m.end())  # "vedtok i møtet 26. november": the meeting
                line = text.rfind("\n", 0, m.start()) + 1
                sentence = text.rfind(". ", line, m.start()) + 2  # past its paragraph's first sentence: > 1
                line_end = text.find("\n", m.start())
                line_end = (len(text) if line_end < 0 else line_end) if m.start() > lead and sentence > 1 else -1
                named = any(_names_meeting(x) for x in (m, inner) if x)
                body = _sentence_body(text, m.start("day"), lex)
                found.append((m.start(), iso, named, line, line_end, sentence, body))
    return sorted(found)


def _sentence_body(text: str, day: int, lex: Lexicon) -> str | None:
    """The last body the sentence names before a day it tells (the sentence is bounded by a full stop or a blank
    line, not by a line break: news pages wrap their paragraphs; and looked for within a window before the day)."""
    window = max(0, day - _SENTENCE_REACH)
    start = max(text.rfind(". ", window, day), text.rfind("\n\n", window, day), window - 1) + 1
    named = [m.group() for m in lex.head_body.finditer(text, start, day)]
    return named[-1] if named else None


_MARKS = " \t-–•*›»·"  # a list item's mark before its sentence
_OPENING = 30  # chars: a sentence's first words, where a council acting would stand


def body_reports(sentence: str, lex: Lexicon, line: str = "") -> bool:
    """A news page's sentence opening with a deciding body ("Kommunalbestyrelsen tog kvartalsrapporten til
    efterretning.", also as a list item "• Kommunestyret tok ..."), or opening the paragraph (`line`) it stands in
    ("Årsrapporten blev taget til efterretning." under its headline): the paragraph's own report of the meeting
    the page names, not a remark for information beside another decision."""
    opening = sentence.strip(_MARKS)
    if lex.head_body.match(opening) is not None:
        return True
    if lex.news.reporting_bodies is not None and lex.news.reporting_bodies.match(opening):
        return True  # "De raad nam kennis van de jaarrekening 2025 van de politiezone."
    # the matter opening its paragraph ("Årsrapporten blev taget ..."); a council with an article ("De raad nam
    # kennis van ...") is not the matter
    leads = lex.news.paragraph_notings and bool(opening) and line.strip(_MARKS).startswith(opening[:40])
    return leads and lex.head_body.search(opening[:_OPENING]) is None


_NEWS_DAYS = 31  # a page stamped more than a month after a meeting no longer reports it as news
_LEAD_WORDS = 8  # the lead: the first paragraph with at least this many words
_WORDS = re.compile(r"\w*[^\W\d_]\w*")  # words with a letter ("Publisert . Sist endret ." has three)
# prose ends a sentence; a headline ("NYT FRA BYRÅDET: Ny skole i Ry - og nej til gratis parkering") does not
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"'»”]?(?:\s|$)")


def recalled_on_page(text: str, at: int, meeting: str | None, stamp: str | None) -> bool:
    """A decision a page recalls rather than reports: the page is stamped over a month after the meeting
    ("Sist oppdatert 03.03.2026" on a twin-town page, "Bystyret vedtok 9. desember 2025 å ...") and the
    decision stands below the page's lead. A news item whose subject is the decision tells it in its lead,
    however long after the page was last touched ("Kommunestyret vedtok følgende torsdag 29.09.2016:")."""
    if not (meeting and stamp) or (date.fromisoformat(stamp) - date.fromisoformat(meeting)).days <= _NEWS_DAYS:
        return False
    return at > _lead_end(text)


def _lead_end(text: str) -> int:
    """Where the page's first paragraph of prose ends (its title, stamp and breadcrumb lines above it, a long
    headline included: prose ends a sentence); the document's text holds each paragraph on one line."""
    for line in re.finditer(r"[^\n]+", text):
        if len(_WORDS.findall(line.group())) >= _LEAD_WORDS and _SENTENCE_END.search(line.group()):
            return line.end()
    return len(text)


_LIST_MARK = re.compile(r"[ \t]*[›>»•*·–-][ \t]")  # a line of a list: "› Kommunalbestyrelsen vedtog ny klimaplan"
_LIST_REACH = 12  # lines: a list of links is short


def links_listed(text: str, line_start: int, links: re.Pattern[str] | None) -> bool:
    """The line at `line_start` is an item of a list under a line linking other pages ("Læs også" / "› Byrådet
    vedtog ny klimaplan (nyhed fra 28. maj 2026)"): another page's headline, as the link line's own would be."""
    if links is None or not _LIST_MARK.match(text, line_start):
        return False
    end = line_start - 1
    for _ in range(_LIST_REACH):
        if end < 0:
            return False
        start = text.rfind("\n", 0, end) + 1
        if not _LIST_MARK.match(text, start):
            return bool(links.search(text[start:end]))
        end = start - 1
    return False
