"""A tracker's legend: the line that explains its status words, colours or symbols.

"Statusforklaring: Fullført – Under arbeid – Ikke startet" or "Grøn = gennemført, gul = i gang,
rød = ikke påbegyndt" names no item; where it pairs a colour or symbol with a status it tells what
that mark means in this document, over the language's default reading of a symbol. A colour has
no default reading: "grøn" may mean done in one report and on schedule in the next. A legend of
status words ("Avsluttet = saken lukkes uten videre oppfølging") decides what an ambiguous word
means in this document: closed without follow-up is dropped work, not done work.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar, cast

from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import UNKNOWN, list_parts, lists_statuses, phrase_status
from pipeline.text import structure
from pipeline.text.structure import Line, Span

T = TypeVar("T")
KEY_WORDS = 4  # a legend's status word is a short phrase ("Stilt i bero"), not a sentence
WORD_MEANING_WORDS = 10  # "saken er lukket uten at vedtaket er gjennomført"
_WORD_ENTRY_END = r";|\.\s|\n|,\s+(?=[A-ZÆØÅ])"  # a word legend's entry ends at ";", ". " or ", " before a capital
_LIST_SEPARATOR = re.compile(r"\s[–—-]\s|=")  # a second separator: the entry is one of a list
_CODE_ENTRY_END = re.compile(r"[,;|·\t]|\s{2,}")  # "G = gennemført, I = i gang", "F: ferdig   P: pågår"
# A letter code and its meaning ("G = gennemført", "IS: ikke startet", "N – nog niet gestart"), after a label if any
_CODE_ENTRY = re.compile(r"^(?:[^:=]*:\s*)?(?P<code>[A-ZÆØÅ]{1,3})\s*(?:=|:|\s[–—-])\s*(?P<meaning>\w[^=:]*)$")
MEANING_WORDS = 6  # a mark's meaning is a short status phrase ("loopt volgens planning"), not a sentence
# an entry ends at ". ", a pipe, a middle dot or its bracketed meaning ("grøn (i rute)"), not at a box ("(G) gjort")
_ENTRY_END = r"\.\s|\||(?<=\))(?<!\([A-ZÆØÅ]\))(?<!\([A-ZÆØÅ]{2}\))(?<!\([^\w\s()]\))\s|\s[·•]\s"
# "[V]", "[ ]", "[>]", "(G)", "(-)": a plain-text tracker's status box, square or round (a capital or sign in brackets)
BRACKET_MARK = r"(?:\[[^\[\]\n]{0,2}\]|\([A-ZÆØÅ]{1,2}\)|\([^\w\s()]\))"
_BRACKET = re.compile(BRACKET_MARK)
_LEADING_MARK = re.compile(rf"^\s*(?P<mark>{BRACKET_MARK}|[^\w\s()\[\]]{{1,2}})\s+(?=\w)")  # "[V] Title", "● Title"
_SYMBOL_FIRST = re.compile(rf"^(?P<mark>[^\w\s()\[\]]{{1,2}}|{BRACKET_MARK})\s+(?P<meaning>\w[^=:]*)$")
_BRACKETED = re.compile(r"^(?P<left>[^()]+?)\s*\((?P<right>[^()]+)\)$")  # "Fullført (grønn)"
# "●", "[V]" as a word, also right before its separator ("●: afsluttet", "➜= pågår")
_SYMBOL = re.compile(rf"(?<!\S)(?:[^\w\s()\[\]:=]{{1,2}}|{BRACKET_MARK})(?=\s|[:=])")


_PICTOGRAPHS = "\u2000"  # arrows, shapes, dingbats, emoji; below it "=", "+", "°", "©" are text
_UNREAD = object()


def _remembered(read: Callable[[str, Lexicon], T], text: str, lex: Lexicon) -> T:
    """`read(text, lex)`, read once per line and rules: a line is asked again by several readers. The memo lives
    with the rules of one document (the extractor copies them per document), so it holds that document's lines."""
    memo = lex.legend_reads.setdefault(read.__name__, {})
    known = memo.get(text, _UNREAD)
    if known is _UNREAD:
        known = memo[text] = read(text, lex)
    return cast(T, known)


def is_legend(text: str, lex: Lexicon) -> bool:
    """A line that explains statuses: under a legend label, naming two or more statuses as a list,
    or giving a status word its meaning ("Status: Afsluttet betyder, at indsatsen er opgivet.")."""
    return _remembered(_is_legend, text, lex)


_WRAPPED_ON = ("/", ",", ";", "·", "|")  # a legend line ending on its list's separator goes on below


