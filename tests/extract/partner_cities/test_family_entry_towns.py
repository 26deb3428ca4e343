"""A town too small for the city set, as an entry heading with its country ('Bad Hindelang, Tyskland'): a first word
that opens many town names ('Bad', 'Sankt', 'San') is part of its name, not an everyday word; an entry whose section
names no relation but a project ('X og Y samarbeider i prosjektet Z') is a project partner. A person's name as an
entry ('Hans Jensen, Danmark') stays no town."""

from __future__ import annotations

import pytest

ENTRIES = [
    (
        "nn",
        "Vang",
        "INTERNASJONALT SAMARBEID\n\nBad Hindelang, Tyskland\nVang og Bad Hindelang i Allgäu samarbeider i "
        "prosjektet Alpine Pathways under Interreg Europe.",
        {"Bad Hindelang": ("project_partner", None)},
    ),
    (
        "da",
        "Ærø",
        "INTERNATIONALT SAMARBEJDE\n\nSankt Ingbert, Tyskland\nÆrø og Sankt Ingbert deltager i projektet "
        "Grønne Øer under Interreg.",
        {"Sankt Ingbert": ("project_partner", None)},
    ),
    (
        "nb",
        "Røros",
        "VENNSKAPSBYER\n\nBad Gastein, Østerrike\nRøros og Bad Gastein har vært vennskapsbyer siden 1994.",
        {"Bad Gastein": ("twin", 1994)},
    ),
    (
        "nl",
        "Oss",
        "INTERNATIONALE CONTACTEN\n\nSan Gimignano, Italië\nOss en San Gimignano werken samen in het project "
        "Oude Steden.",
        {"San Gimignano": ("project_partner", None)},
    ),
    (
        "nn",
        "Lom",
        "VENSKAPSKOMMUNAR\n\nBad Wiessee, Tyskland\nLom og Bad Wiessee vart venskapskommunar i 2001.",
        {"Bad Wiessee": ("twin", 2001)},
    ),
]

NOT_TOWNS = [
    ("nn", "Vang", "KONTAKTAR\n\nHans Jensen, Danmark\nHans Jensen leier prosjektet Alpine Pathways.", {}),
    ("da", "Ærø", "KONTAKTPERSONER\n\nKarl Holm, Sverige\nKarl Holm leder projektet Grønne Øer.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), ENTRIES)
def test_a_small_town_entry_with_a_name_prefix_is_a_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_TOWNS)
def test_a_person_entry_is_no_town(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
