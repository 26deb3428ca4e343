"""Where a focus-area list is announced: cue sentences in document order.

A cue word naming the themes ("fem målområder", "de twee speerpunten"), a sentence tying the strategy
to its themes ("Handleplanen drejer sig om ..."), or, in a paragraph about the strategy itself, a
sentence announcing "N things". A count, when said, travels with the announcement so the list read
after it must agree with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.focus_areas.parts import is_cue_heading
from pipeline.extract.focus_areas.rules import Cues, mark_position
from pipeline.text import structure as lists
from pipeline.text.structure import Line, Span

_CHAPTER_PREFIX = re.compile(r"\s*(?:#+\s*)?(?:\d{1,2}\.)*")
_MARKDOWN_MARK = re.compile(r"^\s*#{1,6}\s*")
PAGE_NUMBER = re.compile(r"(?<!\S)\d{1,3}(?!\S)")


@dataclass(frozen=True)
class Announcement:
    """A sentence announcing a list: where it is, and how many items it promises (if it says)."""

    line_index: int
    sentence: Span
    cue_end: int  # offset in the document text just after the cue (or count) phrase
    count: int | None
    about: bool = False  # announced by "<the strategy> is about ...", not by a cue word
    flat_contents: bool = False  # a cue entry in a table of contents that lost its line breaks
    numbered_heading: bool = False  # "Mål 1: Grøn energi": the first of the themes' own numbered headings
    short_items: bool = False  # announced by a counted everyday noun: only short noun phrases are themes
    single: bool = False  # the cue names one theme ("Under indsatsområdet Klima ..."): only its own heading shapes
    arranged: bool = False  # "Rapporteringen følger planens innsatsområder": the sections after are the themes
    goals: bool = False  # the cue is a goal word ("hovudmål"): its list only when no theme word names one


@lru_cache(maxsize=4096)  # running headers and repeated lines: the trigger's leading `\w*` is slow on long lines
def _triggered(trigger: re.Pattern[str], text: str) -> bool:
    return trigger.search(text) is not None


def announcements(lines: list[Line], rules: Cues, record: bool = False) -> Iterator[Announcement]:
    """Cue sentences in document order: a cue word, or a count of things in a strategy paragraph. In a
    document that records what was done or decided (`record`: a report, minutes) a weak cue needs a
    count, a count of everyday things announces nothing, and numbered goal headings are that year's
    goals, not themes."""
    titled = any(rules.context.search(line.text) for line in lines[: rules.rules.title_lines])
    for index, line in enumerate(lines):
        if _opens_numbered_headings(line, rules, record):
            yield Announcement(index, line, line.start, None, numbered_heading=True)
            continue
        if not _triggered(rules.trigger, line.text) or _in_vetoed_list(lines, index, rules):
            continue
        if is_flat_contents(line, rules):
            for cue in rules.cue.finditer(line.text):
                yield Announcement(index, line, line.start + cue.end(), None, flat_contents=True)
            continue
        sentences = list(lists.sentences(line.start, line.text, rules.conventions.abbreviations))
        following = sentences[1:] + _first_sentence(lines, index + 1, rules)
        for at, sentence in enumerate(sentences):
            if rules.veto.search(sentence.text) or rules.denial.search(sentence.text) or _earlier(sentence, rules):
                continue  # a vision, an agenda ...; "a, b og c er ikke selvstændige temaer:"; an older plan's
            if _leads_to_goals(sentence, line, rules):
                continue
            arranged = _arranged(sentence, rules)
            if arranged:
                number = counted(sentence, rules)
                count = rules.count(number.group("n")) if number else None
                yield Announcement(index, sentence, sentence.start + arranged.end(), count, arranged=True)
                continue
            cue = _theme_cue(sentence, rules)
            weak = cue and _weak_alone(cue.group(0), sentence, line, rules, record, titled)
            if weak or cue and _other_list(sentence, cue, rules):
                cue = None
            if cue and _disowned_next(following[at : at + 1], cue.group(0), rules):
                continue  # "... drie pijlers: a, b en c. De pijlers zelf zijn geen onderdeel van deze strategie."
            if cue:
                number = counted(sentence, rules, cue) or counted(sentence, rules)
                count = rules.count(number.group("n")) if number else None
                end = number.end() if number else cue.end()
                single = not number and bool(rules.singular.fullmatch(cue.group(0)))
                goals = _names_goals(cue.group(0), rules)
                yield Announcement(index, sentence, sentence.start + end, count, single=single, goals=goals)
                continue
            about = rules.about.search(sentence.text)
            if about and _partnership(lines, index, sentence.text[: about.end()], rules):
                continue  # "een samenwerkingsakkoord met Kampen. Het akkoord gaat over erfgoed, ...": not our themes
            if about:
                yield Announcement(index, sentence, sentence.start + about.end(), None, about=True)
                continue
            things = rules.counted_end.search(sentence.text)
            colon = None if things else rules.counted_colon.search(sentence.text)
            headed = at == 0 and _under_cue_heading(lines, index, rules)
            if colon and not (headed or rules.document_context.search(sentence.text)):
                colon = None  # "Het college nam 8 besluiten: ..." names an institution, not a strategy
            things = things or colon
            if (
                things
                and not record  # a report's "fire hovedgrep:" are that year's steps, not the strategy's themes
                and things.group("noun").lower() not in rules.goal_nouns
                and not rules.cross_cutting.search(sentence.text[: things.start("noun")])  # "tre tverrgående ..."
                and (headed or rules.context.search(line.text))
                and not rules.veto.search(line.text)
                and not _disowned_next(following[at : at + 1], things.group("noun"), rules)
            ):
                end, count = sentence.start + things.end(), rules.count(things.group("n"))
                yield Announcement(index, sentence, end, count, short_items=bool(colon))


def _under_cue_heading(lines: list[Line], index: int, rules: Cues) -> bool:
    """The line stands right under a heading that is the cue word itself ("Satsingsområde", "3 Onze thema's"):
    its opening sentence speaks of the strategy's themes ("Kommunen vil satse på tre område: a, b og c.")."""
    return index > 0 and is_cue_heading(lines[index - 1].text, rules)


