"""Whether a document's type lets it record votes at all.

A plan, strategy, status report or evaluation (models/votes/<lang>.json `voteless_doc_types`) tells of the council
adopting it ("Het plan werd in maart met 21 tegen 6 stemmen aangenomen"), of items not adopted ("Tiltaket er ikkje
vedteke") and lists its content in decision words: none of that is a vote of a meeting. Two layouts of such a type
record votes all the same: a vote page about a plan (a result field per vote, "Resultat: FALT"), and a page that
quotes a council decision word for word under a dated lead-in ("Kommunestyret vedtok følgende 29.09.2016:" over
"«Fra og med ...»").
"""

from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.extract.votes.dates import full_dates
from pipeline.extract.votes.lexicon import Lexicon
from pipeline.extract.votes.result_fields import result_lines
from pipeline.text.structure import Line

_VOTE_PAGE_RESULTS = 2  # result fields recording an outcome: a vote page's, not a plan's line
_TYPED_LINES = 12  # non-blank lines from which a document's type is a finding, not a guess from a few words
_QUOTE_OPENING = re.compile(r"^\s*[«»„“”\"]")


def voteless(doc: Document, lex: Lexicon) -> bool:
    """A document of a type that records no votes, long enough for its type to be read from it, that neither
    records result fields nor quotes a dated decision."""
    if doc.doc_type not in lex.voteless_doc_types or len(result_lines(doc.text, lex)) >= _VOTE_PAGE_RESULTS:
        return False
    return len(doc.lines) >= _TYPED_LINES and not quotes_dated_decision(doc.lines, lex)


def quotes_dated_decision(lines: list[Line], lex: Lexicon) -> bool:
    """A lead-in line that ends in a colon, holds a full date and a decision word (the language's vote triggers),
    whose next non-blank line opens with a quotation mark: the decision of that day, quoted as it was written.
    `lines` are the document's shared non-blank lines (Document.lines)."""
    return any(
        line.text.endswith(":") and _QUOTE_OPENING.match(following.text) and _decides(line.text, lex)
        for line, following in zip(lines, lines[1:], strict=False)
    )


def _decides(line: str, lex: Lexicon) -> bool:
    lowered = line.lower()
    return bool(full_dates(line, lex)) and any(stem in lowered for stem in lex.triggers)
