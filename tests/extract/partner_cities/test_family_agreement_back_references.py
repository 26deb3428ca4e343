"""A partner named after 'the agreement with' ('Aftalen med Lahti', 'Avtalen med Kiruna', 'De overeenkomst met
Diest'): the definite agreement refers back to the relation its section heading or the sentence before names, and
a second town governed by a cooperation phrase in the same sentence ('..., og samarbejdet med Drammen') is the
issuer's partner too, not the first town's own tie. Under another topic, 'the agreement with' a town names no
partnership."""

from __future__ import annotations

import pytest

BACK_REFERENCES = [
    (
        "da",
        "Vejle",
        "Venskabsbyer\nAftalen med Kuopio i Finland blev indgået i 1962, og samarbejdet med Larvik i Norge går "
        "tilbage til 1962.",
        {"Kuopio": ("twin", 1962), "Larvik": ("twin", 1962)},
    ),
    (
        "nb",
        "Bodø",
        "Vennskapsbyer\nAvtalen med Kiruna ble inngått i 1978, og samarbeidet med Luleå går tilbake til 1980.",
        {"Kiruna": ("twin", 1978), "Luleå": ("twin", 1980)},  # the cooperation with Luleå 'går tilbake til 1980'
    ),
    (
        "nb",
        "Bodø",
        "Bodø har hatt vennskapsbyer i Norden siden 1950-tallet. Avtalen med Kiruna ble inngått i 1978.",
        {"Kiruna": ("twin", 1978)},
    ),
    (
        "nn",
        "Voss",
        "Vennskapskommunar\nAvtalen med Keflavík vart underskriven i 1990, og samarbeidet med Ikaalinen går "
        "attende til 1990.",
        {"Keflavík": ("twin", 1990), "Ikaalinen": ("twin", 1990)},
    ),
    (
        "da",
        "Vejle",
        "Vores venskabsbyer\nAftalen med Kalmar blev indgået i 1952.",
        {"Kalmar": ("twin", 1952)},
    ),
]

OTHER_TOPICS = [
    ("da", "Vejle", "Klima\nAftalen med Kalmar om fælles indkøb af el-busser blev underskrevet i 2021.", {}),
    ("nb", "Bodø", "Trafikk\nAvtalen med Kiruna om busstrafikk ble forlenget i 2020.", {}),
    ("da", "Vejle", "Internationalt samarbejde\nAftalen med Kalmar blev indgået i 1952.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), BACK_REFERENCES)
def test_the_agreement_with_a_town_takes_the_relation_its_section_names(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), OTHER_TOPICS)
def test_the_agreement_with_a_town_under_another_topic_is_no_partnership(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
