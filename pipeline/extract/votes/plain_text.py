"""Same-length rewrites of a document's text before its votes are read: marks and shares that only dress a
result line are blanked, so the line reads as its plain form and every offset still holds."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.document import Document
from pipeline.extract.votes.label_columns import with_label_colons

# an arrow leading a line ("-> Goedgekeurd.", "=> Vedtatt", "→ Godkendt") marks the item's result line
_ARROW_MARKER = re.compile(r"^([ \t]*)(?:-+>|=+>|[→➔➜⇒])", re.M)
# a box drawn round each case: the bar opening every line inside it (a line with no other bar: not a table row), the
# box's bottom ("+------"), and its top, which carries the case header ("+-- Sak 52/26 Budsjett ----- (sak 26/655)")
_FRAME_SIDE = re.compile(r"^[ \t]*\|(?=[^|\n]*$)|^[ \t]*\+-{3,}\+?[ \t]*$", re.M)
_FRAME_TOP = re.compile(
    r"^(?P<open>[ \t]*\+-{1,3}[ \t]+)(?P<inside>[^\n]*?\S)(?P<rule>[ \t]+-{3,})(?=[ \t]+\S|[ \t]*$)", re.M
)
# a share printed before its count in brackets ("100% (23)"), the count then a colon and names, or not
_SHARE_THEN_COUNT = re.compile(r"(?P<share>\d{1,3}(?:[.,]\d{1,2})?[ \t]*%[ \t]*)\((?P<n>\d{1,3})\)(?P<named>[ \t]*:)?")
# a share printed after its count in brackets ("15 (65 %)")
_COUNT_THEN_SHARE = re.compile(r"(?<=\d)[ \t]*\([ \t]*\d{1,3}(?:[.,]\d{1,2})?[ \t]*%[ \t]*\)")


def unmarked(doc: Document) -> Document:
    """`doc` with each line-leading arrow and each share beside a count blanked.

    The result line an arrow marks is then read as any unmarked result line under its item, not as a subject
    made of the arrow; a count written with its share ("Voor 100% (23) | Tegen 0% (0)", "For: 15 (65 %)") is
    read as the bare count ("Voor 23 | Tegen 0"), or as "Tegen (14): Lokaal (7), ..." when names follow it.
    A decision label printed as a column ("Besluit<TAB>Conform vastgesteld.") reads as the labelled line.
    """
    doc = with_label_colons(doc, doc.language)
    text = _ARROW_MARKER.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), doc.text)
    text = _FRAME_SIDE.sub(lambda m: " " * len(m.group(0)), text)
    text = _FRAME_TOP.sub(_header_in_frame, text)
    text = _SHARE_THEN_COUNT.sub(_bare_count, text)
    text = _COUNT_THEN_SHARE.sub(lambda m: " " * len(m.group(0)), text)
    return doc if text == doc.text else replace(doc, text=text)


def _header_in_frame(m: re.Match[str]) -> str:
    """The header a box's top carries, its rule turned into the column gap before what follows it."""
    return " " * len(m.group("open")) + m.group("inside") + "\t" + " " * (len(m.group("rule")) - 1)


def _bare_count(m: re.Match[str]) -> str:
    blank, n, named = " " * len(m.group("share")), m.group("n"), m.group("named")
    return f"{blank}({n}){named}" if named else f"{blank} {n} "
