"""A protocol's header lines read into meeting context: the document head's body and date, a case
header's number and title, a field label's value ("Møtedato: 29.08.2019", "Sak: 87/19"), and how a
header updates the context in force (context.py carries it forward)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from pipeline.extract.votes.bodies import same_body
from pipeline.extract.votes.case_runs import numbered_in_sequence, unbracketed
from pipeline.extract.votes.dates import join_split_dates, parse_date
from pipeline.extract.votes.lexicon import Lexicon, lexicon
from pipeline.extract.votes.news import names_meeting, tells_decision_day
from pipeline.extract.votes.steps import match_step
from pipeline.extract.votes.subject_rules import subject_rules

# "87/19", "7.b", "4c", a proposal's "2026-14", a Flemish decision number "2024_GR_00212" (also written
# "GR/2024/212" or "2024/GR/212"), an amendment numbered under its point "7.1-A1"
_CASE = re.compile(
    r"\d{4}_[A-Z]{2,6}_\d+|[A-Z]{2,6}/\d{4}/\d+|\d{4}/[A-Z]{2,6}/\d+"
    r"|\d+(?:[/.-]\d+)*(?:\.?[a-z](?![a-zæøå])|-[A-Z]{1,2}\d{1,2}\b)?"
)
_ARCHIVE = re.compile(r"[\w.-]*\d[\w./-]*")
_BARS = re.compile(r"[ \t]+\|[ \t]+")  # a column rule between a header's fields
_HEADER_CELLS = 3  # a case header set off by bars: number and title, title, archive number; a table row has more
BULLETS = " \t•·*-–|▼▶►▸▾◆■●○"  # list bullets and a portal's disclosure markers ("▼ FS-17/26 Title")
_FRAME_HEAD = re.compile(r"(?:[=─━═~#+_]{3,}|\*{3,})[ \t]+(?=\S)")  # "=== PS 14/26 ===", "### Punkt 41 ###": any rule
_FRAME_TAIL = re.compile(r"(?<=\S)[ \t]+(?:[-=─━═~#+_]{3,}|\*{3,})[ \t]*$")  # and the rule closing it
MAX_HEADER = 300  # chars: a header is a short line; longer lines are prose and are not tried
_MAX_TITLE = 150  # chars: a case title on the line under its case header
_TITLE_QUOTES = "'\"‘’“”„«»"
_OPENING_QUOTES = "'\"‘“„«"
_SPLIT_NUMBER = re.compile(r"(?P<case>\d{1,2}(?:\.\d{1,2})*)\.")  # "3." alone, the item's title on the next line


@dataclass(frozen=True)
class MeetingContext:
    body: str | None = None
    meeting_date: str | None = None
    case_number: str | None = None
    archive_case: str | None = None
    title: str | None = None


class Listing(NamedTuple):
    """The result column of a case list's row, and the counts in its own columns ("| 7a | Kadernota | 16 | 8 |
    aangenomen |")."""

    start: int
    end: int
    votes_for: int | None = None
    votes_against: int | None = None


def read_head(lines: list[str], lex: Lexicon) -> MeetingContext:
    """Body and date named in a protocol's first lines, however the title line is laid out
    ("LILLEHAMMER KOMMUNE – FORMANNSKAPET" / "Saksprotokoll fra møtet 9. november 2023",
    "Byrådet, X Kommune" / "Referat fra ordinært møde mandag 24. februar 2025, kl. 18.00")."""
    body = date = None
    meeting = False  # the date's line names a meeting ("Vergadering van 5 maart 2026"), not only a day
    titled = False  # a head line is a meeting record's title without its body ("BESLUITENLIJST RAADSVERGADERING")
    head = join_split_dates([line.strip() for line in lines if line.strip()][: lex.head_lines], lex)
    for line in head:
        if len(line) > MAX_HEADER or (lex.head_skip and lex.head_skip.search(line)):
            continue
        if _names_a_case(line, lex):
            body = body or _body_segment(line, lex)  # "Sak 34/26 Planstrategi · Kommunestyret": the case's body
            continue
        if date is None and not tells_decision_day(line, lex):
            date, meeting = parse_date(line, lex), names_meeting(line, lex)
        found = body or lex.head_body.search(line)
        body = body or (_clean_body(found.group(0)) if found else None)
        titled = titled or lex.head_meeting.fullmatch(line) is not None
    if body is None and not meeting and not titled:
        date = None  # "Nieuws – 4 december 2026": a head naming neither body nor meeting dates only its page
    return MeetingContext(body=body, meeting_date=date)


