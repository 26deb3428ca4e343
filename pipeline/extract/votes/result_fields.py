"""Result fields: a vote's result written as a labelled field on its own line ("Resultat: FORKASTET",
"Uitslag: AANGENOMEN", "Vedtak: ENSTEMMIG VEDTATT"), as vote pages and many protocols print it.

Three things keep such a field from the rules, and all are undone here, in the section text they read
(same length, so offsets hold):
- a value shouted in capitals: the rules read outcome words as written ("vedtatt", "Vedtatt"), so the
  capitals of the outcome words (and count words) a value opens with are folded to lower case. Any other
  word in capitals (a party code, "IN UITVOERING") keeps its case, and so does all after it.
- a label that is also a header label ("Resultat: Behandlet" in a case's field block): the header line is
  blanked, so a result field whose value opens with an outcome word is given back to the rules; a value
  that is no outcome ("Behandlet") decides nothing and stays blanked.
- a vote page's field naming what the vote is about ("Forslag: Forslag fra SV om ..." right above
  "Resultat: FORKASTET"): its label is blanked, so the value reads as the proposal heading it is.

A result field also ends the recommendation above it (`result_lines`), and a vote page's vote is about what
the lines right above its result name (result_subjects.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.extract.votes.bare_results import BareResults, colon_labels, compile_bare_results, labelled_results
from pipeline.extract.votes.lexicon import Lexicon, decision_labels
from pipeline.rules import alternation
from pipeline.text.gated import gated

_WORD = re.compile(r"[^\W\d_]+")
_NEXT_TOKEN = re.compile(r"[ \t]*(?:(?P<word>[^\W\d_]{2,})|\d{1,3})(?!\w)")  # a word, or a count between words
_ABOVE = 3  # lines a subject field may stand above its result field, no blank line between
_ROLL_CALL_LINES = 6  # count lines (per option, per party) skipped between a vote's label and its result field
_RULER = re.compile(r"[-=_.·*~]{5,}")  # a line ruling one vote tab off from the next


@dataclass(frozen=True)
class _Rules:
    field: re.Pattern[str] | None  # a result field's line: its value in group `value`
    subject: re.Pattern[str] | None  # a field naming what is voted on: its label, up to the value
    words: frozenset[str]  # outcome words: a result value opens with one
    shouted: frozenset[str]  # outcome and count words: a shouted value's run of them is folded
    named: re.Pattern[str] | None  # a recommendation's label naming who recommends
    vote_line: re.Pattern[str] | None  # a line opening one vote, what it is about in group `value`
    counts: re.Pattern[str] | None  # a result value that gives the counts
    roll_call: re.Pattern[str] | None  # a line of counts, names or parties per option: names no vote's object
    cell: re.Pattern[str] | None  # a result field closing a line of count cells ("For: 14 <gap> Resultat: Vedtatt")
    bare: tuple[re.Pattern[str], ...] = ()  # counts after the outcome with no mark between ("Voor 15  Tegen 0")
    tab_result: re.Pattern[str] | None = None  # a vote tab's opening line closed by its result field
    unlabelled: BareResults | None = None  # a vote tab's result printed with no label ("Falt  4 - 11")
    text: re.Pattern[str] | None = None  # a field under a vote line giving the proposal's own words ("Tekst:")
    entry: re.Pattern[str] | None = None  # a line naming one voted text by its kind and label ("Motie 7B - Titel")


def _label_line(labels: tuple[str, ...], rest: str) -> re.Pattern[str] | None:
    either = alternation(sorted(labels, key=len, reverse=True))
    return re.compile(rf"^[ \t|*]*(?i:{either})[ \t]*\**[ \t]*:[ \t]*\**[ \t]*{rest}", re.M) if labels else None


@cache
def _rules(language: str, rules: tuple[tuple[str, ...], ...]) -> _Rules:
    del language  # the cache key: each language compiles its own rules
    labels, subjects, words, counts, named, votes, values, roll_calls, bare, tabs, unlabelled, fields, *rest = rules
    texts, entries = rest
    outcome = frozenset(w.lower() for w in words)
    roll_call = re.compile(alternation(roll_calls)) if roll_calls else None
    return _Rules(
        _label_line(labels, r"(?P<value>[^\n]*)$"),
        _label_line(subjects, r"(?=\S)"),
        outcome,
        outcome | {w.lower() for w in counts},
        re.compile(alternation(named)) if named else None,
        re.compile(alternation(votes)) if votes else None,
        re.compile(alternation(values)) if values else None,
        roll_call,
        _result_cell(labels),
        tuple(re.compile(pattern) for pattern in bare),
        _tab_result(tabs, labels),
        compile_bare_results(
            unlabelled, fields, alternation(tabs) if tabs else None, roll_call, alternation(labels) if labels else None
        ),
        _label_line(texts, r"(?=\S)"),
        re.compile(alternation(entries)) if entries else None,
    )


def _tab_result(openings: tuple[str, ...], labels: tuple[str, ...]) -> re.Pattern[str] | None:
    if not openings or not labels:
        return None
    either = alternation(sorted(labels, key=len, reverse=True))
    return re.compile(
        rf"^[ \t|*]*(?:{alternation(openings)})(?P<gap>[ \t]*\t[ \t]*|[ \t]{{2,}})"
        rf"(?P<field>(?i:{either})[ \t]*:[ \t]*\S[^\n]*)$",
        re.M,
    )


def _result_cell(labels: tuple[str, ...]) -> re.Pattern[str] | None:
    either = alternation(sorted(labels, key=len, reverse=True))
    gap = r"(?:(?<=\d\t)|(?<=\d   ))[ \t]*"  # after a count cell's number and a column gap
    return re.compile(rf"{gap}(?i:{either})[ \t]*:[ \t]*(?P<value>[^\n]*)$", re.M) if labels else None


def _rules_of(lex: Lexicon) -> _Rules:
    rules = lex.result_fields or {}
    keys = (
        "labels",
        "subject_labels",
        "outcome_words",
        "count_words",
        "named_labels",
        "vote_lines",
        "count_values",
        "roll_calls",
        "bare_counts",
        "tab_openings",
        "bare_results",
        "bare_fields",
        "text_labels",
        "entry_lines",
    )
    return _rules(lex.language, tuple(tuple(rules.get(key, ())) for key in keys))


def _is_outcome(value: str, rules: _Rules, third: bool = False) -> bool:
    """The value opens with an outcome word ("vedtatt", "FORKASTET", "Unaniem aangenomen"), or names what it
    decided in one word before it ("Innstillingen vedtatt med 32 mot 3 stemmer", "Forslaget falt"), the verb's
    auxiliary between them where `third` ("Saka vart utsett.": a field block's result, read as the sentence it is,
    its subject a recommendation named by who made it or not)."""
    value = value.strip(" \t*")
    named = rules.named.match(value) if rules.named is not None else None
    if named and third:  # "Formannskapet si innstilling er vedteken.": what it decided, named by who made it
        value = value[named.end() :]
    words = [w.lower() for w in _WORD.findall(value)[: 3 if third else 2]]
    return any(word in rules.words for word in words)


def result_text(text: str, lex: Lexicon) -> str:
    """`text` with every shouted outcome value of a result field in lower case ("Uitslag: AANGENOMEN" ->
    "Uitslag: aangenomen") and the labels of the subject fields above them blanked."""
    rules = _rules_of(lex)
    if rules.field is None:
        return text
    text = _results_below(labelled_results(_colons(text, lex, rules), rules.unlabelled), rules)
    chars = list(text)
    cells = rules.cell.finditer(text) if rules.cell is not None else ()
    for field in [*gated(rules.field).finditer(text), *cells]:
        value = field.group("value")
        if not _is_outcome(value, rules):
            continue
        start = field.start("value") + len(value) - len(value.lstrip(" \t*"))
        end = _shouted_end(text, start, rules.shouted)
        chars[start:end] = text[start:end].lower()
        _mark_bare_counts(chars, text, start, field.end("value"), rules)
        line_start = text.rfind("\n", 0, field.start()) + 1  # a result cell closing a count line: that line's
        if rules.subject is not None and (label := _subject_above(text, line_start, rules.subject)):
            chars[label[0] : label[1]] = " " * (label[1] - label[0])
    return "".join(chars)


def _colons(text: str, lex: Lexicon, rules: _Rules) -> str:
    return colon_labels(text, tuple((lex.result_fields or {}).get("labels", ())), rules.words)


def _results_below(text: str, rules: _Rules) -> str:
    """A vote tab's result closing its opening line ("Votering 1 av 3 <gap> Resultat: FALT") moved below the lines
    it decides (what is voted on, the counters, the name lists; up to a blank line, a ruler or the next opening),
    where the rules read a result field: same length, the opening line giving up its gap. A tab whose lines tell
    the outcome themselves ("Enstemmig vedtatt.") records one vote: its result field is blanked."""
    if rules.tab_result is None:
        return text
    for found in reversed(list(rules.tab_result.finditer(text))):
        end = found.end()
        while end < len(text) and not _ends_tab(text, end + 1, rules.tab_result):
            next_end = text.find("\n", end + 1)
            end = len(text) if next_end < 0 else next_end
        body = text[found.end() + 1 : end]
        if not body.strip():
            continue
        opening = text[found.start() : found.start("gap")]
        filler = " " * (len(found.group("gap")) - 1)
        field = found.group("field")
        if any(_bare_outcome(line, rules) for line in body.split("\n")):
            field = " " * len(field)
        text = text[: found.start()] + opening + filler + "\n" + body + "\n" + field + text[end:]
    return text


def _bare_outcome(line: str, rules: _Rules) -> bool:
    """The line tells an outcome in outcome and count words alone ("Enstemmig vedtatt.", "Vedtatt mot 2 stemmer")."""
    words = [w.lower() for w in _WORD.findall(line)]
    return bool(words) and words[-1] in rules.words and all(w in rules.shouted for w in words)


def _ends_tab(text: str, at: int, tab_result: re.Pattern[str]) -> bool:
    """The line starting at `at` ends the vote tab above it: a blank line, a ruler, or the next vote's opening."""
    line = text[at : (text.find("\n", at) + 1 or len(text) + 1) - 1]
    return not line.strip() or _RULER.fullmatch(line.strip()) is not None or tab_result.match(line) is not None