def _first_sentence(lines: list[Line], index: int, rules: Cues) -> list[Span]:
    """The first sentence of the next line, which follows a line's last sentence (none after the last line)."""
    if index >= len(lines):
        return []
    return list(lists.sentences(lines[index].start, lines[index].text, rules.conventions.abbreviations))[:1]


def _disowned_next(following: list[Span], noun: str, rules: Cues) -> bool:
    """The sentence right after a list, naming its things again, says they are none of this plan's themes ("tre
    verdier: a, b og c. Verdiene ... er ikke egne innsatsområder", "De pijlers zelf zijn geen onderdeel van deze
    strategie"), or by a pronoun for it ("Disse er ikke ..."); a denial of something else ("Folkehelse er ikke et eget
    innsatsområde") leaves the list."""
    if not following:
        return False
    text = following[0].text
    denial = rules.denial.search(text) or rules.disowned.search(text)
    if not denial:
        return False
    if rules.list_pronoun.match(text):
        return True  # "Disse ligger til grunn, men er ikke kommunens egne satsingsområder": the list, by pronoun
    stem = noun.lower()[: max(4, len(noun) - 2)]
    return re.search(rf"(?<!\w){re.escape(stem)}", text[: denial.start()], re.IGNORECASE) is not None


PARTNERSHIP_LINES = 2  # lines above an about-sentence that may name the agreement it speaks of


def _partnership(lines: list[Line], index: int, lead: str, rules: Cues) -> bool:
    """An about-sentence whose subject is an agreement ("Het akkoord gaat over ...") just after an agreement with a
    partner town or body is named ("een samenwerkingsakkoord met Kampen", "een vriendschapsakkoord met Tivat"):
    what the partnership is about, not the municipality's own themes."""
    if rules.partner_agreement.search(lead):
        return True  # "Het samenwerkingsakkoord met Leer richt zich op ..."
    if not rules.agreement_noun.search(lead):
        return False
    above = lines[max(0, index - PARTNERSHIP_LINES) : index + 1]
    return any(rules.partner_agreement.search(line.text) for line in above)