_SEGMENT = re.compile(r"[ \t]+[·|][ \t]+")  # a page head's segments: "Sak 34/26 Tittel · Kommunestyret"


def _body_segment(line: str, lex: Lexicon) -> str | None:
    """The body a case's head line names in its last segment alone ("... · Kommunestyret"), never inside its title."""
    parts = _SEGMENT.split(line)
    found = lex.head_body.fullmatch(parts[-1].strip()) if len(parts) > 1 else None
    return _clean_body(found.group(0)) if found else None


def head_bodies(lines: list[str], lex: Lexicon) -> tuple[str, ...]:
    """Every body a protocol's first lines name: a joint session's head ("Besluitenlijst gemeenteraad en raad voor
    maatschappelijk welzijn" / "Zitting van 23 april 2026") dates the meeting of each, not only of the first."""
    found: list[str] = []
    for line in [line.strip() for line in lines if line.strip()][: lex.head_lines]:
        if len(line) <= MAX_HEADER and not _names_a_case(line, lex):
            found += [body for m in lex.head_body.finditer(line) if (body := _clean_body(m.group(0)))]
        if parse_date(line, lex):
            break  # the title block ends at its date: a body named below it opens its own part
    return tuple(found)


def _names_a_case(line: str, lex: Lexicon) -> bool:
    """A case header or agenda line ("PS 2/26 Val av nytt medlem til kontrollutvalet"): a body in it is the case's
    subject, not the meeting's."""
    return header_kind(line, lex) == "case"


def _clean_body(value: str) -> str | None:
    value = value.strip(" *:;,.\t")
    if not value:
        return None
    return value.capitalize() if value.isupper() and len(value) > 3 else value


def field_value(field_name: str, raw: str, lex: Lexicon) -> str | None:
    raw = raw.strip(" *\t")
    if field_name == "body":
        return _clean_body(raw)
    if field_name == "meeting_date":
        return parse_date(raw, lex)
    if field_name == "case_number":
        m = _CASE.search(raw)
        return m.group(0) if m else None
    if field_name == "archive_case":
        m = _ARCHIVE.search(raw)
        return m.group(0).rstrip(".,;") if m else None
    if field_name == "title":
        raw = _without_treatment_label(raw, lex)
    return raw.strip() or None


def _without_treatment_label(title: str, lex: Lexicon) -> str:
    """A case title without the label of how the item is treated ("Hamerstuk: Verordening ...",
    "Bespreekstuk: Nota Wonen"), the labels a decision table's subject drops (`decision_tables.subject_labels`)."""
    labels = lex.tables.get("subject_labels", []) if lex.tables else []
    m = re.match(rf"(?i:{'|'.join(map(re.escape, labels))})\s*:\s*(?=\S)", title) if labels else None
    return title[m.end() :] if m else title


_FIELD_SEPARATORS = " \t·|;,"  # what sets one 'Label: value' field off from the next on a header line


def _labelled(line: str, lex: Lexicon) -> dict[str, str] | None:
    """Fields of a 'Label: value Label: value' header line (labels may be glued to values)."""
    if not lex.labels.match(line):
        return None
    matches = list(lex.labels.finditer(line))
    found: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        kind = lex.label_fields.get(m.group("label").lower(), "other")
        found.setdefault(kind, line[m.end() : end].rstrip(_FIELD_SEPARATORS))  # "Utval: X · Møtedato: ..."
    return found


_KEYS = {"body": "body", "date": "meeting_date", "case": "case_number", "archive": "archive_case", "title": "title"}


def unframed(raw: str) -> tuple[str, int]:
    """A line without its bullet or the rules framing it ("====== PS 14/26 ===", "--- Sak 3/26 ---"): a header
    printed inside a rule is still a header. Also how many characters were cut from its start."""
    line = raw.lstrip(BULLETS)
    line = unbracketed(line[m.end() :] if (m := _FRAME_HEAD.match(line)) else line)  # "[41]  Title": "41. Title"
    return _FRAME_TAIL.sub("", line), len(raw) - len(line)


