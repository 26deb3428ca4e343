"""Extractor for the `actions` table: a plan's actions and the implementation status reported for them.

These shapes of evaluations and status reports are read:
- numbered items ("Handling 2.1 ”Title”", "Tiltak 3: Title", "Actie 4 – Title") with the text
  under each; items without text of their own take the status of the heading or intro above
  them ("Ikke gennemførte handlinger ... skulle sættes i bero: Handling 4.1 ... Handling 5.1");
- a bulleted list under an intro naming actions and their status ("Igangsatte initiativer:"),
  or under any intro, bullets reporting events ("Åpning av nytt bibliotek.");
- a table with a status column ("Tiltak | Status");
- headed blocks in a status section ("Udvalget orienteres om igangværende byggeprojekter"),
  or a project tracker page of label/value lines, which reports on one project.
Unnumbered items only become rows when a status is reported for them.
Each sentence is classified by ordered regex rules from models/actions/<lang>.json (specific
before general, negation before the positive form, as in Open States' action classifier);
the sentences of an item are then combined into one status (see `decide`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.dataset.rows import ActionRow
from pipeline.document import Document
from pipeline.rules import load_json
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

UNKNOWN = "unknown"
FORM_LINE_WORDS = 6  # a label or value line of a project tracker page
MAX_TABLE_ROWS = 200  # rows read under one status-table header
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_ACTION_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)\.?")
SECTION_CUE_WORDS = 25  # a status section opens with a heading or a short intro, not mid-paragraph
_QUOTED_TITLE = re.compile(r"^\s*[.:–—-]?\s*[”“\"«„](?P<title>[^”“\"»]+)[”“\"»]")
_TITLE_SEPARATOR = re.compile(r"^\s*[.:–—-]?\s*")


@dataclass(frozen=True)
class Rule:
    status: str
    pattern: re.Pattern
    weak: bool


@dataclass(frozen=True)
class Lexicon:
    item: re.Pattern  # "Handling 2.1" at a line start
    action_noun: re.Pattern
    section_cue: re.Pattern
    status_column: re.Pattern  # a table header cell over the status column
    non_item_heading: re.Pattern
    clause_opener: re.Pattern
    rules: tuple[Rule, ...]
    any_rule: re.Pattern  # all rules in one pattern: most sentences match none, and are skipped at once
    conventions: lists.Conventions


def _words(patterns: list[str]) -> str:
    return "(?:" + "|".join(patterns) + ")"


@cache
def lexicon(language: str) -> Lexicon | None:
    """The language's rules from models/actions/<lang>.json; None for other languages."""
    try:
        data = load_json(f"actions/{language}.json")
    except FileNotFoundError:
        return None
    flags = re.IGNORECASE
    patterns = [r["pattern"] for r in data["status_rules"]]
    return Lexicon(
        item=re.compile(
            rf"^(?:[-–•*]\s*)?{_words(data['item_keywords'])}\s+(?P<id>\d{{1,2}}(?:\.\d{{1,2}})*)\.?(?=[\s:–—-]|$)",
            flags,
        ),
        action_noun=re.compile(rf"(?<!\w){_words(data['action_nouns'])}(?!\w)", flags),
        section_cue=re.compile(rf"(?<!\w){_words(data['section_cues'])}(?!\w)", flags),
        status_column=re.compile(rf"{_words(data['status_columns'])}", flags),
        non_item_heading=re.compile(rf"^{_words(data['non_item_headings'])}(?!\w)", flags),
        clause_opener=re.compile(rf",\s+{_words(data['clause_openers'])}\s", flags),
        rules=tuple(
            Rule(r["status"], re.compile(rf"(?<!\w){p}", flags), bool(r.get("weak")))
            for r, p in zip(data["status_rules"], patterns, strict=True)
        ),
        any_rule=re.compile(rf"(?<!\w)(?:{'|'.join(patterns)})", flags),
        conventions=lists.conventions(language),
    )


@dataclass(frozen=True)
class Finding:
    """One sentence and the status the first matching rule read from it."""

    status: str
    rank: int  # index of the rule: lower is more specific
    weak: bool
    sentence: Span
    cue: Span  # the words the rule matched


@dataclass(frozen=True)
class Verdict:
    status: str
    evidence: str | None


def findings(spans: list[Span], lex: Lexicon) -> list[Finding]:
    """Classify every sentence of `spans`; sentences no rule speaks to are left out."""
    out = []
    for span in spans:
        if not lex.any_rule.search(span.text):
            continue
        for sentence in lists.sentences(span.start, span.text, lex.conventions.abbreviations):
            finding = _first_rule(sentence, lex)
            if finding:
                out.append(finding)
    return out


def _first_rule(sentence: Span, lex: Lexicon) -> Finding | None:
    """The first strong rule that matches decides a sentence; a weak one only when no strong one does
    ("gennemført som planlagt" is completed, "som planlagt" alone is work going on)."""
    weak = None
    for rank, rule in enumerate(lex.rules):
        if weak is not None and rule.weak:
            continue
        match = rule.pattern.search(sentence.text)
        if match:
            cue = Span(sentence.start + match.start(), sentence.start + match.end(), match.group())
            finding = Finding(rule.status, rank, rule.weak, sentence, cue)
            if not rule.weak:
                return finding
            weak = finding
    return weak


