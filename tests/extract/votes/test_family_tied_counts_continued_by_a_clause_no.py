"""Family (nb, nn): a tied or plain count closing a clause the sentence goes on from with "og"/"men" ("Avstemningen
endte 10 mot 10, og innstillingen ble vedtatt med ordførerens dobbeltstemme", "Røystinga enda 9 mot 9, og ...") is
the decision's count, as it is when the sentence stops after it. A count followed by a comma and anything else
("vedtatt, 14 mot 3, etter en lang debatt") is left as before.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _counts(language: str, body: str) -> list[tuple]:
    return [(r.outcome, r.votes_for, r.votes_against) for r in votes(CASE[language] + body, language)]


@pytest.mark.parametrize(
    ("language", "body", "expected"),
    [
        (
            "nb",
            "Avstemningen endte 12 mot 12, og innstillingen ble vedtatt med ordførerens dobbeltstemme.\n",
            ("adopted", 12, 12),
        ),
        ("nb", "Stemmene falt 8 mot 8, og forslaget ble vedtatt ved ordførerens dobbeltstemme.\n", ("adopted", 8, 8)),
        ("nb", "Voteringen endte 17 mot 4, og innstillingen var dermed vedtatt.\n", ("adopted", 17, 4)),
        (
            "nn",
            "Røystinga enda 9 mot 9, og innstillinga vart vedteken med ordføraren si dobbeltrøyst.\n",
            ("adopted", 9, 9),
        ),
        ("nn", "Røystinga enda 14 mot 5, og framlegget frå Sp vart vedteke.\n", ("adopted", 14, 5)),
    ],
)
def test_a_count_before_og_closing_its_clause_is_the_decisions(language: str, body: str, expected: tuple) -> None:
    assert _counts(language, body) == [expected]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("nb", "Innstillingen ble vedtatt, 14 mot 3, etter en lang debatt.\n"),
        ("nn", "Innstillinga vart vedteken, 20 mot 2, etter ein lang debatt.\n"),
    ],
)
def test_a_count_followed_by_other_words_is_left_as_before(language: str, body: str) -> None:
    assert _counts(language, body) == [("adopted", None, None)]