def titled(line: str, lex: Lexicon) -> tuple[str, str | None]:
    """The case title on the line under its header, without the archive number a column after it gives
    ("Vegnamn i Bismo sentrum <gap> Saksnr: 2025/998"), and that number."""
    head, gap, last = line.rpartition("\t")
    m = lex.number_label.fullmatch(last.strip()) if gap and head.strip() else None
    return (head.strip(), field_value("archive_case", m.group("number"), lex)) if m else (line, None)


def header_fields(line: str, lex: Lexicon) -> tuple[dict[str, str | None], Listing | None] | None:
    """Context fields a header line sets, and the span of a result column to read as a decision. A case header
    whose columns are set off by bars ("Sak 18/26 | Opptaksreglar for barnehagane | 25/2290"), its number alone
    before the first bar, neither closing with one nor holding a table row's cells, reads as its columns set off by
    tabs; a breadcrumb ("Gemeente X | Gemeenteraad | Raad 18-05-2026") or a title holding a bar is read as written."""
    cells = line.strip().split("|") if " | " in line else []
    if 1 < len(cells) <= _HEADER_CELLS and cells[-1].strip() and _number_alone(cells[0], lex):
        barred = _header_fields(_BARS.sub("\t", line), lex)
        fields = barred[0] if barred is not None else {}
        if fields.get("case_number") and not (fields.get("body") or fields.get("meeting_date")):
            return barred
    return _header_fields(line, lex)


def _number_alone(cell: str, lex: Lexicon) -> bool:
    """The first cell holds the case's number and nothing else ("Sak 18/26 "), so the bar after it sets the title
    off; a bar after a title ("4. Sportnota | deel 2") is the title's own."""
    parsed = _header_fields(cell.strip(), lex) if cell.strip() else None
    return parsed is not None and bool(parsed[0].get("case_number")) and not parsed[0].get("title")


def _header_fields(line: str, lex: Lexicon) -> tuple[dict[str, str | None], Listing | None] | None:
    labelled = _labelled(line, lex)
    if labelled is not None:
        fields = {_KEYS[k]: field_value(_KEYS[k], v, lex) for k, v in labelled.items() if k in _KEYS}
        return fields, None
    for index in lex.header_gate.open(line):  # the header patterns whose words the line holds
        m = lex.header_lines[index].fullmatch(line)
        if m:
            groups = m.groupdict()
            fields = _matched_fields(groups, lex)
            if not groups.get("result"):
                return fields, None
            return fields, Listing(*m.span("result"), *(_count(groups.get(k)) for k in ("yes", "no")))
    return None


def _matched_fields(groups: dict[str, str | None], lex: Lexicon) -> dict[str, str | None]:
    fields = {_KEYS[k]: field_value(_KEYS[k], v, lex) for k, v in groups.items() if k in _KEYS and v}
    if fields.get("title"):
        fields.update(_trailing_number(fields["title"], fields, lex))
    return fields


def _bare_case(line: str, lex: Lexicon) -> dict[str, str | None] | None:
    m = next((m for regex in lex.ruled_case_lines if (m := regex.fullmatch(line))), None)
    return _matched_fields(m.groupdict(), lex) if m else None


def ruled_cases(
    lines: list[str], lex: Lexicon, tabled: frozenset[str] = frozenset()
) -> dict[int, dict[str, str | None]]:
    """Line index -> fields of each case header printed without a prefix ("061/26 Title  26/118"). A bare
    number may be a date or a share, so such a line counts only under a ruled line or next to another one
    (the case list, whose archive column the case's own header inherits), or when it opens a case the list
    above named (the case's own header, standing alone below the list), or numbered in sequence with another
    (a vote listing) unless a decision table above has a row for it (`tabled`: then it is that row's note)."""
    if lex.ruled_line is None:
        return {}
    kept = [(i, s.strip()) for i, s in enumerate(lines) if s.strip()]
    rules = [lex.ruled_line.match(s) for _, s in kept]  # a rule alone, or a rule the case header was joined to
    bare = [_bare_case(s[r.end() :] if r else s, lex) for (_, s), r in zip(kept, rules, strict=True)]
    in_sequence = numbered_in_sequence(bare)
    found: dict[int, dict[str, str | None]] = {}
    named: set[str] = set()  # case numbers a list above has named
    for k, (index, _) in enumerate(kept):
        above = rules[k - 1] if k > 0 else None
        ruled = rules[k] is not None or (above is not None and above.end() == len(kept[k - 1][1]))
        listed = (k > 0 and bare[k - 1] is not None) or (k + 1 < len(kept) and bare[k + 1] is not None)
        fields = bare[k]
        sequenced = k in in_sequence and fields is not None and fields.get("case_number") not in tabled
        if fields is not None and (ruled or listed or sequenced or fields.get("case_number") in named):
            found[index] = fields
            if listed:
                named.add(fields.get("case_number") or "")
    return found


