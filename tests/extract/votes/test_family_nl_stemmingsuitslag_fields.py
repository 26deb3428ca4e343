"""Vote result pages label each result 'Stemmingsuitslag:' (as they label it 'Uitslag:' or 'Stemuitslag:'): under one
agenda item, each proposal line ('Motie 4.1 "Title" (parties)', 'Amendement A2 ...', 'Raadsvoorstel ...') with its own
result field is a vote of its own, and a bare 'Unaniem' under a count with nobody against restates that count. A page
title or a closing sentence naming the results ('De stemmingsuitslagen zijn voorlopig.') is no vote."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Gemeenteraad\nDatum: dinsdag 24 november 2026\n\n"


def _rows(body: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(HEAD + body, "nl")]


@pytest.mark.parametrize(
    ("label", "indent"),
    [
        ("Stemmingsuitslag", "  "),
        ("Stemmingsuitslag", ""),
        ("Stemresultaat", "  "),
        ("Uitslag", "  "),
        ("Stemuitslag", "\t"),
    ],
)
def test_each_proposal_with_its_own_result_field_is_a_vote(label, indent):
    body = (
        "Agendapunt 4  Programmabegroting 2027-2030\n\n"
        f'{indent}Motie 4.1 "Groene schoolpleinen" (GroenLinks-PvdA, D66)\n'
        f"{indent}{label}: Verworpen\n{indent}Voor: 5   Tegen: 11\n\n"
        f'{indent}Amendement 4.2 "Onderhoud fietspaden naar voren halen" (VVD, CDA)\n'
        f"{indent}{label}: Aangenomen\n{indent}Voor: 9   Tegen: 7\n\n"
        f"{indent}Raadsvoorstel Programmabegroting 2027-2030 (zoals geamendeerd)\n"
        f"{indent}{label}: Aangenomen\n{indent}Voor: 11   Tegen: 5\n"
    )
    rows = _rows(body)
    assert [(case, outcome, yes, no) for case, _, outcome, yes, no in rows] == [
        ("4", "rejected", 5, 11),
        ("4", "adopted", 9, 7),
        ("4", "adopted", 11, 5),
    ]
    assert "Groene schoolpleinen" in rows[0][1] and "Onderhoud fietspaden" in rows[1][1]


@pytest.mark.parametrize(
    ("result", "outcome"),
    [
        ("Stemmingsuitslag: Aangenomen", "adopted"),
        ("Stemmingsuitslag: Verworpen", "rejected"),
        ("Stemmingsuitslag: aangenomen met 14 stemmen voor en 3 tegen", "adopted"),
        ("Stemmingsuitslag: Aangehouden", "postponed"),
        ("Stemmingsuitslag: Unaniem aangenomen", "adopted"),
    ],
)
def test_a_stemmingsuitslag_field_gives_the_items_outcome(result, outcome):
    rows = _rows(f"Agendapunt 7  Vaststellen Nota grondbeleid 2027\n  {result}\n")
    assert [(case, subject, found) for case, subject, found, _, _ in rows] == [
        ("7", "Vaststellen Nota grondbeleid 2027", outcome)
    ]


@pytest.mark.parametrize("tail", ["Unaniem", "Unaniem.", "Met algemene stemmen", "unaniem aangenomen"])
def test_unanimity_under_a_count_with_nobody_against_restates_it(tail):
    item = "Agendapunt 7  Vaststellen Nota grondbeleid 2027\n  Stemmingsuitslag: Aangenomen\n"
    rows = _rows(f"{item}  Voor: 16   Tegen: 0\n  {tail}\n")
    assert [(case, outcome, yes, no) for case, _, outcome, yes, no in rows] == [("7", "adopted", 16, 0)]


def test_unanimity_of_another_vote_below_a_split_count_is_its_own_row():
    rows = _rows(
        "Agendapunt 7  Vaststellen Nota grondbeleid 2027\n  Stemmingsuitslag: Aangenomen\n  Voor: 12   Tegen: 4\n\n"
        "Agendapunt 8  Benoeming lid rekenkamercommissie\n  Stemmingsuitslag: Unaniem aangenomen\n"
    )
    assert [(case, outcome, yes, no) for case, _, outcome, yes, no in rows] == [
        ("7", "adopted", 12, 4),
        ("8", "adopted", None, 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Stemmingsuitslagen",
        "De stemmingsuitslagen zijn voorlopig.",
        "Stemmingsuitslag: zie de bijlage bij de besluitenlijst",
    ],
)
def test_a_line_naming_the_results_is_no_vote(line):
    rows = _rows(f"{line}\n\nAgendapunt 7  Vaststellen Nota grondbeleid 2027\n  Stemmingsuitslag: Aangenomen\n")
    assert [(case, outcome) for case, _, outcome, _, _ in rows] == [("7", "adopted")]
