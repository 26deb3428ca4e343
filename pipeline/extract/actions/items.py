"""Readers of numbered items and bulleted lists in evaluations and status reports.

- numbered items ("Handling 2.1 ”Title”", "Tiltak 3: Title", "Actie 4 – Title") with the text
  under each, and in a status report numbered headings without a keyword ("1.1 Title"); items
  without text of their own take the status of the heading or intro above them ("Ikke
  gennemførte handlinger ... skulle sættes i bero: Handling 4.1 ... Handling 5.1");
- a bulleted list under an intro naming actions and their status ("Igangsatte initiativer:"),
  or under an intro about a period or status, bullets reporting events ("Åpning av nytt bibliotek.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.extract.actions.codes import field_of
from pipeline.extract.actions.legend import in_legend, leading_mark
from pipeline.extract.actions.outline import beside_status_chapter, outline_entry, over_items
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import findings, value_status
from pipeline.text import sections, structure
from pipeline.text.structure import Line, Span

SECTION_CUE_WORDS = 25  # a status section opens with a heading or a short intro, not mid-paragraph
MAX_HEADING_WORDS = 16
MIN_CODED = 2  # coded headings with a reported status that make a tracker without a status heading
MIN_ONE_WORD_TITLE = 8  # a coded heading of one word names an item when the word is a long compound
STATUS_HEADING_WORDS = 6  # "Tiltak som ikke er startet": a status heading over its bullets is short
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NEXT_MARK = r"\s+\(?(?:\d{1,2}|[a-z])\)\s"  # "..., 2) Transport": the next item of a list run into one line
# a dash, then a report with a clause of its own before the status cue: "– Kommunen har trukket seg, og"
_DASHED_REPORT = re.compile(r"\s[–—]\s+(?=[A-ZÆØÅ][^–—]*,\s)")
_QUOTED_TITLE = re.compile(r"^\s*[.:–—-]?\s*[”“\"«„](?P<title>[^”“\"»]+)[”“\"»]")
_TITLE_SEPARATOR = re.compile(r"^\s*[.:–—-]?\s*")
_QUOTED = re.compile(r"[”“\"«„](?P<name>[^”“\"«»„]{2,80})[”“\"»]")


@dataclass
class Candidate:
    """An action found by one of the readers, before its status is decided."""

    action_id: str | None
    title: Span
    body: list[Span]
    context: tuple[Span, ...] = ()  # the heading and intro lines the item stands under
    status: Span | None = None  # a status field or cell that states the status outright
    listed: bool = False  # an item of a list whose other items are actions: a row even with no status read


def numbered_items(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Numbered items ("Handling 1.1 ...") with the lines under them. A heading ends an item and opens
    the context (heading and intro) whose status items without a report of their own inherit."""
    items: list[Candidate] = []
    context: list[Span] = []
    current: Candidate | None = None
    bulleted = False  # the current item opened on a bullet ("- Actie 1.2.2 wordt ...")
    groups: set[int] = set()  # items with items numbered under them ("Indsats 1" over "1.1 ..."): a plan's groups
    below = _status_below_items(lines, lex)
    for line in lines:
        if items and _numbered_under(line, items[-1].action_id):
            groups.add(id(items[-1]))
        match = lex.item.match(line.text)
        if match and _names_more_items(line.text[match.end() :], lex):
            match = None  # "Initiativ 7 og 10 gennemføres først i 2027": a sentence about items, not an item
        if match and not structure.words(line.text[match.end() :]):
            current = None  # "Handling 2.3" alone: its name stands in a field below ("Titel: ...")
            continue
        if match:
            title, rest = _title_and_rest(line, match.end(), lex)
            current = Candidate(match.group("id"), title, [rest] if rest.text else [], tuple(context))
            bulleted = structure.has_list_marker(line.text)
            items.append(current)
        elif items and (sibling := _sibling_number(line, items[-1].action_id)):
            current = Candidate(sibling.number, structure.clean_label(sibling.span), [], tuple(context))
            bulleted = structure.has_list_marker(line.text)
            items.append(current)
        elif below and current is not None and not current.body and _bare_status(line, lex):
            current.body.append(line)  # "Tiltak 2.1 Ny nettside" / "Gjennomført": the item's status, no heading
        elif structure.is_heading(line.text) and not lex.field.match(line.text):
            current = None
            context = [line]
        elif current is not None and bulleted and _next_remark(line, lex):
            current = None  # the next bullet is a remark of its own, not this item's report
            context.append(line)
        elif current is not None:
            current.body.append(line)
        else:
            context.append(line)
    return [item for item in items if id(item) not in groups]


