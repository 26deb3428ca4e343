"""Numbered themes laid out with a wide gap after the number ("1   Betaalbaar wonen", which text exports and the
normaliser write as "1<tab>Betaalbaar wonen"), each with a lead-in and bullets under it: the numbered lines are the
themes, as "1. Betaalbaar wonen" would be."""

from __future__ import annotations

import pytest

THEMES = {
    "nl": (
        "Onze speerpunten voor 2026-2030",
        ["Betaalbaar wonen voor jong en oud", "Een sterk sociaal domein", "Veilig en bereikbaar"],
        "Wat gaan we doen?",
    ),
    "da": (
        "Vores indsatsområder 2026-2030",
        ["Grøn omstilling i hele kommunen", "Trivsel for børn og unge", "Levende landsbyer"],
        "Det vil vi gøre:",
    ),
    "nb": (
        "Våre satsingsområder 2026-2030",
        ["Trygg oppvekst for alle", "Et grønt næringsliv", "Levende tettsteder"],
        "Dette vil vi gjøre:",
    ),
    "nn": (
        "Satsingsområda våre 2026-2030",
        ["Trygg oppvekst for alle", "Eit grønt næringsliv", "Levande bygder"],
        "Dette vil vi gjere:",
    ),
}


@pytest.mark.parametrize("language", sorted(THEMES))
@pytest.mark.parametrize("gap", ["   ", "\t", "    "])
def test_numbered_themes_with_a_wide_gap_after_the_number_are_the_themes(labels, language, gap):
    heading, names, lead_in = THEMES[language]
    body = "".join(
        f"{i}{gap}{name}\n    {lead_in}\n    - første tiltak for dette området\n    - andre tiltak her\n\n"
        for i, name in enumerate(names, 1)
    )
    assert labels(f"Koalitionsaftale 2026\n\n{heading}\n\n{body}Økonomi\nTekst om økonomien.\n", language) == names


def test_a_table_row_with_a_number_and_cells_is_no_theme_heading(labels):
    text = "Begroting 2027\n\nNr.\tPost\tBedrag\n1\tWegen\t400\n2\tGroen\t300\n3\tSport\t200\n"
    assert labels(text, "nl") == []
