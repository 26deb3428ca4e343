"""Family: a plan's themes in a text table under a cue heading or lead-in, with a ruler under the header
("-----  -----", "=====\t=====") and descriptions wrapped onto lines of their own: every row's first
cell is a theme; the ruler and the wrapped rests are no rows and do not end the table. Tables written
for these tests (five layouts per language)."""

from __future__ import annotations

import pytest

LANGUAGES = {
    "da": ("Byrådet har valgt fire indsatsområder for perioden:", "Indsatsområde\tMål",
           ["Levende landsbyer", "Tryg opvækst", "Grøn vækst", "Sundhed hele livet"],
           "alle skal have\ngode muligheder.", "Hvert indsatsområde har egne mål."),
    "nb": ("Kommunestyret har valgt fire satsingsområder for planperioden:", "Satsingsområde\tMål",
           ["Levende bygder", "Trygg oppvekst", "Grønn verdiskaping", "Helse hele livet"],
           "alle skal ha\ngode muligheter.", "Hvert satsingsområde har egne delmål."),
    "nn": ("Kommunestyret har vald fire satsingsområde for planperioden:", "Satsingsområde\tMål",
           ["Levande bygder", "Trygg oppvekst", "Grøn verdiskaping", "Helse heile livet"],
           "alle skal ha\ngode moglegheiter.", "Kvart satsingsområde har eigne delmål."),
    "nl": ("De raad heeft vier speerpunten gekozen:", "Speerpunt\tDoel",
           ["Levendige kernen", "Veilig opgroeien", "Groene economie", "Gezond leven"],
           "iedereen krijgt\ngoede kansen.", "Elk speerpunt heeft eigen doelen."),
}
RULERS = ["---------------------  ------------------------", "=====================\t========================",
          "---------------------\t------------------------", "", "- - - - - - - - - -   - - - - - - - - - - -"]


def _table(language: str, ruler: str, wrapped: bool, lettered: bool) -> str:
    lead, header, themes, rest, after = LANGUAGES[language]
    first, second = rest.split("\n")
    rows = []
    for n, theme in enumerate(themes):
        mark = f"{'ABCD'[n]}  " if lettered else ""
        rows.append(f"{mark}{theme}\t{first}" + (f"\n{second}" if wrapped else f" {second}"))
    lines = [lead, header, *([ruler] if ruler else []), *rows, *([ruler] if ruler else [])]
    return "Plan 2026-2038\n\n" + "\n".join(lines) + f"\n\n{after}\n"


CASES = [(lang, ruler, n % 2 == 0, n >= 3) for lang in LANGUAGES for n, ruler in enumerate(RULERS)]


@pytest.mark.parametrize(("language", "ruler", "wrapped", "lettered"), CASES)
def test_a_ruled_theme_table_with_wrapped_cells_gives_every_row(labels, language, ruler, wrapped, lettered):
    assert labels(_table(language, ruler, wrapped, lettered), language) == LANGUAGES[language][2]
