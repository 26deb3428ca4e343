"""Decision tables, cell by cell: a vote column's counts and parties against, a subject's own bracket kept beside
submitters and labels dropped, a table broken by a page that goes on without its header; and tables that look
like decision lists but have no decision column (agenda, budget, attendance, tracker)."""

from __future__ import annotations

import pytest

from tests.extract.votes.test_family_decision_tables import decided

BROKEN = [
    ("da", "| Nr. | Sag | Beslutning |", "| 1 | Dagsorden | Godkendt |\n\n| 2 | Budget | Godkendt |", ["1", "2"]),
    ("nl", "| Nr. | Onderwerp | Besluit |", "| 3 | Nota | Vastgesteld |\n\n\n| 4 | Motie | Verworpen |", ["3", "4"]),
    (
        "nb",
        "| Sak | Tittel | Vedtak | Votering |",
        "| 5/26 | Budsjett | Vedtatt | Enstemmig |\n\n| 6/26 | Plan | Vedtatt | Enstemmig |",
        ["5/26", "6/26"],
    ),
    ("nn", "| Sak | Tittel | Vedtak |", "| 7/26 | Plan | Vedteke |\n\n| 8/26 | Bru | Utsett |", ["7/26", "8/26"]),
    ("nl", "| Nr. | Onderwerp | Besluit |", "| 9 | Nota | Vastgesteld |\n\nDe raad.\n\n| 10 | Motie | 12 | 8 |", ["9"]),
]


@pytest.mark.parametrize(("language", "header", "rows", "cases"), BROKEN)
def test_a_decision_table_broken_by_a_page_goes_on_without_its_header(language, header, rows, cases):
    ruler = "|---" * header.count(" | ") + "|---|"
    assert [r[0] for r in decided(f"{header}\n{ruler}\n{rows}\n", language)] == cases


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("da", "Lokalplan 88 (Bymidten)"),
        ("nl", "Kadernota (fase 2)"),
        ("nb", "Reguleringsplan (gnr. 12 bnr. 4)"),
        ("nn", "Budsjett (revidert)"),
        ("nl", "Verordening (wijziging 2026)"),
    ],
)
def test_a_bracket_that_is_part_of_the_title_stays_in_the_subject(language, subject):
    header = {"da": "| Nr. | Sag | Beslutning |", "nl": "| Nr. | Onderwerp | Besluit |"}
    header = header.get(language, "| Sak | Tittel | Vedtak |")
    outcome = {"da": "Godkendt", "nl": "Vastgesteld", "nb": "Vedtatt", "nn": "Vedteke"}[language]
    rows = decided(f"{header}\n|---|---|---|\n| 12/26 | {subject} | {outcome} |\n", language)
    assert [r[1] for r in rows] == [subject]


VOTE_HEADERS = {
    "nl": "| Nr. | Onderwerp | Besluit | Stemmen |",
    "da": "| Nr. | Sag | Beslutning | Afstemning |",
    "nb": "| Sak | Tittel | Vedtak | Votering |",
    "nn": "| Sak | Tittel | Vedtak | Røysting |",
}
ADOPTED = {"nl": "Goedgekeurd", "da": "Godkendt", "nb": "Vedtatt", "nn": "Vedteke"}


@pytest.mark.parametrize(
    ("language", "cell", "expected"),
    [
        ("nl", "20 ja, 8 neen, 2 onthoudingen", (False, 20, 8, None)),
        ("nl", "20 ja-stemmen, 8 neen-stemmen", (False, 20, 8, None)),
        ("nl", "22-5", (False, 22, 5, None)),
        ("nl", "voor: 22, tegen: 5 (PVV)", (False, 22, 5, '{"PVV":5}')),
        ("nl", "unaniem", (True, None, 0, None)),
        ("nl", "22 voor, 0 tegen", (True, 22, 0, None)),
        ("da", "15-4", (False, 15, 4, None)),
        ("da", "15 for, 4 imod", (False, 15, 4, None)),
        ("da", "For: 15, imod: 4 (F, Ø)", (False, 15, 4, None)),
        ("da", "Enstemmigt", (True, None, 0, None)),
        ("da", "15 for, 4 imod (Ø 4)", (False, 15, 4, '{"Ø":4}')),
        ("nb", "25-8", (False, 25, 8, None)),
        ("nb", "25 mot 8", (False, 25, 8, None)),
        ("nb", "25 mot 8 stemmer (FrP 5, H 3)", (False, 25, 8, '{"FrP":5,"H":3}')),
        ("nb", "Enstemmig", (True, None, 0, None)),
        ("nb", "For: 25, mot: 8", (False, 25, 8, None)),
        ("nn", "19 mot 2", (False, 19, 2, None)),
        ("nn", "19-2 (Sp)", (False, 19, 2, '{"Sp":2}')),
        ("nn", "Samrøystes", (True, None, 0, None)),
        ("nn", "For: 19, mot: 2", (False, 19, 2, None)),
    ],
)
def test_a_vote_column_gives_the_rows_counts_and_the_parties_against(language, cell, expected):
    table = f"{VOTE_HEADERS[language]}\n|---|---|---|---|\n| 12/26 | Plan | {ADOPTED[language]} | {cell} |\n"
    assert [r[3:] for r in decided(table, language)] == [expected]