def _mark_bare_counts(chars: list[str], text: str, start: int, end: int, rules: _Rules) -> None:
    """Counts set after the outcome by gaps alone ("aangenomen     Voor 15  Tegen 0"): a ";" opens the first gap
    and a "," each gap between counts ("aangenomen;    Voor 15, Tegen 0"), as the count rules read them."""
    for pattern in rules.bare:
        if (m := pattern.search(text, start, end)) is None:
            continue
        for name, at in m.re.groupindex.items():
            if m.start(at) >= 0 and name.startswith(("outcome_gap", "count_gap")):
                chars[m.start(at)] = ";" if name == "outcome_gap" else ","
        return


def result_lines(text: str, lex: Lexicon) -> set[int]:
    """Where each result field recording an outcome starts: like a decision label, it ends the proposal or
    recommendation named above it ("Formannskapets innstilling" / "Resultat: VEDTATT")."""
    rules = _rules_of(lex)
    if rules.field is None:
        return set()
    return set(_result_starts(text, tuple((lex.result_fields or {}).get("labels", ())), rules))


@lru_cache(maxsize=8)
def _result_starts(text: str, labels: tuple[str, ...], rules: _Rules) -> frozenset[int]:
    """`result_lines`, read once per text: the section split, the tallies and the subjects each ask about the same
    text (441 asks of 78 texts over the bench's 40 documents)."""
    # a vote tab's bare result ("Falt  4 - 11") and a label set off by a gap ("Resultat  Falt") count as one
    text = labelled_results(colon_labels(text, labels, rules.words), rules.unlabelled)
    fields = {
        field.start()
        for field in gated(rules.field).finditer(text)
        if _is_outcome(field.group("value"), rules) or _is_count(field.group("value"), rules)
    }
    cells = rules.cell.finditer(text) if rules.cell is not None else ()  # "For: 14 <gap> Resultat: Vedtatt"
    return frozenset(fields | {cell.start() for cell in cells if _is_outcome(cell.group("value"), rules)})


