"""Families seen on trackers and annual reports the rules had never read, each with documents written for these tests
(documents/round3/<family>/, da/nb/nn/nl):

- chapters over their own rows: a numbered chapter heading ("2.1 Mobilitet") over a table, pipe table or list of
  numbered rows ("1.1 ...", "1.2 ..."), and the same headings in a table of contents, are no items; a numbered item
  whose report holds undotted sub-steps ("1. Prosjektering") stays one item; a "Status: X" field line is never a
  status heading over the next numbered item;
- 'about' and twin-town headings ("Om ressursbruken", "Over deze rapportage", "Søsterbyer", "Vriendschapsbanden") head
  no item, whatever their prose says was done or ended; a fraction done ("Halvparten av ... er ...") beside a field
  saying the work goes on is its progress, alone it is part done;
- action lists on pages about partner towns or international work ("Tiltak i 2025" / "- Korpsutveksling:
  gjennomført"): the page's own actions; the twin-town and network bullets beside them are none;
- a table's total row ("I alt | 3 indsatser | 1 gennemført", "Totalt 2 tiltak") is no item; a title holding a
  number of things ("12 nye ladepunkter") stays; trackers_round2 holds further own trackers (legends, prose status,
  status fields qualified by their comment) that the rules already read."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.status import classify
from tests.extract.actions.helpers import rows, written

FAMILIES = (
    "chapters_over_own_rows",
    "about_and_relation_headings",
    "action_lists_on_relation_pages",
    "totals_rows",
    "trackers_round2",
)


@pytest.mark.parametrize(("language", "text", "expected"), [case for family in FAMILIES for case in written(family)])
def test_chapters_headings_and_relation_page_lists(language, text, expected):
    assert rows(text, language) == expected


# A fraction of the work done, in the participle or the adjective ('er færdige', 'is klaar'): part done alone, the
# progress of work going on beside a field saying so; the whole done is done.
FRACTIONS = [
    ("da", "Ca. halvdelen af skovene er færdige.", "partly_completed"),
    ("da", "Størstedelen af cykelstien er færdig.", "partly_completed"),
    ("nb", "Halvparten av skolene er ferdige.", "partly_completed"),
    ("nb", "En tredjedel av lyktene er skiftet.", "partly_completed"),
    ("nn", "Halvparten av bygga er ferdige.", "partly_completed"),
    ("nl", "De helft van de scholen is klaar.", "partly_completed"),
    ("nl", "Een derde van de woningen is gereed.", "partly_completed"),
    ("nb", "Skolene er ferdige.", "completed"),
    ("nl", "De scholen zijn klaar.", "completed"),
]
FIELD = {
    "da": ("Handling", "I gang"),
    "nb": ("Tiltak", "Pågår"),
    "nn": ("Tiltak", "Pågår"),
    "nl": ("Actie", "In uitvoering"),
}


@pytest.mark.parametrize(("language", "sentence", "status"), FRACTIONS)
def test_a_fraction_done_is_part_done_alone_and_progress_beside_work_going_on(language, sentence, status):
    keyword, going_on = FIELD[language]
    assert classify(sentence, language).status == status
    text = f"{keyword} 3 Ny skolegård\nStatus: {going_on}\n{sentence}\n"
    expected = "in_progress" if status == "partly_completed" else None
    if expected:
        assert rows(text, language) == [("3", "Ny skolegård", expected)]


# Completion expected later ('Forventet ferdig i 2027', a step done and the rest 'forventes i drift'): work going on;
# look-alikes report it done.
EXPECTED_LATER = [
    ("nb", "Forventet ferdig i 2027.", "in_progress"),
    ("nb", "Beregnet ferdig høsten 2027.", "in_progress"),
    ("nb", "Anbudet er lyst ut, og anlegget ventes i drift i 2027.", "in_progress"),
    ("da", "Udbuddet er gennemført, og systemet forventes i drift i 2027.", "in_progress"),
    ("da", "Forventet afsluttet i 2027.", "in_progress"),
    ("nn", "Anlegget er venta i drift til hausten.", "in_progress"),
    ("nb", "Anlegget ble satt i drift i mars.", "completed"),
    ("nb", "Tiltaket er ferdig.", "completed"),
]


@pytest.mark.parametrize(("language", "sentence", "status"), EXPECTED_LATER)
def test_completion_expected_later_is_work_going_on(language, sentence, status):
    assert classify(sentence, language).status == status
