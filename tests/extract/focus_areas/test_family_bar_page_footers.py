"""A page's running header or footer written as a title and its bare page number on either side of a bar
('Kommuneplan 2024-2036 | 7', '12 | Klimaplan') between theme headings is passed over: the themes after it are
still read. Look-alikes: a table written with bare bars keeps its rows, numbered or counted. Texts written for
these tests."""

from __future__ import annotations

import pytest


def _headed(cue: str, themes: list[tuple[str, str]], footers: list[str]) -> str:
    parts = []
    for (theme, body), footer in zip(themes, [*footers, ""], strict=True):
        parts.append(f"{theme}\n{body}\n\n{footer}\n" if footer else f"{theme}\n{body}\n")
    return f"Testkommune\nPlan 2024-2036\n\n{cue}\n\n" + "\n".join(parts)


CASES = [
    (
        "nn",
        _headed(
            "Satsingsområda våre",
            [
                ("Berekraftig lokalsamfunn", "Vi skal ta vare på natur og kulturlandskap i alle bygdene våre."),
                ("Næringsutvikling", "Vi skal leggje til rette for nye arbeidsplassar og gründerar."),
                ("Gode tenester", "Innbyggjarane skal få likeverdige tenester same kvar dei bur."),
            ],
            ["Kommuneplan 2024-2036 | 6", "Kommuneplan 2024-2036 | 7"],
        ),
        ["Berekraftig lokalsamfunn", "Næringsutvikling", "Gode tenester"],
    ),
    (
        "nb",
        _headed(
            "Våre satsingsområder",
            [
                ("Levende sentrum", "Vi skal ha flere boliger og butikker i sentrum av byen."),
                ("Grønn omstilling", "Kommunen skal kutte utslippene fra egen drift og innkjøp."),
                ("Trygg oppvekst", "Alle barn skal ha et godt og inkluderende oppvekstmiljø."),
            ],
            ["12 | Kommuneplanens samfunnsdel", "13 | Kommuneplanens samfunnsdel"],
        ),
        ["Levende sentrum", "Grønn omstilling", "Trygg oppvekst"],
    ),
    (
        "da",
        _headed(
            "Strategiens indsatsområder",
            [
                ("Grøn mobilitet", "Flere borgere skal cykle og tage bussen til arbejde og skole."),
                ("Energi og forsyning", "Fjernvarmen skal være fossilfri i løbet af planperioden."),
                ("Natur og vand", "Vi vil skabe mere sammenhængende natur langs vandløbene."),
            ],
            ["Klimastrategi 2030 | 4", "Klimastrategi 2030 | 5"],
        ),
        ["Grøn mobilitet", "Energi og forsyning", "Natur og vand"],
    ),
    (
        "nl",
        _headed(
            "Onze speerpunten",
            [
                ("Betaalbaar wonen", "We bouwen de komende jaren vooral sociale huur- en middenhuurwoningen."),
                ("Sterke kernen", "Voorzieningen blijven bereikbaar voor inwoners van alle dorpen."),
                ("Schone energie", "We plaatsen zonnepanelen op alle gemeentelijke gebouwen."),
            ],
            ["Woonvisie Testdorp | 8", "Woonvisie Testdorp | 9"],
        ),
        ["Betaalbaar wonen", "Sterke kernen", "Schone energie"],
    ),
    (
        "nb",
        _headed(
            "Satsingsområder",
            [
                ("Folkehelse", "Flere innbyggere skal være fysisk aktive i hverdagen sin."),
                ("Næring og arbeid", "Vi skal ha flere arbeidsplasser i privat sektor i kommunen."),
                ("Klima og miljø", "Kommunen skal redusere klimagassutslippene med 55 prosent."),
            ],
            ["Side 3 | Strategi 2030", "Strategi 2030 | 4"],
        ),
        ["Folkehelse", "Næring og arbeid", "Klima og miljø"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_bar_page_footer_between_theme_headings_is_passed_over(labels, language, text, expected):
    assert labels(text, language) == expected


TABLES = [
    (
        "da",
        "Indsatsområde | Antal tiltak\nEnergi | 4\nTransport | 6\nLandbrug | 3",
        ["Energi", "Transport", "Landbrug"],
    ),
    ("nb", "Nr | Innsatsområde\n1 | Energi\n2 | Transport\n3 | Landbruk", ["Energi", "Transport", "Landbruk"]),
]


@pytest.mark.parametrize(("language", "table", "expected"), TABLES)
def test_a_bare_bar_table_keeps_its_rows(labels, language, table, expected):
    assert labels(f"Testkommune\nKlimahandleplan 2025\n\n{table}\n\nStatus følger.\n", language) == expected
