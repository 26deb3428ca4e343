"""Item titles without the fields written into the item's line (snippets written for these tests):
"(Ansvar: IT)", "– Ansvar: Oppvekst – Status: Pågår", numbered "1)" lists; a bracket that is part of
the name ("(inkl. maling)", "(fase 2)") stays."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

CASES = [
    (
        "nn",
        "Status for tiltaka\n\n1) Ny nettstad for kommunen (Ansvar: IT) – fullført\n"
        "2) Opplæring i klarspråk (Ansvar: Personal) – pågår\n3) Digital postkasse (Ansvar: IT) – utsett",
        [
            ("1", "Ny nettstad for kommunen", "completed"),
            ("2", "Opplæring i klarspråk", "in_progress"),
            ("3", "Digital postkasse", "paused"),
        ],
    ),
    (
        "nb",
        "Status handlingsplan\n\nTiltak 4 Ny nettside – Ansvar: IT – Status: Fullført\n"
        "Tiltak 5 Digital søknad om SFO – Ansvar: Oppvekst – Status: Pågår",
        [("4", "Ny nettside", "completed"), ("5", "Digital søknad om SFO", "in_progress")],
    ),
    (
        "da",
        "Status for handleplanen\n\n1) Nye affaldsspande i parken (Ansvarlig: Drift) – gennemført\n"
        "2) Ny skiltning ved stranden (Ansvarlig: Teknik) – i gang",
        [("1", "Nye affaldsspande i parken", "completed"), ("2", "Ny skiltning ved stranden", "in_progress")],
    ),
    (
        "nl",
        "Voortgang acties\n\nActie 3.1 Nieuwe website – Trekker: Communicatie – Status: afgerond\n"
        "Actie 3.2 Digitaal loket – Trekker: ICT – Status: in uitvoering",
        [("3.1", "Nieuwe website", "completed"), ("3.2", "Digitaal loket", "in_progress")],
    ),
    (
        "nb",
        "Status for tiltakene\n\n1) Oppgradering av skolegården (fase 2) – gjennomført\n"
        "2) Nytt gulv i hallen (inkl. maling) – pågår",
        [
            ("1", "Oppgradering av skolegården (fase 2)", "completed"),
            ("2", "Nytt gulv i hallen (inkl. maling)", "in_progress"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_fields_written_into_an_item_line_are_not_part_of_its_title(language, text, expected):
    assert rows(text, language) == expected
