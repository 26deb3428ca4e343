"""A protocol section's text as the decision readers see it: header lines blanked (offsets kept),
its proposal blocks, background spans and numbered points."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pipeline.extract.votes.lexicon import Lexicon, decision_labels
from pipeline.extract.votes.phrases import (
    find_statements,
    names_proposal,
    opens_with_proposal,
)
from pipeline.extract.votes.quoted import (
    inline_proposals,
    is_generic_decision,
    names_document,
    opens_recommendation,
    quote_rules,
    quoted_proposals,
    quoted_spans,
    without_lead_in,
)
from pipeline.extract.votes.result_fields import decided_headers, is_roll_call, result_lines, result_text
from pipeline.extract.votes.vote_labels import Mark, vote_marks
from pipeline.extract.votes.voteless import without_voteless_remarks
from pipeline.text.gated import gated

FIRST_SENTENCE = re.compile(r"\S.*?(?:(?<!\d)[.!?](?=\s|$)|$)", re.M)
# a recommendation's sentence goes on past an abbreviation's stop when lower case or a digit follows ("mio. kr.")
_RECOMMENDED = re.compile(r"\S.*?(?:(?<!\d)[.!?](?=\s|$)(?![ \t]+[a-zæøå0-9])|$)", re.M)
_LINKED = re.compile(r",\s+[^\W\d_]{1,5}\s*$")  # "1. at X vedtages, og": the short word linking to the next point
_POINT_MARK = re.compile(r"^\d{1,2}[.)]\s+")  # "1. Kommunestyret godkjenner ...": the first point's number
# a numbered or lettered point of a recommendation: "1. X", "  2) X", "b) X"
_NUMBERED = re.compile(r"^[ \t]*(\d{1,2}(?=\.)|\d{1,2}(?=\))|[a-h](?=\)))[.)][ \t]+(\S[^\n]*)$", re.M)
_POINT = re.compile(r"^[ \t]*(\d{1,2}[.)]|[a-z]\)|[-–•])\s+(\S[^\n]*)$", re.M)  # a point: "1. at", "a) at", "- at"
_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(\S[^\n]*)")
_WRAP_LINES = 3  # lines a recommendation's lead-in may wrap over
CLOSING = " \t\n.;:!)\"'»”"  # what may follow a sentence's last word
_POINT_NEXT = re.compile(r"[ \t]*\n\s*(?:\d{1,2}[.)]|[a-z]\)|[-–•])\s")  # points on the next line: "1.", "a)", "-"


def ordinal(mark: str) -> int:
    """A point's number: "2" or its letter "b" (a recommendation letters its points a), b), ...)."""
    return int(mark) if mark.isdigit() else ord(mark.lower()) - ord("a") + 1