def _count(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _trailing_number(title: str, fields: dict[str, str | None], lex: Lexicon) -> dict[str, str | None]:
    """'Ny barnehagestruktur i Andebu <gap> Arkivsak: 25/14402': a labelled number in a column of its own after a
    case title is the case's (its archive number when the header numbered the case already), not title text; a
    numbered header holding only such a column has no title of its own."""
    alone = lex.number_label.fullmatch(title.strip())
    if alone and fields.get("case_number"):  # "Sak 60/26 <gap> Saksnr. 2026/1301": the title is on the next line
        return {"title": None, "archive_case": field_value("archive_case", alone.group("number"), lex)}
    head, gap, last = title.rpartition("\t")
    if gap and head.strip() and lex.item_marker.fullmatch(last.strip()):  # "Godkendelse af dagsorden <gap> Åben sag"
        return {"title": head.strip(), **_trailing_number(head.strip(), fields, lex)}
    m = lex.number_label.fullmatch(last.strip()) if gap and head.strip() else None
    if m is None and gap and head.strip() and fields.get("case_number"):  # "Sak 22/26 | Title | 26/0433",
        m = lex.archive_column.fullmatch(last.strip())  # "Punkt 112  Title <gap> Sag 26/2210"
    if m is None and fields.get("case_number"):  # "Title Arkivsak 26/1950": the column gap lost in the text
        m = _ending_number(lex.language).search(title)
        head = title[: m.start()] if m else head
    if m is None or not head.strip():
        return {}
    key = "archive_case" if fields.get("case_number") else "case_number"
    return {"title": head.strip(), key: field_value(key, m.group("number"), lex)}


@cache
def _ending_number(language: str) -> re.Pattern[str]:
    """A labelled number ending a line after a single space ("... bibliotek Arkivsak 26/1950")."""
    lex = lexicon(language)
    assert lex is not None
    return re.compile(r"[ \t]+(?:" + lex.number_label.pattern + r")[ \t]*$", re.I)


def empty_label(line: str, lex: Lexicon) -> str | None:
    """The field of a lone label line ("Udvalg:"), whose value the next line gives."""
    labelled = _labelled(line, lex)
    if labelled is None or len(labelled) != 1:
        return None
    kind, value = next(iter(labelled.items()))
    return _KEYS[kind] if kind in _KEYS and not value.strip(" |*\t") else None


def updated(ctx: MeetingContext, fields: dict[str, str | None]) -> MeetingContext:
    fields = {k: v for k, v in fields.items() if v}
    cleared: dict[str, None] = {}
    if "body" in fields and ctx.body and fields["body"] != ctx.body:
        cleared.update(meeting_date=None, case_number=None, archive_case=None, title=None)
    if "case_number" in fields and fields["case_number"] != ctx.case_number:
        cleared.update(archive_case=None, title=None)
    return replace(ctx, **{**cleared, **fields})


def step_context(base: MeetingContext, fields: dict[str, str | None]) -> MeetingContext:
    """A committee step inside the case of `base`: its own body and date, the case's number and title.

    A step of the meeting's own body without a date is on the meeting's date; another body's step
    without a date has none (the meeting's date is not that committee's).
    """
    body = fields.get("body") or base.body
    kept = same_body(base.body, body)
    date = fields.get("meeting_date") or (base.meeting_date if kept else None)
    return replace(base, body=body, meeting_date=date, case_number=fields.get("case_number") or base.case_number)


def clean_fields(raw: dict[str, str], lex: Lexicon) -> dict[str, str | None]:
    return {_KEYS[k]: field_value(_KEYS[k], v, lex) for k, v in raw.items() if k in _KEYS}


def is_title(line: str, lex: Lexicon) -> bool:
    """A short line that names a case: not a label, not a sentence, not a decision."""
    if len(line) > _MAX_TITLE or line[-1] in ".:;!?" or not line[0].isalnum():
        return False
    return not lex.block_label.match(line) and not any(regex.match(line) for regex in lex.decision_blocks)


def split_heading(line: str, following: list[str], lex: Lexicon) -> tuple[dict[str, str | None], None] | None:
    """An agenda item whose number stands alone on its line and whose title starts the next ("3." /
    "Klimaatplan"), or whose line ends in a colon before the title on the next ("6. Toegevoegd punt van raadslid
    An Peeters (Groen):" / "Voorstel tot ..."); a number over a sentence or a lower-case clause is a list point."""
    title = next((s.strip() for s in following if s.strip()), "")
    bare = title.strip(_TITLE_QUOTES)  # "9. Motie vreemd M2 (SP):" / "'Stop de verkoop van vuurwerk'": a quoted title
    if not bare[:1].isupper() or not is_title(bare, lex):
        if title[:1] in _OPENING_QUOTES and bare[:1].isupper() and line.endswith(":"):
            return _heading_over_quote(line, lex)  # a quoted sentence, no title: the heading titles the item
        return None
    m = _SPLIT_NUMBER.fullmatch(line)
    if m is not None:
        return {"case_number": m.group("case")}, None
    parsed = header_fields(line[:-1].rstrip(), lex) if line.endswith(":") else None
    if parsed is None or parsed[1] is not None:
        return None
    fields = parsed[0]
    if not fields.get("case_number") or not fields.get("title") or fields.get("body") or fields.get("meeting_date"):
        return None
    return {**fields, "title": f"{fields['title']}: {title}"}, None


def _heading_over_quote(line: str, lex: Lexicon) -> tuple[dict[str, str | None], None] | None:
    """A numbered item whose heading ends in a colon over a quoted proposal ("7. Voorstel van raadslid An Peeters
    (Groen):" / '"Het budget wordt verhoogd."'): the heading titles the item, the quote is its text. The heading must
    name a proposal's kind (`subjects.quoted_item_heads`): "1. Het college stelt voor:" over a quote is a point."""
    parsed = header_fields(line[:-1].rstrip(), lex)
    if parsed is None or parsed[1] is not None:
        return None
    fields = parsed[0]
    head = subject_rules(lex.language).quoted_item_head
    named = fields.get("title") and is_title(fields["title"], lex) and head and head.match(fields["title"])
    if not fields.get("case_number") or not named or fields.get("body") or fields.get("meeting_date"):
        return None
    return fields, None


def header_kind(line: str, lex: Lexicon) -> str | None:
    if match_step(line, lex):
        return "step"
    parsed = header_fields(line, lex)
    if parsed is None:
        return None
    return "case" if parsed[0].get("case_number") and not parsed[0].get("body") else "other"


_ROUTE_ROWS = 12  # rows a case's route table may have (the bodies a case passes through)


def route_rows(lines: list[str], head_body: str | None, lex: Lexicon) -> set[int]:
    """The rows of a case's route table ("Saksgang  Møtedato  Saknr" / "Formannskapet  02.06.2026  45/26" /
    "Kommunestyret  16.06.2026") naming another body than the minutes' own: the case's steps elsewhere, before or
    still to come, none of them this meeting. A header row is cells that are all header or background labels, one
    of them a date column's; its rows are the lines with cells right under it."""
    out: set[int] = set()
    if head_body is None:
        return out
    for index, line in enumerate(lines):
        cells = [c.strip(" :").lower() for c in line.split("\t")]
        kinds = [lex.label_fields.get(c, "background" if c in lex.background_labels else None) for c in cells]
        if len(cells) < 2 or "date" not in kinds or None in kinds:
            continue
        for at in range(index + 1, min(index + 1 + _ROUTE_ROWS, len(lines))):
            if "\t" not in lines[at]:
                break
            fields = header_fields(lines[at].strip(), lex)
            body = fields[0].get("body") if fields else None
            if body and not same_body(body, head_body):
                out.add(at)
    return out
