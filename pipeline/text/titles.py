"""A document's title read from its head.

The rules live in models/metadata/common.json ("title", the same for every language; schema in
metadata_rules.py). The head of a page carries much that names no document: the issuer's letterhead,
a site's menu and breadcrumb, a meeting head's place and hour fields. The title is the first title-like
line without them, joined with what a genre line leaves to the lines below it: the meeting body and
date of a minutes' head, a letter's subject.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import NamedTuple

from pipeline.text import municipalities
from pipeline.text.metadata_rules import TitleRules, metadata_rules

_FIRST_SENTENCE = re.compile(r".+?(?:[.!?](?=\s)|$)")


def _title_rules() -> TitleRules:
    """Title rules are the same for every language: they live in common.json only."""
    return metadata_rules("und").title


@cache
def title_patterns() -> dict[str, object]:
    """The title rules compiled once; doc_type also passes over the noise lines (web chrome names no genre)."""
    title = _title_rules()
    return {
        "noise": [re.compile(p, re.I) for p in title.noise],
        "headers": [re.compile(p, re.I) for p in title.headers],
        "strip": re.compile(title.strip),
        "date": re.compile(title.date, re.I),
        "banner": re.compile(rf"(?:{'|'.join(title.banners) or '(?!)'})$", re.I),
        "date_lead": frozenset(title.date_lead),
        "fillers": [(re.compile(p, re.I), r) for p, r in title.fillers],
    }


def nonblank_lines(text: str) -> list[str]:
    """The sample's non-blank lines, split once for title and type. Not `Document.lines`: metadata runs in
    `build_document` before the Document exists, and `split_lines` also cuts run-in lists, which would
    move the head-line counts."""
    return [line for line in text.splitlines() if line.strip()]


# "KLEPP KOMMUNE\tNæringsplan", "Stad Eeklo – Meerjarenplan", a letterhead's cells set apart by a wide gap
_HEAD_CELLS = re.compile(r"\t+|\s{3,}|\s+[–|]\s+|\s+-\s+")
_PERIOD = re.compile(r"\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\b")  # "2026-2030", "2024–27"
_LABEL = r"(?P<label>[^\W\d](?:[^\W\d]|[ .-]){0,24}):"  # a field's label: words, no number ("Kapittel 6:")
_FIELD = re.compile(_LABEL + r"\s*(?P<value>.*)")  # "Dato: 20.10.2026"
_ALIGNED_FIELD = re.compile(_LABEL + r"(?:\s{2,}|\t)(?P<value>\S.*)")  # set out in columns: "Til:      Økonomiudvalget"


def _clean(line: str) -> str:
    """The line without markup, and without the issuer's name or the page's path where it opens the line
    ("Københavns Kommune", "Gemeente Tiel – Besluitenlijst ...", "Forside › Politikk › Internasjonalt")."""
    line = _without_issuer(title_patterns()["strip"].sub("", line).strip())
    if _is_menu(line):
        return ""
    cells = _HEAD_CELLS.split(line)
    if not _is_banner(cells[0]):
        return _ending_at_date(line)
    rest = next((i for i, cell in enumerate(cells) if not _is_banner(cell)), len(cells))
    return "" if rest == len(cells) else _ending_at_date(line[line.index(cells[rest], len(cells[0])) :].strip())


_MENU_CELLS = re.compile(r"\s{3,}|\s+\|\s+|\t+")  # "Borger   Erhverv   Politik", "Home | Bestuur | Contact"


def _is_menu(line: str) -> bool:
    """A site's menu bar or breadcrumb: three or more short undated cells set apart by wide gaps or bars
    ("Menu   Zoeken   Inloggen", "Hovedmeny  |  Søk  |  English"), never a title."""
    cells = [cell for cell in _MENU_CELLS.split(line) if cell]
    return len(cells) >= 3 and all(
        len(cell.split()) <= 3 and not title_patterns()["date"].search(cell) for cell in cells
    )


_BILINGUAL = re.compile(r"\s+/\s+")  # a letterhead naming the issuer in two languages


def _is_banner(cell: str) -> bool:
    """A head cell naming the issuer ("Gemeente Tiel", "KLEPP KOMMUNE", a known municipality's bare name such as
    "MALDEGEM"), also in two languages, or the page's path, never the title."""
    names = [name.strip() for name in _BILINGUAL.split(cell)]  # "Gemeente Smallingerland / Gemeente Smellingerlân"
    return _names_issuer(cell.strip()) or len(names) > 1 and all(_names_issuer(name) for name in names)