def ends_proposal_text(line: str, lex: Lexicon) -> bool:
    """The line is a vote's result field ("Resultat: Falt") or opens the next vote ("Votering 2 av 3 - ..."): the
    words of a proposal quoted under its heading end above it, blank line or not."""
    rules = _rules_of(lex)
    field = rules.field.match(line) if rules.field is not None else None
    return (field is not None and _is_outcome(field.group("value"), rules)) or _opens_vote(line, rules)


def is_roll_call(line: str | None, lex: Lexicon) -> bool:
    """The line gives how the members voted ("Voor: CDA (6), VVD (4) = 10", "Tegen: SGP en VVD"): it
    records the vote below what was voted on, so it is never the vote's subject."""
    roll_call = _rules_of(lex).roll_call
    return bool(line and roll_call is not None and roll_call.match(line.strip(" \t*")))


def _is_count(value: str, rules: _Rules) -> bool:
    """The value gives the counts (`count_values`: "Votering: 6 stemte for innstillingen, 2 stemte mot",
    "Røysting: Det vart 6 mot 6 røyster."): how the meeting voted, no words of the recommendation above."""
    return bool(rules.counts and rules.counts.search(value))


def _shouted_end(text: str, start: int, words: frozenset[str]) -> int:
    """Where the run of outcome words in capitals opening at `start` ends, counts between them included
    ("ENSTEMMIG VEDTATT", "VEDTATT MOT 3 STEMMER (FRP)" up to the bracket); `start` when the value opens
    otherwise. A word in capitals that is no outcome word (a party code) ends the run."""
    end = start
    while (token := _NEXT_TOKEN.match(text, end)) and (
        token.group("word") is None or (token.group("word").isupper() and token.group("word").lower() in words)
    ):
        end = token.end()
    return end


