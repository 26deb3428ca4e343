"""A Swedish municipality the city set does not know, named with Sweden's own municipality word after a relation cue
('samarbeidsavtale med Härjedalens kommun', 'Ovanåkers kommun'): 'kommun' writes the name as a municipality and
places it in Sweden (the Danish and Norwegian word is 'kommune'), so the cue needs no town noun; the name drops
its genitive 's'. A home-country municipality, an authority or a region after the cue is no such partner."""

from __future__ import annotations

import pytest

SWEDISH_MUNICIPALITIES = [
    (
        "nb",
        "Engerdal",
        "Siden 2019 har Engerdal hatt en samarbeidsavtale med Härjedalens kommun om beredskap.",
        {"Härjedalen": ("cooperation_agreement", 2019)},
    ),
    (
        "nn",
        "Holtålen",
        "Kommunestyret godkjenner ny samarbeidsavtale med Härjedalens kommun for perioden 2026-2029.",
        {"Härjedalen": ("cooperation_agreement", None)},
    ),
    (
        "nb",
        "Trysil",
        "Trysil inngikk i 2020 en intensjonsavtale med Åsele kommun om reiseliv.",
        {"Åsele": ("intention_agreement", 2020)},
    ),
    (
        "nl",
        "Venlo",
        "Venlo sloot in 2018 een samenwerkingsovereenkomst met Bjurholms kommun.",
        {"Bjurholm": ("cooperation_agreement", 2018)},
    ),
    (
        "da",
        "Tønder",
        "Tønder har siden 2008 en samarbejdsaftale med Ovanåkers kommun om turisme.",
        {"Ovanåker": ("cooperation_agreement", 2008)},
    ),
]

NOT_SWEDISH_MUNICIPALITIES = [
    ("nb", "Engerdal", "Engerdal har en samarbeidsavtale med Trysil kommune om legevakt.", {}),
    ("nb", "Engerdal", "Engerdal inngikk en samarbeidsavtale med Naturvårdsverket om skogbrann.", {}),
    ("nb", "Engerdal", "Engerdal har en samarbeidsavtale med Länsstyrelsen i Dalarna om skogbrann.", {}),
    ("da", "Tønder", "Tønder har en samarbejdsaftale med Region Skåne om sundhed.", {}),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), SWEDISH_MUNICIPALITIES)
def test_a_name_written_with_the_swedish_municipality_word_is_a_swedish_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_SWEDISH_MUNICIPALITIES)
def test_home_municipalities_authorities_and_regions_after_a_cue_are_no_such_partner(
    rows, language, issuer, text, expected
):
    assert rows(text, language, issuer) == expected