def _names_issuer(cell: str) -> bool:
    return bool(title_patterns()["banner"].match(cell) or municipalities.catalogue().lookup(cell))


def _without_issuer(line: str) -> str:
    """A letterhead run into the title on one line ("REBILD KOMMUNE Referat – Økonomiudvalget", "Gemeente De Bilt
    Besluitenlijst") without the issuer: a known municipality's name with its word for municipality, followed by a
    capitalised word. A sentence about the municipality ("Gemeente Elburg is lid ...") goes on in lower case."""
    conf = _title_rules()
    words = line.split(" ")
    for k in range(1, min(4, len(words) - 1)):
        named = words[k].lower() in conf.issuer_words and municipalities.catalogue().lookup(" ".join(words[:k]))
        led = words[0].lower() in conf.issuer_leads and municipalities.catalogue().lookup(" ".join(words[1 : k + 1]))
        if (named or led) and words[k + 1][:1].isupper():
            return " ".join(words[k + 1 :])
    return line


def _ending_at_date(line: str) -> str:
    """A title that dates a meeting ends at its date: the hour, room and address after it, and the field label,
    weekday and separators just before it, name no document ("Byrådet – Referat – Mødedato: Tirsdag den 12.
    marts 2026 kl. 17.00, Byrådssalen" is "Byrådet – Referat 12. marts 2026"). A line that is only a date stays."""
    patterns = title_patterns()
    found = patterns["date"].search(line)
    if not found:
        return line
    lead = patterns["date_lead"]
    words = line[: found.start()].split()
    while words and (words[-1].lower() in lead or words[-1].endswith(":") or not any(c.isalnum() for c in words[-1])):
        words.pop()
    head = " ".join(words).rstrip(",;")
    return f"{head} {found.group()}" if head else line


def _is_title_like(line: str) -> bool:
    """Short, has letters, is no sentence or lead-in, no web noise, case-number header or genre label."""
    conf = _title_rules()
    words = line.split()
    return (
        any(ch.isalpha() for ch in line)
        and len(line) <= conf.max_chars
        and len(words) <= conf.max_words
        and not (line.endswith(".") and len(words) >= conf.sentence_min_words)
        and not line.endswith(":")  # introduces a list or a field
        and line.lower() not in conf.labels
        and not any(p.search(line) for p in title_patterns()["noise"] + title_patterns()["headers"])
    )


def title(text: str) -> str | None:
    """A markdown heading in the head, else its first title-like line that is no running header.

    A line repeated in the head is a running header when a title-like line follows it soon
    (a site banner above the real title); a short title followed by a meeting date line is
    joined with it ("Raadsvergadering – maandag 17 juli 2023"), also across a meeting head's fields
    (the body's field joins, place and hour fields are passed over); a letter's subject field joins
    its genre line. Without any title-like line, the first sentence stands in.
    """
    return read_title(nonblank_lines(text)).text


class Title(NamedTuple):
    text: str | None  # the title as reported
    genre: str | None  # the title line alone, without the subject, body or date joined: what kind of document it is