def _lines_above(text: str, at: int) -> list[tuple[int, str]]:
    """The lines right above the line starting at `at` (nearest first, with their starts), up to a blank line."""
    found: list[tuple[int, str]] = []
    line_start = at
    for _ in range(_ABOVE):
        if line_start == 0:
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        line = text[line_start : text.find("\n", line_start)]
        if not line.strip():
            break
        found.append((line_start, line))
    return found


def _subject_above(text: str, at: int, subject: re.Pattern[str]) -> tuple[int, int] | None:
    """The span of the subject field's label on one of the lines right above a result field, if there is one."""
    for line_start, line in _lines_above(text, at):
        if found := subject.match(text, line_start, line_start + len(line)):
            return found.span()
    return None


def decided_headers(text: str, base: int, spans: list[tuple[int, int]], lex: Lexicon) -> set[tuple[int, int]]:
    """Header spans (offsets in the document; `text` starts at `base`) that are result fields recording an
    outcome ("Resultat: VEDTATT"): the rules read them, they are not blanked. A result field inside a case's
    field block ("Sak: 14/25" / "Resultat: Vedtatt" / "Arkivsak: 24/5521") sums up the case its protocol
    records below: it stays a header, as does one sharing its line with another field. Where no decision label
    follows in the section (a decision list: "Arkiv: 26/0218" / "Resultat: Innstillinga vedteken med 5 mot 2
    røyster."), the field is the case's only record and is read."""
    rules = _rules_of(lex)
    if rules.field is None:
        return set()
    kept = set()
    labels = [m.start() for m in decision_labels(text, lex)]
    for a, b in spans:
        field = rules.field.fullmatch(text[a - base : b - base])
        value = field.group("value") if field else ""
        if field and not lex.labels.search(value) and _is_outcome(value, rules, third=True):
            neighbours = [line for line in _neighbour_lines(text, a - base, b - base) if not _opens_vote(line, rules)]
            recorded_below = any(at >= b - base for at in labels)
            if not recorded_below or not any(lex.labels.match(line.strip(" \t|*")) for line in neighbours):
                kept.add((a, b))
    return kept


def _vote_opening(line: str, rules: _Rules) -> str | None:
    """What the line opening one vote of a vote page is about ("Votering 1: Innstillingen"), a line that is no
    field of the case's block; None for any other line, a vote line telling its outcome too ("Votering: Innstillingen
    ble vedtatt") included."""
    opening = rules.vote_line.fullmatch(line.strip()) if rules.vote_line is not None else None
    value = opening.group("value").strip() if opening else ""
    return value if value and not _tells_outcome(value, rules) else None


def _tells_outcome(value: str, rules: _Rules) -> bool:
    """The vote line's value ends in its outcome ("Innstillingen ble vedtatt", "Forslaget falt med 4 mot 11
    stemmer (FrP)"): an outcome word followed by nothing but outcome and count words, counts and party codes.
    An outcome word inside a name goes on to a noun ("Innstillingen med vedtatt tillegg")."""
    words = _WORD.findall(value)
    for index, word in enumerate(words):
        if word.lower() in rules.words:
            return all(w.lower() in rules.shouted or w.isupper() for w in words[index + 1 :])
    return False


def _opens_vote(line: str, rules: _Rules) -> bool:
    return _vote_opening(line, rules) is not None


def opens_vote_line(line: str, lex: Lexicon) -> bool:
    """The line opens a vote of its own on a vote page ("Votering 3 - Innstillingen med vedtatt tillegg",
    "Afstemning 2 om: Udvalgets indstilling"): a result below it belongs to that vote, not to the one above."""
    vote_line = _rules_of(lex).vote_line
    return vote_line is not None and vote_line.fullmatch(line.strip()) is not None


def _neighbour_lines(text: str, start: int, end: int) -> tuple[str, str]:
    """The nearest non-empty lines above and below the line from `start` to `end`."""
    above = text[:start].rstrip().rsplit("\n", 1)[-1]
    below = text[end:].lstrip().split("\n", 1)[0]
    return above, below