def in_legend(lines: list[Line], index: int, lex: Lexicon) -> bool:
    """A legend's line, or the wrapped tail of one ("Legenda: Afgerond / Loopt / Niet gestart /" over "Vervallen /
    Onbekend"): it explains statuses, so it is never a status heading or intro over the items below it."""
    if is_legend(lines[index].text, lex):
        return True
    above = lines[index - 1].text.rstrip() if index else ""
    return above.endswith(_WRAPPED_ON) and is_legend(above, lex)


def _is_legend(text: str, lex: Lexicon) -> bool:
    labelled = bool(lex.legend_label.match(text.strip()))
    explained = [status for _, status in _line_pairs(text, lex) if status]  # "‖  Sat i bero   ✕  Opgivet"
    listed = lists_statuses(text, lex) or len(explained) > 1 or is_code_key(text, lex)
    return labelled or listed or bool(_word_entries(text, lex))


def legend_of(lines: list[Line], lex: Lexicon) -> dict[str, str]:
    """What each mark means in this document ("grøn" → completed): every pair of a mark and a status
    phrase ("Grøn = gennemført", "Rød: stilt i bero", "gennemført – grøn"), wherever it stands. A
    colour a legend line explains with no status ("rood = knelpunt") still marks an item's status,
    as unknown. A line explaining two or more marks wins over one that opens on a single mark: "[L] Het
    ontwerp is gereed; ..." under "[G] gereed, [L] loopt" is an item's report."""
    known: dict[str, str] = {}
    listed: dict[str, str] = {}  # pairs of lines explaining two or more marks: the legend proper
    named: set[str] = set()
    for line in lines:
        pairs = _line_pairs(line.text, lex)
        stated = {key: status for key, status in pairs if status}
        (listed if len(stated) > 1 else known).update(stated)
        named.update(key for key, _ in pairs)
    return {**dict.fromkeys(named, UNKNOWN), **known, **listed}


def explains_marks(text: str, lex: Lexicon) -> bool:
    """A line that gives a colour or symbol a status ("Vi bruger farverne grøn (i gang) og blå
    (gennemført)."): a legend, never an intro whose status the items under it share."""
    return any(status for _, status in _line_pairs(text, lex))


def _line_pairs(text: str, lex: Lexicon) -> list[tuple[str, str | None]]:
    """The marks a legend line explains, each with the status its meaning names; none when no pair
    names a status (an item's "Status: grøn" is no legend). Remembered per line: never change the list."""
    return _remembered(_read_line_pairs, text, lex)


def _read_line_pairs(text: str, lex: Lexicon) -> list[tuple[str, str | None]]:
    folded = text.casefold()
    marked = any(mark in folded for mark in lex.marks) or any(mark in folded for mark in lex.colour_marks)
    boxes = len(_BRACKET.findall(text))  # "[V] afgerond   [>] loopt", or "[ ] ikkje starta" alone: a legend's boxes
    marked = marked or boxes > 1 or boxes == 1 and bool(_SYMBOL_FIRST.match(text.strip()))
    if not marked and not lex.colours.intersection(structure.words(folded)):
        return []
    text = text.split(":", 1)[1] if lex.legend_label.match(text) and ":" in text else text
    parts = [entry for part in list_parts(text, lex, _ENTRY_END) for entry in _at_symbols(part, lex)]
    pieces = [[part, *part.split(":")] for part in parts]  # "rød: stoppet", "gestopt (rood): zo kleuren we"
    pairs = [pair for piece in pieces if (pair := next(filter(None, (_pair(p, lex) for p in piece)), None))]
    return pairs if any(status for _, status in pairs) else []


def leading_mark(span: Span, lex: Lexicon) -> tuple[Span, Span] | None:
    """A status mark opening a title ("[V] Revitalisering ...", "● Ny hal"), read through the document's legend:
    the mark and the title after it; None when the title opens otherwise."""
    box = _LEADING_MARK.match(span.text)
    if box is None or not lex.is_mark(box.group("mark")):
        return None
    mark = Span(span.start + box.start("mark"), span.start + box.end("mark"), box.group("mark"))
    return mark, Span(span.start + box.end(), span.end, span.text[box.end() :])


def is_symbol_mark(text: str, lex: Lexicon) -> bool:
    """A known mark, or a status box ("[V]", "[ ]") that only a legend can explain."""
    return lex.is_mark(text) or _BRACKET.fullmatch(text.strip()) is not None


def is_pictograph(text: str) -> bool:
    """A symbol no language reads by default ("►", "□", "▲", "⏸"): a character of Unicode's symbol classes (So, Sm)
    past Latin text, never "=", a dash, a bullet or other punctuation. Only a legend line gives it a meaning."""
    return bool(text) and all(unicodedata.category(ch) in ("So", "Sm") and ch >= _PICTOGRAPHS for ch in text)


