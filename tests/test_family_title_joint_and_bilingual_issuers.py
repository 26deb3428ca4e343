"""Title family: a letterhead naming the issuer as a Flemish municipality and its OCMW together ("Gemeente en OCMW
Lokeren", "Stad en OCMW Tielt"), a name opening with an apostrophe ("Gemeente ’s-Gravenhage"), or the issuer in two
languages set apart by a slash ("Gemeente Leeuwarden / Gemeente Ljouwert") names no document: the title is the line
below. A slash between words that are not all issuer names, and a sentence about the municipality and its OCMW, stay.
Texts written for these tests."""

from __future__ import annotations

import pytest

from pipeline.text.metadata import title

ISSUER_HEADS = [
    ("Gemeente en OCMW Lokeren\nMeerjarenplan 2026-2031\nInhoud", "Meerjarenplan 2026-2031"),
    ("Stad en OCMW Tielt\nStrategische nota meerjarenplan 2026-2031\nVoorwoord",
     "Strategische nota meerjarenplan 2026-2031"),
    ("GEMEENTE EN OCMW KRUISEM\nBeleidsrapport 2026\nInleiding", "Beleidsrapport 2026"),
    ("Gemeente ’s-Gravenhage\nInternationale samenwerking\nDe stad werkt samen met vier partnersteden.",
     "Internationale samenwerking"),
    ("Gemeente Leeuwarden / Gemeente Ljouwert\nPartnersteden\nDe gemeente heeft twee partnersteden.", "Partnersteden"),
    ("Gemeente Súdwest-Fryslân / Gemeente Sudwest-Fryslan\nKlimaatagenda 2030\nInleiding", "Klimaatagenda 2030"),
]


@pytest.mark.parametrize(("text", "expected"), ISSUER_HEADS)
def test_a_joint_or_bilingual_issuer_line_names_no_document(text, expected):
    assert title(text) == expected


LOOK_ALIKES = [
    # a title whose slash parts are no issuer names
    ("Klimaat / Energie\nDe gemeente werkt aan beide.", "Klimaat / Energie"),
    ("Stad / Land\nEen verkenning van de regio.", "Stad / Land"),
    # "en" joining the municipality to something else than its OCMW: a title
    ("Gemeente en provincie\nDe samenwerking in de regio.", "Gemeente en provincie"),
    ("Stad en Haven\nToekomstvisie 2040", "Stad en Haven"),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_slashes_between_other_words_stay_in_the_title(text, expected):
    assert title(text) == expected
