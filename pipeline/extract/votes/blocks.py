"""Decision blocks: the text under a "Vedtak:" / "Beslutning" / "Besluit" label is a decision, with or
without vote words.

Most protocols record most decisions only this way. A block that holds a vote phrase is read by the
phrase rules (decisions.py); a block without one still becomes a row: adopted unless its text reads as
taken for information (noted) or as a procedural outcome rule of the language says (sent back,
postponed, rejected). A block saying only "Ingen." records no decision, and a block that only recalls
an earlier decision ("Byrådet har i marts 2022 besluttet ...") is background, not a row.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from pipeline.extract.votes.decisions import Decision
from pipeline.extract.votes.elections import count_line, run_in_label_end
from pipeline.extract.votes.lexicon import Lexicon, decision_labels
from pipeline.extract.votes.phrases import QUOTES, find_statements, find_tallies, without_label
from pipeline.extract.votes.quoted import is_generic_decision, is_tracker_entry, without_lead_in
from pipeline.extract.votes.section import CLOSING, SectionText
from pipeline.extract.votes.subject_rules import puts_forward
from pipeline.extract.votes.tallies import apply_tallies
from pipeline.extract.votes.whole_item import adopts_nothing, is_briefing
from pipeline.text.structure import RULER_LINE

_MAX_LINES = 15
_POINT_LINE = re.compile(r"^[ \t]*(?:\d{1,2}[.)]|[a-h]\))[ \t]+(?=\S)", re.M)  # "1. ", "2) ", "b) " opening a line
_UNANIMITY_WORDS = 3
_LEADING = re.compile(r"^[\s\-–•*·]*(?:\d{1,2}[.)]\s+|[a-z][.)]\s+)?")
# a sentence ends at a stop followed by space, unless lower case or a digit goes on ("pr. 1. september");
# after a number only when it is a year ("fra 1.1.2024. Kommunedirektøren ..."), not an item number ("1. Planen");
# a list point ends at the semicolon before the next point ("1. de visie vast te stellen;" / "2. ...")
_SENTENCE = re.compile(
    r"\S.*?(?:(?:(?<!\d)|(?<=\d{4}))(?<!\b\w)[.!?](?=\s|$)(?![ \t]+[a-zæøå0-9])"
    r"|;(?=[ \t]*\n[ \t]*(?:\d{1,2}[.)]|[a-z][.)]|[-–•*·])[ \t])|(?=\n\s*\n)|$)",
    re.S,
)


@dataclass(frozen=True)
class Block:
    """A decision label and the text it governs (offsets in the section text)."""

    label_start: int
    start: int
    end: int


def block_holding(blocks: list[Block], section: SectionText, decision: Decision) -> Block | None:
    """The decision block a decision was read in, from its label to its end; None outside every block."""
    offset = decision.start - section.base
    return next((b for b in blocks if b.label_start <= offset < b.end), None)


def find_blocks(section: SectionText, lex: Lexicon, opening: tuple[int, ...] | list[int] = ()) -> list[Block]:
    """Decision blocks in a section: from the label to the next label, at most a few lines on.

    `opening` are ends of header lines that are decision labels themselves (blanked in the section text).
    """
    text = section.text
    labels = sorted({m.start() for m in lex.block_label.finditer(text)} | {m.start() for m in _labels(text, lex)})
    blocks = []
    for start in opening:
        end = min(_next_label(labels, start, len(text)), _line_limit(text, start))
        if text[start:end].strip():
            blocks.append(Block(start, start, end))
    for m in _labels(text, lex):
        if section.in_proposal(m.start()) or section.in_background(m.start()):
            continue
        start = m.start("inline") if (m.group("inline") or "").strip() else m.end()
        end = min(_next_label(labels, m.start(), len(text)), _line_limit(text, start))
        if text[start:end].strip():
            blocks.append(Block(m.start(), start, end))
    return sorted(blocks, key=lambda b: b.start)


def _next_label(labels: list[int], after: int, default: int) -> int:
    """The first label offset past `after` in the sorted `labels` (bisected: a protocol has hundreds)."""
    i = bisect_right(labels, after)
    return labels[i] if i < len(labels) else default


def _labels(text: str, lex: Lexicon) -> list[re.Match[str]]:
    return sorted(decision_labels(text, lex), key=lambda m: m.start())


def _line_limit(text: str, start: int) -> int:
    end = start
    for _ in range(_MAX_LINES):
        nxt = text.find("\n", end + 1)
        if nxt < 0:
            return len(text)
        end = nxt
    return end


def sentences(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, sentence) pairs of a block, list markers stripped; a blank line or a ruler line also ends a
    sentence (the ruler closing an item is no sentence of its decision)."""
    out = []
    cuts = [(m.start(), m.end()) for m in RULER_LINE.finditer(text, start, end)]  # ruler: no sentence, ends one
    for a, b in zip([start, *(e for _, e in cuts)], [*(s for s, _ in cuts), end], strict=True):
        for m in _SENTENCE.finditer(text, a, b):
            sentence = " ".join(_LEADING.sub("", m.group(0)).split())
            if sentence:
                out.append((m.start(), sentence))
    return out


