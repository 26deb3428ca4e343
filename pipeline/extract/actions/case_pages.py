"""A meeting portal's case header on any page ("Arkivsak 24/330 · Saksbehandler: Knut Lie · Status: Behandlet"):
a case page may be typed a programme or a report when its case title names a plan, yet its header's status is
where the case stands in the meeting's handling, given beside the case officer. Such a record is a case, not an
action; a record beside a case officer whose status is a work status ("Pågår") stays one."""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.extract.actions.items import Candidate
from pipeline.extract.actions.rules import Lexicon
from pipeline.text.structure import Line

HEADER_LINES = 4  # the title line and the header lines under it (number, officer, status)
_SEGMENTS = re.compile(r"\s*(?:[·|•\t]|\s{2,})\s*")  # fields run along one header line
_FIELD = re.compile(r"^(?P<label>[^:]{1,40}?)\s*:\s*(?P<value>.+?)[\s.]*$")


def case_header(action: Candidate, lines: list[Line], starts: list[int], lex: Lexicon) -> bool:
    """The candidate's title line and the lines under it give a case officer, file number or meeting date
    ("Møtedato: ... · Arkivsak: 26/1411") and a case handling status."""
    at = max(bisect_right(starts, action.title.start) - 1, 0)
    fields = [field for line in lines[at : at + HEADER_LINES] for field in _fields(line.text)]
    officer = any(lex.case_officer.match(label) or lex.case_file.match(label) for label, _ in fields)
    return officer and any(lex.status_field.match(label) and lex.case_state.match(value) for label, value in fields)


def _fields(text: str) -> list[tuple[str, str]]:
    """The "Label: value" fields of a header line, split where a dot, bar, tab or wide gap separates them."""
    found = (_FIELD.match(part) for part in _SEGMENTS.split(text))
    return [(m.group("label").strip(), m.group("value").strip()) for m in found if m]


def form_field(title: str, lex: Lexicon) -> bool:
    """A portal form's field line read as an item: a choice field whose value is one of the choices its label
    offers ("Åben/lukket: Åben", "Openbaar/besloten: Besloten"), a case file or officer field ("Sagsnr.: 26/1108")
    or a status label with no value ("Status:"). It describes the case record, it names no action."""
    match = _FIELD.match(title)
    label, value = (match.group("label").strip(), match.group("value").strip()) if match else (title, "")
    label = label.rstrip(" :")
    if not value:
        return bool(lex.status_field.match(label) or lex.case_file.match(label) or lex.case_officer.match(label))
    choices = [choice.strip().casefold() for choice in label.split("/")]
    if len(choices) > 1 and value.casefold() in choices:
        return True
    return bool(lex.case_file.match(label) or lex.case_officer.match(label))
