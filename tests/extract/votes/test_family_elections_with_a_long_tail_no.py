"""Norwegian election lines that go on past the member elected: whom they replace and why ("Anne Lise Holm
(Ap) ble enstemmig valgt som nytt medlem etter Kjell Ove Nilsen, som har fått fritak fra vervet, jf. PS
19/26."). A line of a whole item that elects someone is the item's decision however long its tail; a line
that only recalls an election in the case's background, or elects nobody, is not an election row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {"nb": "Kommunestyret\n\nMøtedato: 18.06.2026\n\n", "nn": "Heradsstyret\n\nMøtedato: 18.06.2026\n\n"}
TITLE = "PS 40/26 Valg av medlem\n"


@pytest.mark.parametrize(
    ("language", "line", "unanimous"),
    [
        (
            "nb",
            "Behandling: Anne Lise Holm (Ap) ble enstemmig valgt som nytt medlem etter Kjell Ove Nilsen, "
            "som har fått fritak fra vervet, jf. PS 19/26.",
            True,
        ),
        (
            "nb",
            "Behandling: Per Olav Dahl (H) ble valgt som nytt varamedlem til formannskapet etter Siri Lund, "
            "som har flyttet fra kommunen i vår.",
            None,
        ),
        (
            "nn",
            "Røysting: Kari Nes (Sp) vart samrøystes vald som ny leiar i kontrollutvalet etter Ola Bø, "
            "som har fått fritak frå vervet ut perioden, jf. sak 12/26.",
            True,
        ),
        (
            "nn",
            "Handsaming: Eirik Haug (KrF) vart vald som nytt medlem i eldrerådet for resten av valperioden "
            "etter Liv Aas, som har flytta til Bergen.",
            None,
        ),
        (
            "nb",
            "Votering: Mona Berg (SV) ble enstemmig valgt som ny nestleder i styret for Midt-Norge 110-sentral "
            "etter Jon Ås, som er ansatt i kommunen fra 1. august.",
            True,
        ),
    ],
)
def test_an_election_line_with_a_long_tail_is_the_items_row(language, line, unanimous):
    (row,) = votes(HEAD[language] + TITLE + line + "\n", language)
    assert (row.case_number, row.subject, row.outcome) == ("40/26", "Valg av medlem", "adopted")
    assert row.unanimous == unanimous


def test_an_election_recalled_in_the_background_is_no_row():
    text = (
        "Saksopplysninger:\nKari Lie (Ap) ble valgt som leder av utvalget i 2023 og har siden ledet arbeidet med den "
        "nye planen for sentrum og havna.\n\nVedtak: Saken tas til orientering.\n"
    )
    assert [r.outcome for r in votes(HEAD["nb"] + TITLE + text, "nb")] == ["noted"]


def test_a_line_electing_nobody_is_no_election():
    line = (
        "Behandling: Ingen ble valgt fordi ingen av kandidatene fikk flertall i første omgang, og valget ble "
        "derfor utsatt til neste møte i kommunestyret.\n"
    )
    assert [r.outcome for r in votes(HEAD["nb"] + TITLE + line, "nb")] == ["postponed"]
