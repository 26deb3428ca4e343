"""Family: a project table whose programme column names the programme row by row, with cells that wrap onto a
second line ('Nord<TAB>Kemi' under the row it continues) and a row further down whose application was
refused ('LIFE (søknad avslått)'): the wrapped line neither ends the table nor hides the rows under it,
and one row's refusal speaks of that row only. Look-alikes: the refused row itself is no row; a case title whose
decision refuses it is still refused. Tables written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.networks.helpers import networks

_RULE = "  ---------------  ----------------------  -----------------  ---------\n"


def _table(heading: str, header: str, rows: str) -> str:
    return f"{heading}\n{header}\n{_RULE}{rows}"


TABLES = [
    (
        "nb",
        "Fjellby",
        _table(
            "EU-prosjekter",
            "  Prosjekt         Program                 Partnere           Periode",
            "  Grønn Kai        Interreg Aurora         Luleå,             2024–2027\n"
            "  Nord                                     Kemi\n"
            "  UngUt            Erasmus+                Tartu              2025–2026\n",
        ),
        {"Interreg", "Erasmus+"},
    ),
    (
        "nn",
        "Dalby",
        _table(
            "EU-prosjekt",
            "  Prosjekt         Program                 Partnarar          Periode",
            "  Fjordlys         Interreg Nordsjøen      Esbjerg            2023–2026\n"
            "  Skuleveg         Erasmus+                Pärnu              2024–2025\n"
            "  Kystvarme        LIFE (søknad avslått)   –                  –\n",
        ),
        {"Interreg", "Erasmus+"},
    ),
    (
        "da",
        "Vejby",
        _table(
            "EU-projekter",
            "  Projekt          Program                 Partnere           Periode",
            "  Havnestrøm       Interreg Deutschland-   Husum,             2024–2027\n"
            "  Nord             Danmark                 Niebüll\n"
            "  Unge i Europa    Erasmus+                Kalmar             2025–2026\n"
            "  Vådeng           LIFE                    –                  afslag 2025\n",
        ),
        {"Interreg", "Erasmus+"},
    ),
    (
        "nl",
        "Beekdorp",
        _table(
            "Europese projecten",
            "  Project          Programma               Partners           Looptijd",
            "  Groene Oever     Interreg Vlaanderen-    Sluis,             2023-2026\n"
            "  West             Nederland               Hulst\n"
            "  Jong Europa      Erasmus+                Tournai            2024-2025\n"
            "  Dijkpad          LIFE (afgewezen)        -                  -\n",
        ),
        {"Interreg", "Erasmus+"},
    ),
    (
        "nb",
        "Fjellby",
        _table(
            "Prosjekter med EU-midler",
            "  Prosjekt         Program                 Partnere           Periode",
            "  Havlys           Interreg Sverige-Norge  Åre                2024–2026\n"
            "  Havvarme         Interreg Aurora         –                  –\n"
            "                   (søknad avslått)\n",
        ),
        {"Interreg"},
    ),
]


@pytest.mark.parametrize(("language", "town", "text", "expected"), TABLES)
def test_rows_under_a_wrapped_row_or_above_a_refused_one_still_count(language, town, text, expected):
    assert networks(text, language, town) == expected


REFUSED_ONLY = [
    ("nb", "Fjellby", "Prosjekter\n  Prosjekt   Program   Status\n  Havlys   LIFE   søknad avslått\n"),
    ("nl", "Beekdorp", "Sak 12/26\tToetreding tot Energy Cities\nBesluit: Het voorstel wordt verworpen.\n"),
]


@pytest.mark.parametrize(("language", "town", "text"), REFUSED_ONLY)
def test_a_refused_row_or_a_refused_case_title_is_still_no_row(language, town, text):
    assert networks(text, language, town) == set()
