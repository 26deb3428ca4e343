"""One item named in quotes by its own noun, with its status in the same sentence ('Initiativet "Fælles
erhvervsportal" er sat i bero.', 'Het project "Groene Daken" is afgerond.'): a report on that item, also where a
case of the minutes reports on a plan in running text. A quote under another noun ('Forslaget "X" blev vedtaget')
is a case, not an item, and a sentence with no status of its own names no action. A project the sentence runs
under an EU programme ('Prosjektet «Island Ferries Net» under Interreg NPA vart avslutta') is the issuer's part in
that programme, reported for the networks table, no action of its own."""

from __future__ import annotations

import re
from functools import cache

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.extract.actions.status import findings
from pipeline.rules import literals, load_csv
from pipeline.rules.compiled import regex
from pipeline.text import structure
from pipeline.text.structure import Line, Span

_QUOTES = ('"', "«", "“", "„", "”")
_PROGRAMME_KIND = "eu_programme"


@cache
def _programmes() -> re.Pattern:
    """The EU programmes of the networks catalogue (models/networks/gazetteer.csv), every surface form, as written."""
    names = [
        alias.strip()
        for row in load_csv("networks/gazetteer.csv")
        if row["kind"] == _PROGRAMME_KIND
        for alias in row["aliases"].split("|")
        if alias.strip()
    ]
    return regex(rf"(?<!\w)(?:{literals(names)})(?!\w)")


def named_items(lines: list[Line], lex: Lexicon) -> list[Candidate]:
    """One action per sentence that opens on an item noun and its quoted name and states a status."""
    out: list[Candidate] = []
    for line in lines:
        if not any(quote in line.text for quote in _QUOTES):
            continue
        for sentence in structure.sentences(line.start, line.text, lex.conventions.abbreviations):
            named = lex.named_item.match(sentence.text)
            if named is None or not any(not f.weak for f in findings([sentence], lex)):
                continue
            if _programmes().search(sentence.text, named.end("name")):
                continue  # 'Prosjektet «X» under Interreg NPA vart avslutta': the issuer's part in a programme
            start = sentence.start + named.start("name")
            title = structure.clean_label(Span(start, start + len(named["name"]), named["name"]))
            out.append(Candidate(None, title, [sentence]))
    return out
