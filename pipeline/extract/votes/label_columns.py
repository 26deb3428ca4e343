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
from pipeline.extract.votes.lexicon import _alternation
from pipeline.extract.votes.schema import VotesRules
from pipeline.rules import load_rules


@cache
def _label_column(language: str) -> re.Pattern[str] | None:
    labels = load_rules("votes", language, VotesRules).decision_labels
    if not labels:
        return None
    return re.compile(
        r"^(?P<label>[ \t]*" + _alternation(labels) + r")(?P<gap>\t[ \t]*|[ \t]*\|[ \t]*)(?=[^\s|])(?=[^\t|\n]*$)",
        re.I | re.M,
    )


def with_label_colons(doc: Document, language: str) -> Document:
    """`doc` with the separator after a label column written as a colon and spaces, the same length."""
    pattern = _label_column(language)
    if pattern is None:
        return doc
    text = pattern.sub(lambda m: m.group("label") + ":" + " " * (len(m.group("gap")) - 1), doc.text)
    return doc if text == doc.text else replace(doc, text=text)
