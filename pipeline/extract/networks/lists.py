"""Where a document lists its own networks: table cells and list items under a network heading.

A table column or a list headed "Nettverk", "Netværk", "Netwerken" ... is the
document saying "these are the networks we take part in", so every name in it
counts, known to the gazetteer or not (network_segments cuts the names out).
"""

from __future__ import annotations

import itertools
import re

from pipeline.document import Document
from pipeline.extract.networks.named import explanation_head
from pipeline.extract.networks.participation import issuer_named
from pipeline.extract.networks.rules import Cues
from pipeline.text.structure import BULLET, Line, is_heading, parse_item

_MAX_HEADING_WORDS = 6
_MAX_ITEM_WORDS = 12
# a network's other name in brackets ('Borgmesterpagten (Covenant of Mayors), underskrevet 2009'): one
# name said twice, not a remark making the item long
_BRACKETED = re.compile(r"\([^()\n]*\)")
_MAX_LIST_LINES = 40
_NUMBERED_HEADING = re.compile(r"^\d+(?:\.\d+)*\.?\s+\S")
_CHAPTER = re.compile(r"^\s*(?:[>»›▸►▶➢➤]{1,3}\s*)?(?P<n>\d+(?:\.\d+)*)\.?\s+\S")
_SUBSECTION = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+\S")  # '4.1 Partnergemeenten', '3.2.1 Netværk'
_PROSE = re.compile(r"[.!?]\s+[A-ZÆØÅ]")
_CELL_SEPARATOR = re.compile(r"\t|\s+\|\s+")
_BAR = re.compile(r"\s*\|\s*")  # in a '| a | b |' row a padded column's longest cell touches its bar
# a long item's name before its dash or colon ('Eurocities - ...', 'Sund By Netværket: ...')
_ITEM_HEAD = re.compile(r"^(?P<head>[^:–—]{2,80}?)(?:\s+[-–—:]|:)\s")
# a cell opening with a number, after a table's bar or a short case prefix ('| 115', 'FS 31/26', 'Pkt. 12'), holds a
# value (case number, date), never a column name
_VALUE = re.compile(r"^[\s|]*(?:[^\W\d_]{1,4}\.?\s+)?\d")
# a web page's section arrow or bullet before a heading ('> Lidmaatschappen', '▸ Netwerken en verenigingen')
_ARROW = re.compile(r"^[>»›▸►▶➢➤]{1,3}\s*")
_NOT_HELD = ("negation", "leaving", "not_granted", "consideration", "plans")  # a heading over networks not held
# a project's heading naming its programme in brackets, years after it: 'GreenPaths (Interreg NWE, 2024-2027)';
# maybe numbered, bulleted or quoted ('1. GreenPaths (...)', '"Green Paths" (...)'), or an item's head before
# its colon, the paragraph on the project following it on its line ('- GreenPaths (Interreg NWE): samen met ...')
# A version number may stand in the name ('RivierPark 2.0'); after the bracket a dash may add the partners ('... –
# met Thorn en Stramproy'), or the paragraph may run on in the same line where the page lost its break ('... (LEADER
# Maasland, 2025-2026) Met Pelt en Peer ...').
_PROJECT_HEADING = re.compile(
    rf"^\s*(?:(?:\d{{1,2}}[.)]|{BULLET})\s+)?[\"'«“„]?[^\W\d_](?:[^():.!?]|(?<=\d)\.(?=\d)){{0,60}}?\s"
    r"\((?P<programme>[^(),]{2,60})(?:,[^()]*)?\)(?P<item>(?::|\s+[–—-])\s+\S.*|\s+(?=[A-ZÆØÅ][a-zæøå]).*)?\s*$"
)
_ITEM_START = re.compile(rf"^\s*(?:\d{{1,2}}[.)]|{BULLET})\s")  # a line opening the next numbered or bulleted item
# or naming the programme first, the project after a dash or colon: '3.2 Horizon Europe - «ArcticHubs 2»'
_PROGRAMME_FIRST = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?P<programme>[^\W\d_][^–—:()«»\"]{1,50}?)(?:\s+[-–—]|\s*:)\s+[^.!?]{2,60}$"
)
# or naming the programme with the project's years in brackets, the project told below: '• LEADER Noord-Limburg
# (2023-2027)' / 'Met LEADER-middelen ... renoveert Peer ...'
_PROGRAMME_YEARS = re.compile(
    rf"^\s*(?:{BULLET}\s+)?(?P<programme>[^\W\d_][^–—:()«»\"]{{1,50}}?)\s+"
    r"\((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?\)\s*$"
)
# or naming the programme before a colon, the project's quoted name after it and the item's own text running on:
# '▸ Interreg Vlaanderen-Nederland: "Groene Grens" (2024-2027). Partners: ...', '- LEADER Fjell: «Stiar» ...'
_PROGRAMME_QUOTED = re.compile(
    rf"^\s*(?:{BULLET}\s+)?(?P<programme>[^\W\d_][^–—:()«»\"“”„]{{1,50}}?)\s*:\s+"
    r"[\"'«»“„][^\"'«»“”„]{2,60}[\"'»«”“](?P<item>.*)$"
)
_MAX_PROJECT_WORDS = 12
_QUESTION_WORD_REACH = 2  # words from a question's start that may be its question word ("En waar ...")
_CLOSING_YEAR = re.compile(r"(?:19|20)\d\d[.,;)]?")
_SINCE_AT = 1  # 'sinds 2012', 'lid sinds 2012': the since word opens the remark or follows its first word
_PROJECT_NOT_HELD = ("negation", "leaving", "not_granted", "consideration")  # a project's future is no plan to join