def decide(found: list[Finding]) -> Verdict | None:
    """One status for an item from its sentences.

    An explicit 'part done' wins; done work beside work not started or cancelled is also
    part done; otherwise the least finished state reported wins (work still going on,
    paused, cancelled, not started), and only then completed. Weak rules count only
    when nothing stronger speaks.
    """
    strong = [f for f in found if not f.weak] or found
    by_status: dict[str, list[Finding]] = {}
    for f in strong:
        by_status.setdefault(f.status, []).append(f)

    def pick(status: str, label: str | None = None) -> Verdict:
        best = min(by_status[status], key=lambda f: (f.rank, f.sentence.start))
        return Verdict(label or status, best.sentence.text)

    if "partly_completed" in by_status:
        return pick("partly_completed")
    if "completed" in by_status:
        for undone in ("not_started", "cancelled"):
            if undone in by_status:
                return pick(undone, "partly_completed")
    for status in ("in_progress", "paused", "cancelled", "not_started", "completed"):
        if status in by_status:
            return pick(status)
    return None


def classify(text: str, language: str) -> Verdict:
    """Status of a free text (one item's report), for notebooks and tests."""
    lex = lexicon(language)
    verdict = decide(findings([Span(0, len(text), text)], lex)) if lex else None
    return verdict or Verdict(UNKNOWN, None)


@dataclass
class _Action:
    action_id: str | None
    title: Span
    body: list[Span]
    context: tuple[Span, ...] = ()  # the heading and intro lines the item stands under


def extract(doc: Document) -> list[ActionRow]:
    lex = lexicon(doc.language)
    if lex is None:
        return []
    lines = lists.split_lines(doc.text)
    numbered = _numbered_items(lines, lex)
    found = numbered + _status_lists(lines, lex) + _status_tables(lines, lex)
    if not numbered:
        found += _headed_blocks(lines, lex)
    rows = []
    context_verdicts: dict[tuple[Span, ...], Verdict | None] = {}
    for action in sorted(found, key=lambda a: a.title.start):
        if action.context not in context_verdicts:
            context_verdicts[action.context] = _context_verdict(action.context, lex)
        verdict = (
            decide(findings(action.body, lex))
            or decide(findings([action.title], lex))
            or context_verdicts[action.context]
        )
        if verdict is None and action.action_id is None:
            continue  # an unnumbered item is only an action when a status is reported for it
        verdict = verdict or Verdict(UNKNOWN, None)
        rows.append(
            ActionRow(
                municipality=doc.municipality,
                action_id=action.action_id,
                title=action.title.text,
                status=verdict.status,
                status_evidence=verdict.evidence,
                **doc.provenance(action.title.start, action.title.end),
            )
        )
    return rows


def _context_verdict(context: tuple[Span, ...], lex: Lexicon) -> Verdict | None:
    """The status stated closest above an item: its intro, else its heading."""
    for span in reversed(context):
        verdict = decide(findings([span], lex))
        if verdict:
            return verdict
    return None


def _numbered_items(lines: list[Line], lex: Lexicon) -> list[_Action]:
    """Numbered items ("Handling 1.1 ...") with the lines under them. A heading ends an item and opens
    the context (heading and intro) whose status items without a report of their own inherit."""
    items: list[_Action] = []
    context: list[Span] = []
    current: _Action | None = None
    for line in lines:
        match = lex.item.match(line.text)
        if match:
            title, rest = _title_and_rest(line, match.end(), lex)
            current = _Action(match.group("id"), title, [rest] if rest.text else [], tuple(context))
            items.append(current)
        elif lists.is_heading(line.text):
            current = None
            context = [line]
        elif current is not None:
            current.body.append(line)
        else:
            context.append(line)
    return items


def _title_and_rest(line: Line, offset: int, lex: Lexicon) -> tuple[Span, Span]:
    """The title after an item number: quoted text, else the first sentence; the rest is report."""
    text = line.text[offset:]
    quoted = _QUOTED_TITLE.match(text)
    if quoted:
        start = line.start + offset + quoted.start("title")
        title = lists.clean_label(Span(start, start + len(quoted.group("title")), quoted.group("title")))
        return title, lists.trim(line.start + offset + quoted.end(), text[quoted.end() :])
    lead = _TITLE_SEPARATOR.match(text).end()
    parts = lists.sentences(line.start + offset + lead, text[lead:], lex.conventions.abbreviations)
    if not parts:
        return line, Span(line.end, line.end, "")
    title = lists.clean_label(parts[0])
    rest_start = parts[1].start if len(parts) > 1 else line.end
    return title, lists.trim(rest_start, line.text[rest_start - line.start :])


