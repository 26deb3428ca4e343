"""Vote phrases, count lines and 'taken for information' statements found in a stretch of text.

Offsets returned are relative to the text given; the caller adds the section's start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.extract.votes.lexicon import Clause, Lexicon
from pipeline.extract.votes.proposal_rules import proposal_lexicon
from pipeline.extract.votes.subject_rules import clause_joins, proposes
from pipeline.extract.votes.union import read_counts
from pipeline.rules import literals
from pipeline.text.structure import conventions

_SENTENCE_END = re.compile(r"(?<!\d)[.!?;:][»”\"]?(?=\s)|\n")  # "«Saken utsettes.» Forslaget falt": the quote closes it
# a count pair closing a sentence ("Stemmene falt 4 mot 4. Innstillingen ble ...", "Det ble stemt 5-5. Forslaget"):
# its stop follows a number, yet two numbers joined by a short word or dash are a count, not an ordinal
_COUNT_END = re.compile(r"\b\d{1,3}[ \t]*(?:[-–]|[^\W\d_]{2,5})[ \t]*\d{1,3}(?P<stop>\.)(?=[ \t]+[^\W\d_])")
_TAIL_END = re.compile(r"(?<!\d)[.!?;](?=\s|$)|\n")
_TRIM = " \t,–-*"
_LAST_WORD = re.compile(r"[^\s(]+$")
_RUNS_ON = re.compile(r"[ \t]+[a-zæøå0-9]")  # after an abbreviation's stop the sentence goes on ("nr. 1 wordt ...")
QUOTES = '«»"“”„‘’‚'  # a decision published in quotes: «...», "...", ‘...’


@dataclass
class Hit:
    """One vote phrase: the clause span (subject included) and what the phrase says."""

    start: int
    end: int
    phrase_start: int
    outcome: str
    subject: str | None = None
    unanimous: bool = False
    agent: str | None = None
    alternatives: tuple[str, str] | None = None
    groups: dict[str, str] = field(default_factory=dict)  # for, against, *_breakdown, *_names, casting


@dataclass
class TallyHit:
    start: int
    end: int
    option: str  # yes, no, abstain
    what: str = ""
    n: int | None = None
    pct: int | None = None
    breakdown: str = ""
    parties: dict[str, int | None] | None = None  # already counted (member lists); else read from `breakdown`
    casting: bool = False  # the line says the chair's vote decided ("ordførerens dobbeltstemme avgjorde")


def _groups(m: re.Match[str], lex: Lexicon) -> dict[str, str]:
    return read_counts(m.groupdict(), lex.number_words)


Windows = list[tuple[int, int]] | None  # where to look (Lexicon.windows); None = everywhere


def _clause_matches(text: str, lex: Lexicon, windows: Windows) -> list[tuple[int, int, dict[str, str], Clause]]:
    """Non-overlapping vote phrases, left to right; at one position the earlier rule wins."""
    return [(m.start(), m.end(), groups, lex.clauses[i]) for i, m, groups in lex.clause_union.finditer(text, windows)]


def _subject_before(text: str, start: int, floor: int, phrase_floor: int, lex: Lexicon) -> str | None:
    """What a phrase is about: the words before it, back to the sentence start, the previous phrase
    (`phrase_floor`) or the end of a count line (`floor`).

    Counts that open the phrase's own sentence and go on past the count line read ("Met 18 stemmen
    voor, 7 tegen (N-VA) en 1 onthouding is het voorstel verworpen"): cut there, the subject would
    begin inside their bracket or list, so it runs from the sentence start and the counts are read from it.
    A stop inside a bracket ends no sentence.
    """
    if floor > phrase_floor and _count_list_goes_on(text[floor:start]):
        floor = phrase_floor
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(floor, line_start)
    for m in _SENTENCE_END.finditer(text, window_start, start):
        opened = text[line_start : m.start()]
        if opened.count("(") <= opened.count(")") and not _abbreviated(text, m.start(), lex):
            window_start = m.end()  # a stop inside a bracket ("(o.a. CD&V)", "(18 ja; 7 neen)") ends nothing
    for m in _COUNT_END.finditer(text, window_start, start):
        opened = text[line_start : m.start("stop")]
        if opened.count("(") <= opened.count(")"):
            window_start = max(window_start, m.end())
    subject = text[window_start:start].strip(_TRIM)
    subject = subject.lstrip(".!?;:").strip(_TRIM)  # the full stop of a count ending the previous phrase ("mod 45.")
    # "Ordføreren brukte sin dobbeltstemme, og innstillingen ble vedtatt": the clause after a count line
    conjunction = subject.split(" ", 1)
    if len(conjunction) == 2 and conjunction[0] in conventions(lex.language).conjunctions:
        subject = conjunction[1].strip(_TRIM)
    # "Ordføreren foreslo at saken utsettes, og forslaget ble vedtatt": the clause the phrase ends
    joined = [m.end() for m in clause_joins(lex.language).finditer(subject)]
    return subject[max(joined, default=0) :].strip(_TRIM) or None


def _abbreviated(text: str, stop: int, lex: Lexicon) -> bool:
    """The stop at `stop` ends an abbreviation and the sentence runs on after it ("het meerjarenplan nr. 1
    wordt vastgesteld"): no sentence end."""
    if text[stop] != "." or not _RUNS_ON.match(text, stop + 1):
        return False
    word = _LAST_WORD.search(text, 0, stop + 1)
    return bool(word) and word.group(0).lower() in conventions(lex.language).abbreviations


def _count_list_goes_on(rest: str) -> bool:
    """The words after a count line, up to the phrase, still belong to it: another number, the close of
    a bracket the count line opened, or no word at all (the counts run up to the verb)."""
    return rest.count(")") > rest.count("(") or any(c.isdigit() for c in rest) or not any(c.isalpha() for c in rest)


_TERMINAL = re.compile(r"(?<!\d)[.!?](?=\s)")


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos`; a line without final punctuation runs on into the next."""
    line_start = text.rfind("\n", 0, pos) + 1
    while line_start > 1:
        above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
        if not above or above[-1] in ".!?:":
            break
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    ends = [m.end() for m in _TERMINAL.finditer(text, line_start, pos)]
    return max([line_start] + ends)


def previous_sentence(text: str, start: int) -> tuple[int, str | None]:
    """The sentence before the one holding `start`: what "agreed to this" refers to."""
    head = text[: _sentence_start(text, start)].rstrip()
    if not head:
        return start, None
    begin = _sentence_start(text, len(head) - 1)
    sentence = " ".join(text[begin : len(head)].split())
    return begin, sentence or None


def find_hits(text: str, lex: Lexicon, barriers: tuple[int, ...] = (), windows: Windows = None) -> list[Hit]:
    """Vote phrases in `text`, left to right, each with its subject and the counts after it.

    A subject never reaches back past a barrier (the end of a count line) or the previous phrase.
    """
    hits: list[Hit] = []
    matches = _clause_matches(text, lex, windows)
    previous_end = phrase_end = 0
    for index, (start, end, groups, clause) in enumerate(matches):
        previous_end = max([previous_end] + [b for b in barriers if b <= start])
        if _asks(text, end):
            continue  # "Kan de motie zonder stemming worden aangenomen?": the chair asks, the next line decides
        if proposes(text, start, lex.language):
            continue  # "Ordføraren sette fram framlegg om at saka / vert utsett.": the proposal's own words
        if hits and _wraps_into(text, hits[-1], start):
            continue  # "De raad heeft besloten dat de" / "verordening wordt vastgesteld.": one sentence
        if clause.refers_back:
            clause_start, subject = previous_sentence(text, start)
        elif "subject" in groups:
            subject = groups["subject"].strip(_TRIM) or None
            clause_start = start
        else:
            subject = _subject_before(text, start, previous_end, phrase_end, lex)
            clause_start = text.rfind(subject, phrase_end, start) if subject else start
        next_start = matches[index + 1][0] if index + 1 < len(matches) else len(text)
        tail_end = _TAIL_END.search(text, end)
        phrase = text[start : max(end, min(next_start, tail_end.start() if tail_end else len(text)))]
        clause_end = end
        for regex in lex.tails:
            t = regex.search(phrase)
            if t:
                for k, v in _groups(t, lex).items():
                    groups.setdefault(k, v)
                clause_end = max(clause_end, start + t.end())
        if subject and not {"for", "against"} & set(groups):
            subject = _counts_in_subject(subject, groups, lex)
        alternatives = (groups["alt_a"], groups["alt_b"]) if "alt_a" in groups and "alt_b" in groups else None
        hits.append(
            Hit(
                start=clause_start,
                end=clause_end,
                phrase_start=start,
                outcome=clause.outcome,
                subject=subject,
                unanimous=any(k.startswith("unanimous") for k in groups),  # "unanimous_after": a second place
                agent=groups.get("agent"),
                alternatives=alternatives,
                groups=groups,
            )
        )
        previous_end = phrase_end = clause_end
    return hits


_WRAPPED_ON = re.compile(r"[ \t]*\n[ \t]*[a-zæøå][^\n.!?;]*")


def _wraps_into(text: str, previous: Hit, start: int) -> bool:
    """A phrase whose own subject ran to its line's end mid-sentence (no stop) and a phrase on the next
    line, the sentence wrapped on in lower case: one sentence, one decision."""
    ended = text[previous.end - 1 : previous.end] in ".!?;:"
    return "subject" in previous.groups and not ended and bool(_WRAPPED_ON.fullmatch(text, previous.end, start))


def after_verb(text: str, hit: Hit, language: str) -> str | None:
    """The two words after the auxiliary opening an inverted phrase ("Dan is het amendement verworpen",
    "Op verzoek van de schepen wordt het punt verdaagd"): what it is about; None when not inverted, also
    where a proposal named just before the auxiliary is its subject ("Het amendement wordt zonder stemming
    aangenomen": the words after it give the manner)."""
    if "subject" in hit.groups or hit.start >= hit.phrase_start:
        return None
    plex = proposal_lexicon(language)
    before = text[max(0, hit.phrase_start - _NAMED_BEFORE) : hit.phrase_start]
    if plex is not None and (named := plex.anaphor_word.search(before)) and not before[named.end() :].strip():
        return None
    return " ".join(text[hit.phrase_start : hit.end].split()[1:3]) or None


_NAMED_BEFORE = 40  # chars before an auxiliary read for the proposal it follows ("Het subamendement wordt")
_SENTENCE_MARK = re.compile(r"[.!?;\n]")
_LEAD_LABEL = re.compile(
    r"^[A-Z][\w-]*\.?(?:[ \t][\w-]+){0,2}(?:[ \t]\d{1,3}[a-z]?(?:[ \t]*[:–-]|\.)[ \t]+|[ \t]*:[ \t]*)(?=[A-Z])"
)
_SENTENCE_STOP = re.compile(r"(?<![\d\s][A-Z])(?<!\d)[.!?](?=\s|$)|\n")


def phrase_sentence(text: str, hit: Hit) -> str:
    """The whole sentence a phrase with its own subject stands in, from that subject to the full stop
    ("Het voorstel wordt met algemene stemmen aangenomen."): what minutes that record a decision as
    one sentence decided."""
    stop = _SENTENCE_STOP.search(text, hit.end)
    end = stop.start() if stop else len(text)
    sentence = " ".join(text[hit.start : max(end, hit.end)].split()).strip(_TRIM + ";:")
    if sentence[:1] in QUOTES:  # the whole quoted decision: its words, not its quote marks and stop
        sentence = sentence.strip(QUOTES).rstrip(".")
    return without_label(sentence)


def without_label(sentence: str) -> str:
    """A decision sentence without the label it opens with ("Artikel 1: Het reglement wordt goedgekeurd",
    "Artikel 1. De gemeenteraad hecht zijn goedkeuring aan ...")."""
    return _LEAD_LABEL.sub("", sentence)


def opens_with_proposal(text: str, lex: Lexicon) -> bool:
    """A case title that is a proposal's name ("Voorstel tot ...", "Raadsvoorstel Nota grondbeleid")."""
    return bool(_proposal_words(lex.proposal_labels).match(text))


def names_proposal(text: str, lex: Lexicon) -> bool:
    """A sentence about "the proposal" ("Het raadsvoorstel wordt aangenomen")."""
    return bool(_proposal_words(lex.proposal_labels).search(text))


@cache
def _proposal_words(labels: frozenset[str]) -> re.Pattern[str]:
    """A recommendation or proposal label as a whole word ("voorstel", "raadsvoorstel")."""
    return re.compile(r"(?<!\w)" + literals(sorted(labels)) + r"(?!\w)", re.I)


def _asks(text: str, end: int) -> bool:
    """The phrase ends a question."""
    mark = _SENTENCE_MARK.search(text, end)
    return mark is not None and mark.group() == "?"


def _counts_in_subject(subject: str, groups: dict[str, str], lex: Lexicon) -> str:
    """Counts written before the verb ("de motie met 8 stemmen voor en 19 tegen is verworpen") and the
    subject without them."""
    for regex in lex.tails:
        t = regex.search(subject)
        found = _groups(t, lex) if t else {}
        if {"for", "against"} & set(found):
            for k, v in found.items():
                groups.setdefault(k, v)
            return subject[: t.start()].strip(_TRIM) or subject
    return subject


def find_tallies(text: str, lex: Lexicon, windows: Windows = None) -> list[TallyHit]:
    """Count lines ("For forslaget stemte 5: ...", "imod stemte 11 (V, C, O)", "voor 86%")."""
    found: list[TallyHit] = []
    for index, m, g in lex.tally_union.finditer(text, windows):
        breakdown = " ".join(v for k, v in g.items() if k in ("breakdown", "names")).strip()
        found.append(
            TallyHit(
                start=m.start(),
                end=m.end(),
                option=lex.tallies[index].option,
                what=g.get("what", "").strip(),
                n=int(g["n"]) if "n" in g else None,
                pct=int(g["pct"]) if "pct" in g else None,
                breakdown=breakdown,
                casting="casting" in g,
            )
        )
        if "against" in g:  # "Stemverhouding: 17-10": both sides in one count; empty: all ballots for one
            against = g.get("against_breakdown", "").strip()  # "5 for (Sp 3, H 2), 2 mot (FrP 1, SV 1)"
            found.append(
                TallyHit(start=m.start(), end=m.end(), option="no", n=int(g["against"] or 0), breakdown=against)
            )
    return found


def find_statements(text: str, lex: Lexicon, windows: Windows = None) -> list[tuple[int, int]]:
    """Spans of 'takes the matter for information' statements."""
    spans = windows if windows is not None else [(0, len(text))]
    return sorted(
        (m.start(), m.end()) for regex in lex.statements for a, b in spans for m in regex.finditer(text, a, b)
    )
