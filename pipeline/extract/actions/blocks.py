"""Headed blocks in a status section ("Udvalget orienteres om igangværende byggeprojekter" followed by
one heading per project with its report), or a project page of label/value lines."""

from __future__ import annotations

import re

from pipeline.extract.actions.codes import TOP_CHAPTER, leading_code
from pipeline.extract.actions.items import Candidate, opens_status_section
from pipeline.extract.actions.reports import reported_blocks
from pipeline.extract.actions.rules import Lexicon
from pipeline.text import structure
from pipeline.text.structure import Line, Span

# "Arkivsak: 24/1402", "Land ........ Frankrijk" (dot leaders) are fields, not headings
_FIELD = re.compile(r"^[^\W\d][\w.]*?(?: [\w.]+?){0,2}\s*(?::|\s\.{3,}|\s?…{2,})\s")
_AGENDA_NUMBER = re.compile(r"^[^\W\d]{1,6}\.?\s+\d{1,3}(?!\d)")  # "Pkt. 17 Budgetopfølgning": a case of the meeting
# "Agendapunt 8a. Mededelingen", "Punt 12 Jaarverslag": a meeting's own item word and number over the case's title
_AGENDA_ITEM = re.compile(r"^[^\W\d]+\.?\s+\d{1,3}[^\W\d]?\.?\s+[^\W\d_a-zæøåäöüé]")
_CHAPTER_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+")
_CASE_NUMBER = re.compile(r"^\d{1,3}\.?\s+(?=[^\W_a-zæøåäöüé]|\d)")  # "6. Køb af ejendom", "4  Reglement"; not "1.2"
FORM_LINE_WORDS = 6  # a label or value line of a project page

Block = tuple[Line, list[Span]]


def headed_blocks(lines: list[Line], lex: Lexicon, minutes: bool = False) -> list[Candidate]:
    """Headings with a report under them, after a heading or short intro that opens a status section.
    In minutes an agenda entry ("3. Aanpassing meerjarenplan", "PS 48/24 ...") ends the section: the
    cases of a meeting are no projects."""
    out: list[Candidate] = []
    index = 0
    chapters = _chapters_from(lines, lex)
    while index < len(lines):
        line = lines[index]
        if _opens_section(lines, index, lex) and not (minutes and _meeting_entry(line.text)):
            blocks, index = _section_blocks(lines, index + 1, lex, minutes, chapters)
            out.extend(_block_actions([b for b in _first_chapter(blocks) if not _theme_heading(b[0], lex)], lex))
        else:
            index += 1
    return out


def _meeting_entry(text: str) -> bool:
    """A line of minutes that is one of the meeting's cases: its item number over the case title ("Pkt. 17 ...",
    "Agendapunt 8 Jaarverslag 2025 ..."), or a row of the decision table ("| 2 | Jaarrekening 2025 | vastgesteld |").
    A status word in the case title ("Jaarverslag", "Voortgang") opens no status section: the case is reported on."""
    return bool(_AGENDA_NUMBER.match(text) or _AGENDA_ITEM.match(text) or text.lstrip().startswith("|"))


