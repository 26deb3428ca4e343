"""A cue word in a table of contents' entry ("Onze speerpunten ........ 4") announces the section it points to, not
the document's other chapters: the themes are read in that section (its own list below), never from the sibling
chapter headings of the contents. Themes numbered in Roman numerals run through V and X ("I. ... V. ...")."""

from __future__ import annotations

import pytest

CONTENTS = {
    "nl": (
        "Inhoud\nVoorwoord ........ 2\nBestuursstijl ........ 3\nOnze speerpunten ........ 4\n"
        "Financieel kader ........ 7\n\n"
        "Voorwoord\nDit akkoord bouwt voort op het vorige.\n\nBestuursstijl\nWe besturen open en dichtbij.\n\n"
        "Onze speerpunten\nWij kiezen voor vijf speerpunten:\n\nI.   Wonen voor jong en oud\n     Tekst.\n"
        "II.  Leefbare kernen\n     Tekst.\nIII. Werk en ondernemen\n     Tekst.\nIV.  Zorg dichtbij\n     Tekst.\n"
        "V.   Energie met draagvlak\n     Tekst.\n\nFinancieel kader\nDe begroting sluit.\n",
        ["Wonen voor jong en oud", "Leefbare kernen", "Werk en ondernemen", "Zorg dichtbij", "Energie met draagvlak"],
    ),
    "nb": (
        "Innhold\nForord ........ 2\nSatsingsområder ........ 3\nØkonomi ........ 6\n\nForord\nPlanen er ny.\n\n"
        "Satsingsområder\nPlanen har fem satsingsområder:\n\nI. Levende sentrum\nII. Trygg oppvekst\n"
        "III. Grønn næring\n"
        "IV. God helse\nV. Aktive eldre\n\nØkonomi\nPlanen er fullfinansiert.\n",
        ["Levende sentrum", "Trygg oppvekst", "Grønn næring", "God helse", "Aktive eldre"],
    ),
    "da": (
        "Indhold\nForord ........ 2\nIndsatsområder ........ 3\nØkonomi ........ 5\n\nForord\nStrategien er ny.\n\n"
        "Indsatsområder\nStrategien har fem indsatsområder:\n\nI. Grøn omstilling\nII. Uddannelse\nIII. Sundhed\n"
        "IV. Kultur\nV. Erhverv\n\nØkonomi\nDer er afsat midler.\n",
        ["Grøn omstilling", "Uddannelse", "Sundhed", "Kultur", "Erhverv"],
    ),
}


@pytest.mark.parametrize("language", CONTENTS)
def test_a_contents_entry_announces_its_sections_own_list_and_roman_numerals_run_through_five(labels, language):
    text, themes = CONTENTS[language]
    assert labels(text, language) == themes