def _legend_mark(text: str, lex: Lexicon) -> bool:
    """A symbol a legend entry may define: a mark the language knows, or a pictograph only the legend explains."""
    return is_symbol_mark(text, lex) or is_pictograph(text)


def _at_symbols(part: str, lex: Lexicon) -> list[str]:
    """A run of symbol-first entries with no separator but spaces ("●  Gennemført   ◐  I gang   ○  Ikke
    påbegyndt"): one entry from each status symbol on, so no meaning runs on into the next symbol's."""
    starts = [m.start() for m in _SYMBOL.finditer(part) if _legend_mark(m.group(), lex)]
    if len(starts) < 2:
        return [part]
    cuts = [0, *starts[1:], len(part)] if starts[0] == 0 else [0, *starts, len(part)]
    return [part[a:b].strip() for a, b in itertools.pairwise(cuts) if part[a:b].strip()]


def _pair(part: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """A mark and the status its meaning names, either way round ("grøn = fullført", "fullført – grøn",
    "Fullført (grønn)"), or a colour with its meaning in brackets inside a running sentence ("Vi bruger
    farverne grøn (i gang)"); None as the status when the meaning names none ("rood = knelpunt")."""
    text = part.strip().rstrip(".;")
    found = None
    for shape in (lex.legend_pair, _BRACKETED):
        pair = shape.match(text)
        if pair is None:
            continue
        for mark, phrase in ((pair.group("left"), pair.group("right")), (pair.group("right"), pair.group("left"))):
            key = _mark_of(mark, lex, in_sentence=shape is _BRACKETED or bool(pair.groupdict().get("verb")))
            if key is None:
                continue
            status = phrase_status(phrase, lex) if len(structure.words(phrase)) <= MEANING_WORDS else None
            if status:
                return key, status
            found = found or (key, None)
    symbol = _SYMBOL_FIRST.match(text)  # "🟢 gjennomført", "✓ fullført": a symbol and its meaning, no separator
    if found is None and symbol and _legend_mark(symbol.group("mark"), lex):
        meaning = symbol.group("meaning")
        status = phrase_status(meaning, lex) if len(structure.words(meaning)) <= MEANING_WORDS else None
        return symbol.group("mark").casefold(), status
    return found


def _mark_of(text: str, lex: Lexicon, in_sentence: bool) -> str | None:
    """The mark a legend entry explains: the whole entry ("Grøn"), or, before a bracketed meaning or a
    legend verb, the entry's last word ("Rapporten bruker fargene grønn (i rute)", "In dit overzicht
    staat groen voor op schema")."""
    key = text.strip(" .").casefold()
    if lex.is_mark(key) or is_pictograph(key):  # "➜ = pågår": a pictograph only this legend explains
        return key
    last = key.rsplit(" ", 1)[-1]
    return last if in_sentence and last in lex.colours else None


def word_legend(lines: list[Line], lex: Lexicon) -> dict[str, str]:
    """The status words this document's legend reads otherwise than the language does ("afsluttet"
    → cancelled under "Status: Afsluttet betyder, at indsatsen er opgivet."); a legend that repeats
    the ordinary reading ("Utført = fullført") defines nothing."""
    defined: dict[str, str] = {}
    for line in lines:
        for key, status in _word_entries(line.text, lex):
            if status != phrase_status(key, lex):
                defined[key.casefold()] = status
    return defined


def _word_entries(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    """Each status word a line explains with the status its meaning names. An entry with "=" or a
    legend verb ("betyder", "betekent") is a legend wherever it stands; a colon or a dash only pairs a
    word with its meaning under a legend label or in a run of two or more entries, as an item's
    "Status: Avsluttet – lagt bort i mars" reports a status, it explains none. Remembered: never change the list."""
    return _remembered(_read_word_entries, text, lex)


def _read_word_entries(text: str, lex: Lexicon) -> list[tuple[str, str]]:
    entries: list[tuple[str, str, bool]] = []
    for part in re.split(_WORD_ENTRY_END, text):
        for piece in (part, part.split(":", 1)[-1]):  # "Forklaring til statusfeltet: Utført = ..."
            entry = _word_entry(piece, lex)
            if entry:
                entries.append(entry)
                break
    listed = bool(lex.legend_label.match(text.strip())) or len(entries) > 1
    return [(key, status) for key, status, strong in entries if strong or listed]


def _word_entry(text: str, lex: Lexicon) -> tuple[str, str, bool] | None:
    """A status word, the status its meaning names, and whether "=" or a legend verb pairs them."""
    pair = lex.legend_pair.match(text.strip().rstrip(".;"))
    if pair is None:
        return None
    key, meaning = pair.group("left").strip(), pair.group("right").strip()
    if len(structure.words(key)) > KEY_WORDS or not lex.status_start.fullmatch(key):
        return None
    if _LIST_SEPARATOR.search(meaning):
        return None  # "Fullført – Under arbeid – Avlyst": a list of the statuses, no word explained
    if meaning[:1].isdigit():
        return None  # "Fullført for 2025/26, videreføres ...": the period a status holds for, no meaning
    if len(structure.words(meaning)) > WORD_MEANING_WORDS:
        return None
    status = phrase_status(meaning, lex)
    strong = bool(pair.group("verb")) or "=" in text[pair.end("left") : pair.start("right")]
    return (key, status, strong) if status else None


def code_legend(lines: list[Line], lex: Lexicon) -> dict[str, str]:
    """The letter codes this document's key explains ("Status: G = gennemført, I = i gang, IS = ikke
    startet"), folded, each with its status: a tracker's status cells then hold the code alone. A key
    line pairs two or more codes with statuses; a line of code entries alone right after one continues
    it ("O = opgivet"), and an entry ending the line before one opens it ("Forklaring: G = gjennomført,").
    A key whose meanings name no status ("K = kommunen, R = regionen") defines none."""
    defined: dict[str, str] = {}
    keyed = False
    before: list[tuple[str, str | None]] = []
    for line in lines:
        entries, whole = _code_entries(line.text, lex)
        opens = _names_codes(entries)
        keyed = opens or (keyed and whole)
        if keyed:
            carried = before if opens else []
            defined.update({code.casefold(): status for code, status in [*carried, *entries] if status})
        before = _trailing_entry(line.text, lex)
    return defined


def _trailing_entry(text: str, lex: Lexicon) -> list[tuple[str, str | None]]:
    """The code entry a line ends on before a comma, the key going on below ("... Forklaring: G = gjennomført,")."""
    text = text.rstrip()
    entry = _code_entry(text[:-1].rsplit(",", 1)[-1], lex) if text.endswith(",") else None
    return [entry] if entry else []


def _names_codes(entries: list[tuple[str, str | None]]) -> bool:
    """Two or more codes paired with statuses: a key line."""
    return len([status for _, status in entries if status]) > 1


def is_code_key(text: str, lex: Lexicon) -> bool:
    """A line of a key that pairs letter codes with statuses ("A: afgerond   L: loopt")."""
    return _names_codes(_code_entries(text, lex)[0])


def _code_entries(text: str, lex: Lexicon) -> tuple[list[tuple[str, str | None]], bool]:
    """The code entries of a line, and whether the line holds nothing else. Remembered per line (code_legend reads
    every line, is_legend and the table reader ask again): never change the list."""
    return _remembered(_read_code_entries, text, lex)


def _read_code_entries(text: str, lex: Lexicon) -> tuple[list[tuple[str, str | None]], bool]:
    parts = [part for part in _CODE_ENTRY_END.split(text) if part.strip()]
    entries = [entry for part in parts if (entry := _code_entry(part, lex))]
    return entries, bool(entries) and len(entries) == len(parts)


def _code_entry(part: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """A letter code and the status its short meaning names (None when it names none)."""
    entry = _CODE_ENTRY.match(part.strip().rstrip(".;"))
    if entry is None:
        return None
    meaning = entry.group("meaning")
    status = phrase_status(meaning, lex) if len(structure.words(meaning)) <= KEY_WORDS else None
    return entry.group("code"), status


def _done_column(lines: list[Line], lex: Lexicon) -> bool:
    """A table column asking whether each item is done ("Gennemført", "Afgerond?"): its answers
    ("Ja", "Nej", "Delvis") then state the status."""
    return any(
        lex.done_column.match(cell.text.rstrip("?: "))
        for line in lines
        if "\t" in line.text or "|" in line.text
        for cell in structure.table_cells(line)
    )


def with_legend(lex: Lexicon, lines: list[Line]) -> Lexicon:
    """The rules for one document: its legend's marks ("grå = ikke startet") read as statuses
    wherever a status field, cell or inline value holds them, and the status words its legend
    defines; without a legend a colour states nothing."""
    meaning = legend_of(lines, lex)
    defined = code_legend(lines, lex) | word_legend(lines, lex) | (lex.answers if _done_column(lines, lex) else {})
    lex = replace(lex, marks={**lex.marks, **meaning}) if meaning else lex
    return replace(lex, defined=defined) if defined else lex
