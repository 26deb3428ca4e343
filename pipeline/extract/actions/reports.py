"""Progress reports that no status cue announces: a run of items each named by a short title and
reported on in a sentence of its own.

- Titled lines: "Nyt turistkontor: Turistkontoret åbnede i april." or a bullet "Ladestandere ved
  hallerne. Der er opsat 12 ladestandere." - a short title, then a sentence that states a status.
- Headed blocks: a heading per item and a paragraph under it whose status sentence speaks of the
  item itself ("Projektet er udskudt", "Legepladsen blev indviet").

One such line or block is an event in running text; a run of at least two, making up most of the
run's items, is a report. A plan's goal sentences and background paragraphs state no status and
break the run's majority.
"""

from __future__ import annotations

import re

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import findings, opens_with_item
from pipeline.text import structure
from pipeline.text.structure import Line, Span

MIN_REPORTED = 2  # one reported item is an event in running text, two or more a report
TITLE_WORDS = 8  # a title before its report is a short noun phrase
_TITLED = re.compile(r"^(?P<title>[^:.!?]+?)(?::\s+|\.\s+)(?P<report>[A-ZÆØÅ].+)$")


def titled_lines(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Lines (or list items) "Title: report." / "Title. Report." where the report states a status,
    when at least two lines of the same list do so and they are most of the list. A list ends where
    its lines change kind: plain "Etape 1, Sydstranden: ..." lines under an intro are one list, the
    numbered agenda items after them ("18. Eventuelt") another."""
    out: list[Candidate] = []
    run: list[Candidate | None] = []
    kind = None
    for line in [*lines, None]:
        candidate = _titled(line, lex) if line is not None else None
        listed = line is not None and (candidate or _list_line(line, lex))
        if listed and run and _plain(line) != kind:
            out.extend(_majority(run))
            run = []
        if listed:
            kind = _plain(line) if not run else kind
            run.append(candidate)
            continue
        out.extend(_majority(run))
        run = []
    return out


def _plain(line: Line) -> bool:
    return structure.parse_item(line).kind == "plain"


def _list_line(line: Line, lex: Lexicon) -> bool:
    """A line that belongs to the run without reporting: another item of the list."""
    return structure.parse_item(line).kind in ("bullet", "number", "letter") or bool(_TITLED.match(line.text))


def _titled(line: Line, lex: Lexicon) -> Candidate | None:
    item = structure.parse_item(line)
    match = _TITLED.match(item.text)
    if not match or lex.field.match(item.text):
        return None  # "Status: I gang", "Bemærkning: ...": a field, no title
    if item.kind == "plain" and not match.group().startswith(match.group("title") + ":"):
        return None  # "Title. Report." only as a list item: in a paragraph it is two sentences
    title = structure.trim(item.start + match.start("title"), match.group("title"))
    if not 1 < len(structure.words(title.text)) <= TITLE_WORDS or not structure.is_heading(title.text, TITLE_WORDS):
        return None
    if any(lex.trailing_auxiliary.search(f" {word}") for word in structure.words(title.text)):
        return None  # "Kommunen har vedtaget en plan": a sentence, no title
    cut_open = title.text.count("(") != title.text.count(")")
    if lex.non_item_heading.match(title.text) or findings([title], lex) or cut_open:
        return None  # a chapter label, a title that is itself a status sentence, or a bracket cut open
    report = structure.trim(item.start + match.start("report"), match.group("report"))
    stated = [f for f in findings([report], lex) if not f.weak]
    if not stated:
        return None
    return Candidate(item.number, structure.clean_label(title), [f.sentence for f in stated])


def _majority(run: list[Candidate | None]) -> list[Candidate]:
    reported = [c for c in run if c is not None]
    if len(reported) < MIN_REPORTED or 3 * len(reported) < 2 * len(run):
        return []
    return reported


def reported_blocks(blocks: list[tuple[Line, list[Span]]], lex: Lexicon) -> list[Candidate]:
    """Headed blocks whose report opens with a sentence about the item itself that states its status,
    when they are most of the blocks with text: the items of a report without a status heading."""
    with_text = [(h, body) for h, body in blocks if any(structure.is_sentence(s.text) for s in body)]
    reported = []
    for heading, body in with_text:
        if structure.parse_item(heading).kind != "plain" or findings([heading], lex):
            continue  # a list item, or a heading that is itself a status ("Het programma is uitgevoerd")
        first = next(structure.sentences(s.start, s.text, lex.conventions.abbreviations)[0] for s in body)
        stated = [f for f in findings([first], lex) if not f.weak]
        if stated and opens_with_item(first.text, heading.text, lex):
            reported.append(Candidate(None, heading, body))
    return _majority([*reported, *[None] * (len(with_text) - len(reported))])
