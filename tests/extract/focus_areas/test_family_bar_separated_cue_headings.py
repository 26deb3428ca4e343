"""A theme heading sets its number off from its name with a bar ('Speerpunt 1 | Energieneutraal wonen en werken'),
as a designed page does with other separators: the name after the bar is the theme. Where the heading is a table
row ('Indsatsområde 1 | Grøn omstilling | 2026 | Teknik'), only its first cell after the number is the name. Texts
written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    (
        "nl",
        "Onze speerpunten\nDe agenda kent drie speerpunten.\n\nSpeerpunt 1 | Energieneutraal wonen\n"
        "Wat willen we bereiken? Minder aardgas.\n\nSpeerpunt 2 | Klimaatbestendige kernen\n"
        "Wat willen we bereiken? Geen wateroverlast.\n\nSpeerpunt 3 | Circulaire economie\n"
        "Wat willen we bereiken? Minder restafval.\n",
        ["Energieneutraal wonen", "Klimaatbestendige kernen", "Circulaire economie"],
    ),
    (
        "da",
        "Strategiens indsatsområder\n\nIndsatsområde 1 | Grøn omstilling\nVi vil halvere udledningen.\n\n"
        "Indsatsområde 2 | Sundhed og trivsel\nFlere skal være aktive.\n",
        ["Grøn omstilling", "Sundhed og trivsel"],
    ),
    (
        "nb",
        "Satsingsområder\n\nSatsingsområde 1 | Levende sentrum\nVi skal styrke handelen.\n\n"
        "Satsingsområde 2 | Gode oppvekstvilkår\nAlle barn skal ha et godt tilbud.\n\n"
        "Satsingsområde 3 | Klima og miljø\nUtslippene skal ned.\n",
        ["Levende sentrum", "Gode oppvekstvilkår", "Klima og miljø"],
    ),
    (
        "nn",
        "Innsatsområde\n\nInnsatsområde 1 | Busetjing og arbeid\nFleire skal busetje seg her.\n\n"
        "Innsatsområde 2 | Natur og friluftsliv\nTurstigar skal rustast opp.\n",
        ["Busetjing og arbeid", "Natur og friluftsliv"],
    ),
    (
        "da",
        "Indsatsområder\n\nIndsatsområde 1 | Grøn omstilling | 2026 | Teknik og Miljø\n"
        "Indsatsområde 2 | Sundhed og trivsel | 2027 | Sundhed\n",
        ["Grøn omstilling", "Sundhed og trivsel"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_the_name_after_a_numbered_cue_and_its_bar_is_the_theme(labels, language: str, text: str, expected: list[str]):
    assert labels(text, language) == expected


def test_a_bar_table_of_other_rows_gives_no_theme(labels):
    text = "Budget\n\nPost 1 | Drift | 2026 | 4,2 mio.\nPost 2 | Anlæg | 2027 | 1,1 mio.\n"
    assert labels(text, "da") == []
