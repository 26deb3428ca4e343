"""Same-length rewrite of decision labels printed as a column: "Besluit<TAB>Conform vastgesteld." or
"Uitslag | Aangenomen, 21 voor en 6 tegen" is the labelled line "Besluit: Conform vastgesteld.".

A list laid out in two columns (label, value) separates them by a tab (a column gap the normaliser kept)
or a bar instead of the colon running text writes. The rules read labelled lines by their colon, so the
separator is rewritten to one; every offset still holds. Only a decision label (models/votes/<lang>.json
`decision_labels`) opening its line, with one value cell after it, is a label column: a table row with
more cells ("Besluit | Agendapunt | Uitslag") is a table's header, not a label.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.document import Document
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import literals, load_rules


@cache
def _label_column(language: str) -> re.Pattern[str] | None:
    labels = load_rules("votes", language, VotesRules).decision_labels
    if not labels:
        return None
    return re.compile(
        r"^(?P<label>[ \t]*" + literals(labels) + r")(?P<gap>\t[ \t]*|[ \t]*\|[ \t]*)(?=[^\s|])(?=[^\t|\n]*$)",
        re.I | re.M,
    )


@cache
def _manner_cell(language: str) -> re.Pattern[str] | None:
    """A labelled decision whose value a bar follows with one more cell, no count in it ("Uitslag: Aangenomen |
    unaniem", "Uitslag: Aangenomen | voor 100%"): the bar, to be read as a line end."""
    labels = load_rules("votes", language, VotesRules).decision_labels
    if not labels:
        return None
    return re.compile(
        r"^[ \t]*" + literals(labels) + r"[ \t]*:[^|\n]*?[^\s|][ \t]*(?P<bar>\|)[ \t]*(?=[^\s|])"
        r"(?=[^\d|\n]*(?:\d{1,3}[ \t]*%[^\d|\n]*)?$)",
        re.I | re.M,
    )


def with_label_colons(doc: Document, language: str) -> Document:
    """`doc` with the separator after a label column written as a colon and spaces, and the bar before a labelled
    decision's one countless cell as a line end (the cell then reads as a line under the decision), the same
    length."""
    pattern, manner = _label_column(language), _manner_cell(language)
    if pattern is None or manner is None:
        return doc
    text = pattern.sub(lambda m: m.group("label") + ":" + " " * (len(m.group("gap")) - 1), doc.text)
    text = manner.sub(
        lambda m: m.group(0)[: m.start("bar") - m.start()] + "\n" + m.group(0)[m.end("bar") - m.start() :], text
    )
    return doc if text == doc.text else replace(doc, text=text)
