"""A project table row whose project is named after its programme ('LIFE CoastAdapt | LIFE-programmet', 'Erasmus+
Skolebro | Erasmus+'): the name in the project cell is judged first and stopped there (a project's name, another
body in the row), but the programme column's own cell is the participation, judged on its own rather than skipped as
a second mention of the same row. Look-alike: a programme only in a project's name, its column naming another."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

INTRO = {
    "da": "{town} Kommune deltager i disse EU-finansierede projekter, som kommunen selv er partner i.\n",
    "nb": "{town} kommune deltar i disse EU-finansierte prosjektene, der kommunen selv er partner.\n",
    "nn": "{town} kommune deltek i desse EU-finansierte prosjekta, der kommunen sjølv er partnar.\n",
    "nl": "De gemeente {town} neemt deel aan deze Europese projecten, waarin de gemeente zelf partner is.\n",
}


def _doc(language: str, town: str, heading: str, rows: str) -> str:
    return INTRO[language].format(town=town) + heading + rows


REPEATED = [
    (
        "da",
        "Svendborg",
        _doc(
            "da",
            "Svendborg",
            "Projekt\tProgram\tPeriode\tPartnere\n",
            "LIFE CoastAdapt\tLIFE-programmet\t2025-2029\tRegion Syddanmark\n",
        ),
        {"LIFE"},
    ),
    (
        "nb",
        "Bodø",
        _doc(
            "nb",
            "Bodø",
            "Prosjekt\tProgram\tPeriode\tPartnere\n",
            "Erasmus+ Ungdomsbro\tErasmus+\t2024–2026\tNordland fylkeskommune\n",
        ),
        {"Erasmus+"},
    ),
    (
        "nn",
        "Voss",
        _doc("nn", "Voss", "Prosjekt\tProgram\tPeriode\n", "LIFE Elvedal\tLIFE\t2025–2028\n"),
        {"LIFE"},
    ),
    (
        "nl",
        "Genk",
        _doc(
            "nl",
            "Genk",
            "Project\tProgramma\tLooptijd\tPartners\n",
            "Erasmus+ Jeugdbrug\tErasmus+\t2024-2026\tProvincie Limburg\n",
        ),
        {"Erasmus+"},
    ),
    (
        "da",
        "Aabenraa",
        _doc(
            "da",
            "Aabenraa",
            "Projekt\tProgram\tPeriode\tPartnere\n",
            "Interreg GrænseGrøn\tInterreg Deutschland-Danmark\t2024-2027\tKreis Schleswig-Flensburg\n",
        ),
        {"Interreg"},
    ),
]

NOT_HELD = [
    (  # the programme column names Interreg: LIFE stands only in the project's name
        "da",
        "Svendborg",
        _doc("da", "Svendborg", "Projekt\tProgram\tPeriode\n", "LIFE-Kyst\tInterreg Deutschland-Danmark\t2025-2028\n"),
        {"Interreg"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), REPEATED + NOT_HELD)
def test_the_programme_cell_of_a_row_named_after_its_programme_is_held(language, town, text, expected):
    assert networks(text, language, town) == expected
