"""A theme heading that ends in an infinitive's stranded preposition ('Ein attraktiv kommune å bu i') is the whole
label: the paragraph sentence under it is not read into the label. Texts written for these tests."""

from __future__ import annotations

import pytest

CASES = [
    (
        "nn",
        "Testkommune\nKommuneplanen sin samfunnsdel 2024-2036\n\nSatsingsområde 1: Ein attraktiv kommune å bu i\n"
        "Vi skal ha gode bustader.\n\nSatsingsområde 2: Eit levande næringsliv\nFleire arbeidsplassar.\n\n"
        "Satsingsområde 3: Gode og trygge tenester\nTenestene skal vere tilgjengelege.\n",
        ["Ein attraktiv kommune å bu i", "Eit levande næringsliv", "Gode og trygge tenester"],
    ),
    (
        "nb",
        "Testkommune\nKommuneplanens samfunnsdel 2024-2036\n\nSatsingsområde 1: Et levende næringsliv\n"
        "Flere arbeidsplasser.\n\nSatsingsområde 2: Et godt sted å bo og leve i\nVi skal ha trygge nærmiljøer.\n\n"
        "Satsingsområde 3: En kommune å være stolt av\nInnbyggerne skal trives.\n",
        ["Et levende næringsliv", "Et godt sted å bo og leve i", "En kommune å være stolt av"],
    ),
    (
        "da",
        "Testkommune\nKommuneplan 2025-2037\n\nIndsatsområde 1: Et godt sted at bo og arbejde i\n"
        "Vi vil skabe flere boliger.\n\n"
        "Indsatsområde 2: Grøn omstilling\nVi reducerer udledningen.\n\nIndsatsområde 3: En kommune at være stolt af\n"
        "Borgerne skal opleve gode tilbud.\n",
        ["Et godt sted at bo og arbejde i", "Grøn omstilling", "En kommune at være stolt af"],
    ),
    (
        "nn",
        "Testkommune\nKommuneplanen sin samfunnsdel 2024-2036\n\nKommunen har tre satsingsområde.\n\n"
        "1. Ein god stad å vekse opp i\nBorn og unge skal oppleve meistring.\n\n2. Berekraftig næringsliv\n"
        "Fleire arbeidsplassar.\n\n3. Helse og omsorg\nGode tenester.\n",
        ["Ein god stad å vekse opp i", "Berekraftig næringsliv", "Helse og omsorg"],
    ),
    (
        "nb",
        "Testkommune\nKommuneplanens samfunnsdel 2024-2036\n\nTema 1: Klima og miljø\nVi skal kutte utslipp.\n\n"
        "Tema 2: En by å vokse opp i\nBarn og unge skal ha gode oppvekstvilkår.\n\nTema 3: Næring\nFlere bedrifter.\n",
        ["Klima og miljø", "En by å vokse opp i", "Næring"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_a_theme_ending_in_an_infinitives_preposition_keeps_its_paragraph_out(labels, language, text, expected):
    assert labels(text, language) == expected