def _status_below_items(lines: list[Line], lex: Lexicon) -> bool:
    """Bare status lines stand under the items, each the status of the item above it: no status line stands
    right before the first item, as a heading grouping the items by status would ("Gjennomført" / "Tiltak 1 ...")."""
    first = next((i for i, line in enumerate(lines) if lex.item.match(line.text)), None)
    return first is not None and (first == 0 or not _bare_status(lines[first - 1], lex))


def _bare_status(line: Line, lex: Lexicon) -> bool:
    """A short line stating a status and nothing before it ("Gjennomført", "Pågår – 12 deltok i høst")."""
    return len(structure.words(line.text)) <= STATUS_HEADING_WORDS and value_status(line, lex) is not None


def _next_remark(line: Line, lex: Lexicon) -> bool:
    """A bullet of its own after an item read from a bullet of a list of remarks ("- Actie 1.2.2 wordt
    heringeschat." / "- Nieuw voorstel: ..."): the list's next remark, not the item's report; a bullet
    holding a field ("- Status: I gang") is still the item's."""
    return structure.has_list_marker(line.text) and not lex.field.match(structure.parse_item(line).text)


def _names_more_items(rest: str, lex: Lexicon) -> bool:
    """The words after an item's number join another number ("og 10", "en 4"): the line speaks of items."""
    words = rest.split()
    return len(words) >= 2 and words[0].lower() in lex.conventions.conjunctions and words[1][:1].isdigit()


def _numbered_under(line: Line, code: str | None) -> bool:
    return bool(code) and (structure.parse_item(line).number or "").startswith(f"{code}.")


def _sibling_number(line: Line, previous: str | None) -> structure.Item | None:
    """A heading numbered like the item before it but without its keyword ("Tiltak 3.3 ..." then
    "3.4 Felles innkjøp"): the next item of the same list."""
    item = structure.parse_item(line)
    if item.kind != "number" or not item.number or not previous or "." not in previous:
        return None
    same_depth = item.number.count(".") == previous.count(".")
    return item if same_depth and structure.is_heading(item.text, MAX_HEADING_WORDS) else None


