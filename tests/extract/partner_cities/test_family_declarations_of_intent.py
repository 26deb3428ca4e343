"""A declaration of intent signed with a town ('intentionserklæring', 'intensjonserklæring'), as the Danish and
Nynorsk texts call what others name an intention agreement: the town is an intention_agreement partner, its
signing year the start. A declaration only considered is a prospect, and one with a region names no town."""

from __future__ import annotations

import pytest

DECLARED = [
    (
        "da",
        "Aasiaat",
        "I 2025 blev der underskrevet en intentionserklæring med Akureyri på Island om turisme.",
        {"Akureyri": ("intention_agreement", 2025)},
    ),
    (
        "da",
        "Tønder",
        "Tønder Kommune og Husum underskrev i 2023 en intentionserklæring om grænsependling.",
        {"Husum": ("intention_agreement", 2023)},
    ),
    (
        "da",
        "Frederikshavn",
        "Intentionserklæringen med Göteborg fra 2021 skal styrke færgeforbindelsen.",
        {"Gothenburg": ("intention_agreement", 2021)},
    ),
    (
        "nn",
        "Sogndal",
        "Sidan 2024 har kommunen ei intensjonserklæring med Jyväskylä om utveksling av lærarar.",
        {"Jyväskylä": ("intention_agreement", 2024)},
    ),
    (
        "nn",
        "Ørsta",
        "Intensjonserklæringa med Rovaniemi vart underteikna i 2022.",
        {"Rovaniemi": ("intention_agreement", 2022)},
    ),
]

NOT_DECLARED = [
    (
        "da",
        "Aasiaat",
        "Kommunen overvejer at indgå en intentionserklæring med Akureyri på Island.",
        {},
    ),
    (
        "nn",
        "Sogndal",
        "Kommunen skreiv under ei intensjonserklæring med Vestland fylkeskommune om klimaarbeid.",
        {},
    ),
]


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), DECLARED)
def test_a_declaration_of_intent_with_a_town_is_an_intention_agreement(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), NOT_DECLARED)
def test_a_considered_declaration_or_one_with_a_region_names_no_partner(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
