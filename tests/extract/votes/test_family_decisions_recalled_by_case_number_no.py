"""A Norwegian sentence recalling what a body decided in an earlier case, named by its case number ("Utvalet vedtok
i OHK 14/25 at ...", "Formannskapet godkjente i FS-12/25 at ...", "Bystyret vedtok i sak 118/25 å ..."), is
background to the case, not a decision of this meeting. A decision the meeting itself records ("Vedtak: ...",
"Formannskapet vedtok i møtet å utsette saken") is still a row."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nn", "Administrasjonen orienterte. Utvalet vedtok i OHK 14/25 at ordninga skulle\nevaluerast etter to år.\n"),
        ("nb", "Bystyret vedtok i sak 118/25 å legge tomten ut for salg.\n"),
        ("nn", "Kommunestyret vedtok i sak 31/24 å greie ut brannstasjonen.\n"),
        ("nb", "Formannskapet godkjente i FS-12/25 at arbeidet skulle starte.\n"),
        ("nn", "Heradsstyret vedtok i sak 7/2025 at bustadfeltet skal utvidast.\n"),
    ],
)
def test_a_decision_recalled_by_its_case_number_is_background(language, body):
    assert votes(CASE[language] + body, language) == []


@pytest.mark.parametrize(
    ("language", "body", "outcome"),
    [
        ("nb", "Vedtak: Kommunestyret vedtar planen.\n", "adopted"),
        ("nb", "Formannskapet vedtok i møtet å utsette saken.\n", "postponed"),
    ],
)
def test_the_meetings_own_decision_is_still_a_row(language, body, outcome):
    assert [r.outcome for r in votes(CASE[language] + body, language)] == [outcome]
