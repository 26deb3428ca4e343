"""Recall families of round 3: small towns in every alphabet and with German suffixes, second lists after a
repeated preposition, Nordic cooperation sentences, and partners named in decisions and multi-year plans.
Data: `sentences/recall.json`."""

from __future__ import annotations

import pytest

from tests.extract.partner_cities.helpers import file_cases


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("recall", "spellings_and_lists"))
def test_small_towns_in_every_spelling_and_second_lists_are_partners(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected


@pytest.mark.parametrize(("language", "issuer", "text", "expected"), file_cases("recall", "decisions_and_plans"))
def test_partners_named_in_decisions_and_plans_are_found(rows, language, issuer, text, expected):
    assert rows(text, language, issuer) == expected
