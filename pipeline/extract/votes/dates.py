"""Meeting dates as written in protocols ("29.08.2019", "31.01.00", "24. juni 2020", "3 oktober, 2022",
"2024-03-26", "8/11 2023", "12-jan-2026") to ISO."""

from __future__ import annotations

import re
from datetime import date

from pipeline.extract.votes.lexicon import Lexicon

# Each date opens with a digit, not a look-behind: re then skips to the next digit instead of trying every
# position. "(\d(?<!\d\d)\d?)" is "(?<!\d)(\d{1,2})": the look-behind after the first digit sees the one before it.
_NUMERIC = re.compile(r"(\d(?<!\d\d)\d?)[.\-/](\d{1,2})[.\-/](\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(\d(?<![\d.\-/]\d)\d{3})-(\d{2})-(\d{2})(?![\d\-/])")  # "2024-03-26", as portals write it
_SLASH_YEAR = re.compile(r"(\d(?<![\d./-]\d)\d?)/(\d{1,2})[ -](\d{4})(?!\d)")  # "8/11 2023", "8/11-2023"
_YEAR_END = re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|(?:19|20)\d{2}\b")  # where a written date ends
_TIME = re.compile(r"(?i:kl\.?|klokka|klokken|fra|om|van|from)?\s*\d{1,2}[.:]\d{2}\b")
# "24. juni 2020", "9 apr. 2026", "12-jan-2026" (a month abbreviated between hyphens, as some registries print it)
_WRITTEN = re.compile(r"(\d(?<!\d\d)\d?)(?:\.?\s+|-)([^\W\d_]+)(?:\.?,?\s+|-)(\d{4})(?!\d)")


def _year(text: str, pivot: int) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < pivot else 1900
    return year


def iso_day(year: int, month: int, day: int) -> str | None:
    """ISO for a day, None when there is no such day (a 31st of a short month)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def full_dates(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """Every full date (day, month, year) in `text` with its offset, in text order."""
    candidates = []
    for m in _NUMERIC.finditer(text):
        candidates.append((m.start(), iso_day(_year(m.group(3), lex.year_pivot), int(m.group(2)), int(m.group(1)))))
    for m in _SLASH_YEAR.finditer(text):
        candidates.append((m.start(), iso_day(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in _ISO.finditer(text):
        candidates.append((m.start(), iso_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _WRITTEN.finditer(text):
        month = lex.months.get(m.group(2).lower())
        if month:
            candidates.append((m.start(), iso_day(int(m.group(3)), month, int(m.group(1)))))
    return [(at, iso) for at, iso in sorted(candidates) if iso]


def parse_date(text: str, lex: Lexicon) -> str | None:
    """The first full date (day, month, year) in `text` as ISO, None when there is none."""
    return next((iso for _, iso in full_dates(text, lex)), None)


def dated_event(line: str) -> bool:
    """A line that goes on after its date with more than a time ("15. marts 2023 - projektet blev
    igangsat", "12.01.2024 – Oppstartsmøte"): an event dated in a case's text, not a meeting's date line."""
    year = _YEAR_END.search(line)
    rest = line[year.end() :].strip(" \t,;:–-") if year else ""
    return bool(rest) and not _TIME.match(rest)


_DAY_MONTH_END = re.compile(r"(\d(?<!\d\d)\d?)\.?\s+([^\W\d_]+)\.?,?$")  # "... 27. januar", the line's end
_YEAR_START = re.compile(r"(?:19|20)\d{2}(?=$|[\s,])")  # "2026", "2026 kl. 19.00"


def join_split_dates(lines: list[str], lex: Lexicon) -> list[str]:
    """Stripped lines with a day and month at a line's end joined to the year opening the next line ("Referat" /
    "27. januar" / "2026"): PDF extraction breaks a head's date where its column was narrow."""
    joined: list[str] = []
    for line in lines:
        end = _DAY_MONTH_END.search(joined[-1]) if joined else None
        if end and lex.months.get(end.group(2).lower()) and _YEAR_START.match(line):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


_OPEN_END = re.compile(r"[^\W\d_]*[a-zæøåäöüé]$")  # a line ending on a lower-case word: its sentence goes on
_PROSE_WORDS = 4  # words on the line above: a wrapped sentence, not a head line ("Referat fra byrådet")
_GOES_ON = re.compile(r"[ \t]*,?[ \t]+[a-zæøåäöüé]")  # the date's line goes on in lower case: "og løber ..."


def continues_sentence(above: str, line: str) -> bool:
    """A line opening with a date that carries on the sentence of the line right above it, wrapped in a paragraph
    ("Ordningen træder i kraft" / "1. oktober 2026 og gælder i to år."): prose telling a day, no meeting's date line,
    which stands apart ("Referat fra byrådets møde" / "12. marts 2026, Rådhuset")."""
    year = _YEAR_END.search(line)
    opens = line.lstrip()[:1].isdigit() and dated_event(line)  # "Zitting van dinsdag 17 maart 2026 om 20 uur"
    if year is None or not opens or not above.strip() or len(above.split()) < _PROSE_WORDS:
        return False
    return bool(_OPEN_END.search(above.rstrip())) and bool(_GOES_ON.match(line, year.end()))
