"""A line drawn across the page ("-----", "_____", "=====", "-----+-----") parts the text above it from the text
below it: in a text hard-wrapped at the rule's width no wrapped-paragraph rule runs a sentence on over it, so a
decision written under a ruled case header keeps its own line. Lines written for these tests."""

from __future__ import annotations

import time

import pytest

from pipeline.text.normalise import normalise
from tests.extract.votes.helpers import votes

WIDTH = 63
HEAD = ["Utval for oppvekst og kultur", "Møtedato: 19.05.2026", ""]
WRAPPED = [  # a paragraph wrapped at about the rule's width
    "Utvalet ønskjer å synfare vegen før det tek stilling. Saka vert",
    "send attende til kommunedirektøren og kjem opp att i juni.",
]


def _case(rule: str, number: int, title: str, body: list[str]) -> list[str]:
    return [rule, f"Sak {number}/26 | {title} | 26/0{number}", rule, *body, ""]


def _text(rule: str) -> str:
    return "\n".join(
        HEAD
        + _case(rule, 22, "Skyss for elevar på Vinje - klage frå FAU", WRAPPED)
        + _case(rule, 23, "Meldingar", ["Meldingane vart tekne til orientering."])
    )


RULES = ["-" * WIDTH, "_" * WIDTH, "=" * WIDTH, "~" * WIDTH, "-" * 20 + "+" + "-" * 42]


@pytest.mark.parametrize("rule", RULES)
def test_a_sentence_under_a_rule_keeps_its_own_line(rule):
    lines = normalise([_text(rule)])[0].split("\n")
    assert lines.count(rule) == 4
    assert "Utvalet ønskjer å synfare vegen før det tek stilling. Saka vert send attende til" in "\n".join(lines)
    assert "Meldingane vart tekne til orientering." in lines


def test_a_wrapped_sentence_between_rules_still_runs_on():
    lines = normalise([_text(RULES[0])])[0].split("\n")
    assert "Utvalet ønskjer å synfare vegen før det tek stilling. Saka vert send attende til kommunedirektøren" in (
        "\n".join(lines)
    )


@pytest.mark.parametrize("rule", RULES[:3])
def test_a_decision_under_a_ruled_case_header_is_the_cases(rule):
    rows = votes(_text(rule), "nn")
    assert [(r.case_number, r.outcome) for r in rows] == [("22/26", "postponed"), ("23/26", "noted")]


GROWTH = 10.0  # four times the run may take at most ten times the CPU: linear with room (the old pattern was cubic)
FLOOR_SECONDS = 0.02  # below this the CPU clock's resolution decides, not the pattern


def _cpu_seconds(run: int) -> float:
    """Least CPU time of three normalisations of a text whose one long line is a dash run ending in text."""
    text = "\n".join([*HEAD, "-" * run + " Side 2 af 4", *WRAPPED])
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        normalise([text])
        best = min(best, time.process_time() - started)
    return best


def test_a_long_dash_run_ending_in_text_is_no_rule_and_is_read_in_time_linear_in_its_length():
    text = "\n".join([*HEAD, "-" * 8000 + " Side 2 af 4", *WRAPPED])
    assert "-" * 8000 + " Side 2 af 4" in normalise([text])[0].split("\n")
    assert _cpu_seconds(8000) <= GROWTH * max(_cpu_seconds(2000), FLOOR_SECONDS)
