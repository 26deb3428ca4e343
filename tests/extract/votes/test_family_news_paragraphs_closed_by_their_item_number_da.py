"""A Danish news page about a council meeting closes each paragraph with the agenda item it reports, in brackets
after the last sentence ("... blev udsat til august. (Punkt 12)", "(pkt. 9)", "(Sag nr. 14)"). The reference
numbers its own paragraph and the headline right above it, not the paragraphs below; the paragraph is prose, never a
case header, so its decision is a row. A paragraph below without a reference has no item number.

Look-alikes: a bracket naming no item ("(se bilag 3)", "(side 4)") numbers nothing; an item reference inside a
sentence ("Punktet (pkt. 5) blev udsat, fordi ...") is no closing reference.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Nyheder > Politik\n\nNYT FRA KOMMUNALBESTYRELSEN\nPubliceret tirsdag 4. marts 2025\n\n"
    "Kommunalbestyrelsen holdt møde mandag den 3. marts 2025. Her er et udpluk af beslutningerne.\n\n"
)


def _cells(text: str) -> list[tuple]:
    return [(r.case_number, r.subject, r.outcome) for r in votes(text, "da")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("(Punkt 7)", "(Punkt 9)"),
        ("(pkt. 7)", "(pkt. 9)"),
        ("(Sag nr. 7)", "(Sag nr. 9)"),
        ("(Punkt nr. 7)", "(Punkt nr. 9)"),
        ("(Pkt 7)", "(Pkt 9)"),
    ],
)
def test_each_paragraph_takes_the_item_it_closes_with(first: str, second: str) -> None:
    text = PAGE + (
        "Ny hal i Vestbyen\nEn enig kommunalbestyrelse vedtog at give 40 mio. kr. til en ny idrætshal. Byggeriet "
        f"begynder til efteråret. {first}\n\n"
        "Busplan udskudt\nBusplanen blev udsat, fordi et flertal ønskede flere oplysninger om ruterne. "
        f"{second}\n\n"
        "Regnskab for havnen\nKommunalbestyrelsen tog regnskabet for havnen til efterretning.\n"
    )
    assert [(case, outcome) for case, _, outcome in _cells(text)] == [
        ("7", "adopted"),
        ("9", "postponed"),
        (None, "noted"),
    ]
    assert [subject for _, subject, _ in _cells(text)][1:] == ["Busplan udskudt", "Regnskab for havnen"]


def test_a_headline_that_tells_the_outcome_is_no_row_of_its_own() -> None:
    text = PAGE + (
        "Forslag om gratis svømning blev stemt ned\nSF havde foreslået gratis svømning for pensionister. "
        "Forslaget blev forkastet med 5 stemmer for og 20 imod. (Punkt 11)\n"
    )
    assert [(r.case_number, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "da")] == [
        ("11", "rejected", 5, 20)
    ]


@pytest.mark.parametrize("bracket", ["(se bilag 3)", "(side 4)", "(Lokalplan 12)"])
def test_a_bracket_naming_no_item_numbers_nothing(bracket: str) -> None:
    text = PAGE + f"Ny hal i Vestbyen\nKommunalbestyrelsen godkendte den nye idrætshal. {bracket}\n"
    assert [r.case_number for r in votes(text, "da")] == [None]


def test_an_item_reference_inside_a_sentence_closes_nothing() -> None:
    text = PAGE + "Busplan\nPunktet (pkt. 5) blev udsat, fordi et flertal ønskede flere oplysninger.\n"
    assert [r.outcome for r in votes(text, "da")] == ["postponed"]
