"""Family: a strategy or coalition programme numbers its themes with a word of its own ("Fokusområde 1: ...",
"Satsingsområde 2: ...", "Speerpunt 3: ...", "Innsatsområde 1: ..."), and the prose under a theme mentions work
going on, paused or done. Such a word numbers the plan's themes (models/actions theme_words), never its items, so
the themes give no action rows, unlike a follow-up report's own item word ("Aftalepunkt 1: ..."). Documents written
for these tests (documents/round3/theme_keywords)."""

from __future__ import annotations

import pytest

from tests.extract.actions.helpers import rows, written


@pytest.mark.parametrize(("language", "text", "expected"), written("theme_keywords"))
def test_numbered_themes_of_a_strategy_give_no_action(language, text, expected):
    assert rows(text, language) == expected
