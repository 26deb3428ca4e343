"""Normalise page texts into one document text with page offsets.

Extractors read lines: headings, list items, table rows and "Votering:" blocks each stay on
their own line, and a paragraph that a PDF wrapped over several lines (or pages) becomes one
line again. Joining is deliberately conservative: a line only continues the previous one when
that one ends mid-sentence and is long (a wrapped line, not a heading); a blank line always
ends a paragraph. Running headers, footers and page numbers are dropped, and words hyphenated
at a line end are repaired by rule (see `_hyphen_join`). The rules live in models/normalise.json.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from pipeline.document import Page
from pipeline.rules import load_json
from pipeline.text.list_lines import same_opening
from pipeline.text.pipe_tables import box_drawing_as_marks, is_pipe_row, merge_wrapped_cells, unguttered
from pipeline.text.ruled_tables import cut_ruled_tables
from pipeline.text.running_lines import drop_running_lines
from pipeline.text.structure import RULE_MARKS
from pipeline.text.tail import TailPattern

_SPACES = re.compile(r"[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_BREAKS = re.compile(r"\r\n|[\r\f\v\u2028\u2029\x85]")

_COLUMN_GAP = re.compile(r"(?<=\S)[ \u00a0]{3,}(?=\S)")  # a layout text's column gap (pdftotext -layout)
_HYPHEN_MARKS = re.compile(r"[\ufffe\x02\u00ad]$")  # PDFium's and soft hyphens at a line end
_WORDS = re.compile(r"\w+(?:-\w+)*")
_LEADING_PUNCT = "([{\"'«»„“‘"
_CLAUSE_WORDS = 3  # lower-case words after a capitalised opener that make a line a clause, not a title's wrap
# a line drawn across the page (marks and spaces only, an unbroken run of five): two linear tests, not one cubic regex
_RULE_MARKS, _RULE_RUN = re.compile(rf"[{RULE_MARKS} ]+"), re.compile(rf"[{RULE_MARKS}]{{5}}")
# "---- Punkt 88 · Meddelelser -----": a heading drawn into a rule
_RULED_TAIL = re.compile(rf"\S[ \t]+[{RULE_MARKS}]{{5,}}[ \t]*$")
_MARK_SET = frozenset(RULE_MARKS)
# '"Udvalget beslutter, at ... i Løgumkloster."': a quoted proposal whole on its line, the vote follows below
_QUOTED_LINE = re.compile(r"^[ \t]*[\"“«„][^\"“”«»„\n]{10,}[.!?][\"”»][ \t]*$")
# "... - 24.02.2026", "den 27-05-2026", "Beslutning, Udvalget, 20. januar 2026"
_DATE_END = re.compile(r"\b\d{1,2}(?:[-./]\d{1,2}[-./](?:\d{4}|\d{2})|\.?[ \t]+[^\W\d_]{3,9}\.?[ \t]+(?:19|20)\d{2})$")


@dataclass(frozen=True)
class _Rules:
    page_number: re.Pattern[str]
    list_item: re.Pattern[str]
    table_row: re.Pattern[str]
    sentence_end: re.Pattern[str]
    coordinators: frozenset[str]
    edge_lines: int
    repeat_share: float
    long_line_share: float
    min_join_length: int
    wrap_tolerance: float
    wrapped_min_width: int
    full_line_share: float
    wrapped_max_width: int
    wrapped_min_share: float
    label: re.Pattern[str]
    own_line: re.Pattern[str]
    leader_line: re.Pattern[str]
    record_line: re.Pattern[str]
    dangling_end: TailPattern
    title_end: re.Pattern[str]
    stranded_end: re.Pattern[str]
    item_title: re.Pattern[str]
    item_sentence: re.Pattern[str]
    case_header: re.Pattern[str]


@cache
def _rules() -> _Rules:
    raw = load_json("normalise.json")
    pages = "|".join(f"(?:{p})" for p in raw["page_number_lines"])
    return _Rules(
        page_number=re.compile(pages, re.IGNORECASE),
        list_item=re.compile(raw["list_item"], re.IGNORECASE),
        table_row=re.compile(raw["table_row"]),
        sentence_end=re.compile(raw["sentence_end"]),
        coordinators=frozenset(raw["hyphen_coordinators"]),
        edge_lines=raw["edge_lines"],
        repeat_share=raw["repeat_share"],
        long_line_share=raw["long_line_share"],
        min_join_length=raw["min_join_length"],
        wrap_tolerance=raw["wrap_tolerance"],
        wrapped_min_width=raw["wrapped_min_width"],
        full_line_share=raw["full_line_share"],
        wrapped_max_width=raw["wrapped_max_width"],
        wrapped_min_share=raw["wrapped_min_share"],
        label=re.compile(raw["label"]),
        own_line=re.compile(raw["own_line"]),
        leader_line=re.compile(raw["leader_line"]),
        record_line=re.compile(raw["record_line"]),
        dangling_end=TailPattern(raw["dangling_end"]),
        title_end=re.compile(raw["title_end"]),
        stranded_end=re.compile(raw["stranded_end"]),
        item_title=re.compile(raw["item_title"]),
        item_sentence=re.compile(raw["item_sentence"]),
        case_header=re.compile(raw["case_header"]),
    )


def clean_lines(text: str) -> list[str]:
    """Lines with spaces collapsed and invisible characters removed; "" marks a blank line.

    Tabs survive as single cell separators (table rows), and so does a gap of three or more spaces
    inside a line (columns laid out with spaces), except the gap after a list marker ("•     Tekst");
    a PDF hyphen marker at a line end becomes "-" so one set of de-hyphenation rules serves every parser.
    """
    text = box_drawing_as_marks(unicodedata.normalize("NFC", _BREAKS.sub("\n", text)))
    lines = []
    for raw in cut_ruled_tables(text.split("\n"), _rules().label):
        raw = _HYPHEN_MARKS.sub("-", raw.rstrip()).replace("\u00ad", "").replace("\ufffe", "-")
        raw = _column_gaps(raw)
        # every invisible character and every space but " " is unprintable: a printable cell without "  " is only
        # stripped, without the two substitutions (0.38 -> 0.10 s over 139,000 bench and read-set cells)
        cells = [
            c.strip() if c.isprintable() and "  " not in c else _SPACES.sub(" ", _INVISIBLE.sub("", c)).strip()
            for c in raw.split("\t")
        ]
        lines.append("\t".join(c for c in cells if c))
    return merge_wrapped_cells(unguttered(lines))


def _column_gaps(raw: str) -> str:
    """Gaps of three or more spaces as tabs; a leading list marker keeps its gap unless the line has other column gaps
    (then it is a table row's id column); a pipe row keeps its pipes."""
    if "   " not in raw and "\u00a0" not in raw:
        return raw  # no gap of three spaces can be there: nothing to change
    body = raw.lstrip(" \u00a0")
    if is_pipe_row(body):
        return raw  # the pipes part the cells; a wide gap beside a pipe is layout, not a column
    marker = _rules().list_item.match(body)
    head = body[: marker.end()] if marker else ""
    rest = _COLUMN_GAP.sub("\t", body[len(head) :])
    marker_text = head.rstrip(" \u00a0")
    if "\t" in rest and len(head) - len(marker_text) >= 3:
        head = marker_text + "\t"  # a table row's id column ("1.1   Solceller   ●   Gennemført")
    return raw[: len(raw) - len(body)] + head + rest


def _ruled_tail(line: str) -> bool:
    """`_RULED_TAIL` found in the line; its search tries every non-space character, so it is read only on a line
    whose last visible character is a rule's mark, which every match ends with (the same answers, a test per line)."""
    return line.rstrip(" \t\n")[-1:] in _MARK_SET and _RULED_TAIL.search(line) is not None


class _Joiner:
    """Decides whether a line continues the previous one, and with what separator."""

    def __init__(self, pages: list[list[str]]):
        self.rules = _rules()
        all_lines = [line for lines in pages for line in lines if line]
        once = set(all_lines)  # a running header or a repeated row is read once
        distinct = {w for line in once for w in _WORDS.findall(line)}  # each line's words read once
        self.vocabulary = {w.casefold() for w in distinct}
        self.lower_words = {w for w in distinct if w.islower()}
        table_rows = {line for line in once if self.rules.table_row.search(line)}
        leaders = {line for line in once if self.rules.leader_line.search(line)}
        self.apart = table_rows | leaders  # "Planstrategi ........ Vedteke", table rows: one entry a line, read once
        lengths = sorted(len(line) for line in all_lines if line not in table_rows)
        typical = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
        self.typical = typical
        self.min_wrap = self._min_wrap_width(len(pages))
        self.long_enough = max(self.rules.min_join_length, self.rules.long_line_share * typical)
        candidates = [n for n in lengths if n >= self.rules.min_join_length]
        at_width = sum(self._at_wrap_width(n) for n in candidates)
        wide = self.min_wrap <= typical <= self.rules.wrapped_max_width
        self.wrapped = wide and at_width >= self.rules.wrapped_min_share * max(1, len(candidates))

    def separator(self, prev: str, line: str) -> tuple[int, str] | None:
        """(chars to trim from the paragraph end, separator) if `line` continues `prev`, else None."""
        rules = self.rules
        if prev in self.apart or line in self.apart or rules.list_item.match(line):
            return None
        if any(_RULE_MARKS.fullmatch(x) and _RULE_RUN.search(x) for x in (prev, line)):
            return None  # a rule parts what is above it from what is below it; no text runs on over it
        if _ruled_tail(prev) or _ruled_tail(line):
            return None  # a heading drawn into a rule is a line of its own, however full the line
        if _QUOTED_LINE.match(prev):
            return None  # a quotation closed on its own line is a paragraph of its own, however full the line
        if rules.own_line.match(line):
            return None  # "Verworpen met 12 stemmen ..." under its label: a decision list's own line
        if rules.own_line.match(prev) and (_DATE_END.search(prev) or (prev.endswith(":") and not line[0].islower())):
            return None  # "Behandling i Formannskapet - 12.02.2026(:)": a step header ends at its date or its colon
        if rules.record_line.match(prev) and not line[0].islower():
            return None  # "Kari Nordmann (Ap) – For": one record per line (a vote page), never run on
        if rules.item_title.match(prev) and not rules.sentence_end.search(prev) and self._opens_item_text(prev, line):
            return None  # "3. Goedkeuring van ..." / "De gemeenteraad gaat over tot ...": the item text
        if rules.case_header.match(prev) and not rules.sentence_end.search(prev) and self._opens_case(prev, line):
            return None  # "Sak 35/26 Prioritering ... (arkivsak 26/355)" / "Eva Hov (Ap) gjorde framlegg:"
        if same_opening(prev, line):
            return None  # "Motie M5 … verworpen" / "Motie M6 …": parallel lines are the items of one list
        hyphenated = self._hyphen_join(prev, line)
        if hyphenated is not None:
            return hyphenated
        dangling = rules.dangling_end.search(prev) is not None and not rules.label.match(line)
        dangling = dangling and not (rules.stranded_end.search(prev) and not line[0].islower())  # 'å bu i' / 'Vi'
        if dangling and self._broken_short_line(prev, line):
            return 0, " "
        if len(prev) < self.long_enough:
            return None
        if not rules.sentence_end.search(prev) and (
            line[0].islower() or dangling or self._proper_noun_continues(prev, line)
        ):
            return 0, " "
        if not self.wrapped or not self._at_wrap_width(len(prev)) or rules.label.match(line):
            return None
        # A hard-wrapped text (PDF): a line at wrap width runs on, after a full stop only when it is full.
        mid_sentence = not rules.sentence_end.search(prev)
        if not mid_sentence and line.endswith(":"):
            return None  # "Kari Lunde (SV) fremmet forslag:" after a full stop: a lead-in of its own, to what is below
        if self._stands_alone(prev, line):
            return None  # a short line of its own: a heading or label, even under a line that ended mid-phrase
        full = len(prev) >= rules.full_line_share * self.typical
        if line[0].isalpha():
            return (0, " ") if (mid_sentence and not self._word_fits(prev, line)) or full else None
        return (0, " ") if mid_sentence and (line[0].isdigit() or line[0] in _LEADING_PUNCT) else None

    def _broken_short_line(self, prev: str, line: str) -> bool:
        """'- Kustbuffer (2024-2027): met de steun van' / 'Interreg France-Wallonie-Vlaanderen onderzoeken we ...':
        a line shorter than the wrap width, ending in a preposition or article, was broken mid-phrase by hand;
        unless its last word may end a title (models/normalise.json 'title_end') and a capital follows."""
        if len(prev) < self.rules.min_join_length or self.rules.sentence_end.search(prev):
            return False
        return not self.rules.title_end.search(prev) or line[0].islower()

    def _opens_item_text(self, prev: str, line: str) -> bool:
        """`line` opens the text under an item title: a whole sentence, or one that wraps on but opens with a
        word the document elsewhere writes in lower case ("Het punt wordt verdaagd naar de zitting" /
        "van maart."), capitalised only as a sentence's first word, also before a name or a year when a clause of
        lower-case words follows ("Raadslid Pieter Cosyns (Groen) vraagt de ...", "In 2024 besloot de raad ...").
        A title wrapping onto a name ("de gemeente" / "Laarne over de ...") or after a word that leaves its phrase
        open goes on."""
        if self.rules.item_sentence.match(line):
            return True
        words = line.split()
        return (
            len(words) >= 3
            and words[0][:1].isupper()
            and words[0].lower() in self.lower_words
            and (words[1][:1].islower() or sum(w[:1].islower() for w in words[1:]) >= _CLAUSE_WORDS)
            and self.rules.dangling_end.search(prev) is None
        )

    def _opens_case(self, prev: str, line: str) -> bool:
        """`line` opens the case under the case header `prev`: a capitalised clause (a sentence end, a label or
        more lower-case words than a wrapped title's name holds) under a title that did not stop mid-phrase
        ("Søknad om tilskot til" / "Vik IL"); a title wrapping onto a name ("Storgata" / "Nord – andre") goes on."""
        if not line[0].isupper() or self.rules.dangling_end.search(prev) or prev[-1] in ",-–—(":
            return False
        lower = sum(w[:1].islower() for w in line.split()[1:])
        return lower > _CLAUSE_WORDS or bool(self.rules.sentence_end.search(line) or self.rules.label.match(line))

    def _heading(self, line: str) -> bool:
        """A short capitalised line without a sentence end, after a sentence that ended, heads what follows
        ("Beslutning", "Vedtak", "Besluit", "Energi og forsyning"); a wrap never leaves such a stub."""
        return line[0].isupper() and len(line) < self.long_enough and not self.rules.sentence_end.search(line)

    def _stands_alone(self, prev: str, line: str) -> bool:
        """A short heading-like line under `prev`, unless it closes a bracket `prev` left open
        ("... (byen er i dag en del av" / "Ringkøbing-Skjern Kommune)")."""
        return self._heading(line) and prev.count("(") <= prev.count(")")

    def _min_wrap_width(self, n_pages: int) -> int:
        """Text that came in pages was laid out by a typesetter, narrow columns included; a single
        text needs wider lines before its line breaks are taken for wrapping."""
        return self.rules.wrapped_min_width if n_pages == 1 else self.rules.min_join_length

    def _at_wrap_width(self, length: int) -> bool:
        return self.long_enough <= length <= self.rules.wrap_tolerance * self.typical

    def _proper_noun_continues(self, prev: str, line: str) -> bool:
        """A capitalised line continues a wrapped line ending mid-phrase ("samarbejde med" + "Ballerup").

        Only in a text whose lines are long enough to have been wrapped (in a short text of headings and
        short lines, "Satsingsområde A – Fysisk aktivitet" / "Vi vil ..." is a heading over its
        paragraph), when `prev` has about the wrap width (an outlier-long line is a paragraph of its own)
        and `line` does not open with a label such as "Vedtak:" or "Bemærkninger: ...", nor is a short
        line of its own without a sentence end (a label or heading under the line above).
        """
        return (
            line[0].isupper()
            and self.typical >= self.min_wrap
            and not self._stands_alone(prev, line)  # "Besluit", "Stemming op het ontwerpbesluit": a label
            and self._at_wrap_width(len(prev))
            and bool(re.search(r"[^\W\d_A-ZÆØÅÄÖÜ],?$|,$", prev))
            and not self.rules.label.match(line)
            and not self._word_fits(prev, line)
        )

    def _word_fits(self, prev: str, line: str) -> bool:
        """The next line's first word would have fitted on `prev` within the typical line width: the
        author broke the line (a list row such as "Motie M2 … aangenomen" / "M3 ingetrokken"), no wrap did."""
        word = line.split(" ", 1)[0]
        return len(prev) + 1 + len(word) <= self.typical

    def _hyphen_join(self, prev: str, line: str) -> tuple[int, str] | None:
        """Repair a word broken at a line end, keeping real hyphens.

        "kommu-" + "ne" → "kommune"; "EU-" + "projekter" → "EU-projekter" (abbreviation before);
        "Nord-" + "Norge" (capital after), "by-til-by-" + "relation" (compound), "2019-" + "2022"
        keep the hyphen; "by-" + "og" stays two words (coordination). Otherwise the document's own
        vocabulary decides, and a plain break is assumed when it says nothing.
        """
        token = prev.rsplit(" ", 1)[-1]
        if len(token) < 2 or not token.endswith("-") or not token[-2].isalnum():
            return None
        prefix = token[:-1].lstrip(_LEADING_PUNCT)
        word = line.split(" ", 1)[0]
        if word.rstrip(",.;:").casefold() in self.rules.coordinators:
            return 0, " "
        if not word[0].isalnum():
            return None
        keep = (0, "")
        if word[0].isupper() or word[0].isdigit() or prefix.isupper() or any(c in "-0123456789" for c in prefix):
            return keep
        head = _WORDS.match(word)
        tail = head.group(0) if head else word
        if (prefix + tail).casefold() in self.vocabulary:
            return 1, ""
        if f"{prefix}-{tail}".casefold() in self.vocabulary:
            return keep
        return 1, ""


def _trim_blank_edges(lines: list[str]) -> list[str]:
    filled = [i for i, line in enumerate(lines) if line]
    return lines[filled[0] : filled[-1] + 1] if filled else []


class _TextBuilder:
    """Paragraphs joined by "\n", tracking the offset where the next text lands."""

    def __init__(self) -> None:
        self.done: list[str] = []
        self.done_len = 0  # length of the closed paragraphs plus their "\n"
        self.current: str | None = None

    def close(self) -> None:
        if self.current is not None:
            self.done.append(self.current)
            self.done_len += len(self.current) + 1
            self.current = None

    def position(self) -> int:
        return self.done_len + len(self.current or "")

    def add(self, line: str, how: tuple[int, str] | None) -> int:
        """Append `line` as a new paragraph (how=None) or a continuation; returns where it starts."""
        if how is None or self.current is None:
            self.close()
            self.current = ""
        else:
            trim, sep = how
            self.current = self.current[: len(self.current) - trim] + sep
        start = self.position()
        self.current += line
        return start

    def text(self) -> str:
        self.close()
        return "\n".join(self.done)


def normalise(pages: list[str]) -> tuple[str, list[Page]]:
    """One text with a paragraph per line; each Page records where it starts in that text.

    A page boundary is a plain line break (a paragraph may run on to the next page), so a Page's
    start can fall inside a line.
    """
    rules = _rules()
    lines = [clean_lines(p) for p in pages]
    cleaned = drop_running_lines(lines, rules.edge_lines, rules.repeat_share, rules.page_number)
    joiner = _Joiner(cleaned)
    builder = _TextBuilder()
    prev: str | None = None
    starts: list[int] = []
    for lines in cleaned:
        page_start: int | None = None
        for line in _trim_blank_edges(lines):
            if not line:
                builder.close()
                prev = None
                continue
            start = builder.add(line, joiner.separator(prev, line) if prev else None)
            page_start = start if page_start is None else page_start
            prev = line
        starts.append(builder.position() if page_start is None else page_start)
    text = builder.text()
    bounds = [min(s, len(text)) for s in starts] + [len(text)]
    pages_out = [
        Page(number=i + 1, text=text[bounds[i] : max(bounds[i], bounds[i + 1])].strip("\n"), start=bounds[i])
        for i in range(len(starts))
    ]
    return text, pages_out
