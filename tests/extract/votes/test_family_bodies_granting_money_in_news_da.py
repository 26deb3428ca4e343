"""A Danish news page tells a grant as the body's own act: "Byrådet bevilgede 3 mio. kr. til ...", "Et enigt
udvalg bevilgede ...", "Kommunalbestyrelsen har bevilget ...". Granting is deciding, as "godkendte" is: a row,
adopted, unanimous where the body is "enig"/"samlet", with the counts the sentence gives.

Look-alikes: a grant recalled with its year ("Byrådet bevilgede i 2022 ...") and a grant still to come ("Byrådet
skal bevilge ...") give no row.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

PAGE = (
    "Nyheder > Politik\n\nNYT FRA BYRÅDET\nPubliceret fredag 7. november 2025\n\n"
    "Byrådet holdt møde torsdag den 6. november 2025.\n\nPenge til idrætten\n"
)


@pytest.mark.parametrize(
    ("sentence", "unanimous", "counts"),
    [
        ("Byrådet bevilgede 3 mio. kr. til nye kunstgræsbaner.", None, (None, None)),
        ("Et enigt byråd bevilgede 3 mio. kr. til nye kunstgræsbaner.", True, (None, 0)),
        ("En samlet kommunalbestyrelse bevilgede 750.000 kr. til foreningerne.", True, (None, 0)),
        ("Kommunalbestyrelsen har bevilget 1,2 mio. kr. til en ny klubhytte.", None, (None, None)),
        ("Økonomiudvalget bevilgede med 6 stemmer mod 1 en ekstrabevilling til svømmehallen.", False, (6, 1)),
    ],
)
def test_a_body_granting_money_is_a_decision(sentence: str, unanimous: bool | None, counts: tuple) -> None:
    rows = votes(PAGE + sentence + "\n", "da")
    assert [(r.outcome, r.unanimous, (r.votes_for, r.votes_against)) for r in rows] == [("adopted", unanimous, counts)]


@pytest.mark.parametrize(
    "sentence",
    ["Byrådet bevilgede i 2022 penge til en ny hal.", "Byrådet skal bevilge penge til hallen i det nye år."],
)
def test_a_grant_recalled_or_to_come_is_no_row(sentence: str) -> None:
    assert votes(PAGE + sentence + "\n", "da") == []
