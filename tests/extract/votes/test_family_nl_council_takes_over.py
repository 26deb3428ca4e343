"""Minutes that record the council taking a proposal in one sentence: "De raad neemt het voorstel aan.",
"De raad neemt de motie over.", and "De raad heeft het voorstel ... aangenomen, met aantekening dat de
fractie X geacht wenst te worden tegen te hebben gestemd." (the clause after the comma records a group
against, it does not end the decision). "neemt ... niet over" rejects; "neemt ... voor kennisgeving aan"
notes.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


def _rows(text: str) -> list[tuple[str | None, str, bool | None]]:
    return [(r.subject, r.outcome, r.unanimous) for r in votes(CASE["nl"] + text, "nl")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De raad neemt het voorstel aan.\n", ("De raad neemt het voorstel aan", "adopted", None)),
        ("De raad neemt de motie over.\n", ("De raad neemt de motie over", "adopted", None)),
        (
            "De gemeenteraad neemt het amendement ongewijzigd aan.\n",
            ("De gemeenteraad neemt het amendement ongewijzigd aan", "adopted", None),
        ),
        (
            "De gemeenteraad neemt met algemene stemmen het amendement aan.\n",
            ("De gemeenteraad neemt met algemene stemmen het amendement aan", "adopted", True),
        ),
        ("De raad neemt de motie niet over.\n", ("De raad neemt de motie niet over", "rejected", None)),
        (
            "De raad heeft het voorstel klimaatplan aangenomen, met aantekening dat de fractie PVV geacht wenst te "
            "worden tegen te hebben gestemd.\n",
            ("De raad heeft het voorstel klimaatplan aangenomen", "adopted", False),
        ),
        (
            "De raad heeft het voorstel met algemene stemmen aangenomen, met dien verstande dat de fractie SP geacht "
            "wil worden tegen te hebben gestemd.\n",
            ("De raad heeft het voorstel met algemene stemmen aangenomen", "adopted", False),
        ),
        (
            "De gemeenteraad heeft de motie overgenomen, met de aantekening dat de fracties VVD en CDA geacht "
            "wensen te worden tegen te hebben gestemd.\n",
            ("De gemeenteraad heeft de motie overgenomen", "adopted", False),
        ),
    ],
)
def test_the_council_taking_a_proposal_is_one_row(text, expected):
    assert _rows(text) == [expected]


def test_taking_a_report_for_information_is_noted():
    rows = votes(CASE["nl"] + "De raad neemt het jaarverslag voor kennisgeving aan.\n", "nl")
    assert [r.outcome for r in rows] == ["noted"]
