"""A line opening with a lettered sub-item number ("5b. Zienswijze ...", "3a) Verordening ...") is an item of its own,
never the wrapped end of the line above it, however long that line is; a line merely opening with a number and a
letter and no marker after them runs on as before."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

SUB_ITEMS = {
    "nl hamerstukken": [
        "Agendapunt 5 – Hamerstukken",
        "5a. Jaarstukken 2025 Recreatieschap West-Friesland en de begroting voor het jaar 2027",
        "5b. Zienswijze ontwerpbegroting 2027 GGD Hollands Noorden",
    ],
    "nl parenthesis": [
        "3a) Verordening jeugdhulp gemeente Molenlanden 2026 met de bijbehorende nadere regels",
        "3b) Zienswijze begroting 2027 Omgevingsdienst Zuid-Holland Zuid en de kadernota",
    ],
    "Flemish points": [
        "12a. Retributiereglement op het gebruik van de sporthal en de zalen in de deelgemeenten",
        "12b. Belastingreglement op de tweede verblijven voor de aanslagjaren 2026 tot en met 2031",
    ],
}


@pytest.mark.parametrize("lines", SUB_ITEMS.values(), ids=SUB_ITEMS.keys())
def test_lettered_sub_items_stay_separate_lines(lines):
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == lines


def test_a_wrapped_line_opening_with_a_number_and_a_word_still_runs_on():
    lines = [
        "De raad besluit het krediet voor de renovatie van de sporthal te verhogen met een bedrag van",
        "25a bijkomende werkdagen voor de aannemer, zoals in de raming van het college voorzien",
    ]
    text, _ = normalise(["\n".join(lines)])
    assert text.splitlines() == [" ".join(lines)]
