"""A run-in enumeration wrapped after a comma onto a line opening on a capital ("... tre temaer: Trivsel i
hverdagen," / "Sunde rammer og Stærke fællesskaber."), as a PDF or a minutes' case text breaks its lines: the
list goes on over the break. A list already closed by its conjunction on the first line ("... tema: a, b og c,"
/ "som udvalget drøftede.") does not take the next line in. Texts written for these tests."""

from __future__ import annotations

import pytest

WRAPPED = [
    (
        "da",
        "Sundhedspolitik 2027-2030\n\nSocialudvalget har behandlet politikken. Politikken har tre temaer: Trivsel i "
        "hverdagen,\nSunde rammer og Stærke fællesskaber.\n",
        ["Trivsel i hverdagen", "Sunde rammer", "Stærke fællesskaber"],
    ),
    (
        "da",
        "Handicappolitik 2026-2029\n\nPolitikken har fire indsatsområder: Bolig, Beskæftigelse,\nFritid og "
        "Tilgængelighed.\n",
        ["Bolig", "Beskæftigelse", "Fritid", "Tilgængelighed"],
    ),
    (
        "nb",
        "Frivillighetsstrategi 2026-2030\n\nStrategien har tre satsingsområder: Gode møteplasser,\nEnklere "
        "samarbeid og Synlige frivillige.\n",
        ["Gode møteplasser", "Enklere samarbeid", "Synlige frivillige"],
    ),
    (
        "nn",
        "Kulturplan 2026-2031\n\nPlanen har tre innsatsområde: Levande kulturarv,\nKultur for born og unge og "
        "Gode arenaer.\n",
        ["Levande kulturarv", "Kultur for born og unge", "Gode arenaer"],
    ),
    (
        "nl",
        "Sportnota 2026-2030\n\nDe nota kent drie speerpunten: Sporten in de wijk,\nGezonde verenigingen en "
        "Toegankelijke accommodaties.\n",
        ["Sporten in de wijk", "Gezonde verenigingen", "Toegankelijke accommodaties"],
    ),
]

CLOSED = [
    (
        "da",
        "Kulturpolitik 2027-2030\n\nPolitikken har tre temaer: Trivsel, Sundhed og Fællesskab,\nSom udvalget "
        "drøftede på sit møde i juni.\n",
        ["Trivsel", "Sundhed", "Fællesskab"],
    ),
    (
        "nb",
        "Boligstrategi 2026-2030\n\nStrategien har tre satsingsområder: Flere boliger, Trygge nabolag og Grønne "
        "bygg,\nDette ble vedtatt i kommunestyret.\n",
        ["Flere boliger", "Trygge nabolag", "Grønne bygg"],
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), WRAPPED)
def test_a_run_in_list_goes_on_over_a_line_break_after_a_comma(labels, language, text, expected):
    assert labels(text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), CLOSED)
def test_a_list_closed_on_its_first_line_keeps_the_next_line_out(labels, language, text, expected):
    assert labels(text, language) == expected