def is_background(sentence: str, lex: Lexicon) -> bool:
    """A sentence that recalls an earlier decision, or says one is still to be taken or what comes later
    ("Neste møte er ...", "Les også: ...")."""
    later = lex.news.later is not None and bool(lex.news.later.search(sentence))
    return later or any(regex.search(sentence) for regex in lex.background) or is_sign_off(sentence, lex)


def is_sign_off(sentence: str, lex: Lexicon) -> bool:
    """The minutes' own approval or page furniture ("Referatet er godkendt elektronisk af udvalgets
    medlemmer.", "Protokollen godkjennes ved signering."): says how the record is signed, decides nothing."""
    return any(regex.search(sentence) for regex in lex.sign_offs)


def notes_only(section: SectionText, block: Block, votes: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The block only takes the matter for information: its first sentence is a noting statement
    ("Årsmeldingen tas til orientering.") and every other sentence is one of the vote records `votes`
    (section offsets) that decided it ("Enstemmig.") or page furniture run into the block (`is_sign_off`)."""
    found = sentences(section.text, block.start, block.end)
    ends = [end for _, end in find_statements(found[0][1], lex)] if found else []
    if not any(not found[0][1][end:].strip(CLOSING) for end in ends):  # "... til orientering og ber ..."
        return False
    rest = [(at, s) for at, s in found[1:] if not is_sign_off(s, lex)]  # "Møteprotokoll 18.06.2026 side 2"
    return all(any(a <= at < b or at <= a < at + len(s) for a, b in votes) for at, s in rest)


def states_unanimity(section: SectionText, block: Block, lex: Lexicon) -> bool:
    """A sentence of the block that is only the unanimity word and perhaps the outcome ("Enstemmigt.",
    "Enstemmig vedtatt."), after the decision on the same line or on its own."""
    return any(_unanimity(sentence, lex) for _, sentence in sentences(section.text, block.start, block.end))


def _notes(sentence: str, lex: Lexicon) -> bool:
    return any(regex.search(sentence) for regex in lex.statements)


def _decides_besides_noting(sentence: str, lex: Lexicon) -> bool:
    """A noting sentence joined to another decision ("Budgetopfølgningen tages til efterretning, og en
    tillægsbevilling på 3 mio. kr. anbefales", "tar rapporten til orientering og løyver 2 mill. kr."): it
    decides more than noting, so the block is adopted."""
    spans = sorted(m.span() for regex in lex.statements for m in regex.finditer(sentence))
    starts, ends = [0] + [end for _, end in spans], [start for start, _ in spans] + [len(sentence)]
    rest = " ".join(sentence[a:b] for a, b in zip(starts, ends, strict=True))
    return any(regex.search(rest) for regex in lex.decisive_sentences)


def _past_briefing(found: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """A block opening with a briefing ("Rådmannen orienterte om status.") decides only by a sentence after
    it that takes the matter for information or names a decision ("Tatt til orientering."), which is then
    its first sentence; without one it decides nothing. A briefing that itself goes on to note the matter
    (", og udvalget tog orienteringen til efterretning") is the decision."""
    if not found or not is_briefing(found[0][1], lex) or _notes(found[0][1], lex):
        return found
    return [(at, s) for at, s in found[1:] if _notes(s, lex) or is_generic_decision(s, lex)]


def _without_closing(found: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """The last item's block without the minutes' closing lines run on below it ("Referatsakene tas til
    orientering." / "Møtet hevet kl. 22:15. Protokollen godkjennes i neste møte."): the meeting's end and the
    record's sign-off decide nothing of the item."""
    while len(found) > 1 and _closes_minutes(found[-1][1], lex):
        found = found[:-1]
    return found


def _empty(text: str, at: int, sentence: str, lex: Lexicon) -> bool:
    """The sentence at `at` (or its line) records nothing decided: "Ingen bemærkninger.", "Spørgsmålet blev
    besvaret af borgmesteren." (models/votes/<lang>.json `empty_decisions`)."""
    line = text[at : text.find("\n", at) % (len(text) + 1)]
    return any(regex.fullmatch(part.strip(" .")) for regex in lex.empty_decisions for part in (sentence, line))


def _decides(sentence: str, lex: Lexicon) -> bool:
    """A sentence stating an outcome in words: a decisive verb or a block outcome ("sendes tilbage")."""
    return any(r.search(sentence) for r in lex.decisive_sentences) or any(
        r.regex.search(sentence) for r in lex.block_outcomes
    )


def _closes_minutes(sentence: str, lex: Lexicon) -> bool:
    line = " ".join(sentence.split()).strip(" .")
    return is_sign_off(sentence, lex) or any(regex.fullmatch(line) for regex in lex.empty_decisions)


def line_blocks(section: SectionText, lex: Lexicon) -> list[Block]:
    """Lines of an item, under no decision label, that are whole decisions by themselves ("Lise Kvist (F)
    blev valgt.", "Som nytt medlem ble valgt: Kari Lunde (H)"): each a decision block of its own line, and
    of the next one too when it ends in a colon (the member elected follows)."""
    if section.title is None:
        return []
    text, blocks, start = section.text, [], 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        labelled = start + run_in_label_end(text[start:end], lex)  # "Røysting: X vart vald."
        line = text[labelled:end].strip()
        quoted = section.in_proposal(start) or section.in_background(start)
        goes_on = text[end + 1 : end + 2].islower()  # "Aldus besloten" / "in de openbare vergadering van ..."
        if line and not quoted and not goes_on and _generic_decision_line(line, lex):
            following = text.find("\n", end + 1) if line.endswith(":") and end < len(text) else end
            blocks.append(Block(start, labelled, len(text) if following < 0 else following))
        start = end + 1
    return blocks


def _generic_decision_line(line: str, lex: Lexicon) -> bool:
    """A whole-item decision on its own line, perhaps with its unanimity after it as a sentence of its own
    ("Som kommunedirektørens innstilling. Enstemmig.", "Som innstillinga. Samrøystes vedteke.")."""
    if is_generic_decision(line, lex):
        return True
    found = sentences(line, 0, len(line))
    return len(found) > 1 and is_generic_decision(found[0][1], lex) and all(_unanimity(s, lex) for _, s in found[1:])


def _unanimity(sentence: str, lex: Lexicon) -> bool:
    return (
        lex.unanimous is not None and len(sentence.split()) <= _UNANIMITY_WORDS and bool(lex.unanimous.match(sentence))
    )


def point_blocks(section: SectionText, block: Block, lex: Lexicon) -> list[Block]:
    """A decision block written as numbered points and nothing else ("Vedtak:\n1. Ramma vert fordelt ...\n2. Seine
    søknader ..."): one decision per point, each about its own text, where the language's minutes decide point by
    point (`decision_points` each); any other block is one decision."""
    if lex.decision_points != "each":
        return [block]
    marks = list(_POINT_LINE.finditer(section.text, block.start, block.end))
    if len(marks) < 2 or section.text[block.start : marks[0].start()].strip():
        return [block]
    ends = [m.start() for m in marks[1:]] + [block.end]
    return [Block(block.label_start, m.end(), end) for m, end in zip(marks, ends, strict=True)]


def step_block(section: SectionText, header_end: int, lex: Lexicon, decisive: bool = False) -> list[Block]:
    """The lines under a committee step's header ("Økonomiudvalget den 12. maj 2025, pkt. 143:") when they
    record a procedural outcome without vote words ("Sagen sendes tilbage til udvalget ..."): the step's
    decision block. `header_end` is the header line's end in the section text. With `decisive`, also when
    their first sentence decides in the body's own words ("Behandling i Formannskapet – 12.02.2026" /
    "Formannskapet slutter seg til kommunedirektørens forslag."): for a step nothing else decides."""
    labels = [m.start() for m in lex.block_label.finditer(section.text, header_end)]
    end = min(labels[0] if labels else len(section.text), _line_limit(section.text, header_end))
    procedural = any(rule.regex.search(section.text, header_end, end) for rule in lex.block_outcomes)
    read = sentences(section.text, header_end, end) if decisive and not procedural else []
    stated = bool(read) and any(regex.search(read[0][1]) for regex in lex.decisive_sentences)
    return [Block(header_end, header_end, end)] if procedural or stated else []


def treatment_blocks(section: SectionText, lex: Lexicon) -> list[Block]:
    """The lines under a treatment heading ("Formannskapets behandling:", "Udvalgets behandling: Sagen sendes
    tilbage ...") when they send the case back or postpone it: a decision without a decision label."""
    out = []
    for regex in lex.treatment_labels:
        for m in regex.finditer(section.text):
            if section.in_proposal(m.start()) or section.in_background(m.start()):
                continue
            start = m.start("inline") if (m.group("inline") or "").strip() else m.end()
            labels = [pos.start() for pos in lex.block_label.finditer(section.text, m.end())]
            end = min(labels[0] if labels else len(section.text), _line_limit(section.text, start))
            if any(r.outcome == "postponed" and r.regex.search(section.text, start, end) for r in lex.block_outcomes):
                out.append(Block(m.start(), start, end))
    return sorted(out, key=lambda b: b.start)


def block_decision(section: SectionText, block: Block, lex: Lexicon) -> Decision | None:
    """The decision a block without vote phrases records, or None (empty, background)."""
    read = sentences(section.text, block.start, block.end)
    # a proposal put forward, and page furniture run into the block ("Møtebok 17.09.2026 – side 2"), decide nothing
    kept = [(at, s) for at, s in _past_briefing(read, lex) if not puts_forward(s, lex.language)]
    found = _without_closing([(at, s) for at, s in kept if at == kept[0][0] or not is_sign_off(s, lex)], lex)
    if not found:
        return None
    if _empty(section.text, *found[0], lex):  # "Sagen blev drøftet. Udvalget besluttede at sende den tilbage.":
        found = [(at, s) for at, s in found[1:] if _decides(s, lex)]  # only a sentence deciding in words decides
        if not found or _empty(section.text, *found[0], lex):
            return None
    first_at, first = found[0]
    if is_background(first, lex) or is_tracker_entry(section.text[block.start : block.end], lex):
        return None
    if first.count("(") > first.count(")") and not section.text[block.end :].strip():
        return None  # cut off inside its vote bracket at the end of the text: the outcome is not there
    decisive = (at_s for at_s in found if any(r.search(at_s[1]) for r in lex.decisive_sentences))
    first_at, first = next((at_s for at_s in decisive if not is_background(at_s[1], lex)), found[0])
    # a bare outcome alone on its line, the field lines under it run into its sentence for want of a stop
    # ("Besluit: Aangenomen bij schriftelijke stemming" / "Uitslag: mevrouw A 17 stemmen"): it names nothing
    line_end = section.text.find("\n", first_at)
    generic = is_generic_decision(first, lex) or is_generic_decision(
        section.text[first_at : line_end if line_end >= 0 else len(section.text)].strip(" ."), lex
    )
    body = section.text[block.start : block.end]
    if any(puts_forward(s, lex.language) for _, s in read):  # "sendes tilbage" in a proposal put forward
        body = " ".join(s for _, s in found)
    outcome, procedural = "adopted", False
    for rule in lex.block_outcomes:
        if rule.regex.search(body):
            outcome, procedural = rule.outcome, True
            break
    if outcome == "noted" and _decides_besides_noting(first, lex):  # "stelt X vast en neemt de nota ... aan"
        outcome, procedural = "adopted", False
    else:
        alone = all(_unanimity(s, lex) for at, s in found if at != first_at)  # "... til orientering. Enstemmig."
        if _notes(first, lex) and alone and not _decides_besides_noting(first, lex):
            outcome = "noted"
    start = section.base + first_at
    first_end = section.text.find(first.split()[-1], first_at, block.end)
    end = first_end + len(first.split()[-1]) if first_end >= 0 else section.base + block.end
    decision = Decision(start=start, end=section.base + end if first_end >= 0 else end, outcome=outcome)
    if procedural or generic or is_briefing(first, lex):  # "Godkendt.": about the case
        # "Sagen taget til orientering." notes the case itself and, like a postponement, adopts nothing of
        # the recommendation: the case title; "Godkendt." / "Taget til efterretning." adopt what was recommended
        decision.subject = section.generic_subject(
            lex, adopts_nothing(outcome, first.split()[0], lex), noting=outcome == "noted"
        )
        decision.subject = decision.subject or first.rstrip(".")
    else:
        # "Udvalget anbefaler, at X." under a committee's step: what it recommends is "at X"
        decision.subject = without_label(first) if lex.phrase_subject == "sentence" else without_lead_in(first, lex)
        decision.subject = decision.subject.strip(QUOTES).rstrip(".;")  # a quoted decision: «...»
    if lex.unanimous and lex.unanimous.search(body):
        decision.unanimous, decision.votes_against = True, 0
    _named_sides(decision, body, lex)
    if generic:  # "Kari Nes vart vald med 20 mot 3 røyster."
        count_line(decision, first, lex, body)
    return decision


def _named_sides(decision: Decision, body: str, lex: Lexicon) -> None:
    """Vote lines under the decision naming each side without a count ("Stemmen voor: N-VA, Vooruit; stemmen
    tegen: Groen"): someone voted against, so the decision was not unanimous; the counts stay unknown."""
    tallies = find_tallies(body, lex) if decision.unanimous is None else []
    if tallies and all(t.n is None and t.pct is None for t in tallies) and any(t.option == "no" for t in tallies):
        apply_tallies(decision, tallies, lex)
        decision.votes_for = decision.votes_against = None  # the parties named, not their members, are known