def _status_lists(lines: list[Line], lex: Lexicon) -> list[_Action]:
    """Bullets under an intro line ending in a colon. An intro naming actions ("Væsentlige
    igangsatte initiativer:") makes each bullet an action that keeps the intro's status unless it
    reports its own; under an intro reporting on a period or status ("Viktige hendelser i 2023:")
    bullet sentences that report a status are read as events naming the projects they concern
    (a plan's "Vi vil:" bullets are not reports)."""
    out: list[_Action] = []
    for index, line in enumerate(lines):
        if not line.text.endswith(":"):
            continue
        items = [i.span for i in lists.list_after(lines, index, allow_plain=False) if not lex.item.match(i.text)]
        if lex.action_noun.search(line.text):
            out.extend(_Action(None, _bullet_title(item, lex), [item], (line,)) for item in items)
        elif _YEAR.search(line.text) or lex.section_cue.search(line.text):
            out.extend(action for item in items for action in _reported_events(item, lex))
    return out


def _status_tables(lines: list[Line], lex: Lexicon) -> list[_Action]:
    """Rows of a table with a status column ("Tiltak | Status"): the first cell names the action
    (or numbers it, with the title in the next cell), the status column reports on it."""
    out: list[_Action] = []
    for index, line in enumerate(lines):
        if ("\t" not in line.text and " | " not in line.text) or not lex.status_column.search(line.text):
            continue
        header = lists.cells(line)
        column = next((j for j, c in enumerate(header) if j and lex.status_column.fullmatch(c.text)), None)
        if column is None:
            continue
        for row in (lists.cells(r) for r in lines[index + 1 : index + 1 + MAX_TABLE_ROWS]):
            if len(row) != len(header):
                break
            numbered = _ACTION_NUMBER.fullmatch(row[0].text)
            title = row[1] if numbered and column > 1 else row[0]
            out.append(_Action(numbered.group(1) if numbered else None, title, [row[column]]))
    return out


def _reported_events(item: Span, lex: Lexicon) -> list[_Action]:
    """Projects named beside status words ("Åpning av nytt bibliotek.", "A, B og C ble ferdigstilt."),
    one action each, all read from that sentence."""
    out = []
    for finding in findings([item], lex):
        if finding.weak:
            continue
        sentence, cue = finding.sentence, finding.cue
        before = lists.trim(sentence.start, sentence.text[: cue.start - sentence.start])
        after_at = cue.end - sentence.start
        after = lists.trim(cue.end, sentence.text[after_at:])
        named = before if len(lists.words(before.text)) >= len(lists.words(after.text)) else after
        for title in lists.split_enumeration(named, lex.conventions.conjunctions):
            out.append(_Action(None, title, [sentence]))
    return out


def _bullet_title(item: Span, lex: Lexicon) -> Span:
    """A bullet's head: its first sentence, cut before an explanatory clause (", der ...")."""
    first = lists.sentences(item.start, item.text, lex.conventions.abbreviations)[0]
    clause = lex.clause_opener.search(first.text)
    if clause:
        first = Span(first.start, first.start + clause.start(), first.text[: clause.start()])
    return lists.clean_label(first)


def _headed_blocks(lines: list[Line], lex: Lexicon) -> list[_Action]:
    """Headings with a report under them, after a heading or short intro that opens a status section."""
    out: list[_Action] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if len(line.text.split()) <= SECTION_CUE_WORDS and lex.section_cue.search(line.text):
            blocks, index = _section_blocks(lines, index + 1, lex)
            out.extend(_block_actions(blocks))
        else:
            index += 1
    return out


def _section_blocks(lines: list[Line], start: int, lex: Lexicon) -> tuple[list[tuple[Line, list[Span]]], int]:
    """(heading, body) blocks until a heading of an ordinary report section ("Konklusion")."""
    blocks: list[tuple[Line, list[Span]]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if lists.is_heading(line.text):
            if lex.non_item_heading.match(line.text) or lex.action_noun.search(line.text):
                break
            blocks.append((line, []))
        elif blocks:
            blocks[-1][1].append(line)
        index += 1
    return blocks, max(index, start)


def _block_actions(blocks: list[tuple[Line, list[Span]]]) -> list[_Action]:
    """One action per headed block; a page of label/value lines (most headings without any report
    text under them) is a project tracker: one action, named by its first heading."""
    if not blocks:
        return []
    with_text = [b for b in blocks if any(lists.is_sentence(s.text) for s in b[1])]
    if len(with_text) * 2 < len(blocks) and _mostly_short(blocks):
        heading = blocks[0][0]
        body = [h for h, _ in blocks[1:]] + [s for _, spans in blocks for s in spans]
        return [_Action(None, heading, sorted(body, key=lambda s: s.start))]
    return [_Action(None, heading, body) for heading, body in with_text]


def _mostly_short(blocks: list[tuple[Line, list[Span]]]) -> bool:
    """Label/value lines: at least two thirds of the section's lines are a few words long."""
    texts = [h.text for h, _ in blocks] + [s.text for _, body in blocks for s in body]
    return sum(len(lists.words(t)) <= FORM_LINE_WORDS for t in texts) * 3 >= 2 * len(texts)
