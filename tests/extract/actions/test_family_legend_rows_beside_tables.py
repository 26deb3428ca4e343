"""A legend written as a row of cells under (or above) a status table ("Legenda: Gereed = afgerond | Loopt = in
uitvoering | ...", wrapped onto a second line "achter op schema | On hold = ... | ..."): it explains the status
words and is neither a table's header nor a row, whatever column word ("uitvoering", "status") its cells hold. A
row whose comment holds one "=" is still a row. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

KEY_ROWS = [
    (
        "nl",
        text_of(
            "Spoor 1 - Energie",
            "| Nr  | Actie                     | Status     | Toelichting                 |",
            "|-----|---------------------------|------------|-----------------------------|",
            "| 1.1 | Zonnepanelen op scholen   | Afgerond   | Zes scholen hebben panelen. |",
            "| 1.2 | Warmtenet Oost            | On hold    | Wacht op subsidie.          |",
            "",
            "Noot: de planning van 1.2 wordt in het najaar herzien.",
            "",
            "Legenda: Gereed = afgerond | Loopt = in uitvoering | Later = in uitvoering, maar",
            "achter op schema | On hold = tijdelijk stilgelegd | Geschrapt = gaat niet door",
        ),
        [("1.1", "Zonnepanelen op scholen", "completed"), ("1.2", "Warmtenet Oost", "paused")],
    ),
    (
        "da",
        text_of(
            "Tiltag | Status | Nr",
            "Ny cykelsti langs åen | Gennemført | A1",
            "LED-gadelys i Nørreby | I gang | A2",
            "Bemærkning: A2 afsluttes i 2027, når de sidste master er skiftet.",
            "",
            "Forklaring: Gennemført = afsluttet | I gang = status er under udførelse | Forsinket = i gang, men",
            "bag tidsplanen | Sat i bero = midlertidigt standset | Opgivet = gennemføres ikke",
        ),
        [("A1", "Ny cykelsti langs åen", "completed"), ("A2", "LED-gadelys i Nørreby", "in_progress")],
    ),
    (
        "nb",
        text_of(
            "Statusforklaring: Fullført = ferdig | Pågår = under arbeid | Stanset = avsluttet uten å bli gjennomført",
            "",
            "| Tiltak | Beskrivelse                      | Status   |",
            "| T1     | Nye ladepunkter ved rådhuset     | Fullført |",
            "| T2     | Gang- og sykkelvei til skolen    | Pågår    |",
        ),
        [("T1", "Nye ladepunkter ved rådhuset", "completed"), ("T2", "Gang- og sykkelvei til skolen", "in_progress")],
    ),
    (
        "nn",
        text_of(
            "| Nr  | Tiltak                        | Status       | Merknad          |",
            "| 2.1 | Turstiar i bygdene            | Ferdig       | Opna i mai.      |",
            "| 2.2 | Frisklivssentral              | Sett på vent | Manglar tilsett. |",
            "Merknad: tala er per 1. september.",
            "",
            "Forklaring: Ferdig = gjennomført | Status = slik det stod i august | Forseinka = i gang, men",
            "etter planen | Sett på vent = mellombels stoppa | Utgår = vert ikkje gjennomført",
        ),
        [("2.1", "Turstiar i bygdene", "completed"), ("2.2", "Frisklivssentral", "paused")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEY_ROWS)
def test_a_legend_row_wrapped_over_two_lines_is_no_table(language, text, expected):
    assert rows(text, language) == expected


def test_a_row_whose_comment_holds_one_equals_sign_stays_a_row():
    text = text_of(
        "| Nr  | Actie                 | Status   | Toelichting                    |",
        "| 3.1 | Fietspad Oostkade     | Loopt    | 1 km = de helft van het tracé  |",
        "| 3.2 | Bomen langs de Singel | Afgerond | 40 bomen = 20 per zijde        |",
    )
    assert rows(text, "nl") == [
        ("3.1", "Fietspad Oostkade", "in_progress"),
        ("3.2", "Bomen langs de Singel", "completed"),
    ]
