"""A news page reporting a council decision in running text, with no meeting header: "De gemeenteraad
heeft woensdagavond besloten ...", "De raad verbrak dinsdag de banden met ...", "Met 20 tegen 15 stemmen
nam de raad de motie aan." One row per reported decision, adopted or rejected as the sentence says, what
was decided (the object, without the council, the weekday or the counts) as its subject; counts when
written. A dated retelling, a farewell or a question gives no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes


def _rows(text: str) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nieuws\n\nDe gemeenteraad heeft woensdagavond besloten de stedenband met Lublin te beëindigen. Dat "
            "gebeurde na een lang debat.\n",
            ("de stedenband met Lublin te beëindigen", "adopted", None, None),
        ),
        (
            "Nieuws\n\nDe raad verbrak dinsdag de banden met Wuhan. Het was volgens de fracties genoeg geweest.\n",
            ("de banden met Wuhan", "adopted", None, None),
        ),
        (
            "Nieuws\n\nDe Goudse gemeenteraad verbrak gisteravond de banden met Tartu in Estland. Het is mooi "
            "geweest.\n",
            ("de banden met Tartu in Estland", "adopted", None, None),
        ),
        (
            "Nieuws\n\nMet 20 tegen 15 stemmen nam de raad de motie aan. De wethouder reageerde teleurgesteld.\n",
            ("de motie", "adopted", 20, 15),
        ),
        (
            "Nieuws\n\nWoensdagavond verbrak de gemeenteraad de banden met Tartu.\n",
            ("de banden met Tartu", "adopted", None, None),
        ),
        (
            "Nieuws\n\nDe gemeenteraad heeft in de vergadering van 8 januari een einde gemaakt aan de stedenband "
            "met Hranice. De stichting is boos.\n",
            ("de stedenband met Hranice", "adopted", None, None),
        ),
        (
            "Nieuws\n\nMet 15 tegen 20 stemmen verwierp de raad de motie over de jumelage.\n",
            ("de motie over de jumelage", "rejected", 15, 20),
        ),
        (
            "Nieuws\n\nDe gemeenteraad heeft maandag besloten de motie niet over te nemen.\n",
            ("de motie", "rejected", None, None),
        ),
        (
            "Actueel\n\nDe gemeenteraad van Sint-Truiden keurde dinsdag het klimaatactieplan goed.\n",
            ("het klimaatactieplan", "adopted", None, None),
        ),
    ],
)
def test_a_reported_decision_is_one_row(text, expected):
    assert _rows(text) == [expected]


def test_a_reported_consent_with_all_votes_is_unanimous():
    rows = votes("Nieuws\n\nDe gemeenteraad stemde gisteravond met algemene stemmen in met het klimaatplan.\n", "nl")
    assert [(r.outcome, r.unanimous, r.votes_against) for r in rows] == [("adopted", True, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Nieuws\n\nIn 2015 verbrak de gemeenteraad de banden met Wuhan. Nu wordt opnieuw contact gezocht.\n",
        "Nieuws\n\nDe raad nam dinsdag afscheid van wethouder Jansen.\n",
        "Nieuws\n\nDe gemeenteraad stelde vragen over de stedenband met Lublin.\n",
        "Nieuws\n\nDe raad koos in 2019 voor een nieuwe aanpak. Die wordt nu geëvalueerd.\n",
    ],
)
def test_a_retold_decision_or_other_council_act_gives_no_row(text):
    assert _rows(text) == []
