"""Status of an action from the sentences reported about it.

Each sentence is classified by ordered regex rules (specific before general, negation before the
positive form, as in Open States' action classifier); the sentences of an item are then
combined into one status (see `decide`). A plan's own goal sentence ("Wij zorgen voor ...") is
never read as a status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.actions.rules import Lexicon, lexicon
from pipeline.rules import NEVER, alternation
from pipeline.text import structure
from pipeline.text.structure import Span

UNKNOWN = "unknown"
# pictographs before a status word ("🟢 Gjennomført", "⏸ Satt på vent"): the word states the status
_LEADING_SYMBOLS = re.compile("^[\u2016\u2022-\u2027\u2190-\u2bff\U0001f300-\U0001faff\ufe0f\\s]+")
MIN_STEM = 3  # shorter words ("ny", "af") never tie a comment to an item
LIST_PART_WORDS = 5  # an entry of a legend or summary ("12 tiltak er gjennomført") is a few words
OPENING_WORDS = 2  # the subject that opens a status sentence, after an article ("De speeltuin is geopend")
STEM = 5  # opening letters compared: "barnehage" meets "barnehagen", "sti" meets "stien"
BARE_EXTRA_WORDS = 1  # a bare status phrase may carry one word more than its cue ("Helt gennemført")
_DASH = re.compile(r"\s[–—-]\s")  # a status and its remark ("Utgår – ..."), or the entries of a legend


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
    """Classify every sentence of `spans`; sentences no rule speaks to, goal sentences and sums over the plan's
    items are left out."""
    out = []
    for span in spans:
        if not lex.speaks(span.text) or lex.next_step.match(span.text):
            continue  # no status word, or the next step planned after the status
        for sentence in structure.sentences(span.start, span.text, lex.conventions.abbreviations):
            if lex.goal.match(sentence.text) or lex.aggregate.search(sentence.text):
                continue  # a goal; a sum over the plan's items ("Av 8 tiltak er 1 ferdig, ..."), no item's status
            finding = _first_rule(sentence, lex)
            if finding:
                out.append(finding)
    return out


def _first_rule(sentence: Span, lex: Lexicon) -> Finding | None:
    """The first strong rule that matches decides a sentence; a weak one only when no strong one does
    ("gennemført som planlagt" is completed, "som planlagt" alone is work going on)."""
    defined = lex.defined.get(sentence.text.strip(" .").casefold())
    if defined:  # a status word alone, as the document's legend defines it
        return Finding(defined, -1, False, sentence, sentence)
    opening, *reason = _DASH.split(sentence.text, 1)
    if reason and not lex.contrast.match(reason[0]) and bare_status(opening, lex) not in (None, "completed"):
        # "Utgår – samarbeidet er lagt på is": the status, then its reason (not "Pågår – men er stilt i bero"); after
        # "Fullført – ..." the remark may name what is left, a part done
        stated = _first_rule(Span(sentence.start, sentence.start + len(opening), opening), lex)
        return replace(stated, sentence=sentence) if stated else None
    weak = None
    for rank in lex.rule_gate.open(sentence.text):  # the rules whose words the sentence holds
        rule = lex.rules[rank]
        if weak is not None and rule.weak:
            continue
        match = rule.pattern.search(sentence.text)
        if match:
            cue = Span(sentence.start + match.start(), sentence.start + match.end(), match.group())
            finding = Finding(rule.status, rank, rule.weak, sentence, cue)
            if not rule.weak:
                return _going_on_first(finding, lex) or finding
            weak = finding
    return weak


def _going_on_first(counted: Finding, lex: Lexicon) -> Finding | None:
    """A count of the part done after a stated 'work going on' in the same sentence ("I gang, 41 af 60 biler er
    udskiftet", "Pågår - 3 av 5 skoler er ferdige"): the count is that work's progress, the sentence states work
    going on. A count alone ("9 af 14 bygninger har fået solceller") stays a part done."""
    if counted.status != "partly_completed" or not lex.part_count.search(counted.sentence.text):
        return None
    text = counted.sentence.text[: counted.cue.start - counted.sentence.start]
    for rank, rule in enumerate(lex.rules):
        if rule.status == "in_progress" and not rule.weak and (match := rule.pattern.search(text)):
            cue = Span(counted.sentence.start + match.start(), counted.sentence.start + match.end(), match.group())
            return Finding("in_progress", rank, False, counted.sentence, cue)
    return None


def decide(found: list[Finding], lex: Lexicon | None = None) -> Verdict | None:
    """One status for an item from its sentences.

    A sentence about the item itself ("Deze actie is nog niet gestart. De eigenaar heeft de verkoop
    uitgesteld.") states its status; the others only explain it. Among the sentences that count,
    an explicit 'part done' wins; done work beside work not started or cancelled is also part
    done; otherwise the least finished state reported wins (work still going on, paused,
    cancelled, not started), and only then completed. Weak rules count only when nothing
    stronger speaks.
    """
    strong = [f for f in found if not f.weak] or found
    if lex is not None:
        strong = [f for f in strong if lex.self_subject.match(f.sentence.text)] or strong
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


def verdict_of(spans: list[Span], lex: Lexicon) -> Verdict | None:
    return decide(findings(spans, lex), lex)


def names_item(sentence: str, title: str, lex: Lexicon) -> bool:
    """The sentence speaks of the item: with the words for the item itself ("Projektet", "De motie")
    or with a word of its title ("Ny barnehage" / "Barnehagen ble åpnet"), compared by their opening
    letters so that inflected forms meet, or with the head of a compound in it ("Waterberging" / "De
    berging is in gebruik genomen")."""
    if lex.self_subject.search(sentence):
        return True
    names = [w.casefold() for w in structure.words(title) if len(w) >= MIN_STEM and not w.isdigit()]
    stems = tuple({w[:STEM] for w in names})
    words = [w.casefold() for w in structure.words(sentence)]
    if stems and any(w.startswith(stems) for w in words):
        return True
    heads = [w[:STEM] for w in words if len(w) > STEM]  # "Bassinet" names "Regnvandsbassin": a compound's head
    return any(name.find(head, MIN_STEM) > 0 for name in names for head in heads)


def opens_with_item(sentence: str, title: str, lex: Lexicon) -> bool:
    """The sentence is about the item: it opens with the item itself ("Projektet er udskudt") or
    with a word of its title, after an article if any ("Ny legeplads" / "Legepladsen blev indviet")."""
    if lex.self_subject.match(sentence):
        return True
    opening = [w for w in structure.words(sentence)[:OPENING_WORDS] if len(w) >= MIN_STEM]
    return any(names_item(word, title, lex) for word in opening)


def value_status(value: Span, lex: Lexicon) -> Verdict | None:
    """The status a short field value or status cell states ("Under arbeid", "Udskudt til 2025"):
    only a value that opens with a status phrase, so a long comment is read sentence by sentence. A mark
    before a bracketed remark that states none ("✓ (juli 2024)", "● (Q3)") is the cell's status; a sentence after
    the mark ("◐ Se note 2.", "◐ Anbudet er sendt ut ...") is read as before."""
    stated = _stated_value(value, lex)
    symbols = _LEADING_SYMBOLS.match(value.text)
    remark = value.text[symbols.end() :].strip() if symbols else ""
    if stated is None and symbols and remark.startswith("(") and remark.endswith(")"):
        key = symbols.group().strip().casefold()
        mark = lex.marks.get(key) or lex.defined.get(key)
        return Verdict(mark, value.text.strip()) if mark else None
    return stated


def _stated_value(value: Span, lex: Lexicon) -> Verdict | None:
    key = value.text.strip(" .").casefold()
    symbols = _LEADING_SYMBOLS.match(value.text)
    if symbols and not lex.marks.get(key) and symbols.end() < len(value.text.rstrip()):
        value = Span(value.start + symbols.end(), value.end, value.text[symbols.end() :])
        key = value.text.strip(" .").casefold()
    mark = lex.marks.get(key) or lex.defined.get(key) or percent_status(key, lex)
    if mark:
        return Verdict(mark, value.text)
    if lists_statuses(value.text, lex, bare=True):
        return None  # "Fullført – Under arbeid – Ikke startet": the legend of a tracker, no item's status
    head = value.text.split(";", 1)[0]  # "In uitvoering; 40 van de 100 bomen zijn geplant": the status opens it
    first = structure.first_sentence(value.start, head, lex.conventions.abbreviations)
    head = first.text if first.text and lex.status_start.match(first.text) else head  # "Gjennomført. Systemet ..."
    value = Span(value.start, value.start + len(head), head)
    if len(structure.words(value.text)) > lex.status_value_words or not lex.status_start.match(value.text):
        return None
    return verdict_of([value], lex)


def percent_status(value: str, lex: Lexicon) -> str | None:
    """A share done standing for the status ("Framdrift: 40 %"): all of it done, none of it, or work going on."""
    match = lex.percent.fullmatch(value)
    if not match:
        return None
    share = float(match.group("n").replace(",", "."))
    return "completed" if share >= 100 else "not_started" if share == 0 else "in_progress"


def lists_statuses(text: str, lex: Lexicon, bare: bool = False) -> bool:
    """A list of two or more short status phrases, one per part ("gennemført, i gang og aflyst"); a longer part is a
    comment ("In uitvoering; 40 van de 100 bomen zijn geplant"), not a list entry. With `bare`, a part must be a status
    phrase alone: "Utgår – samarbeidet er lagt på is" is a status and its reason. A text of one entry lists one status
    at most, so its entry is not read."""
    parts = [p for p in list_parts(text, lex, r"\s[–—-]\s|[/|=«»]") if len(structure.words(p)) <= LIST_PART_WORDS]
    if len(parts) < 2:
        return False
    read = bare_status if bare else phrase_status
    return len({status for part in parts if (status := read(part, lex))}) > 1


def list_parts(text: str, lex: Lexicon, more: str = NEVER) -> list[str]:
    """The parts of an enumeration: split at commas, semicolons, the language's conjunctions and `more`."""
    joiners = alternation(re.escape(c) for c in lex.conventions.conjunctions)
    parts = re.split(rf"[,;]|\s{joiners}\s|{more}", text, flags=re.IGNORECASE)
    return [part.strip() for part in parts if part and part.strip()]


def bare_status(text: str, lex: Lexicon) -> str | None:
    """The status a phrase names when it is a status phrase and little else ("Utgår", "Stilt i bero",
    "Ikke startet."), not a sentence that holds one ("samarbeidet er lagt på is")."""
    found = _first_rule(Span(0, len(text), text), lex)
    if found is None or found.weak:
        return None
    extra = len(structure.words(text)) - len(structure.words(found.cue.text))
    return found.status if extra <= BARE_EXTRA_WORDS else None


def phrase_status(text: str, lex: Lexicon) -> str | None:
    """The status a short phrase names by a strong rule ("ikke påbegyndt" → not_started), else None."""
    found = _first_rule(Span(0, len(text), text), lex)
    return found.status if found is not None and not found.weak else None


def newer(field: Verdict | None, explanation: Verdict | None, lex: Lexicon) -> Verdict | None:
    """A tracker's status field, unless its explanation reports a later stage of the work
    ("Status: In uitvoering" above "De motie is afgedaan"): then the field is stale."""
    if field is None or explanation is None:
        return field or explanation
    stage = lex.lifecycle
    if stage.get(explanation.status, 0) > stage.get(field.status, 0):
        return explanation
    return field


def classify(text: str, language: str) -> Verdict:
    """Status of a free text (one item's report), for notebooks and tests."""
    lex = lexicon(language)
    verdict = verdict_of([Span(0, len(text), text)], replace(lex)) if lex else None  # own memo (Lexicon.legend_reads)
    return verdict or Verdict(UNKNOWN, None)