def unannounced_blocks(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """Headed blocks of a report without a status heading: each run of headings between ordinary
    sections, read by `reported_blocks`. The last resort, for a document where no other shape
    names an action."""
    out: list[Candidate] = []
    index = 0
    chapters = _chapters_from(lines, lex)
    while index < len(lines):
        blocks, end = _section_blocks(lines, index, lex, False, chapters)
        out.extend(_coded(heading, body, lex) for heading, body in _as_blocks(reported_blocks(blocks, lex)))
        index = max(end, index + 1)
    return out


def _as_blocks(candidates: list[Candidate]) -> list[Block]:
    return [(Line(c.title.start, c.title.end, c.title.text), c.body) for c in candidates]


def _opens_section(lines: list[Line], index: int, lex: Lexicon) -> bool:
    """A heading or short intro with a status cue, not a contents entry; an agenda entry of minutes ("PS 42/24
    Årsregnskap og årsberetning", "3. Jaarverslag ...", "Punkt 41 Orientering om ...") only names a case."""
    line = lines[index]
    if not opens_status_section(lines, index, lex):
        return False
    return structure.parse_item(line).kind == "plain" and not _agenda_entry(line.text, lex)


def _agenda_entry(text: str, lex: Lexicon) -> bool:
    return bool(lex.code.match(text) or lex.keyword_code.match(text))


def case_header(text: str, lex: Lexicon) -> bool:
    """A case of a meeting, opening with its reference ("PS 63/26 ...", "Pkt. 92 ...", "Ad 80 – ...",
    "2026_GR_00077 - ..."): in minutes what happens to it is the meeting's decision, not an action's."""
    return _agenda_entry(text, lex) or bool(_AGENDA_NUMBER.match(text))


def agenda_case(lines: list[Line], index: int, lex: Lexicon, reported: bool) -> bool:
    """Line `index` of minutes is a case of the meeting: it opens with a case reference or the meeting's own
    plain number ("5. 2026_GR_00116 - Verkoop ...", "16  Forslag om ...  Forkastet"), and is not one of the
    numbered items a case's text lists under an intro, each with its status ("giver status på de fire
    indsatser:" / "1. Solceller - Afsluttet." / "2.1 Ny bilpark - I gang"), nor an item named by one of the
    language's action words with its status ("Tiltak 2 Felles instrumentlager: arbeidet er i gang"): those are the
    plan's actions. A word the minutes number themselves with ("Artikel 2.", "Agendapunt 6.") is no action word."""
    text = lines[index].text
    case = case_header(text, lex) or bool(_CASE_NUMBER.match(text))
    return case and not (reported and (lex.language_item.match(text) or _listed_under_intro(lines, index)))


def _listed_under_intro(lines: list[Line], index: int) -> bool:
    """Above line `index`, past numbered items, its siblings opening with the same word ("Etape 1, ...:"
    over "Etape 2, ...:") and lines going on in lower case, a line ending in a colon."""
    opening = lines[index].text.split(maxsplit=1)[:1]
    for line in reversed(lines[:index]):
        sibling = line.text.split(maxsplit=1)[:1] == opening
        if structure.parse_item(line).kind != "number" and not sibling and not line.text[:1].islower():
            return line.text.rstrip().endswith(":")
    return False


def _chapters_from(lines: list[Line], lex: Lexicon) -> int:
    """The index of the document's first chapter heading that is one of its own parts ("1 Innledning", "1. Bakgrunn");
    len(lines) when there is none. From there on a heading numbered the same way ("4 Samarbeid") is a chapter too."""
    return next(
        (
            i
            for i, line in enumerate(lines)
            if TOP_CHAPTER.match(line.text)
            and structure.is_heading(line.text)
            and lex.non_item_heading.fullmatch(TOP_CHAPTER.sub("", line.text).strip())
        ),
        len(lines),
    )


def report_chapters(lines: list[Line], lex: Lexicon) -> frozenset[int]:
    """Indexes of the top-level chapter headings of a document numbered from its own parts ("1. Bakgrunn" ...
    "4. Samlet vurdering", "5. Anbefaling"): the report's chapters, no item it reports on."""
    first = _chapters_from(lines, lex)
    return frozenset(
        i for i in range(first, len(lines)) if TOP_CHAPTER.match(lines[i].text) and structure.is_heading(lines[i].text)
    )


def _section_blocks(
    lines: list[Line], start: int, lex: Lexicon, minutes: bool, chapters: int
) -> tuple[list[Block], int]:
    """(heading, body) blocks until a heading of an ordinary report section ("Konklusion") or a chapter of a
    document whose chapters are numbered from its own parts ("1 Bakgrunn" ... "4 Samarbeid": `chapters`)."""
    blocks: list[Block] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if lex.authority_line.match(line.text.strip()):
            index += 1
            continue  # "Næstved Kommune" / "Gemeente Breda" under the title: the issuer's byline, no item
        if (structure.is_heading(line.text) or _colon_heading(lines, index)) and not _FIELD.match(line.text):
            title = _CHAPTER_NUMBER.sub("", structure.parse_item(line).text)  # "2.3 Metode", "1 Innledning"
            title = leading_code(structure.trim(line.start, title), lex)[1].text  # "Sak 23/45 Ny hal" names an item
            agenda = minutes and (structure.parse_item(line).kind == "number" or case_header(line.text, lex))
            agenda = agenda or minutes and _meeting_entry(line.text)  # "Møtesak 32 Statusrapport ...": the next case
            chapter = index > chapters and bool(TOP_CHAPTER.match(line.text))
            if agenda or chapter or lex.non_item_heading.match(title) or _bare_label(title, lex):
                break  # an ordinary section, a new status section ("Status" under "Milepæler"), a note ("Toelichting")
            if lex.action_noun.search(line.text):
                if blocks:
                    break  # another list of actions ("Nye handlinger foreslået til 2026")
                index += 1
                continue  # a sub-heading that announces the items ("Kommunens indsatser")
            blocks.append((line, []))
        elif blocks:
            blocks[-1][1].append(line)
        index += 1
    return blocks, max(index, start)


def _first_chapter(blocks: list[Block]) -> list[Block]:
    """The blocks up to the next numbered chapter after a numbered chapter heading with no text of its own over
    headings of another shape ("1. Uitvoering van het werkplan" over "Actie A – ...", then "2. Andere contacten"):
    the chapter groups the items, its sibling chapter is the report's next part. Numbered items ("1. Ny hal",
    "2. Ny skole") are no chapters."""
    for at, (heading, body) in enumerate(blocks[:-1]):
        if TOP_CHAPTER.match(heading.text) and not body and not TOP_CHAPTER.match(blocks[at + 1][0].text):
            ends = (i for i in range(at + 1, len(blocks)) if TOP_CHAPTER.match(blocks[i][0].text))
            return blocks[: next(ends, len(blocks))]
    return blocks


_THEME_NUMBER = re.compile(r"\s*(?:nr\.?\s*)?(?:[A-Z]|\d{1,2}|[IVX]{1,4})(?:\.\d{1,2})?(?:\s*[:.–—-])?\s+\S")


def _theme_heading(heading: Line, lex: Lexicon) -> bool:
    """A heading numbering one of the plan's themes ("Thema 1 Onderwijs", "Fokusområde B: Erhverv"): it groups the
    items under it, whatever they report, and is no item itself."""
    word = lex.theme_word.match(heading.text)
    return word is not None and bool(_THEME_NUMBER.match(heading.text[word.end() :]))


def _bare_label(title: str, lex: Lexicon) -> bool:
    """A heading that is only the label of a remark ("Toelichting", "Bemærkninger", "Merknader"): it heads a note or
    the report's remarks, and names no item. (A project form's other labels, "Afdeling" / "Projectfase", are read
    as its page.)"""
    return bool(lex.explanation_field.fullmatch(title.strip()))


def _colon_heading(lines: list[Line], index: int) -> bool:
    """A heading written with a colon over its paragraph ("Ny legeplads i Nørreby:"); a colon line
    over a list is an intro (see items.status_lists)."""
    text = lines[index].text
    if not text.endswith(":") or ":" in text[:-1] or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    paragraph = structure.parse_item(following).kind == "plain" and structure.is_sentence(following.text)
    return paragraph and structure.is_heading(text[:-1])


def _block_actions(blocks: list[Block], lex: Lexicon) -> list[Candidate]:
    """One action per headed block; a page of label/value lines (most headings without any report
    text under them) is a project page: one action, named by its first heading."""
    if not blocks:
        return []
    with_text = [b for b in blocks if any(structure.is_sentence(s.text) for s in b[1])]
    if len(with_text) * 2 < len(blocks) and _mostly_short(blocks):
        heading = blocks[0][0]
        body = [h for h, _ in blocks[1:]] + [s for _, spans in blocks for s in spans]
        return [Candidate(None, heading, sorted(body, key=lambda s: s.start))]
    return [_coded(heading, body, lex) for heading, body in with_text]


def _coded(heading: Line, body: list[Span], lex: Lexicon) -> Candidate:
    """A block named by its heading; a code that opens the heading ("Sak 23/45 Ny hal") is its id."""
    code, title = leading_code(heading, lex)
    return Candidate(code, structure.clean_label(title), body)  # "Ny legeplads:" loses its colon


def _mostly_short(blocks: list[Block]) -> bool:
    """Label/value lines: at least two thirds of the section's lines are a few words long."""
    texts = [h.text for h, _ in blocks] + [s.text for _, body in blocks for s in body]
    return sum(len(structure.words(t)) <= FORM_LINE_WORDS for t in texts) * 3 >= 2 * len(texts)