def _ends_list(text: str) -> bool:
    """A numbered heading or running prose: the table or list above it is over."""
    return bool(_NUMBERED_HEADING.match(text) or _PROSE.search(text) or text.endswith("."))


def _cells(offset: int, line: str) -> list[tuple[int, str]]:
    """A table row's cells as (offset, text): cells split at each tab or at a " | " bar, so empty cells
    keep their column; a row framed in bars splits at every bar; a line with neither is one cell."""
    out, pos = [], 0
    separator = _BAR if line.lstrip().startswith("|") else _CELL_SEPARATOR
    for sep in separator.finditer(line):
        out.append((offset + pos, line[pos : sep.start()]))
        pos = sep.end()
    out.append((offset + pos, line[pos:]))
    return out


def _table_cells(lines: list[tuple[int, str]], cues: Cues, heading: str = "list_headings") -> list[tuple[int, int]]:
    """Char spans of the cells under a table header cell that names networks.

    A row without cell separators is a row whose cells the PDF text ran together (or whose empty
    cells were stripped): it is taken whole, and cutting it into names drops the
    descriptive first-column text.
    """
    regions = []
    for n, (offset, line) in enumerate(lines):
        header = _cells(offset, line)
        if len(header) < 2:
            continue  # one cell is no header of columns (its text is not matched at all: most lines are prose)
        named = [j for j, (_, c) in enumerate(header) if cues.text_is(heading, c.strip(" |"))]
        column = named[0] if named else None
        if column is None or any(_VALUE.match(c) for _, c in header):
            continue  # '22/26<TAB>Medlemskap i Mayors for Peace' is a case row whose title names membership
        if any(c.strip().endswith(":") for _, c in header[:column]):
            continue  # 'Onderwerp:<TAB>Lidmaatschappen en netwerken': a memo's field and its value, no column
        for k, (row_offset, row) in enumerate(lines[n + 1 :], start=n + 1):
            row_cells = _cells(row_offset, row)
            if not row.strip():
                continue
            if _wrapped_row(row_cells, header, lines[k - 1][1]):
                continue  # 'Nord<TAB>Kemi': the rest of the cells wrapped from the row above
            if len(row_cells) > 1 and len(row_cells) != len(header):
                break
            if len(row_cells) == 1 and is_heading(row) and k + 1 < len(lines) and _marked(lines[k + 1]):
                break  # 'Europese projecten' over '* Kustveilig (...)': the next part's heading, no run-together row
            if len(row_cells) == 1 and _page_title(row, lines[k + 1 : k + 2]):
                break  # 'Gemeente X | Bestuur | Netwerken en Europa' / 'NETWERKEN EN EUROPESE PROJECTEN' / '____'
            cell = row_cells[column][1] if len(row_cells) > 1 else row
            if _ends_list(cell.strip()):  # judged on the network cell: "120.000 kr." in another column is fine
                break
            if len(row_cells) == 1:
                regions.append((row_offset, row_offset + len(row.rstrip())))
            elif cell.strip():
                start = row_cells[column][0]
                regions.append((start, start + len(cell)))
    return regions


