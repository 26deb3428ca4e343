"""Family: a status table's row pointing to a note by where it stands ("Se note nedenfor", "Sjå merknad under
tabellen", "Zie opmerking hieronder"), in its status cell or, the status cell left blank ("-"), in its comment:
the note naming the row ("Merknad til 2.4: Tiltaket er avlyst.") gives its status. Look-alikes: a filled status
cell keeps its status beside such a comment, and a blank cell with a comment that points nowhere stays unknown.
Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

LANG = {
    "da": ("Statusrapport 2026", "Nr. | Handling | Status | Bemærkning", "Bemærkning til", "Handlingen er aflyst."),
    "nb": ("Statusrapport 2026", "Nr. | Tiltak | Status | Kommentar", "Merknad til", "Tiltaket er avlyst."),
    "nn": ("Statusrapport 2026", "Nr. | Tiltak | Status | Kommentar", "Merknad til", "Tiltaket er avlyst."),
    "nl": (
        "Voortgangsrapportage 2026",
        "Nr. | Actie | Status | Toelichting",
        "Opmerking bij",
        "De actie is geschrapt.",
    ),
}
POINTERS = [
    ("da", "-", "Se bemærkning nedenfor."),
    ("da", "Se note under tabellen", "-"),
    ("nb", "-", "Se merknad under tabellen."),
    ("nb", "Se merknad nedenfor", ""),
    ("nn", "-", "Sjå merknad under tabellen."),
    ("nn", "Sjå merknad nedanfor", "-"),
    ("nl", "-", "Zie opmerking hieronder."),
    ("nl", "Zie opmerking onder de tabel", "-"),
]


def _report(language: str, cell: str, comment: str) -> str:
    title, header, link, note = LANG[language]
    table = f"{header}\n1.1 | Ny sti | Gennemført | -\n2.4 | Samarbejde om lærlinge | {cell} | {comment}"
    return f"{title}\n\n{table}\n\n{link} 2.4: {note}\n"


@pytest.mark.parametrize(("language", "cell", "comment"), POINTERS)
def test_a_row_pointing_to_a_note_below_takes_the_notes_status(language, cell, comment):
    found = rows(_report(language, cell, comment), language)
    assert found[-1] == ("2.4", "Samarbejde om lærlinge", "cancelled")


LOOK_ALIKES = [
    ("da", "I gang", "Se bemærkning nedenfor.", "in_progress"),
    ("nb", "Pågår", "Se merknad under tabellen.", "in_progress"),
    ("nl", "In uitvoering", "Zie opmerking hieronder.", "in_progress"),
    ("nn", "-", "Ingen rapport frå eininga.", "unknown"),
    ("da", "-", "Ingen status indberettet.", "unknown"),
]


@pytest.mark.parametrize(("language", "cell", "comment", "status"), LOOK_ALIKES)
def test_a_filled_cell_or_a_comment_pointing_nowhere_is_not_read_from_the_note(language, cell, comment, status):
    assert rows(_report(language, cell, comment), language)[-1] == ("2.4", "Samarbejde om lærlinge", status)
