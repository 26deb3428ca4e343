"""Family: status tables laid out in plain text with padded columns, pipes between them and a ruler of
dashes and plus signs ("-----+-----"), as text exports and layout-preserving PDF readers give them: a
cell that wraps goes on in a row whose first columns are empty, and after a page break the header and
ruler come again. Every row is one action; the wrapped text belongs to the row above. Snippets written
for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise
from tests.extract.actions.helpers import rows

RULER = "-----+------------------------------------+--------------------+----------------------"


def _table(header: str, body: list[str]) -> str:
    return "\n".join([header, RULER, *body])


CASES = {
    "da": (
        "Handleplan for trafiksikkerhed - status 2025",
        "Nr.  | Indsats                            | Status             | Bemærkning",
        [
            "A1   | Cykelsti langs Ringvejen           | Gennemført         | Åbnet i maj.",
            "A2   | Skolevejsanalyse                   | Delvist gennemført | Analysen mangler for de",
            "     |                                    |                    | sidste fire skoler.",
            "A3   | Hastighedsdæmpning i landsbyerne   | I gang             | Projektering pågår.",
        ],
        ["B1   | Kampagne for cykelhjelme           | Opgivet            | Ingen midler."],
        [
            ("A1", "Cykelsti langs Ringvejen", "completed"),
            ("A2", "Skolevejsanalyse", "partly_completed"),
            ("A3", "Hastighedsdæmpning i landsbyerne", "in_progress"),
            ("B1", "Kampagne for cykelhjelme", "cancelled"),
        ],
    ),
    "nb": (
        "Klimaplan 2022-2026 - statusrapport 2025",
        "Nr.  | Tiltak                             | Status             | Kommentar",
        [
            "T1   | Solceller på rådhuset              | Gjennomført        | Satt i drift i mars.",
            "T2   | Elbiler i hjemmetjenesten          | Pågår              | 12 av 20 biler er",
            "     |                                    |                    | byttet ut.",
            "T3   | Ladepunkter ved idrettshallen      | Ikke startet       | Venter på tilskudd.",
        ],
        ["T4   | Matsvinnkampanje i barnehagene     | Satt på vent       | Ny vurdering i 2026."],
        [
            ("T1", "Solceller på rådhuset", "completed"),
            ("T2", "Elbiler i hjemmetjenesten", "in_progress"),
            ("T3", "Ladepunkter ved idrettshallen", "not_started"),
            ("T4", "Matsvinnkampanje i barnehagene", "paused"),
        ],
    ),
    "nn": (
        "Handlingsplan for reiseliv - rapport 2025",
        "Nr.  | Tiltak                             | Status             | Merknad",
        [
            "R1   | Ny turistinformasjon på kaia       | Fullført           | Opna i juni.",
            "R2   | Stiar til fjellgardane             | Starta opp         | To av fem stiar er",
            "     |                                    |                    | merka.",
            "R3   | Felles billettløysing              | Ikkje starta       | Manglar finansiering.",
        ],
        ["R4   | Cruisekai med landstraum           | Avlyst             | Erstatta av ny plan."],
        [
            ("R1", "Ny turistinformasjon på kaia", "completed"),
            ("R2", "Stiar til fjellgardane", "in_progress"),
            ("R3", "Felles billettløysing", "not_started"),
            ("R4", "Cruisekai med landstraum", "cancelled"),
        ],
    ),
    "nl": (
        "Uitvoeringsprogramma Duurzaamheid - voortgang 2025",
        "Nr.  | Actie                              | Status             | Toelichting",
        [
            "D1   | Zonnepanelen op het gemeentehuis   | Afgerond           | Opgeleverd in april.",
            "D2   | Isolatie van de sporthal           | Loopt              | Fase 1 is klaar; fase",
            "     |                                    |                    | 2 volgt in de zomer.",
            "D3   | Warmtenet in de wijk Noord         | Nog niet gestart   | Start gepland in 2026.",
        ],
        ["D4   | Deelauto's voor ambtenaren         | Vervallen          | Te weinig gebruik."],
        [
            ("D1", "Zonnepanelen op het gemeentehuis", "completed"),
            ("D2", "Isolatie van de sporthal", "partly_completed"),  # "Fase 1 is klaar; fase 2 volgt"
            ("D3", "Warmtenet in de wijk Noord", "not_started"),
            ("D4", "Deelauto's voor ambtenaren", "cancelled"),
        ],
    ),
}


def _document(language: str) -> str:
    title, header, first_page, second_page, _ = CASES[language]
    return f"{title}\n\n{_table(header, first_page)}\n\nSide 1 af 2\n{title}\n\n{_table(header, second_page)}\n"


@pytest.mark.parametrize("language", list(CASES))
def test_each_row_of_a_padded_pipe_table_is_one_action_across_wraps_and_page_breaks(language):
    assert rows(_document(language), language) == CASES[language][4]


@pytest.mark.parametrize("language", list(CASES))
def test_a_wrapped_cell_is_joined_to_the_row_above(language):
    _, header, first_page, _, _ = CASES[language]
    text, _ = normalise([_table(header, first_page)])
    wrapped = [line for line in text.splitlines() if line.startswith(first_page[1][:2])]
    assert len(wrapped) == 1
    assert wrapped[0].endswith(first_page[2].split("|")[-1].strip())
    assert "\t" not in text  # the padding beside a pipe is layout, not another column


def test_a_row_with_its_own_first_cell_is_not_a_continuation():
    text, _ = normalise(["A1 | Cykelsti | I gang\nA2 | Skolevej | Gennemført"])
    assert text.splitlines() == ["A1 | Cykelsti | I gang", "A2 | Skolevej | Gennemført"]