def _wrapped_row(cells: list[tuple[int, str]], header: list[tuple[int, str]], above: str) -> bool:
    """A row of fewer cells than the header, right under a full row (no blank line between): the wrapped ends
    of that row's cells, whose columns the text no longer shows; it neither ends the table nor names anything."""
    return 1 < len(cells) < len(header) and len(_cells(0, above)) == len(header)


_RULER = frozenset("_-=–—")


def _page_title(row: str, after: list[tuple[int, str]]) -> bool:
    """A line in capitals, or one underlined by a ruler: a page's title under its site path, no table row whose
    cells ran together."""
    text = row.strip()
    below = after[0][1].strip() if after else ""
    capitals = any(ch.isalpha() for ch in text) and text.upper() == text
    return is_heading(text) and (capitals or len(below) > 2 and set(below) <= _RULER)


def _bullet_items(lines: list[tuple[int, str]], cues: Cues, heading_mark: str = "") -> list[tuple[int, int]]:
    """One span per bullet line; blank lines between bullets are allowed, anything else ends the list, and so does
    a line marked like the list's own heading ("▸ Netværk" / "• ..." / "▸ EU-projekter": the next section's heading)
    or, after a blank line, a line marked otherwise than the list's items. A long
    item's head counts only when the rest of the item states membership ("Eurocities - Maastricht is sinds 2019
    lid") or opens on the year it is held since ("Klimaatverbond Nederland - sinds 2012. Via het ..."): a topic or a
    region ("Duurzaamheid - ... aan te sluiten bij het Klimaatverbond", "Achterhoek - werkt in de regio samen") labels
    the item, it is no network."""
    regions = []
    kind = None
    mark, blank = "", False
    for offset, line in lines:
        if not line.strip():
            blank = bool(kind)
            continue
        item = parse_item(Line(offset, offset + len(line), line))
        if item.kind == "plain" or (kind not in (None, "number") and item.kind == "number" and is_heading(line)):
            break  # a numbered heading under a list of dashes ('4. Opfølgning') is the document's next chapter
        own = line.lstrip()[:1]
        if kind and own != mark and (own == heading_mark or blank):
            break  # '▸ EU-projekter' under '▸ Netværk og medlemskaber' / '• ...': a sibling section's heading
        kind, mark, blank = kind or item.kind, mark or own, False
        if len(_BRACKETED.sub(" ", item.text).split()) > _MAX_ITEM_WORDS:
            head = _ITEM_HEAD.match(item.text)
            rest = item.text[head.end() :] if head is not None else ""
            if head is not None and (
                _states_membership(_running_words(rest), cues) or _member_since(rest, cues) or _told_network(rest, cues)
            ):
                regions.append((item.start, item.start + head.end("head")))
            continue
        regions.append((item.start, item.end))
    return regions


_NEGATION_REACH = 3  # 'niet om een lidmaatschap', 'ikke et medlemskab': a negation a few words before


def _states_membership(words: list[str], cues: Cues) -> bool:
    """A membership word in an item's remark that no negation just before it denies ('Het gaat om een campagne,
    niet om een lidmaatschap' states none), and that no consideration or pending decision before it governs ('-
    Borgarmeisterpakta: Kommunestyret skal i 2026 ta stilling til om Askvoll skal slutte seg til pakta') unless a
    joining after it overtakes ('vurderte saka i 2018 og vart medlem i 2019')."""
    open_from = min([*cues.find("consideration", words), *cues.find("pending", words)], default=len(words))
    overtaken = any(i > open_from for i in cues.find("joined", words))
    return any(
        not cues.find("negation", words[max(0, i - _NEGATION_REACH) : i]) and (i < open_from or overtaken)
        for i in cues.find("membership", words)
    )


def _member_since(remark: str, cues: Cues) -> bool:
    """A remark that opens on the year the item has been held since, that year closing its clause ('Klimaatverbond
    Nederland - sinds 2012. Via het ...'): under a network heading, a membership with its start; a topic's remark
    running on after the year ('Duurzaamheid - sinds 2019 werken we ...') is none."""
    words = remark.split()
    for i in cues.find("since_words", [w.strip(".,:;()") for w in words[: _SINCE_AT + 1]]):
        year = words[i + 1] if i + 1 < len(words) else ""
        if _CLOSING_YEAR.fullmatch(year) and (year[-1] in ".,;)" or i + 2 == len(words)):
            return True
    return False


