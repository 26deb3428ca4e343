"""A Danish case header may carry the case's archive number in a column of its own after the title, set off by a
wide gap: labelled ("79  Årsregnskab 2025 <gap> Sags-id: 25/3310", "Punkt 112  Regnskab <gap> Sag 26/2210") or
bare ("<gap> 26/0433"). The column is the archive number, not title text, and it does not stop the line from
opening its case (models/votes/da.json `archive_column_labels`, fragment `archive_column` in `ruled_case_lines`).
Look-alikes: a bare numbered line with a title and a result column stays no case header; "Sag 12" at a line's
start still numbers the case; a title that itself ends in a number ("Lokalplan 3.77") keeps it.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Kommunalbestyrelsen\nBeslutningsprotokol\nTirsdag den 16. juni 2026\n\n"
RULE = "-" * 70 + "\n"


GAP = "      "  # the wide gap before a column, read as a tab


@pytest.mark.parametrize(
    ("case", "title", "column", "archive"),
    [
        ("79", "Årsregnskab 2025", "Sags-id: 25/3310", "25/3310"),
        ("80", "Trafiksikkerhedsplan 2026-2030", "Sagsnr.: 26/0412", "26/0412"),
        ("112", "Salg af grund ved Havnevej", "Sag: 24/11873", "24/11873"),
        ("7", "Budgetproces 2027-2030", "J.nr. 26/118", "26/118"),
        ("45", "Forslag fra Venstre om gratis parkering", "26/0977", "26/0977"),
        ("203", "Vejnavne i ny udstykning, Nordby", "Sag 25/2290-3", "25/2290-3"),
    ],
)
def test_a_ruled_case_header_with_an_archive_column_opens_its_case(case, title, column, archive):
    text = HEAD + RULE + f"{case}  {title}{GAP}{column}\nBeslutning:\nGodkendt.\n"
    rows = votes(text, "da")
    assert [(r.case_number, r.subject, r.archive_case) for r in rows] == [(case, title, archive)]


def test_each_case_under_its_own_rule_keeps_its_number_when_the_first_has_no_column():
    text = (
        HEAD
        + RULE
        + "78  Godkendelse af dagsorden\nBeslutning: Godkendt.\n"
        + RULE
        + "79  Årsregnskab 2025      Sags-id: 25/3310\n"
        + "Beslutning i Kommunalbestyrelsen:\nGodkendt med 18 stemmer for og 0 imod.\n"
        + RULE
        + "80  Trafiksikkerhedsplan 2026-2030      Sags-id: 26/0412\n"
        + "Beslutning:\nGodkendt.\n"
    )
    rows = votes(text, "da")
    assert [(r.case_number, r.subject) for r in rows] == [
        ("78", "Godkendelse af dagsorden"),
        ("79", "Årsregnskab 2025"),
        ("80", "Trafiksikkerhedsplan 2026-2030"),
    ]


@pytest.mark.parametrize(
    ("prefix", "case", "title", "column"),
    [
        ("Punkt", "112", "Regnskab 2025 for forsyningen", "Sag 26/2210"),
        ("Pkt.", "45", "Ladestandere på kommunale parkeringspladser", "Sag: 26/0711"),
        ("Punkt", "9", "Lokalplan 3.77 - Boliger ved stationen", "Sags-id: 24/8831"),
        ("Punkt", "14", "Medborgerskabspolitik - godkendelse", "Sag 25/14402"),
        ("Pkt.", "3", "Takster for svømmehallen 2027", "Sag 26/01876"),
    ],
)
def test_a_prefixed_case_header_drops_its_archive_column_from_the_title(prefix, case, title, column):
    rows = votes(HEAD + f"{prefix} {case}  {title}{GAP}{column}\nBeslutning:\nGodkendt.\n", "da")
    assert [(r.case_number, r.subject) for r in rows] == [(case, title)]


def test_a_numbered_line_with_a_result_column_is_no_case_header():
    text = (
        HEAD + "Sag   Titel                                   Beslutning\n"
        "----  --------------------------------------  ----------\n"
        " 71   Godkendelse af dagsorden                Godkendt\n"
        " 72   Regnskab 2025                           Godkendt\n"
    )
    assert all(r.case_number not in ("71", "72") or "\t" not in (r.subject or "") for r in votes(text, "da"))


def test_a_case_label_at_the_line_start_still_numbers_the_case():
    rows = votes(HEAD + "Sag 12 Budget 2027\nBeslutning:\nGodkendt.\n", "da")
    assert [(r.case_number, r.subject) for r in rows] == [("12", "Budget 2027")]


def test_a_title_ending_in_a_plan_number_keeps_it():
    rows = votes(HEAD + RULE + "31  Lokalplan 412 for boligområdet ved Fruevej\nBeslutning:\nGodkendt.\n", "da")
    assert [(r.case_number, r.subject) for r in rows] == [("31", "Lokalplan 412 for boligområdet ved Fruevej")]