@dataclass
class SectionText:
    """A section's text with header lines blanked out, and where its proposal blocks lie."""

    text: str
    base: int
    proposal_blocks: list[tuple[int, int]]
    title: str | None
    _labels: tuple[list[int], list[int]] | None = field(default=None, repr=False)  # "Ad. 2" offsets, points
    background_blocks: list[tuple[int, int]] = field(default_factory=list)
    case_recommendation: str | None = None  # the case's recommendation, above this committee step's section
    case_proposal: str | None = None  # a member's proposal's words the case gives above this step's section
    _marks: list[Mark] | None = field(default=None, repr=False)  # vote label lines
    _noting: bool | None = field(default=None, repr=False)  # the recommendation only notes something
    paragraphs: bool = False  # a news page's paragraph: each line reports its own decision and counts

    def in_proposal(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.proposal_blocks)

    def states_own(self, offset: int, lex: Lexicon) -> bool:
        """A statement at `offset` is the section's own: not in a proposal, nor what a recommendation proposes
        ("Forvaltningen indstiller, at ... tages til efterretning")."""
        return not self.in_proposal(offset) and not opens_recommendation(self.text, offset, lex)

    def between(self, start: int, end: int) -> str:
        """The section's text between two document offsets (empty where `end` is not after `start`)."""
        return self.text[max(start - self.base, 0) : max(end - self.base, 0)]

    def in_background(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.background_blocks)

    def first_sentence(self, start: int, end: int) -> str | None:
        m = FIRST_SENTENCE.search(self.text, start, end)
        return m.group(0).strip() if m else None

    def marks(self, lex: Lexicon) -> list[Mark]:
        """The section's vote label lines, found once: its decisions and their subjects both read them."""
        if self._marks is None:
            self._marks = vote_marks(self.text, lex)
        return self._marks

    def points(self) -> dict[int, str]:
        """Numbered points of the recommendation ("1. Planstrategien godkendes.")."""
        return {
            ordinal(m.group(1)): m.group(2).strip().rstrip(",;")
            for a, b in self.proposal_blocks
            for m in _NUMBERED.finditer(self.text, a, b)
        }

    def point_at(self, offset: int, lex: Lexicon) -> int | None:
        """The recommendation point a decision at `offset` concerns: its own "2." or the last "Ad. 2" above."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        own = _NUMBERED.match(self.text, line_start)
        if own:
            return ordinal(own.group(1))
        if self._labels is None:  # found once per section: each decision then costs a bisect, not a scan
            found = list(lex.point_label.finditer(self.text)) if lex.point_label else []
            self._labels = ([m.start() for m in found], [ordinal(m.group("point")) for m in found])
        starts, points = self._labels
        index = bisect.bisect_right(starts, line_start) - 1  # a label opening this very line counts too
        return points[index] if index >= 0 else None

    def generic_subject(self, lex: Lexicon, procedural: bool = False, noting: bool = False) -> str | None:
        """What a decision naming nothing is about. "Godkendt." / "Som innstillingen." adopt what was
        recommended: its first sentence, else the case title (`generic_subject_from` may put the title
        first, unless the recommendation only notes something, or take the title when the recommendation
        recommends several things, `single_recommendation`);
        a recommendation that itself names nothing ("at orienteringen tages til efterretning")
        gives the case title. A postponement ("Sagen udsættes") or a decision noting the case itself ("Sagen taget
        til orientering.") adopts nothing of the recommendation (`procedural`): the case title. A bare noting
        ("Taget til efterretning.", `noting`) notes the case: its title, else the recommendation."""
        title = None if names_document(self.title, lex) else self.title
        if procedural:
            return title
        recommended = self.proposal_sentence(lex) or self.case_recommendation
        if (len(self.points()) < 2 and is_generic_decision(recommended, lex)) or is_roll_call(recommended, lex):
            recommended = None  # a first point opens the rest; "Voor: CDA (6) = 6" under a label records the vote
        if lex.generic_subject_from == "single_recommendation" and self._compound(lex):
            recommended = None  # adopting a recommendation of several things adopts the case
        first, second = lambda: recommended, lambda: title
        if noting or (lex.generic_subject_from == "title" and not (recommended and self._recommends_noting(lex))):
            first, second = second, first  # taking a matter for information notes the case
        return first() or second()

    def _recommends_noting(self, lex: Lexicon) -> bool:
        """The recommendation only takes something for information ("at dialogmødet tages til efterretning"):
        approving it ("Godkendt.") adopts that sentence, which names what was noted, not the case title."""
        if self._noting is None:  # found once per section: a long run of bare decisions asks it each time
            self._noting = self.notes_only(find_statements(self.text, lex)) is True
        return self._noting

    def _compound(self, lex: Lexicon) -> bool:
        """The recommendation recommends several things: numbered or lettered points, or a second clause."""
        second = lex.compound_recommendation
        blocks = self.proposal_blocks
        return len(self.points()) >= 2 or any(second and second.search(self.text, a, b) for a, b in blocks)

    def sentence_subject(self, sentence: str, lex: Lexicon) -> str:
        """A decision sentence about "the proposal" is about the recommendation's first sentence, or the
        case title when the case is named after the proposal; a sentence naming only the item's routine ("Besluit:
        de besluitenlijst wordt ongewijzigd vastgesteld.") is about the item; any other sentence is its own subject."""
        if is_generic_decision(sentence.split(":", 1)[-1].strip(" ."), lex) and (about := self.generic_subject(lex)):
            return about
        if not names_proposal(sentence, lex):
            return sentence
        titled = self.title if self.title and opens_with_proposal(self.title, lex) else None
        return self.proposal_sentence(lex) or self._proposal_heading() or titled or sentence

    def _proposal_heading(self) -> str | None:
        """A proposal label standing alone as the heading of the votes below it ("Raadsvoorstel" /
        "Hoofdelijke stemming ..."): no text of its own, it names what is voted on."""
        for a, b in self.proposal_blocks:
            if not self.text[a:b].strip():
                return self.text[self.text.rfind("\n", 0, a) + 1 : a].strip(" \t*:") or None
        return None

    def notes_only(self, statements: list[tuple[int, int]]) -> bool | None:
        """Whether a 'for information' statement in the recommendation is all of it (nothing but closing
        punctuation after it in its block); None when no statement lies in the recommendation."""
        inside = [(b, end) for a, b in statements for start, end in self.proposal_blocks if start <= a < end]
        if not inside:
            return None
        return any(not self.text[b:end].strip(CLOSING) for b, end in inside)

    def proposal_sentence(self, lex: Lexicon) -> str | None:
        """The recommendation's first sentence without who recommends it; a lead-in to numbered points
        ("indstiller, at:" / "1. ...") gives the first point, the first thing recommended."""
        for a, b in self.proposal_blocks:
            found = _RECOMMENDED.search(self.text, a, b)
            sentence = found.group(0).strip() if found else None
            if sentence:
                at = self.text.find(sentence, a, b) + len(sentence)
                wrapped, wrapped_at = _wrapped(self.text, sentence, at, b)
                if wrapped[-1] in ",:;" or _POINT_NEXT.match(self.text, wrapped_at):
                    sentence, at = wrapped, wrapped_at  # a lead-in wrapped over lines ("anbefaler" / "Byrådet,")
                lead_in = sentence[-1] in ",:;" or (sentence[-1] not in ".!?" and _POINT_NEXT.match(self.text, at))
                if not lead_in:
                    return _first_point(without_lead_in(_POINT_MARK.sub("", sentence), lex))
                point = _POINT.search(self.text, at, b)
                if point:
                    return _LINKED.sub("", point.group(2)).strip().rstrip(".;,")
                going_on = _RECOMMENDED.search(self.text, at, b)  # "indstiller," / "at X, og" / "at Y."
                rest = going_on.group(0).strip() if going_on else ""
                return _first_point(without_lead_in(rest, lex)) if rest[:1].islower() else None
        return None


def _wrapped(text: str, sentence: str, at: int, end: int) -> tuple[str, int]:
    """A recommendation's line that stops mid-sentence goes on over the next lines up to the one ending in
    punctuation ("indstiller, at udvalget anbefaler" / "Byrådet,"): the whole lead-in, and where it ends."""
    for _ in range(_WRAP_LINES):
        if sentence[-1] in ".!?,:;" or _POINT_NEXT.match(text, at):
            break
        line = _NEXT_LINE.match(text, at, end)
        if line is None:
            break
        sentence, at = f"{sentence} {line.group(1).strip()}", line.end()
    return sentence, at


def _first_point(sentence: str) -> str:
    """'at X, og at Y': points that each open with the word the first opens with ("at", after a comma and a
    linking word) are several things recommended; the first is what the recommendation is about. A bare
    ', at' goes on with the same point ("at det godkendes, at skolen udvides")."""
    opener = sentence.split(None, 1)[0] if sentence[:1].islower() else ""
    found = re.search(r",\s+[^\W\d_]{1,5}\s+" + re.escape(opener) + r"\s", sentence) if opener else None
    return sentence[: found.start()].strip() if found else sentence


def section_text(text: str, base: int, blanks: list[tuple[int, int]], title: str | None, lex: Lexicon) -> SectionText:
    """Blank header lines (same length, so offsets hold) except result fields recording an outcome, fold shouted
    outcome values to lower case (result_fields.py), and find the proposal blocks."""
    pieces, last = [], 0
    for a, b in sorted(set(blanks) - decided_headers(text, base, blanks, lex)):
        pieces += [text[last : a - base], " " * (b - a)]
        last = b - base
    text = result_text(without_voteless_remarks("".join(pieces) + text[last:], lex.language), lex)
    labels = list(gated(lex.block_label).finditer(text))
    # a decision label with its text on the same line ("Beslutning: Godkendt.") ends a recommendation too
    # and a line recording how the meeting voted ("Forslaget fra SV falt ...") is never part of a recommendation
    ends = sorted(
        {m.start() for m in labels}
        | {m.start() for m in decision_labels(text, lex)}
        | {m.start() for r in lex.treatment_lines for m in gated(r).finditer(text)}
        | result_lines(text, lex)  # "Resultat: VEDTATT" under the recommendation voted on
    )
    blocks = [
        (m.end(), next((pos for pos in ends if pos > m.start()), len(text)))
        for m in labels
        if lex.is_proposal_label(m.group("label"))
    ]
    blocks += inline_proposals(text, ends, lex) + quoted_proposals(text, lex)
    blocks += _unlabelled_points(text, ends, blocks, lex)
    # background sections and tracker fields retell decisions (quoted.py): a background label also ends a proposal
    return SectionText(text, base, sorted(blocks), title, background_blocks=quoted_spans(text, lex, trackers=False))


def _unlabelled_points(
    text: str, ends: list[int], blocks: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[int, int]]:
    """A recommendation written without its label whose lead-in opens numbered or lettered points ("Forvaltningen
    indstiller over for Byrådet," / "a) at ..." / "b) at ..."), above every decision label: a proposal block from
    its lead-in up to the next label, so a decision point by point ("Ad b) Anbefales.") is about its points."""
    regex = quote_rules(lex.language).lead_in
    if regex is None:
        return []  # a language with no lead-in words has no unlabelled recommendation to find
    first_label = min((m.start() for m in decision_labels(text, lex)), default=len(text))
    points = [m for m in _NUMBERED.finditer(text, 0, first_label) if not any(a <= m.start() < b for a, b in blocks)]
    found = []
    for first, second in zip(points, points[1:], strict=False):
        if ordinal(first.group(1)) != 1 or ordinal(second.group(1)) != 2:
            continue
        start = _lead_start(text, first.start())
        words = (" ".join(text[start : first.start()].split()) + " " + first.group(2)).split(None, 1)
        if len(words) == 2 and regex.match(words[1]):
            found.append((start, next((pos for pos in ends if pos > first.start()), len(text))))
    return found


def _lead_start(text: str, at: int) -> int:
    """Where the lines of the paragraph right above offset `at` (a line start) begin, at most `_WRAP_LINES` up."""
    start = at
    for _ in range(_WRAP_LINES):
        above = text.rfind("\n", 0, max(start - 1, 0))
        if not text[above + 1 : start].strip():
            break
        start = above + 1
    return start


_SENTENCE_STOP = re.compile(r"(?<!\d)[.!?][ \t]+(?=[A-ZÆØÅ])")


def own_sentence_start(text: str, line_start: int, start: int) -> int:
    """Where the sentence holding a statement at `start` begins on its line: a sentence before it on the same
    line ("Ingen merknader. Referatsakene tas til orientering.") is not what the statement decides."""
    stops = list(_SENTENCE_STOP.finditer(text, line_start, start))
    return stops[-1].end() if stops else line_start
