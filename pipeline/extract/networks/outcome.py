"""A case's outcome read after the mention: a recommendation, motion, application or case title whose decision,
a few sentences on, refuses it ("Medlemskab af X / Indstilling: ... melder sig ind i X / Beslutning: Indstillingen
blev ikke godkendt", "Voorstel: toetreden tot X / Besluit: De raad heeft het voorstel verworpen") is no membership.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.networks.context import CASE_REFERENCE, Context, adopted
from pipeline.extract.networks.rules import Cues
from pipeline.text.structure import has_list_marker

AGENDA_REPEAT_LINES = 3  # lines from a case's own heading down where the body named on its agenda entry is named again
OUTCOME_SENTENCES = 5  # title, label, recommendation, label, decision: a case's decision comes within five sentences
TITLE_TOKENS = 8  # a case title is one short line without closing punctuation ("Sak 23/24 Medlemskap i ICLEI")
_CLOSING = (".", "!", "?", ":", ";")
TABLE_ROW_TABS = 2  # 'Sak 22/26<TAB>Medlemskap i X' (two cells) is a case row; three cells or more make a table row
# a proposal's label names its mover ("Toegevoegd punt van raadslid Eva Peeters (Groen): ..."): read further back
MOTION_LABEL_TOKENS = 12
_CLOSING_QUOTES = frozenset({'"', "”", "»", "'"})


def _next_sentence(context: Context, sentence: Span) -> Span | None:
    """The sentence after `sentence`, None at the end of the text."""
    sdoc = context.sdoc
    k = sentence.end
    while k < len(sdoc) and sdoc[k].is_space:
        k += 1
    if k >= len(sdoc):
        return None
    following = context.sentence(sdoc[k].idx, sdoc[k].idx + len(sdoc[k]))
    return following if following.end > sentence.end else None


def _title(context: Context, sentence: Span) -> bool:
    """A case title: one short line of its own with no closing punctuation, or a line opening on a case reference
    ("PS 12/26 Medlemskap i X<TAB>Arkivsak: 26/100"), whatever fields follow it."""
    line_start, line_end = context.line_bounds(sentence.start_char)
    one_line = line_start <= sentence.start_char and sentence.end_char <= line_end
    if one_line and line_start == sentence.start_char and CASE_REFERENCE.match(context.doc.text[line_start:line_end]):
        return True
    return one_line and len(sentence) <= TITLE_TOKENS and not sentence[-1].text.endswith(_CLOSING)  # '(Erasmus+):'


def _opens_item(context: Context, sentence: Span) -> bool:
    """The sentence opens a list item: it starts its line, and the line a bullet or number."""
    line_start, line_end = context.line_bounds(sentence.start_char)
    text = context.doc.text
    return not text[line_start : sentence.start_char].strip() and has_list_marker(text[line_start:line_end])


def _table_row(context: Context, sentence: Span) -> bool:
    """The sentence lies on a row of three or more cells ("UngUt<TAB>Erasmus+<TAB>Tartu<TAB>2025–2026"): a
    table's row, whose neighbours are other rows, not a case title followed by its decision."""
    return context.line(sentence.start_char).count("\t") >= TABLE_ROW_TABS


def _label_above(context: Context, sentence: Span) -> list[str]:
    """The label before the sentence, on its line or ending the line above ("Toegevoegd punt van raadslid X:" /
    '"Tervuren ondertekent ..."'): what the sentence is."""
    sdoc = context.sdoc
    k = sentence.start - 1
    while k >= 0 and sdoc[k].is_space:
        k -= 1
    if k < 0 or not sdoc[k].text.endswith(":"):  # '(Groen):' is one token
        return []
    words: list[str] = []
    for token in reversed(sdoc[max(0, k - MOTION_LABEL_TOKENS) : k]):
        if "\n" in token.whitespace_ or token.is_space or token.text in (".", ";", ":"):
            break
        words.insert(0, token.text)
    return words


def refused_later(context: Context, sentence: Span, rules: Cues) -> bool:
    """Is the mention's `sentence` asked for (a motion or recommendation word, an application, a label such as
    "Innstilling:" or "Toegevoegd punt van raadslid X (Groen):" before it, or a case title) and the first outcome
    in the next sentences, or run on after its quoted proposal, a refusal?"""
    return _outcome(context, sentence, rules) is True