def _earlier(sentence: Span, rules: Cues) -> bool:
    """The cue counts the themes of a plan this one replaced ("Den førre planen hadde tre innsatsområde: ...",
    "afløser Vækstplan 2020-2024, hvis tre temaer - a, b og c - er videreført i nye former") or of a plan this
    one carries out ("udmønter Planstrategi 2023, som har fire temaer: ...") or of another authority's plan ("Den
    regionale planen prioriterer fire område: ..."), unless the sentence leads into them as this plan's own
    ("Strategien viderefører den tidligere strategis fire temaer:"). The themes an evaluation recommends for a later
    plan ("anbefaler at en ny handlingsplan får tre satsingsområder") are not this document's either."""
    if rules.future.search(sentence.text):
        return True  # "Arbeidsgruppen anbefaler at en ny handlingsplan får tre satsingsområder:": advice, not this plan
    leads_in = sentence.text.rstrip().endswith(":")
    if rules.parent.search(sentence.text) or rules.authority.search(sentence.text):
        return not leads_in  # "... bygger på kommuneplanens fire temaer:" over the document's own sections
    if not rules.earlier.search(sentence.text):
        return False
    return not (leads_in and rules.continuation.search(sentence.text))


def _arranged(sentence: Span, rules: Cues) -> re.Match | None:
    """A report or its chapters said to follow the plan's themes ("Rapporteringen følger planens
    innsatsområder", "Status pr. indsatsområde ...", "Per thema beschrijven we de voortgang"); not a
    budget per theme, and not a sentence naming the themes after a colon ("... om tre temaer: a; b; c")."""
    found = rules.arranged.search(sentence.text)
    if not found or ":" in sentence.text[found.end() :] or not rules.arranged_subject.search(sentence.text):
        return None
    return found


def _opens_numbered_headings(line: Line, rules: Cues, record: bool) -> bool:
    """A heading numbered 1 after a word that names a theme only in that shape ("Mål 1: Grøn energi",
    "Actielijn 1: Betaalbaar wonen"); a numbered goal sentence ("Mål 1: Vi vil ...") is no heading, and
    in a report or minutes a goal word ("Mål 1", "Doel 1") numbers that year's goals."""
    found = rules.numbered_heading.match(line.text)
    if not found or mark_position(found.group("n")) != 1 or not lists.is_heading(_MARKDOWN_MARK.sub("", line.text)):
        return False
    return not (record and rules.goal_heading.fullmatch(found.group("cue")))


def _names_goals(word: str, rules: Cues) -> bool:
    """A cue that is also a goal noun ("hovedmålene", "målsætninger"): a plan's main goals are its themes
    only when it names no themes with another word."""
    word = word.casefold()
    return any(word.startswith(noun) for noun in rules.goal_nouns if len(noun) > 3)


def _other_list(sentence: Span, cue: re.Match, rules: Cues) -> bool:
    """A lead-in that names other things after the cue ("Fokusområdet omfatter følgende projekter:",
    "Under temaet er disse resultater nået:"): the list is of projects or results, not themes."""
    return sentence.text.endswith(":") and bool(rules.other_list.search(sentence.text, cue.end()))


def _theme_cue(sentence: Span, rules: Cues) -> re.Match | None:
    """The first cue word in the sentence that names the themes: past one naming perspectives across them
    ("Naast twee dwarsdoorsnijdende thema's kent de agenda drie speerpunten: ...")."""
    return next((cue for cue in rules.cue.finditer(sentence.text) if not _cross_cutting(sentence, cue, rules)), None)


def _cross_cutting(sentence: Span, cue: re.Match, rules: Cues) -> bool:
    """The cue word names perspectives across all themes ("Tverrgående temaer: ...", "de dwarsdoorsnijdende
    thema's"), not the themes themselves; or the sentence's subject is such a perspective and the cue, not
    counted, only says what it applies to ("to gjennomgående perspektiver som gjelder alle satsingsområdene:
    a og b"); a counted cue after it names the themes ("... har planen tre satsingsområder: a, b og c")."""
    before = sentence.text[: cue.start()]
    if rules.cross_cutting.search(before):
        return True
    return bool(rules.cross_cutting_heading.search(before)) and counted(sentence, rules, cue) is None


def _leads_to_goals(sentence: Span, line: Line, rules: Cues) -> bool:
    """A sentence opening with a goal noun ("Mål for temaet:") leads into one theme's goals, unless it
    counts the themes themselves ("Måla er delte i tre innsatsområde:") or is a table's header row,
    where a goal column may stand before the theme column ("Mål | Tema | Indikator")."""
    if len(lists.cells(line)) > 1:
        return False
    return bool(rules.goal_lead.match(sentence.text)) and not counted(sentence, rules)


_PARAGRAPH_WORDS = 4  # "Op de agenda staat de begroting." is a paragraph; "Agenda." alone a label


