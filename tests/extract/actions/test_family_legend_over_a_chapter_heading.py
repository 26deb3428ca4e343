"""Family: a status report's legend ("Tegnforklaring" with one "Word = meaning" entry a line, or a slash-separated list
wrapped over two lines) right above a numbered chapter heading ("2. Status per innsatsområde"): the legend's last line
explains a status word, it is no status heading, so the chapter under it is no action; the table rows are."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

TABLE = {
    "nb": (
        "| Nr | Tiltak | Status |",
        "| 1.1 | Ny gang- og sykkelvei | Fullført |",
        "| 1.2 | Solceller på skolen | Pågår |",
    ),
    "nn": (
        "| Nr | Tiltak | Status |",
        "| 1.1 | Ny gang- og sykkelveg | Fullført |",
        "| 1.2 | Solceller på skulen | Pågår |",
    ),
    "da": (
        "| Nr. | Handling | Status |",
        "| 1.1 | Ny cykelsti | Gennemført |",
        "| 1.2 | Solceller på skolen | I gang |",
    ),
    "nl": (
        "| Nr | Actie | Status |",
        "| 1.1 | Nieuw fietspad | Afgerond |",
        "| 1.2 | Zonnepanelen op de school | Loopt |",
    ),
}
SEP = "|----|------|------|"

CASES = [
    (
        "nb",
        ["Tegnforklaring:", "Fullført = tiltaket er ferdig", "Utsatt = stilt i bero", "Avlyst = gjennomføres ikke"],
        "2. Status per innsatsområde",
        ["completed", "in_progress"],
    ),
    (
        "nn",
        [
            "Forklaring til status:",
            "Fullført = tiltaket er ferdig",
            "Utsett = sett på vent",
            "Avlyst = tiltaket vert ikkje gjennomført",
        ],
        "3. Status for tiltaka",
        ["completed", "in_progress"],
    ),
    (
        "da",
        [
            "Statusforklaring:",
            "Gennemført = handlingen er færdig",
            "Sat i bero = midlertidigt stoppet",
            "Opgivet = handlingen gennemføres ikke",
        ],
        "2. Status for handlingerne",
        ["completed", "in_progress"],
    ),
    (
        "nl",
        ["Legenda: Afgerond / Loopt / Vertraagd / Niet gestart /", "Geschrapt / Onbekend"],
        "2. Voortgang per thema",
        ["completed", "in_progress"],
    ),
    (
        "nb",
        ["Statusforklaring: Fullført / Pågår / Ikke startet / Utsatt /", "Avlyst / Ukjent"],
        "4. Rapportering per satsingsområde",
        ["completed", "in_progress"],
    ),
    (
        "da",
        ["Forklaring: Gennemført, I gang, Ikke påbegyndt,", "Udskudt, Opgivet"],
        "3. Status pr. tema",
        ["completed", "in_progress"],
    ),
]


@pytest.mark.parametrize(("language", "legend", "chapter", "statuses"), CASES)
def test_a_legend_above_a_chapter_makes_no_action_of_it(language, legend, chapter, statuses):
    header, first, second = TABLE[language]
    text = text_of(
        "Statusrapport 2026",
        "",
        "1. Innledning",
        "Rapporten viser status.",
        "",
        *legend,
        "",
        chapter,
        "",
        header,
        SEP,
        first,
        second,
    )
    assert [(code, status) for code, _, status in rows(text, language)] == [("1.1", statuses[0]), ("1.2", statuses[1])]


LOOK_ALIKES = [
    # a status heading over its bullets still gives them its status: a heading, not a legend
    (
        "nb",
        text_of(
            "Statusrapport 2026", "", "Tiltak som er fullført", "1. Ny gang- og sykkelvei", "2. Solceller på skolen"
        ),
        [("1", "Ny gang- og sykkelvei", "completed"), ("2", "Solceller på skolen", "completed")],
    ),
    (
        "da",
        text_of("Status 2026", "", "Igangværende indsatser", "1. Ny cykelsti ved skolen", "2. Solceller på hallen"),
        [("1", "Ny cykelsti ved skolen", "in_progress"), ("2", "Solceller på hallen", "in_progress")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), LOOK_ALIKES)
def test_a_status_heading_over_items_still_gives_their_status(language, text, expected):
    assert rows(text, language) == expected
