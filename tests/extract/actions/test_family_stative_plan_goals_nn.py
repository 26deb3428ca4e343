"""Family (precision): a Nynorsk plan's goal with "skal/vil vere" and an adjective ("skal vere gode nok",
"vil vere trygge") describes a wished state, not work under way; only a participle after "vere"
("skal vere etablert", "vil vere opna") or a passive with "bli/verte" reports work in progress.
Snippets written for these tests."""

from __future__ import annotations

import pytest

from pipeline.extract.actions.rules import lexicon
from pipeline.extract.actions.status import verdict_of
from pipeline.text.structure import Span

WISHED_STATES = [
    "Barnehagane skal vere gode nok til at familiar vel å bu her.",
    "Vegane til skulen skal vere trygge for alle born.",
    "Tenestene våre vil vere tilgjengelege heile døgeret.",
    "Sentrum skal framleis vere levande og attraktivt.",
    "Bustadene skal vere rimelege for unge i etableringsfasen.",
]

WORK_UNDER_WAY = [
    "Den nye brannstasjonen skal vere etablert innan hausten.",
    "Gangbrua vil bli montert i løpet av våren.",
    "Turstien skal verte utbetra av frivillige.",
]


def _status(sentence: str) -> str | None:
    found = verdict_of([Span(0, len(sentence), sentence)], lexicon("nn"))
    return found.status if found else None


@pytest.mark.parametrize("sentence", WISHED_STATES)
def test_vere_with_an_adjective_reports_no_status(sentence: str) -> None:
    assert _status(sentence) is None


@pytest.mark.parametrize("sentence", WORK_UNDER_WAY)
def test_a_participle_after_vere_bli_or_verte_is_work_under_way(sentence: str) -> None:
    assert _status(sentence) == "in_progress"
