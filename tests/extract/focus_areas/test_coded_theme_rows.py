"""Family: a plan's themes as a table without a header under a cue heading, each row a code and the
theme's name ("BD 1   Een veilige gemeente", "SM2\tGrøn omstilling", "Mål 3   Trygg oppvekst"): the
names are the themes, the first row included; the codes are no labels. Tables written for these
tests; look-alikes: a table with its own header still reads the cue's column."""

from __future__ import annotations

import pytest

TABLES = [
    (
        "nl",
        "Overzicht beleidsdoelstellingen\n\nBD 1   Een bereikbare gemeente\nBD 2   Betaalbaar wonen\n"
        "BD 3   Een bruisend centrum\nBD 4   Een groene leefomgeving\n",
        ["Een bereikbare gemeente", "Betaalbaar wonen", "Een bruisend centrum", "Een groene leefomgeving"],
    ),
    (
        "nl",
        "Onze speerpunten\nSD1\tZorg dichtbij\nSD2\tWerk voor iedereen\nSD3\tSterke wijken\n",
        ["Zorg dichtbij", "Werk voor iedereen", "Sterke wijken"],
    ),
    (
        "da",
        "Strategiens indsatsområder\n\nIO 1    Grøn omstilling\nIO 2    Levende landsbyer\n"
        "IO 3    Sundhed hele livet\n",
        ["Grøn omstilling", "Levende landsbyer", "Sundhed hele livet"],
    ),
    (
        "nb",
        "Satsingsområder i planperioden:\nS1      Trygg oppvekst\nS2      Grønn verdiskaping\n"
        "S3      Levende sentrum\nS4      God helse\n",
        ["Trygg oppvekst", "Grønn verdiskaping", "Levende sentrum", "God helse"],
    ),
    (
        "nn",
        "Satsingsområde\n\n1.      Folkehelse\n2.      Berekraftig næringsliv\n3.      Gode bygder å bu i\n",
        ["Folkehelse", "Berekraftig næringsliv", "Gode bygder å bu i"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), TABLES)
def test_coded_rows_under_a_cue_heading_give_their_names_first_row_included(labels, language, text, expected):
    assert labels(text, language) == expected


def test_a_table_with_a_header_still_reads_the_cue_column(labels):
    text = "Vores indsatsområder\n\nNr.\tIndsatsområde\n1\tGrøn omstilling\n2\tLevende landsbyer\n3\tTryg opvækst\n"
    assert labels(text, "da") == ["Grøn omstilling", "Levende landsbyer", "Tryg opvækst"]