def _told_network(remark: str, cues: Cues) -> bool:
    """A remark that says what the item is, a network no local body ('Sund By Netværket - et landsdækkende
    netværk for ...', 'Gezonde Gemeente - een Vlaams netwerk van lokale besturen'): under a network heading the
    item's head is the network."""
    words = [w.strip(".,:;()") for w in remark.split()]
    head = explanation_head(words, cues)
    if head is None or cues.find("local_markers", words[:head]):
        return False
    word = words[head].lower().rsplit("-", 1)[-1]  # 'EU-kontor'; a cooperation ('et tæt samarbejde') labels a topic
    return bool(cues.find("network_nouns", [word])) or cues.kind_of([word]) == "organisation"


def _running_words(text: str) -> list[str]:
    """The words of a sentence without the capitalised ones inside it: 'Board' in 'de Achterhoek Board' is part of
    a name, no statement of membership."""
    words = [w.strip(".,:;()") for w in text.split()]
    return words[:1] + [w for w in words[1:] if not w[:1].isupper()]


def _plain_items(lines: list[tuple[int, str]], cues: Cues) -> list[tuple[int, int]]:
    """One span per unbulleted line under a heading (normalised text keeps list items and table
    rows as lines), ending at a blank line, a numbered heading or running prose. A line right above a
    paragraph is that paragraph's heading: a network only when the paragraph states membership, not a
    partner town's section under 'Partners en netwerken' ('Herzogenrath' / 'Sinds 1998 vormen ...')."""
    regions = []
    for k, (offset, line) in enumerate(lines):
        text = line.strip()
        if not text or _ends_list(text) or len(_cells(offset, text)) > 1:
            break
        below = lines[k + 1][1].strip() if k + 1 < len(lines) else ""
        if below and _ends_list(below) and not cues.find("membership", _running_words(below)):
            continue
        regions.append((offset, offset + len(line.rstrip())))
    return regions


def _introduces_members(line: str, cues: Cues) -> bool:
    """A sentence ending in a colon that states membership: "Kommunen er medlem af følgende netværk:"."""
    text = line.strip()
    return text.endswith(":") and bool(cues.find("membership", [w.strip(".,:;()") for w in text.split()]))


def _membership_heading(heading: str, cues: Cues) -> bool:
    """A short heading that opens with a network word, or with one word before it, and states membership, with no
    colon or full stop ("Nettverk kommunen er med i", "Netwerken waar Zutphen lid van is", "INTERNATIONALE NETVÆRK
    VI ER MEDLEM AF"): a list heading, unless it speaks of
    networks left, refused, considered or planned ("Netværk vi overvejer at melde os ind i")."""
    words = [w.strip(".,;()?") for w in heading.split()]
    if not 1 < len(words) <= _MAX_HEADING_WORDS + 2:
        return False  # a heading is short: a long line is running text, and is never searched word by word
    # the network word first, or after one word of its own ("Internationale netværk ...", not "104. Medlemskab af")
    head = next((k for k, w in enumerate(words[:2]) if cues.text_is("list_headings", w) and words[0].isalpha()), 0)
    held = bool(cues.find("membership", words[head + 1 :])) and not any(cues.find(name, words) for name in _NOT_HELD)
    asked = heading.endswith("?") and bool(cues.find("membership", words)) and _open_question(words, cues)
    headed = not heading.endswith((".", "!", "?")) and cues.text_is("list_headings", words[head])
    return held and (headed or asked)


def _open_question(words: list[str], cues: Cues) -> bool:
    """A question opening on a question word asks for a list ("Waar zijn we lid van?", "Hvilke nettverk er vi med
    i?"); a yes/no question ("2) Er kommunen medlem af internationale netværk?") is answered in prose under it."""
    opening = [w for w in words if w.isalpha()][:_QUESTION_WORD_REACH]
    return any(cues.text_is("question_words", w) for w in opening)


