"""Party mark columns in a decision table: items down, parties across, each party's vote mark ("V"/"T",
"voor"/"tegen", "ja"/"nee": models/votes/<lang>.json `decision_tables.matrix_for` / `matrix_against`) in a column
of its own beside the item's outcome. Such columns name no role of the table, and do not make it unknown."""

from __future__ import annotations

from pipeline.extract.votes.lexicon import Lexicon
from pipeline.text.pipe_tables import Record


def mark_columns(body: list[Record], lex: Lexicon) -> frozenset[int]:
    """The columns whose every body cell holds only vote marks, some filled: a party's vote per item."""
    marks = {m.lower() for m in (*lex.tables.get("matrix_for", []), *lex.tables.get("matrix_against", []))}
    width = min(len(record.cells) for record in body)
    columns = [[word.lower() for record in body for word in record.cells[index].split()] for index in range(width)]
    return frozenset(i for i, words in enumerate(columns) if words and all(w in marks for w in words))
