"""The actions rules in models/actions load through the shared loader, reject unknown keys, and hold a
status lexicon of at least twenty phrases per status in every language."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.extract.actions.rules import PHRASE_ORDER, ActionRules, lexicon
from pipeline.rules import layered, load_rules

LANGUAGES = ("da", "nb", "nn", "nl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_status_has_at_least_twenty_phrases(language):
    rules = load_rules("actions", language, ActionRules)
    assert {status: len(rules.phrases.get(status, [])) >= 20 for status in PHRASE_ORDER} == dict.fromkeys(
        PHRASE_ORDER, True
    )


def test_an_unknown_key_in_the_actions_rules_is_rejected():
    data = layered("actions", "da") | {"status_phrases": {"completed": ["gennemført"]}}
    with pytest.raises(ValidationError, match="status_phrases"):
        ActionRules.model_validate(data)


def test_an_unknown_status_name_is_rejected():
    data = layered("actions", "nl") | {"negated": {"completed": "done"}}
    with pytest.raises(ValidationError):
        ActionRules.model_validate(data)


def test_a_language_without_a_rule_file_gets_no_lexicon():
    assert lexicon("en") is None
    assert lexicon("da") is not None


@pytest.mark.parametrize(
    ("language", "code"),
    [("nl", "T-114"), ("nl", "M2023-07"), ("nl", "TZ 12"), ("da", "4.012"), ("nb", "22/1234"), ("nn", "V-4")],
)
def test_tracker_codes_are_read_as_written(language, code):
    assert lexicon(language).code.fullmatch(code)


@pytest.mark.parametrize("text", ["01.03.21", "12-05-2024", "2020-2024", "2019/20"])
def test_dates_and_year_spans_are_no_codes(text):
    assert lexicon("da").code.fullmatch(text) is None