def numbered_headings(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Headings numbered by the plan itself, without a keyword ("1.1 Energirenovering af skoler",
    "2.3. Nye laadpalen"), each over its report, once a status section has opened ("Status 2024",
    "Voortgangsrapportage"): one action each, its number the action_id. A plan's numbered outline
    with no status reported under any heading gives none; table-of-contents entries are skipped."""
    items: list[Candidate] = []
    current: Candidate | None = None
    opened = False
    for index, line in enumerate(lines):
        item, mark = past_mark(structure.parse_item(line), lex)
        coded = _coded_heading(item, lex)
        if (_is_numbered_heading(item) or coded) and lex.non_item_heading.match(item.text):
            current = None  # a report's own chapter ("1.1 Baggrund", "2.3 Metode")
            continue
        if (opened or mark) and _is_numbered_heading(item):
            current = Candidate(item.number, structure.clean_label(item.span), [], status=mark)
            items.append(current)
            continue
        if coded:
            current = Candidate(coded[0], coded[1], [])
            items.append(current)
            continue
        if opens_status_section(lines, index, lex):
            opened = True
        if structure.is_heading(line.text) and item.kind == "plain":
            current = None
        elif current is not None:
            if not current.body and current.status is None and (marked := leading_mark(line, lex)):
                current.status = marked[0]  # "A3 Verkeerseducatie" / "[D] Zes van de negen scholen ...": its field
            current.body.append(line)
    # an outline entry with the next heading right under it, or a chapter over its own rows: no item
    beside = beside_status_chapter(items, lex.section_cue)  # "9.3 Nettverk" beside "9.4 Status for tiltakene"
    items = [
        c for i, c in enumerate(items) if not outline_entry(c, lines, items) and not over_items(c) and i not in beside
    ]
    reported = [c for c in items if c.status is not None or any(not f.weak for f in findings(c.body, lex))]
    if not reported or (not opened and (len(reported) < MIN_CODED or 2 * len(reported) < len(items))):
        return []  # coded headings outside a status section need most of them to report a status
    return items


def opens_status_section(lines: list[Line], index: int, lex: Lexicon) -> bool:
    """A heading or short intro with a status cue ("Status 2024", "5 Oppfølging"), not a contents entry: the
    contents name the follow-up chapter long before it opens."""
    line = lines[index]
    if len(structure.words(line.text)) > SECTION_CUE_WORDS or not lex.section_cue.search(line.text):
        return False
    return not sections.contents_entry(lines, index)


def past_mark(item: structure.Item, lex: Lexicon) -> tuple[structure.Item, Span | None]:
    """An item whose text opens with its status mark ("1.1 [V] Revitalisering ...", "2.3 ● Ny hal"): the item
    from its title on, and the mark, read through the document's legend."""
    marked = leading_mark(item.span, lex)
    if marked is None:
        return item, None
    mark, rest = marked
    return structure.Item(rest.start, rest.end, rest.text, item.kind, item.number), mark


def _coded_heading(item: structure.Item, lex: Lexicon) -> tuple[str, Span] | None:
    """A heading opened by the plan's own code ("K-07 Ny brannstasjon", "A4 Udvidelse af skolen",
    "1.2.3 Nye cykelstier"): the code and the title after it."""
    if item.kind == "number" and item.number and item.number.count(".") >= 2 and structure.is_heading(item.text):
        return item.number, structure.clean_label(item.span)  # "1.2.3": deeper than any chapter number
    if item.kind != "plain" or not structure.is_heading(item.text, MAX_HEADING_WORDS):
        return None
    code = lex.code.match(item.text)
    if code is None or "/" in code.group() or _YEAR.search(code.group()) or not item.text[code.end() :][:1].isspace():
        return None  # a case number ("22/1234") names a case, a year ("DK2020", "EU 2030") a programme
    rest = structure.trim(item.start + code.end(), item.text[code.end() :])
    words = structure.words(rest.text)
    if not words or not rest.text[:1].isupper() or len(words) < 2 and len(words[0]) < MIN_ONE_WORD_TITLE:
        return None  # "C1 Vrijwilligersacademie" names an item; "A4 Format" does not
    return code.group(), structure.clean_label(rest)


def _is_numbered_heading(item: structure.Item) -> bool:
    """A "1.1 Title" line: a two-level number, a title-like text, no page number at its end."""
    return (
        item.kind == "number"
        and "." in (item.number or "")
        and structure.is_heading(item.text, MAX_HEADING_WORDS)
        and sections.without_page_ref(item.span) is None
    )


def _title_and_rest(line: Line, offset: int, lex: Lexicon) -> tuple[Span, Span]:
    """The title after an item number: quoted text, else the first sentence; the rest is report."""
    text = line.text[offset:]
    quoted = _QUOTED_TITLE.match(text)
    if quoted:
        start = line.start + offset + quoted.start("title")
        title = structure.clean_label(Span(start, start + len(quoted.group("title")), quoted.group("title")))
        return title, structure.trim(line.start + offset + quoted.end(), text[quoted.end() :])
    lead = _TITLE_SEPARATOR.match(text).end()
    parts = structure.sentences(line.start + offset + lead, text[lead:], lex.conventions.abbreviations)
    if not parts:
        return line, Span(line.end, line.end, "")
    title = structure.clean_label(parts[0])
    rest_start = parts[1].start if len(parts) > 1 else line.end
    return title, structure.trim(rest_start, line.text[rest_start - line.start :])


def status_lists(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Items under an intro line ending in a colon, or under a short heading that is a status
    ("Igangværende indsatser"). An intro naming actions ("Væsentlige igangsatte
    initiativer:") or reporting a status ("Deze zijn allemaal uitgevoerd:"; not an item itself, whose
    sub-list only details it) makes each item an action that keeps the intro's status unless it
    reports its own; under an intro about a period or a status section ("Viktige hendelser i 2023:")
    item sentences that report a status are read as events naming the projects they concern (a
    plan's "Vi vil:" bullets are not reports)."""
    out: list[Candidate] = []
    for index, line in enumerate(lines):
        intro = line.text.endswith(":")
        if not intro and not structure.is_heading(line.text, STATUS_HEADING_WORDS):
            continue
        reports = structure.parse_item(line).kind == "plain" and any(not f.weak for f in findings([line], lex))
        if not intro and (not reports or in_legend(lines, index, lex) or field_of(line, lex)):
            continue  # an intro, or a heading that is a status ("Igangværende indsatser") over its bullets; no legend,
            # nor the field of the item above ("Status: Fullført" before the next numbered item)
        if reports and not intro:  # a status heading over its items, numbered as the plan numbers them
            grouped = [(i, notes) for i, notes in _items_under(lines, index, lex) if not lex.item.match(i.text)]
            # the heading is the items' status field: it wins over words of a title ("Oppstart av ...")
            out.extend(
                Candidate(i.number, _item_title(i.span, lex), [i.span, *notes], (line,), status=line)
                for i, notes in grouped
            )
            continue
        items = [
            i
            for i in structure.list_after(lines, index, allow_plain=False)
            if not lex.item.match(i.text) and not _run_in_list(i.text, lex)
        ]
        if lex.action_noun.search(line.text) or reports:
            out.extend(Candidate(i.number, _item_title(i.span, lex), [i.span], (line,)) for i in items)
        elif _YEAR.search(line.text) or lex.section_cue.search(line.text):
            out.extend(action for item in items for action in _reported_events(item.span, lex))
    return out


def _run_in_list(text: str, lex: Lexicon) -> bool:
    """An item that runs on into the list's next markers ("1) Energi og forsyning, 2) Transport og 3) ..."):
    a sentence enumerating the plan's themes or parts, not one item."""
    return bool(_run_in_marks(lex.conventions.conjunctions).search(text))


@cache
def _run_in_marks(conjunctions: tuple[str, ...]) -> re.Pattern[str]:
    """A comma or a conjunction before the next item's marker, compiled once per language."""
    joiners = "|".join(map(re.escape, conjunctions))
    return re.compile(rf"(?:,|\s(?:{joiners})){_NEXT_MARK}", re.IGNORECASE)


def _items_under(lines: list[Line], index: int, lex: Lexicon) -> list[tuple[structure.Item, list[Line]]]:
    """The marked items under a status heading, each with the sentences under it. A report grouped by status
    keeps the plan's numbers, so they skip (1, 2, 5 / 3, 6, 8) and need only increase; a heading, an item of
    another kind or a number that does not increase ends the list."""
    out: list[tuple[structure.Item, list[Line]]] = []
    for line in lines[index + 1 :]:
        item = structure.parse_item(line)
        if item.kind == "plain":
            if not out or not structure.is_sentence(line.text) or lex.item.match(line.text):
                break  # "Initiativ 7 og 10 gennemføres først i 2027": the report's own note, no item's comment
            out[-1][1].append(line)
            continue
        previous = out[-1][0] if out else None
        if previous and (item.kind != previous.kind or not _increases(previous.number, item.number)):
            break
        out.append((item, []))
    return out


def _increases(previous: str | None, number: str | None) -> bool:
    """`number` comes after `previous` in the plan's numbering: "3" after "1", "2.1" after "1.2"."""
    if not previous or not number:
        return previous == number
    p, n = previous.split("."), number.split(".")
    if len(p) != len(n) or not all(part.isdigit() for part in p + n):
        return structure.follows(previous, number)
    return [int(part) for part in n] > [int(part) for part in p]


def _item_title(item: Span, lex: Lexicon) -> Span:
    """An item's name: the subject before its status ("De geplande centra zijn nagenoeg
    verwezenlijkt" → "De geplande centra", "Klimatilpasning: i gang" → "Klimatilpasning"), else its
    head (see `_bullet_title`)."""
    first = structure.sentences(item.start, item.text, lex.conventions.abbreviations)[0]
    found = findings([first], lex)
    if found and not found[0].weak:
        before = _head(first.text[: found[0].cue.start - first.start], lex)
        report = _DASHED_REPORT.search(before)  # "Felles koordinator – Kommunen har trukket seg, og tiltaket er"
        before = before[: report.start()] if report and len(structure.words(before[: report.start()])) >= 2 else before
        named = before.rstrip(" –—-")
        separated = named != before.rstrip() or named.endswith(":")  # "Klimatilpasning: i gang"
        if len(structure.words(before)) >= 2 or separated and structure.words(before):
            named = named.rstrip(":")
            return structure.clean_label(Span(first.start, first.start + len(named), named))
    return _bullet_title(item, lex)


def _head(text: str, lex: Lexicon) -> str:
    """A text cut before an explanatory clause (", der ...") and any auxiliary verbs at its end."""
    clause = lex.clause_opener.search(text + " ")
    text = text[: clause.start()] if clause else text
    auxiliary = lex.trailing_auxiliary.search(text)
    return text[: auxiliary.start()] if auxiliary else text


def quoted_projects(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Projects named in quotes in one enumeration, in a paragraph that names them as actions and
    reports on them ("Der arbejdes med tre delprojekter. Det er "A", "B" og "C"."): one action each."""
    out: list[Candidate] = []
    for line in lines:
        if len(_QUOTED.findall(line.text)) < 2 or not lex.action_noun_compound.search(line.text):
            continue
        verdict_sentences = [f.sentence for f in findings([line], lex) if not f.weak]
        if not verdict_sentences:
            continue
        for sentence in structure.sentences(line.start, line.text, lex.conventions.abbreviations):
            names = _enumerated_quotes(sentence, lex)
            out.extend(Candidate(None, name, verdict_sentences) for name in names)
    return out


def _enumerated_quotes(sentence: Span, lex: Lexicon) -> list[Span]:
    """The quoted names of a sentence when they form one enumeration ("A", "B" og "C")."""
    quotes = list(_QUOTED.finditer(sentence.text))
    if len(quotes) < 2:
        return []
    joiners = {",", *(c.casefold() for c in lex.conventions.conjunctions)}
    for left, right in zip(quotes, quotes[1:], strict=False):
        between = sentence.text[left.end() : right.start()].replace(",", " , ").split()
        if not between or not all(word.casefold() in joiners for word in between):
            return []
    return [
        structure.clean_label(Span(sentence.start + q.start("name"), sentence.start + q.end("name"), q.group("name")))
        for q in quotes
    ]


def _reported_events(item: Span, lex: Lexicon) -> list[Candidate]:
    """Projects named beside status words ("Åpning av nytt bibliotek.", "A, B og C ble ferdigstilt."),
    one action each, all read from that sentence."""
    out = []
    for finding in findings([item], lex):
        if finding.weak:
            continue
        sentence, cue = finding.sentence, finding.cue
        before = structure.trim(sentence.start, sentence.text[: cue.start - sentence.start])
        after = structure.trim(cue.end, sentence.text[cue.end - sentence.start :])
        named = before if len(structure.words(before.text)) >= len(structure.words(after.text)) else after
        for title in structure.split_enumeration(named, lex.conventions.conjunctions):
            out.append(Candidate(None, title, [sentence]))
    return out


def _bullet_title(item: Span, lex: Lexicon) -> Span:
    """A bullet's head: its first sentence, cut before an explanatory clause (", der ...")."""
    first = structure.sentences(item.start, item.text, lex.conventions.abbreviations)[0]
    clause = lex.clause_opener.search(first.text)
    if clause:
        first = Span(first.start, first.start + clause.start(), first.text[: clause.start()])
    return structure.clean_label(first)
