"""Family: a report numbers its chapters and themes in digits ("2.1 Transport", "3.2 Bygg", "Tabel 4 Voortgang") and
puts each theme's status table right under its heading, the table's rows coded in the plan's own scheme ("1.1",
"1.2" under "2.1 Transport"): the heading is the table's caption, never an action, even where its number repeats a
row's code. The last row of a table standing right over the next table's header stays a row."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, text_of

WORDS = {
    "nb": ("| Nr | Tiltak | Status |", "Pågår", "Fullført"),
    "nn": ("| Nr | Tiltak | Status |", "Pågår", "Fullført"),
    "da": ("| Nr. | Handling | Status |", "I gang", "Gennemført"),
    "nl": ("| Nr | Actie | Status |", "Loopt", "Afgerond"),
}
SEP = "|----|------|------|"


def _table(language: str, group: int) -> list[str]:
    header, going, done = WORDS[language]
    return [
        header,
        SEP,
        f"| {group}.1 | Ny sti ved skolen {group} | {going} |",
        f"| {group}.2 | Nytt tak {group} | {done} |",
    ]


CASES = [
    ("nb", "2", ["2.1 Transport", "2.2 Energi og bygg"]),
    ("nn", "3", ["3.1 Mobilitet", "3.2 Natur og vatn"]),
    ("da", "4", ["4.1 Energi", "4.2 Klimatilpasning", "4.3 Affald"]),
    ("nl", "2", ["2.1 Energie", "2.2 Klimaatadaptatie"]),
    ("nb", "5", ["Tabell 5.1 Status for satsingsområde klima", "Tabell 5.2 Status for satsingsområde natur"]),
]


@pytest.mark.parametrize(("language", "chapter", "captions"), CASES)
def test_a_numbered_heading_right_over_a_status_table_is_its_caption(language, chapter, captions):
    body = [line for n, caption in enumerate(captions, start=1) for line in (caption, *_table(language, n), "")]
    text = text_of("Statusrapport 2026", "", f"{chapter}. Status per tema", "", *body)
    expected = [f"{n}.{k}" for n in range(1, len(captions) + 1) for k in (1, 2)]
    assert [code for code, _, _ in rows(text, language)] == expected


def test_the_last_row_over_the_next_tables_header_stays_a_row():
    text = text_of("Statusrapport 2026", "", "2. Status", "", *_table("nb", 1), *_table("nb", 2))
    assert [code for code, _, _ in rows(text, "nb")] == ["1.1", "1.2", "2.1", "2.2"]