def _list_items(lines: list[tuple[int, str]], cues: Cues) -> list[tuple[int, int]]:
    """Char spans of the list items, or the list block, right under a heading that names networks."""
    regions = []
    for n, (_, line) in enumerate(lines):
        heading = _ARROW.sub("", line.strip()).rstrip(":")
        short = len(heading.split()) <= _MAX_HEADING_WORDS
        named = (short and cues.text_is("list_headings", heading)) or _membership_heading(heading, cues)
        if "\t" in line or not (named or _introduces_members(line, cues)):
            continue
        first = next((k for k in range(n + 1, len(lines)) if lines[k][1].strip()), None)
        if first is not None:
            rest = lines[first : first + _MAX_LIST_LINES]
            if _subsection(line, rest[0][1]):
                continue  # '4. Partners en netwerken' / '4.1 Partnergemeenten': the chapter's sections, no items
            if _marked(rest[0]):
                regions += _bullet_items(rest, cues, _ARROW.match(line.strip()) and line.strip()[:1] or "")
            elif named:  # plain lines only under a heading; after a sentence only a bulleted list counts
                regions += _plain_items(rest, cues)
    return regions


def _subsection(heading: str, line: str) -> bool:
    """A line numbered under the heading's own number ('4.' or '4' over '4.1 ...'): a section of its chapter."""
    number = _CHAPTER.match(heading)
    return number is not None and line.lstrip().startswith(number.group("n") + ".") and bool(_SUBSECTION.match(line))


def _marked(line: tuple[int, str]) -> bool:
    offset, text = line
    return parse_item(Line(offset, offset + len(text), text)).kind != "plain"


def _with_blank_lines(doc: Document) -> list[tuple[int, str]]:
    """The document's shared lines as (offset, text), an empty entry where blank lines stood:
    a blank line ends a plain list."""
    out: list[tuple[int, str]] = []
    previous_end = None
    for line in doc.lines:
        if previous_end is not None and doc.text.count("\n", previous_end, line.start) > 1:
            out.append((previous_end, ""))
        out.append((line.start, line.text))
        previous_end = line.end
    return out


def _project_headings(lines: list[tuple[int, str]], cues: Cues, municipality: str | None) -> list[tuple[int, int]]:
    """Char spans of the programme a project's heading names in brackets, a paragraph on the project right under
    it ("GreenPaths (Interreg North-West Europe, 2024-2027)" / "Samen met ... ontwikkelt Dilbeek ..."): the
    municipality's own project, run under that programme. A heading naming the programme first ("3.2 Horizon
    Europe - «ArcticHubs 2»") counts when the paragraph names the municipality ("Kommunen deltar som ..."): under
    it a school's or a company's project is as likely. A paragraph saying the project is not held (refused,
    considered, left, not taken part in) makes it no participation."""
    regions = []
    for n, (offset, line) in enumerate(lines):
        years = _PROGRAMME_YEARS.match(line)  # '(2023-2027)' names no programme: the name before it does
        bracket = None if years else _PROJECT_HEADING.match(line)
        quoted = None if bracket or years else _PROGRAMME_QUOTED.match(line)
        heading = bracket or years or quoted or _PROGRAMME_FIRST.match(line)
        if heading is None:
            continue
        told = bracket or quoted  # a heading whose item's own text runs on in its line
        head_end = told.start("item") if told and told.group("item") else len(line)
        if len(line[:head_end].split()) > _MAX_PROJECT_WORDS or (head_end == len(line) and n + 1 >= len(lines)):
            continue
        after = (text for _, text in lines[n + 1 :])
        paragraph = list(itertools.takewhile(lambda text: text.strip() and not is_heading(text), after))
        if head_end < len(line):  # an item's own text runs on to the next item
            paragraph = [line[head_end:], *itertools.takewhile(lambda text: not _ITEM_START.match(text), paragraph)]
        words = [w.strip(".,:;()") for text in paragraph for w in text.split()]
        if not words or any(cues.find(name, words) for name in _PROJECT_NOT_HELD):
            continue
        if bracket or issuer_named(words, municipality, cues):
            regions.append((offset + heading.start("programme"), offset + heading.end("programme")))
    return regions


def regions(doc: Document, cues: Cues) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Char spans of every network-table cell and network-list item in the document, and of the programmes the
    municipality's own projects run under (cells under a table column of programmes, "Project | Programma |
    Partners", and a project heading's bracket), each a participation in that programme; the document's lines
    read once for all."""
    lines = _with_blank_lines(doc)
    networks = sorted(set(_table_cells(lines, cues) + _list_items(lines, cues)))
    programmes = _table_cells(lines, cues, "programme_columns") + _project_headings(lines, cues, doc.municipality)
    return networks, sorted(set(programmes))
