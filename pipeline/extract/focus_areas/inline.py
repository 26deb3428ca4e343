"""List shapes inside running text: a run-in enumeration after the cue ("... temaer: a, b og c"), themes
named right after the cue or the strategy's "is about" verb, a table of contents run into one line, and
counted item sentences that lost their line breaks."""

from __future__ import annotations

import re

from pipeline.extract.focus_areas.announcements import PAGE_NUMBER, Announcement
from pipeline.extract.focus_areas.letters import FIRST_INLINE_MARK, inline_lettered_parts
from pipeline.extract.focus_areas.rules import Cues
from pipeline.rules import whole_words
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

_RUN_IN_START = re.compile(r"(?<=[a-zæøåäöüé,])\s+(?=[A-ZÆØÅÄÖÜ][a-zæøåäöüé])")
_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def flat_contents_entries(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """The entries after a cue entry of a run-together table of contents, up to the next page number,
    split where a capitalised word follows a lower-case one ("Samfunnsmål Vekst og velferd Et godt
    liv for alle Natur og miljø 14" -> three entries)."""
    line = lines[ann.line_index]
    offset = ann.cue_end - line.start
    page = PAGE_NUMBER.search(line.text, offset)
    if page is None:
        return None
    segment = line.text[offset : page.start()]
    cuts = [0, *(m.end() for m in _RUN_IN_START.finditer(segment)), len(segment)]
    parts = [lists.trim(ann.cue_end + a, segment[a:b]) for a, b in zip(cuts, cuts[1:], strict=False)]
    return [lists.clean_label(part) for part in parts if part.text]


# A counted cue's list set off right after it between brackets or a pair of dashes, the sentence going on after it.
_ENCLOSED = re.compile(r"\s*(?:\((?P<paren>[^()]+)\)|(?P<dash>[–—-])\s+(?P<dashed>[^–—]+?)\s+(?P=dash)(?=\s))")


def run_in_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A run-in enumeration: "... de twee speerpunten ..., namelijk eenheid en verscheidenheid.",
    "... temaer: a, b og c" or, lettered, "... tre indsatsområder, a) børn og unge, b) ..."."""
    tail_start = ann.cue_end - ann.sentence.start
    tail = ann.sentence.text[tail_start:]
    if tail.count(",") >= rules.rules.max_items:
        return None
    enclosed = _ENCLOSED.match(tail) if ann.count else None
    if enclosed:  # "de tre indsatsområder – energi, transport og affald – er ...": the list between the marks
        group = "paren" if enclosed.group("paren") else "dashed"
        body = lists.trim(ann.cue_end + enclosed.start(group), enclosed.group(group))
        parts = _split_semicolons(body, rules.conventions.conjunctions)
        parts = parts or lists.split_enumeration(body, rules.conventions.conjunctions)
        if not all(re.search(r"[^\W\d_]{2}", part.text) for part in parts):
            return None  # "(se figur 2, 3 og 4)": references, not themes
        return [_without_conjunction(part, rules.conventions.conjunctions) for part in parts]
    marked = FIRST_INLINE_MARK.match(tail)  # "tre indsatsområder, a) ...": the letters open the list
    opener = rules.opener.search(tail) or re.search(r":\s*", tail) or marked
    if not opener or not tail[opener.end() :].strip():
        return None
    start = ann.cue_end + opener.end()
    conjunctions = rules.conventions.conjunctions
    body = _over_line_break(Span(start, ann.sentence.end, tail[opener.end() :]), lines, ann, rules)
    parts = inline_lettered_parts(body, conjunctions)
    if parts or opener is marked:
        return parts
    parts = _split_semicolons(body, conjunctions) or lists.split_enumeration(body, conjunctions)
    return _paired([_without_conjunction(part, conjunctions) for part in parts], body, conjunctions)


def _over_line_break(body: Span, lines: list[Line], ann: Announcement, rules: Cues) -> Span:
    """A run-in list broken after a comma at the line's end ("... temaer: Trivsel i hverdagen," / "Sunde rammer og
    Stærke fællesskaber."): it goes on with the next line's first sentence, unless its conjunction already closed
    it on this line; a comma closing a closed list is dropped."""
    line = lines[ann.line_index]
    if not body.text.rstrip().endswith(",") or ann.sentence.end < line.end - 1:
        return body
    conjunctions = rules.conventions.conjunctions
    closed = re.search(whole_words(map(re.escape, conjunctions)), body.text, re.IGNORECASE)
    below = lines[ann.line_index + 1] if ann.line_index + 1 < len(lines) else None
    if closed or below is None or lists.parse_item(below).kind != "plain":
        return lists.trim(body.start, body.text.rstrip().rstrip(","))
    ends = lists.sentences(below.start, below.text, rules.conventions.abbreviations)
    if not ends:
        return body
    gap = " " * (below.start - body.end)
    return Span(body.start, ends[0].end, f"{body.text}{gap}{below.text[: ends[0].end - below.start]}")


def _paired(parts: list[Span], body: Span, conjunctions: tuple[str, ...]) -> list[Span]:
    """The last comma part joining two paired themes with the list's own conjunction ("..., næring og
    arbeid og klima og miljø": three conjunctions) is split at its middle one, so each half keeps its
    own "og"; split at its last one it would break a theme."""
    comma = body.text.rfind(",")
    last = lists.trim(body.start + comma + 1, body.text[comma + 1 :])
    joins = list(re.finditer(rf"\s+{whole_words(map(re.escape, conjunctions))}\s+", last.text, re.IGNORECASE))
    if len(joins) < 3 or len(joins) % 2 == 0 or ";" in body.text:
        return parts
    cut = joins[len(joins) // 2]
    kept = [part for part in parts if part.end <= last.start]
    head = lists.clean_label(lists.trim(last.start, last.text[: cut.start()]))
    tail = lists.clean_label(lists.trim(last.start + cut.end(), last.text[cut.end() :]))
    return [*kept, head, tail]


def _split_semicolons(body: Span, conjunctions: tuple[str, ...]) -> list[Span]:
    """An enumeration whose items are set off by semicolons ("a; b, c; d og e"): commas then belong to
    the items. The last part is split at its conjunction only when no other part holds one, as the
    list's own joiner ("a; b og c"); else the conjunction is inside an item ("Børn og unge; Ældre")."""
    if ";" not in body.text:
        return []
    parts, pos = [], 0
    for cut in [*(m.start() for m in re.finditer(";", body.text)), len(body.text)]:
        parts.append(lists.trim(body.start + pos, body.text[pos:cut]))
        pos = cut + 1
    joiner = re.compile(whole_words(map(re.escape, conjunctions)), re.IGNORECASE)
    if not any(joiner.search(part.text) for part in parts[:-1]):
        parts[-1:] = lists.split_enumeration(parts[-1], conjunctions)
    return [lists.clean_label(part) for part in parts if part.text]


def direct_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes enumerated right after the cue word or the strategy's "is about" verb, without a colon:
    "Politikken fokuserer på temaerne A, B og C." / "Het beleid richt zich vooral op A, B en C."
    Only short noun phrases joined by a conjunction count, so running text is not split into items."""
    if not (ann.about or rules.context.search(ann.sentence.text)):
        return None  # a cue word alone ("thema's wonen, werken en leven") may name anyone's topics
    tail = ann.sentence.text[ann.cue_end - ann.sentence.start :]
    start = rules.direct.match(tail)
    conjunctions = rules.conventions.conjunctions
    if not start or not re.search(whole_words(map(re.escape, conjunctions)), tail[start.end() :], re.IGNORECASE):
        return None
    count = ann.count or (rules.count(start.group("n")) if start.group("n") else None)
    return _short_items(Span(ann.cue_end + start.end(), ann.sentence.end, tail[start.end() :]), count, rules)


def next_line_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A lead-in ending in a colon with its themes enumerated on the next line: "Kommunestyret har
    vedtatt tre satsingsområder:" / "Levende lokalsamfunn, Bærekraftig verdiskaping og Gode tjenester."
    Held to the short noun phrases of `direct_enumeration`, the count kept when the cue gives one."""
    line = lines[ann.line_index]
    if not ann.sentence.text.rstrip().endswith(":") or ann.sentence.end < line.end or ann.line_index + 1 >= len(lines):
        return None
    below = lines[ann.line_index + 1]
    if lists.parse_item(below).kind != "plain":
        return None  # a marked list: one item a line (following_lines)
    return _short_items(lists.trim(below.start, below.text.rstrip(".")), ann.count, rules)


def copula_enumeration(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """Themes named after a copula a few words past the cue, without a colon: "De vijf speerpunten
    van dit akkoord zijn wonen, werken, zorg, klimaat en veiligheid." / "Indsatsområderne i planen er
    A, B og C." Held to the same short noun phrases as `direct_enumeration`."""
    tail = ann.sentence.text[ann.cue_end - ann.sentence.start :]
    copula = rules.copula.match(tail)
    if not copula:
        return None
    return _short_items(Span(ann.cue_end + copula.end(), ann.sentence.end, tail[copula.end() :]), ann.count, rules)


def _short_items(body: Span, count: int | None, rules: Cues) -> list[Span] | None:
    """An enumeration of short noun phrases: as many as counted, else at least min_inline_items."""
    conjunctions = rules.conventions.conjunctions
    lettered = inline_lettered_parts(body, conjunctions)
    if lettered:
        return lettered if count in (None, len(lettered)) else None
    if not re.search(whole_words(map(re.escape, conjunctions)), body.text, re.IGNORECASE):
        return None
    parts = [_without_note(_without_conjunction(p, conjunctions)) for p in lists.split_enumeration(body, conjunctions)]
    parts = _paired(parts, body, conjunctions)
    enough = len(parts) == count if count else len(parts) >= rules.rules.min_inline_items
    if not enough or any(len(lists.words(part.text)) > rules.rules.max_inline_words for part in parts):
        return None
    return parts


def _without_conjunction(span: Span, conjunctions: tuple[str, ...]) -> Span:
    """An item that still opens with its conjunction after a comma ("..., samt by- og boligudvikling")."""
    first, _, rest = span.text.partition(" ")
    if rest and first.casefold() in conjunctions:
        return lists.trim(span.end - len(rest), rest)
    return span


def _without_note(span: Span) -> Span:
    """A label without a trailing parenthesis: "duurzaamheid (Floriade 2022)" -> "duurzaamheid"."""
    note = _TRAILING_NOTE.search(span.text)
    if not note or note.start() == 0:
        return span
    return Span(span.start, span.start + note.start(), span.text[: note.start()])


def run_in_sentences(lines: list[Line], ann: Announcement, rules: Cues) -> list[Span] | None:
    """A counted cue whose N item sentences run on in the same paragraph (text lost its line breaks):
    "følgende 5 temaer, som supplerer ... aktiviteter Sætte fokus på .... Intensivere ...."""
    if not ann.count:
        return None
    line = lines[ann.line_index]
    offset = ann.cue_end - line.start
    start = _RUN_IN_START.search(line.text, offset)
    if not start or start.start() > ann.sentence.end - line.start:
        return None
    parts = lists.sentences(line.start + start.end(), line.text[start.end() :], rules.conventions.abbreviations)
    return [lists.clean_label(p) for p in parts[: ann.count]]