def adopted_later(context: Context, sentence: Span, rules: Cues) -> bool:
    """Is the mention's `sentence` asked for and the first outcome in the next sentences an adoption ("Framlegg til
    vedtak: X kommune melder seg inn i Y." ... "Innstillinga vart vedteke med 24 mot 9 røyster")? The proposal to
    join was then decided. Only in a case block: the proposal stands under its label or is the case's title; in
    running text ("ingediend bij X. De beslissing wordt verwacht ...") a request stays a request."""
    label = _label_above(context, sentence)
    asked = any(rules.find(name, label) for name in ("motions", "applications", "proposals"))
    return (asked or _title(context, sentence)) and _outcome(context, sentence, rules) is False


def _outcome(context: Context, sentence: Span, rules: Cues) -> bool | None:
    """True when the asked-for `sentence` is refused, False when adopted, None when it is not asked for or no
    outcome follows within the case."""
    words = [*_label_above(context, sentence), *(t.text for t in sentence)]
    asked = any(rules.find(name, words) for name in ("motions", "applications", "proposals"))
    if not (asked or _title(context, sentence)):
        return None
    closing = [t.i for t in sentence if t.text in _CLOSING_QUOTES]
    after_quote = [t.text for t in context.sdoc[closing[-1] + 1 : sentence.end]] if closing else []
    if rules.find("not_granted", after_quote):
        return True  # '"Tervuren ondertekent X." Niet goedgekeurd met 6 stemmen': the quote's outcome run on
    following = sentence
    item, row = _opens_item(context, sentence), _table_row(context, sentence)
    read = 0
    while read < OUTCOME_SENTENCES:
        following = _next_sentence(context, following)
        if following is None:
            return None
        if not any(t.is_alpha for t in following):
            continue  # a field's value cut off as a sentence ("Arkivsak: 26/188", a ruled line): no outcome, no count
        read += 1
        if row and _table_row(context, following):
            return None  # the next row of the table ('Havvind<TAB>LIFE (søknad avslått)') is another
        said = [t.text for t in following]
        if rules.find("not_granted", said) and not _of_another_body(following, sentence, rules):
            return True
        if item and _opens_item(context, following):
            return None  # the next item of the list ('- SmartKyst ... er avslutta.') is about another name
        if adopted(said, rules):
            return False
    return None


def _of_another_body(following: Span, sentence: Span, rules: Cues) -> bool:
    """The refusing sentence names a membership of another body ("... at kommunen ikkje er med i Y, og at det ikkje
    er aktuelt"): a capitalised name right after a participation or membership word that the mention's sentence
    does not hold. It speaks of that body, not of the case's."""
    words = [t.text for t in following]
    own = {t.text for t in sentence}
    for cue in ("participation", "membership"):
        for i in rules.find(cue, words):
            name = next((w for w in words[i + 1 : i + 4] if w[:1].isupper()), None)
            if name and name not in own:
                return True
    return False


def agenda_entry(context: Context, start: int, end: int) -> bool:
    """The mention at chars [start, end) stands on an agenda entry ("PS 41/26  Medlemskap i X", "Sak 12/26 | X")
    whose case reference opens a later line, the case's own heading, near which the body is named again: the
    case's text and decision say whether it is joined, the agenda entry only lists the case."""
    line_start, line_end = context.line_bounds(start)
    reference = CASE_REFERENCE.match(context.doc.text[line_start:line_end])
    if reference is None:
        return False
    name = context.doc.text[start:end]
    lines = context.doc.lines
    for k, line in enumerate(lines):
        if line.start <= line_start or not line.text.startswith(reference.group(0)):
            continue
        if not line.text[len(reference.group(0)) : len(reference.group(0)) + 1].isspace():
            continue  # "PS 41/260" is another case, "PS 41/26: ..." a note on it, not its heading
        if any(name in later.text for later in lines[k : k + AGENDA_REPEAT_LINES + 1]):
            return True
    return False
