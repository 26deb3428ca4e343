"""A heading that ends in a preposition left standing after an infinitive ('Ein attraktiv kommune å bu i', 'Et godt
sted at bo og arbejde i', 'En by å være stolt av') is a whole title: the capitalised sentence under it is its
paragraph, not its object. Look-alikes: the same line runs on onto a lower-case word, and a line ending in a bare
preposition without an infinitive ('Kommunen deltager i projektet sammen med') still runs on onto a capital."""

from __future__ import annotations

import pytest

from pipeline.text.normalise import normalise

PARAGRAPH = (
    "Kommunen arbejder sammen med andre byer og organisationer i Europa om klima, kultur og erhverv, og "
    "samarbejdet er forankret i den internationale strategi, som byrådet vedtog i foråret.\n"
)


def _text(line: str, under: str) -> str:
    return normalise([f"Overskrift\n{PARAGRAPH}{line}\n{under}\n{PARAGRAPH}"])[0]


def _short(line: str, under: str) -> str:
    """The heading between short lines only, as a short excerpt gives it."""
    return normalise([f"Testkommune\nKommuneplan 2024-2036\n\n{line}\n{under}\n\nNeste tema\nMer tekst.\n"])[0]


TITLES = [
    ("Satsingsområde 1: Ein attraktiv kommune å bu i", "Vi skal ha gode og varierte bustader i alle bygder."),
    ("Et godt sted å bo og leve i", "Kommunen skal ha trygge nærmiljø og gode møteplasser."),
    ("Indsatsområde 2: Et godt sted at bo og arbejde i", "Vi vil skabe flere boliger og arbejdspladser."),
    ("En by å være stolt av", "Sentrum skal utvikles med nye parker og handel."),
    ("1. Ein god stad å vekse opp i", "Born og unge skal oppleve meistring og tryggleik."),
    ("Tema 3: En kommune at være stolt af", "Borgerne skal opleve gode tilbud."),
]

RUNS_ON = [
    ("Planen beskriver hvordan vi skal jobbe med", "Trondheim kommune om felles næringsareal i regionen."),
    ("Kommunen deltager i projektet sammen med", "Kiel og Aabenraa i projektet Green Harbour Cities fra 2026."),
]


@pytest.mark.parametrize(("line", "under"), TITLES)
def test_a_title_ending_in_an_infinitives_preposition_stays_over_its_paragraph(line, under):
    assert f"{line}\n{under}" in _text(line, under)
    assert f"{line}\n{under}" in _short(line, under)


@pytest.mark.parametrize(("line", "under"), [TITLES[0], TITLES[2], TITLES[5]])
def test_the_same_line_runs_on_onto_a_lower_case_word(line, under):
    lower = "der vi bor " + under[0].lower() + under[1:]
    assert f"{line} {lower}" in _text(line, lower)


@pytest.mark.parametrize(("line", "under"), RUNS_ON)
def test_a_bare_preposition_without_an_infinitive_still_runs_on(line, under):
    assert f"{line} {under}" in _text(line, under)
