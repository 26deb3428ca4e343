"""Family: a tracker whose status cells hold letter codes that a key on the page explains ("Status: G =
gennemført, I = i gang, IS = ikke startet"): the key is read (each code to the status its meaning names) and
each row's status cell through it, whether the key stands above or below the table, in a pipe table or a
space-aligned one. The precision side: a key whose codes name no status ("K = kommunen, R = regionen") defines
none, and a one-letter cell with no key on the page states no status. Snippets written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows

KEYED = [
    (
        "da",
        "Status: G = gennemført, I = i gang, IS = ikke startet, U = udskudt\n\n"
        "Nr. | Indsats                         | Status | Bemærkning\n"
        "1   | Ny legeplads i Vestbyen          | G      | Åbnet i juni.\n"
        "2   | Stiforbindelse langs fjorden     | I      | -\n"
        "3   | Shelterplads ved skoven          | IS     | -\n"
        "4   | Renovering af hallen             | U      | -\n",
        [
            ("1", "Ny legeplads i Vestbyen", "completed"),
            ("2", "Stiforbindelse langs fjorden", "in_progress"),
            ("3", "Shelterplads ved skoven", "not_started"),
            ("4", "Renovering af hallen", "paused"),
        ],
    ),
    (
        "nb",
        "Tiltak  Beskrivelse                       Status\n"
        "T1      Nytt sykkelhotell ved stasjonen   F\n"
        "T2      Gatelys langs Storgata            P\n"
        "T3      Ny gapahuk ved vannet             I\n\n"
        "Forklaring: F = ferdig, P = pågår, I = ikke påbegynt\n",
        [
            ("T1", "Nytt sykkelhotell ved stasjonen", "completed"),
            ("T2", "Gatelys langs Storgata", "in_progress"),
            ("T3", "Ny gapahuk ved vannet", "not_started"),
        ],
    ),
    (
        "nn",
        "Forklaring: F = ferdig, P = pågår,\nIS = ikkje starta\n\n"
        "Nr. | Tiltak                    | Status\n"
        "1   | Ny lysløype på Vik        | F\n"
        "2   | Nytt tak på skulen        | IS\n"
        "3   | Betre skilting i sentrum  | P\n",
        [
            ("1", "Ny lysløype på Vik", "completed"),
            ("2", "Nytt tak på skulen", "not_started"),
            ("3", "Betre skilting i sentrum", "in_progress"),
        ],
    ),
    (
        "nl",
        "Legenda: A = afgerond, L = loopt, N = nog niet gestart\n\n"
        "Nr. | Actie                              | Stand\n"
        "1.1 | Vergroenen van het schoolplein    | A\n"
        "1.2 | Nieuwe fietsenstalling bij station | L\n"
        "1.3 | Onderzoek naar een tweede sporthal | N\n",
        [
            ("1.1", "Vergroenen van het schoolplein", "completed"),
            ("1.2", "Nieuwe fietsenstalling bij station", "in_progress"),
            ("1.3", "Onderzoek naar een tweede sporthal", "not_started"),
        ],
    ),
    (
        "nl",
        "Nr.   Actie                                Status\n"
        "A1    Extra bomen in de Dorpsstraat        L\n"
        "A2    Nieuwe speeltuin in het park         A\n\n"
        "A: afgerond   L: loopt   N: nog niet gestart\n",
        [("A1", "Extra bomen in de Dorpsstraat", "in_progress"), ("A2", "Nieuwe speeltuin in het park", "completed")],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), KEYED)
def test_status_cells_read_through_the_page_key(language, text, expected):
    assert rows(text, language) == expected


def test_a_key_of_bodies_is_no_status_key():
    text = (
        "Ansvar: K = kommunen, R = regionen\n\n"
        "Nr. | Indsats                      | Ansvar | Status\n"
        "1   | Ny legeplads i Vestbyen       | K      | Gennemført\n"
        "2   | Busforbindelse til sygehuset  | R      | I gang\n"
    )
    assert rows(text, "da") == [
        ("1", "Ny legeplads i Vestbyen", "completed"),
        ("2", "Busforbindelse til sygehuset", "in_progress"),
    ]


def test_a_one_letter_cell_with_no_key_states_no_status():
    text = (
        "Nr. | Indsats                      | Status\n"
        "1   | Ny legeplads i Vestbyen       | G\n"
        "2   | Busforbindelse til sygehuset  | Gennemført\n"
    )
    assert ("1", "Ny legeplads i Vestbyen", "completed") not in rows(text, "da")
    assert ("1", "Ny legeplads i Vestbyen", "in_progress") not in rows(text, "da")


def test_a_key_entry_ending_the_sentence_line_before_the_key_belongs_to_it():
    text = (
        "Tabellen viser status for hvert tiltak. Forklaring: G = gjennomført,\n"
        "P = pågår, I = ikke startet.\n\n"
        "Nr. | Tiltak                        | Status\n"
        "1   | Nytt sykkelhotell             | G\n"
        "2   | Gatelys langs Storgata        | P\n"
    )
    assert rows(text, "nb") == [("1", "Nytt sykkelhotell", "completed"), ("2", "Gatelys langs Storgata", "in_progress")]
