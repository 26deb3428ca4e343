"""Danish decisions taken point by point over a recommendation: each line opening with a label that names its
point as a point ("Indstillingens punkt 1 godkendt.", "Punkt 2 sendes tilbage ...", "Pkt. 3 udsat ...") is a row
of its own named by that label as written, as the Norwegian "Innstillingens punkt 2" is (the recommendation's
'at'-clauses are no rows of their own). Look-alikes: an "Ad b)" heading over a decision still stands for its point's
text; a recommendation decided as a whole is one row; a numbered recommendation point is no decision.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = (
    "Børne- og Skoleudvalget\nMødedato: 12-05-2026\n\n"
    "17. Ny skolestruktur i Vesterby\nSagsnr. 26/3301\nIndstilling\nDirektøren indstiller, at\n"
    "1. skolerne i Vesterby lægges sammen fra august 2027\n"
    "2. der afsættes 2,5 mio. kr. til ombygning\n"
    "3. forældrebestyrelserne høres\n"
    "Beslutning\n"
)


def _rows(decision: str, head: str = HEAD) -> list[tuple[str | None, str]]:
    return [((r.subject or "").rstrip("."), r.outcome) for r in votes(head + decision + "\n", "da")]


@pytest.mark.parametrize(
    ("decision", "expected"),
    [
        (
            "Indstillingens punkt 1 godkendt.\nPunkt 2 sendes tilbage til forvaltningen med henblik på en nærmere\n"
            "belysning af udgifterne, før udvalget træffer beslutning.",
            [("Indstillingens punkt 1", "adopted"), ("Punkt 2", "postponed")],
        ),
        (
            "Punkt 1 blev godkendt.\nPunkt 2 blev ikke godkendt.\nPunkt 3 godkendt.",
            [("Punkt 1", "adopted"), ("Punkt 2", "rejected"), ("Punkt 3", "adopted")],
        ),
        (
            "Pkt. 1 anbefales over for Byrådet.\nPkt. 2 udsættes til næste møde.",
            [("Pkt. 1", "adopted"), ("Pkt. 2", "postponed")],
        ),
        (
            "Indstillingens pkt. 3 godkendt.\nIndstillingens pkt. 2 forkastet.",
            [("Indstillingens pkt. 3", "adopted"), ("Indstillingens pkt. 2", "rejected")],
        ),
        (
            "Indstillingens punkt 2: Godkendt.\nIndstillingens punkt 3: Udsat.",
            [("Indstillingens punkt 2", "adopted"), ("Indstillingens punkt 3", "postponed")],
        ),
        (
            "Punkt 1 vedtaget.\nPunkt 3 udsat, indtil der foreligger et nyt overslag.",
            [("Punkt 1", "adopted"), ("Punkt 3", "postponed")],
        ),
    ],
)
def test_a_line_deciding_a_point_is_named_by_its_label(decision, expected):
    assert _rows(decision) == expected


def test_a_lettered_ad_heading_still_stands_for_its_points_text():
    head = HEAD.replace("1. skolerne", "a) skolerne").replace("2. der", "b) der").replace("3. forældre", "c) forældre")
    assert _rows("Ad a) Godkendt.\nAd b) Udsat.", head) == [
        ("skolerne i Vesterby lægges sammen fra august 2027", "adopted"),
        ("der afsættes 2,5 mio. kr. til ombygning", "postponed"),
    ]


def test_a_recommendation_decided_as_a_whole_is_one_row_and_its_points_are_none():
    rows = _rows("Indstillingen godkendt.")
    assert len(rows) == 1 and rows[0][1] == "adopted"
    assert not any(s.startswith(("Punkt", "skolerne", "der afsættes")) for s, _ in rows)


def test_a_point_mentioned_in_a_sentence_does_not_name_the_row():
    rows = _rows("Udvalget drøftede især punkt 2 om ombygningen.\nIndstillingen blev godkendt.")
    assert [o for _, o in rows] == ["adopted"] and not rows[0][0].startswith("Punkt")
