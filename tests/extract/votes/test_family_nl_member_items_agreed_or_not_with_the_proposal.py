"""Family: a Flemish item a member asked for, its proposal quoted in a field, closed by "De gemeenteraad gaat (niet)
akkoord met het voorstel" (nl).

Flemish notulen title such an item by who asked for it ("Agendapunt op vraag van raadslid X (Groen): ...",
"Punt op verzoek van raadslid X (N-VA): ..."), quote the proposal in a field ("Voorstel van besluit: "..."") and
close with the council agreeing or not "met het voorstel". "Het voorstel" refers to the quoted proposal: the row's
subject is its words and its mover the member the title names; "met" is no part of what was agreed to. A council
agreeing with a postponement keeps it, and one agreeing with a named document records one decision.
All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\nZitting van dinsdag 21 april 2026\n\n"
WORDS = "De gemeenteraad verzoekt het college elke wijk een eigen speelstraat te geven."


@pytest.mark.parametrize(
    ("title", "field", "vote", "closing", "expected"),
    [
        (
            "4. Agendapunt op vraag van raadslid Els Maes (Groen): speelstraten",
            f'Voorstel van besluit: "{WORDS}"',
            "Stemming: 5 stemmen voor (Groen), 14 stemmen tegen (Open Westhoek)",
            "De gemeenteraad gaat niet akkoord met het voorstel.",
            ("rejected", 5, 14, "Els Maes", "Groen"),
        ),
        (
            "4. Punt op verzoek van raadslid Jan Wouters (N-VA): speelstraten",
            f'Voorstel van besluit: "{WORDS}"',
            "Stemming: 7 stemmen voor, 12 stemmen tegen",
            "De gemeenteraad ging niet akkoord met het voorstel.",
            ("rejected", 7, 12, "Jan Wouters", "N-VA"),
        ),
        (
            "4. Agendapunt op vraag van gemeenteraadslid Sara Peeters (Vooruit): speelstraten",
            f'Voorstel: "{WORDS}"',
            "Stemming: 16 stemmen voor, 3 stemmen tegen",
            "De gemeenteraad gaat akkoord met het voorstel.",
            ("adopted", 16, 3, "Sara Peeters", "Vooruit"),
        ),
        (
            "4. Agendapunt op vraag van raadslid Pieter Goossens (Vlaams Belang): speelstraten",
            f'Voorstel van beslissing: "{WORDS}"',
            "Stemming: 2 stemmen voor, 17 stemmen tegen en 1 onthouding",
            "De raad gaat niet akkoord met dit voorstel.",
            ("rejected", 2, 17, "Pieter Goossens", "Vlaams Belang"),
        ),
        (
            "4. Toegevoegd punt op vraag van raadslid Lotte Jacobs (Groen): speelstraten",
            f'Voorstel van besluit: "{WORDS}"',
            "Stemming: 4 stemmen voor, 15 stemmen tegen",
            "De gemeenteraad gaat niet akkoord met het voorstel van raadslid Jacobs.",
            ("rejected", 4, 15, "Lotte Jacobs", "Groen"),
        ),
    ],
)
def test_the_quoted_proposal_is_what_the_council_agreed_to_or_not(title, field, vote, closing, expected):
    (row,) = votes(HEAD + "\n".join([title, field, vote, closing]) + "\n", "nl")
    assert row.subject.rstrip(".") == WORDS.rstrip(".")
    assert (row.outcome, row.votes_for, row.votes_against, row.proposer, row.proposer_party) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "8. Retributiereglement markten\nOp verzoek van de marktcommissie wordt het punt verdaagd.\n"
            "De raad gaat akkoord met deze verdaging.\n",
            ("postponed", "Retributiereglement markten", None),
        ),
        (
            "3. Samenwerkingsovereenkomst met de fietsersbond\nStemming: eenparig\n"
            "De gemeenteraad gaat akkoord met de samenwerkingsovereenkomst.\n",
            ("adopted", None, None),
        ),
        (
            "9. Agendapunt op vraag van raadslid Els Maes (Groen): speelstraten\n"
            "Het punt wordt op vraag van de indiener verdaagd naar de volgende zitting.\n",
            ("postponed", None, "Els Maes"),
        ),
    ],
)
def test_look_alikes_keep_their_own_object(body, expected):
    rows = votes(HEAD + body, "nl")
    assert [(r.outcome, r.subject if expected[1] else None, r.proposer) for r in rows] == [expected]
