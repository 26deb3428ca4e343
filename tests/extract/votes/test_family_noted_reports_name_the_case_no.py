"""A Norwegian decision that only takes a report for information, naming it between verb and 'til'
("Formannskapet tek rapporten til vitande.", "Årsmeldingen tas til orientering."), notes the case: the
row's subject is the case title, as for the bare "Saka vert teken til vitande". Counted over the read sets
(nb, nn) the gold authors name such a row by the case title more often than by the sentence (36 rows in
ten sets against 20 rows in five). A sentence that decides more than noting, or names no noting at all, keeps
its own words."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Utvalg: Kommunestyret\nMøtedato: 12.03.2026\n\nSak 17/26 Årsrapport 2025 for havnevesenet\n\n",
    "nn": "Utval: Formannskapet\nMøtedato: 19.03.2026\n\nFS-21/26 Kvartalsrapport 1/2026\n\n",
}
TITLE = {"nb": "Årsrapport 2025 for havnevesenet", "nn": "Kvartalsrapport 1/2026"}


def _rows(language: str, decision: str) -> list[tuple]:
    return [(r.outcome, r.subject) for r in votes(f"{HEAD[language]}{decision}\n", language)]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Vedtak: Kommunestyret tar årsrapporten til orientering."),
        ("nb", "Vedtak:\nÅrsrapporten tas til orientering."),
        ("nb", "Vedtak:\nHovedutvalget tar resultatene fra undersøkelsen til etterretning."),
        ("nb", "Vedtak: Bystyret tok den økonomiske statusen til orientering."),
        ("nb", "Vedtak:\nRapporten ble tatt til orientering."),
        ("nn", "Vedtak: Formannskapet tek rapporten til vitande."),
        ("nn", "Vedtak:\nKvartalsrapporten vert teken til vitande."),
        ("nn", "Vedtak:\nUtvalet tek statusrapporten for 2026 til orientering."),
        ("nn", "Vedtak: Heradsstyret tok årsmeldinga til vitande."),
        ("nn", "Vedtak:\nFinansrapporten vart teken til vitande."),
    ],
)
def test_taking_a_named_report_for_information_notes_the_case(language, decision):
    assert _rows(language, decision) == [("noted", TITLE[language])]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Vedtak:\nKommunestyret tar årsrapporten til orientering og ber om en ny vurdering av gebyrene."),
        ("nn", "Vedtak:\nFormannskapet tek rapporten til vitande og ber om at kostnadene vert greidde ut."),
    ],
)
def test_noting_and_asking_for_more_keeps_its_sentence(language, decision):
    sentence = decision.split("\n", 1)[1].rstrip(".")
    assert [s for _, s in _rows(language, decision)] == [sentence]


@pytest.mark.parametrize(
    ("language", "decision"),
    [
        ("nb", "Vedtak:\nKommunestyret godkjenner årsrapporten."),
        ("nn", "Vedtak:\nFormannskapet godkjenner rapporten."),
    ],
)
def test_approving_a_report_is_no_noting(language, decision):
    sentence = decision.split("\n", 1)[1].rstrip(".")
    assert _rows(language, decision) == [("adopted", sentence)]