NOT_DECISION_TABLES = [
    ("da", "| Nr. | Sag | Side |\n|---|---|---|\n| 101 | Budget 2027 godkendt af udvalget | 4 |\n| 102 | Plan | 9 |\n"),
    ("da", "| Navn | Parti | Mødt |\n|---|---|---|\n| Anne Hansen | A | Ja, godkendt afbud |\n"),
    ("nb", "| Tiltak | Ansvar | Status |\n|---|---|---|\n| 1.2 | Kommunalsjef | Vedtatt og gjennomført |\n"),
    ("nb", "| Post | Budsjett 2026 | Regnskap 2025 |\n|---|---|---|\n| 12/26 | 1 200 000 | Vedtatt 1 100 000 |\n"),
    ("nn", "| Saksnr. | Tittel |\n|---|---|\n| 20/26 | Budsjett 2027 vedteke i formannskapet |\n"),
    ("nl", "| Nr. | Onderwerp | Status |\n|---|---|---|\n| 3 | Motie bomenkap aangenomen | Afgerond |\n"),
    ("nl", "| Programma | Begroting 2026 | Realisatie |\n|---|---|---|\n| 4 | 1.250.000 | 1.100.000 |\n"),
    ("nl", "| Agendapunt | Onderwerp | Wethouder |\n|---|---|---|\n| 5 | Kadernota vastgesteld | Jansen |\n"),
]


@pytest.mark.parametrize(("language", "table"), NOT_DECISION_TABLES)
def test_a_table_without_a_decision_column_records_no_decision_row_by_row(language, table):
    assert decided(table, language) == []


EXPLAINED_COUNTS = [
    (
        "da",
        "| Nr. | Sag | Beslutning |",
        "| 201 | Budget 2027 | Godkendt |",
        "Ad 201. Budget 2027",
        "Budgettet blev godkendt med 17 stemmer mod 8.",
        (17, 8),
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |",
        "| 8 | Kadernota | Vastgesteld |",
        "Toelichting bij agendapunt 8",
        "De kadernota is met 25 stemmen voor en 4 stemmen tegen aangenomen.",
        (25, 4),
    ),
    (
        "nb",
        "| Saksnr. | Tittel | Vedtak |",
        "| 20/26 | Budsjett 2027 | Vedtatt |",
        "Til sak 20/26 Budsjett 2027",
        "Innstillingen ble vedtatt mot 8 stemmer.",
        (None, 8),
    ),
    (
        "nn",
        "| Sak | Tittel | Vedtak |",
        "| 21/26 | Budsjett 2027 | Vedteke |",
        "Ad sak 21/26 Budsjett 2027",
        "Innstillinga vart vedteken med 20 mot 5 røyster.",
        (20, 5),
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |",
        "| 5 | Bestemmingsplan | Aangenomen |",
        "Ad 5. Bestemmingsplan",
        "Het amendement is verworpen met 9 stemmen voor en 18 stemmen tegen.",
        (None, None),
    ),
    (
        "da",
        "| Nr. | Sag | Beslutning |",
        "| 7 | Plan | Godkendt med 15 stemmer mod 4. |",
        "Ad 7. Plan",
        "Planen blev godkendt med 16 stemmer mod 3.",
        (15, 4),
    ),
]


@pytest.mark.parametrize(("language", "header", "row", "heading", "note", "counts"), EXPLAINED_COUNTS)
def test_a_note_below_the_table_gives_its_counts_to_a_row_of_the_same_outcome_that_had_none(
    language, header, row, heading, note, counts
):
    text = f"{header}\n|---|---|---|\n{row}\n\n{heading}\n\n{note}\n"
    assert [(r[4], r[5]) for r in decided(text, language)] == [counts]


POINTED = [
    (
        "da",
        "| Nr. | Sag | Beslutning |",
        "| 79 | Årsregnskab | Godkendt, se afstemning nedenfor |",
        "Ad 79 – Årsregnskab\nRegnskabet blev godkendt med 16 stemmer mod 2.\n",
        ("79", "adopted", 16, 2),
    ),
    (
        "nb",
        "| Sak | Tittel | Vedtak |",
        "| 12/26 | Budsjett | Vedtatt, se votering nedenfor |",
        "Til sak 12/26 – Budsjett\nBudsjettet ble vedtatt med 25 mot 8 stemmer.\n",
        ("12/26", "adopted", 25, 8),
    ),
    (
        "nn",
        "| Sak | Tittel | Vedtak |",
        "| 7/26 | Bru | Vedteke, sjå røysting nedanfor |",
        "Til sak 7/26 – Bru\nFramlegget vart vedteke med 12 mot 5 røyster.\n",
        ("7/26", "adopted", 12, 5),
    ),
    (
        "nl",
        "| Nr. | Onderwerp | Besluit |",
        "| 5 | Begroting | Aangenomen, zie stemming hieronder |",
        "Ad 5.\nHet voorstel is aangenomen met 20 stemmen voor en 9 tegen.\n",
        ("5", "adopted", 20, 9),
    ),
    (
        "da",
        "| Nr. | Sag | Beslutning |",
        "| 12 | Lokalplan 88 | Forkastet, se bemærkninger nedenfor |",
        "",
        ("12", "rejected", None, None),
    ),
]


@pytest.mark.parametrize(("language", "header", "row", "note", "expected"), POINTED)
def test_an_outcome_cell_that_points_to_its_vote_below_is_the_rows_decision(language, header, row, note, expected):
    ruler = "|---" * header.count(" | ") + "|---|"
    found = [(r[0], r[2], r[4], r[5]) for r in decided(f"{header}\n{ruler}\n{row}\n\n{note}", language)]
    assert found == [expected]
