"""Danish case numbers as protocol systems print them (da): a committee code before a numbered case ("ØU 14/2026
Lokalplan ...", "KB-61/26 – ..."), "Punkt 61" / "Pkt. 88" headers with the archive number on a line of its own
("Sag nr. 26/4411"), and committee step headers naming the step's own item ("Behandling i Økonomiudvalget den
20. april 2026, punkt 88:", "..., ØU 14/2026:"): the step's item number is the step row's case number, the
council's own row keeps the case's."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = "Byrådet\n\nMødedato: 27. april 2026\n\n"
DECISION = "Beslutning\nGodkendt.\n"


@pytest.mark.parametrize(
    ("header", "case", "title"),
    [
        ("ØU 14/2026 Lokalplan for Bakkegården", "14/2026", "Lokalplan for Bakkegården"),
        ("KB-61/26 – Salg af grund på Havnevej", "61/26", "Salg af grund på Havnevej"),
        ("Åben BY 7/2026: Takster for 2027", "7/2026", "Takster for 2027"),
        ("TMU 22/26   Trafiksikkerhedsplan 2026-2029", "22/26", "Trafiksikkerhedsplan 2026-2029"),
        ("BUU-3/2026 Skolestruktur i Nordby", "3/2026", "Skolestruktur i Nordby"),
    ],
)
def test_committee_code_before_the_case_number_opens_the_case(header, case, title):
    rows = votes(f"{MEETING}{header}\n\n{DECISION}", "da")
    assert [(r.case_number, r.subject) for r in rows] == [(case, title)]


@pytest.mark.parametrize(
    ("header", "case", "archive"),
    [
        ("Punkt 61 Lokalplan for Bakkegården\nSag nr. 26/4411", "61", "26/4411"),
        ("Pkt. 88 Budgetopfølgning pr. 31. marts 2026\nSag nr 25/18820", "88", "25/18820"),
        ("Punkt 4: Vejnavne i Søholm\nSagnr. 26/301", "4", "26/301"),
        ("12. Lokalplan for Bakkegården\nSag nr. 26/4411-3", "12", "26/4411-3"),
        ("Åben punkt 9 - Årsregnskab 2025\n\nSag nr. 26/1950", "9", "26/1950"),
    ],
)
def test_case_number_line_under_a_numbered_case_is_its_archive_number(header, case, archive):
    rows = votes(f"{MEETING}{header}\n\n{DECISION}", "da")
    assert [(r.case_number, r.archive_case) for r in rows] == [(case, archive)]


STEP_CASE = (
    "Punkt 61 Lokalplan for Bakkegården\nSag nr. 26/4411\n\n"
    "Indstilling\nDirektionen indstiller, at lokalplanen vedtages.\n\n"
)


@pytest.mark.parametrize(
    ("step", "body", "item"),
    [
        ("Behandling i Økonomiudvalget den 20. april 2026, punkt 88:\nAnbefales.\n", "Økonomiudvalget", "88"),
        ("Økonomiudvalget, 20. april 2026, pkt. 88:\nAnbefales.\n", "Økonomiudvalget", "88"),
        ("Beslutning i Økonomiudvalget den 20.04.2026, pkt. 88\nAnbefales.\n", "Økonomiudvalget", "88"),
        ("Behandling i Økonomiudvalget den 20. april 2026, ØU 14/2026:\nAnbefales.\n", "Økonomiudvalget", "14/2026"),
        ("Økonomiudvalget den 20. april 2026, ØU-14:\nAnbefales.\n", "Økonomiudvalget", "14"),
        (
            "Beslutning i Teknik- og Miljøudvalget den 13. april 2026, TMU 31/26:\nAnbefales.\n",
            "Teknik- og Miljøudvalget",
            "31/26",
        ),
    ],
)
def test_step_header_item_is_the_step_rows_case_number(step, body, item):
    council = "\nBeslutning i Byrådet den 27. april 2026, punkt 61:\nGodkendt.\n"
    rows = votes(MEETING + STEP_CASE + step + council, "da")
    assert [(r.body, r.case_number, r.archive_case) for r in rows] == [
        (body, item, "26/4411"),
        ("Byrådet", "61", "26/4411"),
    ]


@pytest.mark.parametrize(
    ("header", "case"),
    [
        ("12. Lokalplan for Bakkegården\nLP 14/2026 er vedtaget af Økonomiudvalget.", "12"),  # a sentence, no header
        ("12. Vej nr. 14/26 og 16/26\nSag nr. 26/4411", "12"),  # numbers in the title stay the title's
    ],
)
def test_coded_numbers_inside_a_case_keep_the_case_header(header, case):
    rows = votes(f"{MEETING}{header}\n\n{DECISION}", "da")
    assert {r.case_number for r in rows} == {case}
