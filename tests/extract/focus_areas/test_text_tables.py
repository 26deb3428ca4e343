"""Themes in a table written as text (tabs or wide gaps): the column the cue word heads, or under a cue
heading the table's first column (past a row-number column); never whole rows with their cells."""

from __future__ import annotations

import pytest


def table(rows: list[list[str]], gap: str) -> str:
    return "\n".join(gap.join(row) for row in rows)


def padded(rows: list[list[str]]) -> str:
    width = max(len(cell) for row in rows for cell in row) + 3
    return "\n".join("".join(cell.ljust(width) for cell in row).rstrip() for row in rows)


CASES = [
    (
        "da",
        "Indsatsområder",
        [
            ["Område", "Målsætning"],
            ["Sundhed", "Flere sunde år"],
            ["Læring", "Alle får en uddannelse"],
            ["Trivsel", "Færre ensomme"],
        ],
        ["Sundhed", "Læring", "Trivsel"],
    ),
    (
        "da",
        "Strategiens fokusområder:",
        [
            ["Nr.", "Fokusområde", "Ansvarligt udvalg"],
            ["1", "Grøn omstilling", "Teknik og miljø"],
            ["2", "Erhverv", "Økonomiudvalget"],
        ],
        ["Grøn omstilling", "Erhverv"],
    ),
    (
        "da",
        "Politikken i overblik",
        [
            ["Mål", "Tema", "Indikator"],
            ["Færre ensomme", "Fællesskab", "Trivselsmåling"],
            ["Flere i job", "Beskæftigelse", "Ledighed"],
        ],
        ["Fællesskab", "Beskæftigelse"],
    ),
    (
        "nb",
        "Satsingsområder",
        [
            ["Område", "Mål for 2030"],
            ["Klima og miljø", "Halvere utslippene"],
            ["Folkehelse", "Flere aktive"],
            ["Næring", "Flere arbeidsplasser"],
        ],
        ["Klima og miljø", "Folkehelse", "Næring"],
    ),
    (
        "nb",
        "Planens innsatsområder:",
        [["Nr", "Innsatsområde", "Ansvar"], ["1", "Oppvekst", "Kommunalsjef oppvekst"], ["2", "Helse", "Helsesjef"]],
        ["Oppvekst", "Helse"],
    ),
    (
        "nn",
        "Satsingsområde",
        [
            ["Område", "Mål"],
            ["Oppvekst", "Alle barn skal meistre skulen"],
            ["Bustad", "Nok bustader"],
            ["Samferdsel", "Trygge vegar"],
        ],
        ["Oppvekst", "Bustad", "Samferdsel"],
    ),
    (
        "nn",
        "Hovudmåla i planen:",
        [
            ["Hovudmål", "Delmål"],
            ["Gode oppvekstvilkår", "Fleire fullfører skulen"],
            ["Eit levande lokalsamfunn", "Fleire innbyggjarar"],
        ],
        ["Gode oppvekstvilkår", "Eit levande lokalsamfunn"],
    ),
    (
        "nl",
        "Speerpunten",
        [
            ["Onderwerp", "Doel", "Budget"],
            ["Wonen", "3.000 woningen", "12 mln"],
            ["Zorg", "Zorg dichtbij", "8 mln"],
            ["Klimaat", "Minder uitstoot", "5 mln"],
        ],
        ["Wonen", "Zorg", "Klimaat"],
    ),
    (
        "nl",
        "De opgaven van het college:",
        [
            ["Nr.", "Opgave", "Portefeuillehouder"],
            ["1", "Energietransitie", "Wethouder A"],
            ["2", "Woningbouw", "Wethouder B"],
        ],
        ["Energietransitie", "Woningbouw"],
    ),
    (
        "nl",
        "Pijlers",
        [["Pijler", "Toelichting"], ["Veilig", "Een veilige buurt"], ["Gezond", "Iedereen doet mee"]],
        ["Veilig", "Gezond"],
    ),
]


@pytest.mark.parametrize(("language", "cue", "rows", "expected"), CASES)
def test_a_tab_table_under_a_cue_gives_the_theme_column(labels, language, cue, rows, expected):
    text = f"Strategi\n\n{cue}\n{table(rows, chr(9))}\n\nTeksten fortsætter her med en længere forklaring."
    assert labels(text, language) == expected


@pytest.mark.parametrize(("language", "cue", "rows", "expected"), CASES)
def test_a_table_aligned_with_spaces_gives_the_same_column(labels, language, cue, rows, expected):
    text = f"Strategi\n\n{cue}\n{padded(rows)}\n\nTeksten fortsætter her med en længere forklaring."
    assert labels(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "Budget\n\nPost\tBeløb\nDrift\t12 mio.\nAnlæg\t4 mio."),
        ("nb", "Møteplan\n\nDato\tSted\n12. mars\tRådhuset\n9. april\tKulturhuset"),
        ("nn", "Økonomi\n\nPost\tBeløp\nDrift\t12 mill.\nInvestering\t4 mill."),
        ("nl", "Begroting\n\nPost\tBedrag\nExploitatie\t12 mln\nInvesteringen\t4 mln"),
        ("nl", "Contact\n\nNaam\tTelefoon\nJan Jansen\t0612345678\nPiet Pieters\t0687654321"),
    ],
)
def test_a_table_without_a_cue_is_no_theme_list(labels, language, text):
    assert labels(text, language) == []
