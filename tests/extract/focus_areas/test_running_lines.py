"""A page's running header or footer between theme sections ("Side 3 af 12", "Strategi 2030 | side 4",
"Coalitieakkoord – pagina 5") is no theme and does not break the run of theme headings."""

from __future__ import annotations

import pytest

from tests.extract.focus_areas.test_numbered_headings import BODY

CASES = {
    "da": (
        "Tre indsatsområder",
        ["Sundhed", "Læring", "Trivsel"],
        ["Side 3 af 12", "Strategi 2030 | side 4", "side 7", "4/12", "Sundhedspolitik – side 9"],
    ),
    "nb": (
        "Tre satsingsområder",
        ["Oppvekst", "Helse og omsorg", "Næring"],
        ["Side 3 av 12", "Kommuneplan 2024 | side 4", "side 7", "4 / 12", "Samfunnsdelen – side 9"],
    ),
    "nn": (
        "Tre satsingsområde",
        ["Oppvekst", "Helse og omsorg", "Næring"],
        ["Side 3 av 12", "Kommuneplan 2024 | side 4", "side 7", "4/12", "Samfunnsdelen - side 9"],
    ),
    "nl": (
        "Drie speerpunten",
        ["Wonen", "Werken en ondernemen", "Zorg"],
        ["Pagina 3 van 12", "Coalitieakkoord 2022-2026 – pagina 5", "blz. 7", "4/12", "Collegeprogramma | p. 9"],
    ),
}


@pytest.mark.parametrize(
    ("language", "running"),
    [(language, running) for language, (_, _, lines) in CASES.items() for running in lines],
)
def test_a_running_header_between_theme_sections_is_passed_over(labels, language, running):
    heading, themes, _ = CASES[language]
    body = BODY[language]
    sections = [f"{themes[0]}\n{body}", running, f"{themes[1]}\n{body}", f"{running}\n\n{themes[2]}\n{body}"]
    text = f"Strategi\n\n{heading}\n{body}\n\n" + "\n\n".join(sections)
    assert labels(text, language) == themes