def read_title(nonblank: list[str]) -> Title:
    conf = _title_rules()
    raw = nonblank[: conf.scan_lines]
    cleaned = [_clean(_without_fillers(line)) for line in raw]
    lines = [_unaligned(line) for line in cleaned]
    counts = Counter(lines)
    headings = [i for i, line in enumerate(raw) if line.lstrip().startswith("#") and _is_title_like(lines[i])]
    candidates = [
        i
        for i, line in enumerate(lines)
        if _is_title_like(line)
        and not (counts[line] > 1 and any(_is_title_like(n) and n != line for n in lines[i + 1 : i + 4]))
    ]
    if headings or candidates:
        i = (headings or candidates)[0]
        head = [*cleaned[:i], lines[i], *cleaned[i + 1 :]]  # the fields below the title as they stand
        dated = _ending_at_date(_with_date(head, i)).rstrip(".:")
        return Title(_with_subject(head, i) or dated, lines[i].rstrip(".:"))
    first = next((line for line in lines if any(ch.isalpha() for ch in line)), None)
    sentence = first and _FIRST_SENTENCE.match(first).group(0)[: conf.max_chars].rstrip(".")
    return Title(sentence, sentence)


def _without_fillers(line: str) -> str:
    """The title in its usual short form: "Besluitenlijst van de openbare vergadering van de gemeenteraad van
    Delft, gehouden op 29 januari 2026" is "Besluitenlijst gemeenteraad Delft 29 januari 2026"."""
    for pattern, replacement in title_patterns()["fillers"]:
        line = pattern.sub(replacement, line)
    return line


def _unaligned(line: str) -> str:
    """A header field set out in columns ("Til:      Økonomiudvalget", "Utval:   Formannskapet") names no document,
    unless it names the meeting body or the subject: then its value does."""
    field = _ALIGNED_FIELD.fullmatch(line)
    if not field:
        return line
    conf = _title_rules()
    return field.group("value") if field.group("label").lower() in conf.body_labels + conf.subject_labels else ""


def _with_subject(lines: list[str], i: int) -> str | None:
    """A letter's or extract's head names its subject in a field ("Onderwerp: Voortgang ...", "Emne: ..."):
    the genre line above it and the subject are the title, the subject alone when no title line is above it."""
    conf = _title_rules()
    for k, line in enumerate(lines[: conf.field_lines]):
        field = _FIELD.fullmatch(line)
        if field and field.group("label").strip().lower() in conf.subject_labels and field.group("value").strip():
            subject = field.group("value").strip()
            between = lines[i + 1 if i < k else 1 : k]
            if not all(_FIELD.fullmatch(other) or title_patterns()["date"].search(other) for other in between):
                return None  # prose between: an item's subject in a list, not the document's
            return conf.separator.join((lines[i], subject)) if i < k else subject
    return None


def _with_date(lines: list[str], i: int) -> str:
    """The title line plus the short lines down to a meeting date within date_lookahead lines: the meeting
    head under a genre title ("Møtebok" / "Organ: Kommunestyret" / "Møtestad: ..." / "Dato: 20.10.2026").
    A field naming the body adds its value, other fields (place, hour) and rules are passed over; the date
    line may be a field or a long line, which the caller cuts at the date."""
    conf = _title_rules()
    date = title_patterns()["date"]
    if date.search(lines[i]) or len(lines[i].split()) > conf.join_max_words or _PERIOD.search(lines[i]):
        return lines[i]  # a plan's period ("Internationale agenda 2026-2030"): a date below is its adoption's
    parts = [lines[i]]
    plain = 0  # lines between title and date that are no field: one at most (the body under a genre)
    for line in lines[i + 1 : i + 1 + conf.date_lookahead]:
        found = date.search(line)
        field = _FIELD.fullmatch(line)
        if found:
            if len(line[: found.start()].split()) > conf.max_words:
                break
            return conf.separator.join([*parts, line])
        if field and field.group("label").strip().lower() in conf.body_labels:
            body = field.group("value").strip()
            if body.casefold() not in parts[0].casefold():  # "Utval for helse | Protokoll" / "Møte: Utval for helse"
                parts.append(body)
        elif line and not field and any(ch.isalnum() for ch in line):
            plain += 1
            if plain > 1 or not _is_title_like(line):
                break
            parts.append(line)
    return lines[i]