def _in_vetoed_list(lines: list[Line], index: int, rules: Cues) -> bool:
    """A cue word in an item of an agenda or a programme ("Agenda:" / "1. Satsingsområder 2025") names
    a point of that list, not the themes; a table of contents' entries still announce their sub-entries. A
    paragraph ending in a full stop above the numbered lines ("... vervangt de agenda uit 2019." / "2. Speerpunten")
    is the previous chapter's text, no lead-in of a list."""
    if not lists.has_list_marker(lines[index].text):
        return False
    lead = index - 1
    while lead >= 0 and lists.has_list_marker(lines[lead].text):
        lead -= 1
    if lead < 0:
        return False
    text = lines[lead].text
    if text.rstrip().endswith(".") and len(lists.words(text)) >= _PARAGRAPH_WORDS:
        return False
    return bool(rules.veto.search(text)) and not rules.contents.search(text)


def counted(sentence: Span, rules: Cues, cue: re.Match | None = None) -> re.Match | None:
    """The count announcing the list ("tre satsingsområder"), the one right before `cue` when given ("Naast
    twee dwarsdoorsnijdende thema's kent de nota drie speerpunten"); a digit with nothing but a chapter
    number or heading mark before it is that chapter's number ("2 Satsingsområder 4" in a table of
    contents, "2.1 Speerpunt ..."), as is one after a word numbering the document's parts ("Deel 2 Onze
    speerpunten", "Kapittel 3 Våre satsingsområder"), not a count."""
    if cue is None:
        found = rules.counted_cue.search(sentence.text)
    else:
        found = next((m for m in rules.counted_cue.finditer(sentence.text, 0, cue.end()) if m.end() == cue.end()), None)
    prefix = sentence.text[: found.start()] if found else ""
    if (
        found
        and found.group("n").isdigit()
        and (_CHAPTER_PREFIX.fullmatch(prefix) or rules.part_prefix.fullmatch(prefix))
    ):
        return None  # "2.1 Speerpunt ...", "DEEL 2 ONZE SPEERPUNTEN": the part's number
    return found


def _weak_alone(word: str, sentence: Span, line: Line, rules: Cues, record: bool, titled: bool) -> bool:
    """A weak cue ("ambities", "opgaven", "sporen", "prioriterer": also everyday words) announces themes
    with a count ("tre spor", "prioritere tre område:"); outside reports and minutes (`record`) also in a
    heading or a table's column header, in a sentence about the strategy itself, or in a lead-in ending in
    a colon in a document titled a strategy or plan (`titled`). Elsewhere it is anyone's wish list."""
    if not rules.weak_cue.fullmatch(word) or _numbers_a_heading(line, rules) or _tracker_header(line, rules):
        return False
    if rules.counted_cue.search(sentence.text) or rules.counted_colon.search(sentence.text):
        return False
    if record:
        return True
    cells = lists.cells(line)
    return not (
        titled
        and sentence.text.endswith(":")
        or lists.is_heading(_MARKDOWN_MARK.sub("", line.text).rstrip(":"))
        or len(cells) > 1
        and any(rules.weak_cue.fullmatch(cell.text) for cell in cells)
        or rules.context.search(sentence.text)
    )


def _tracker_header(line: Line, rules: Cues) -> bool:
    """A tracker table's header with a theme column beside the items' fields ("Tema | Handling | Status"):
    the column holds the plan's themes, in a status report too."""
    cells = lists.table_cells(line)
    return (
        len(cells) > 1
        and any(rules.weak_cue.fullmatch(cell.text) for cell in cells)
        and any(rules.item_field.match(f"{cell.text}:") for cell in cells)
    )


def _numbers_a_heading(line: Line, rules: Cues) -> bool:
    """A heading that numbers the cue word ("Tema 1: Energi", "Tema 1" over its name): the document's own
    numbered themes, in a status report too, not anyone's wish list."""
    found = rules.numbered_cue.match(line.text) or rules.bare_numbered_cue.match(line.text)
    return bool(found) and lists.is_heading(_MARKDOWN_MARK.sub("", line.text))


def is_flat_contents(line: Line, rules: Cues) -> bool:
    """A table of contents run into one line (a PDF transcript): its title, then many page numbers."""
    title = rules.contents.search(line.text)
    if not title:
        return False
    numbers = PAGE_NUMBER.findall(line.text[title.end() :])
    return len(numbers) >= rules.rules.min_flat_contents_numbers
