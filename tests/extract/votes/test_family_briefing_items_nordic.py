"""Briefing items: a case whose treatment is an official's briefing, then taken for information.

"Kommunalsjefen orienterte om status." / "Tatt til orientering.", "Rådmanden orienterede om sagen. Taget til
efterretning.", "Orientering ved einingsleiar." / "Teke til vitande.": one noted row about the case title, in
whatever order and layout (same line, next line, under a label, after a treatment label). The briefing
sentence is never the subject. A briefing with no decision after it ("Direktøren gav en orientering om
byggeriet.") gives no row, nor does a briefing followed only by other remarks.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "da": "Teknik- og Miljøudvalget\n\nMødedato: 3. juni 2024\n\n57. Status på affaldsordningen\n\n",
    "nb": "Hovedutvalg for oppvekst\n\nMøtedato: 22.05.2024\n\nPS 23/24 Status for barnehageutbyggingen\n\n",
    "nn": "Formannskapet\n\nMøtedato: 09.10.2025\n\nPS 61/25 Status for nytt sjukeheimsbygg\n\n",
}
CASE = {"da": "57", "nb": "23/24", "nn": "61/25"}
TITLE = {
    "da": "Status på affaldsordningen",
    "nb": "Status for barnehageutbyggingen",
    "nn": "Status for nytt sjukeheimsbygg",
}


def _rows(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.subject, r.case_number) for r in votes(HEAD[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Rådmanden orienterede om sagen. Taget til efterretning.\n"),
        (
            "da",
            "Beslutning:\nDirektøren gav en orientering om tidsplanen. Orienteringen blev taget til efterretning.\n",
        ),
        ("da", "Orientering ved teknisk chef Hans Bro.\n\nBeslutning\nTaget til efterretning.\n"),
        ("da", "Beslutning\nAffaldschefen redegjorde for ordningen, og udvalget tog orienteringen til efterretning.\n"),
        ("da", "Beslutning:\nFormanden informerede om høringen.\nSagen blev taget til efterretning.\n"),
        ("nb", "Kommunalsjefen orienterte om status. Tatt til orientering.\n"),
        ("nb", "Behandling:\nRådmann Per Dahl orienterte om framdriften.\n\nVedtak:\nTatt til orientering.\n"),
        ("nb", "Orientering ved enhetsleder Kari Li.\nUtvalget tok orienteringen til etterretning.\n"),
        ("nb", "Vedtak:\nKommunedirektøren ga en kort orientering, og utvalget tok orienteringen til orientering.\n"),
        ("nb", "Vedtak: Barnehagesjefen redegjorde for saken. Saken ble enstemmig tatt til orientering.\n"),
        ("nn", "Kommunedirektøren orienterte om saka. Teke til vitande.\n"),
        ("nn", "Orientering ved einingsleiar.\n\nVedtak:\nOrienteringa vert teken til vitande.\n"),
        ("nn", "Vedtak:\nEiningsleiar orienterte om status, og formannskapet tok orienteringa til vitande.\n"),
        ("nn", "Handsaming:\nProsjektleiaren gav ei orientering om framdrifta.\n\nVedtak:\nTeke til vitande.\n"),
        ("nn", "Vedtak: Rådmannen gjorde greie for økonomien. Saka vart samrøystes teken til vitande.\n"),
    ],
)
def test_a_briefing_taken_for_information_is_one_noted_row_about_the_case(language, body):
    assert _rows(language, body) == [("noted", TITLE[language], CASE[language])]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning:\nDirektøren gav en orientering om byggeriet.\n"),
        ("da", "Beslutning\nOrientering ved affaldschefen.\n"),
        ("da", "Beslutning:\nKommunaldirektøren orienterede om sagen. Næste møde holdes 1. juli 2024.\n"),
        ("da", "Rådmanden orienterede om status på ordningen.\n"),
        ("da", "Beslutning\nFormanden gav en kort mundtlig orientering.\n"),
        ("nb", "Vedtak:\nKommunalsjefen ga en orientering om status.\n"),
        ("nb", "Vedtak:\nOrientering ved kommunalsjef Kari Moe.\n"),
        ("nb", "Kommunalsjefen orienterte om status.\n"),
        ("nb", "Vedtak: Rådmannen informerte om framdriften. Spørsmål fra Ola Li (H) ble besvart.\n"),
        ("nb", "Behandling:\nEnhetsleder gjorde rede for sykefraværet.\n"),
        ("nn", "Vedtak:\nKommunalsjefen gav ei orientering om status.\n"),
        ("nn", "Vedtak:\nOrientering frå prosjektleiaren.\n"),
        ("nn", "Rådmannen orienterte.\n"),
        ("nn", "Vedtak: Einingsleiar gjorde greie for situasjonen.\n"),
        ("nn", "Handsaming:\nOrdføraren informerte om møtet med fylket.\n"),
    ],
)
def test_a_briefing_without_a_decision_gives_no_row(language, body):
    assert _rows(language, body) == []


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("da", "Beslutning:\nUdvalget blev orienteret.\n"),
        ("nb", "Vedtak:\nUtvalget tok orienteringen til etterretning.\n"),
        ("nn", "Vedtak:\nFormannskapet tek orienteringa til vitande.\n"),
    ],
)
def test_a_body_taking_a_briefing_for_information_is_noted_not_a_briefing(language, body):
    assert [(o, s) for o, s, _ in _rows(language, body)] == [("noted", TITLE[language])]
