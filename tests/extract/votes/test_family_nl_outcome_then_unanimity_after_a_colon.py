"""A vote page's outcome word, a colon, then only the unanimity: 'Aangenomen: unaniem', 'Vastgesteld: met algemene
stemmen', 'Verworpen: unaniem.'. Dutch stemmingsuitslagen write the outcome first and the manner after the colon where
other points give 'Aangenomen: 25 voor, 2 tegen'; the row is the point's, unanimous with nobody against.

Look-alike: a legend line that explains the outcome words ('Aangenomen: unaniem of met meerderheid, zie kolom
Stemming') names no point and records no vote.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Uitslagen stemmingen gemeenteraad Testdorp 26 februari 2026\n\n"


@pytest.mark.parametrize(
    ("item", "title", "outcome"),
    [
        (
            "Agendapunt 8 Motie 8M1 Vuurwerkvrije zones\nAangenomen: unaniem\n",
            "Motie 8M1 Vuurwerkvrije zones",
            "adopted",
        ),
        (
            "Agendapunt 9 Verordening marktgelden 2027\nVastgesteld: met algemene stemmen\n",
            "Verordening marktgelden 2027",
            "adopted",
        ),
        (
            "Agendapunt 10 Motie M4 Gratis parkeren op zaterdag\nVerworpen: unaniem.\n",
            "Motie M4 Gratis parkeren op zaterdag",
            "rejected",
        ),
        (
            "Agendapunt 11 Zienswijze begroting GGD 2027\nUitslag: Aangenomen: eenparig\n",
            "Zienswijze begroting GGD 2027",
            "adopted",
        ),
        (
            "Agendapunt 12 Benoeming lid rekenkamercommissie\nAangenomen: met algemene stemmen (27 voor)\n",
            "Benoeming lid rekenkamercommissie",
            "adopted",
        ),
    ],
)
def test_an_outcome_with_only_its_unanimity_after_a_colon_is_a_unanimous_row(
    item: str, title: str, outcome: str
) -> None:
    rows = votes(HEAD + item, "nl")
    assert [(r.subject, r.outcome, r.unanimous, r.votes_against) for r in rows] == [(title, outcome, True, 0)]


def test_a_legend_of_outcome_words_is_no_vote() -> None:
    text = (
        HEAD
        + "Legenda\nAangenomen: unaniem of met meerderheid, zie kolom Stemming.\n\nDe uitslagen volgen hieronder.\n"
    )
    assert votes(text, "nl") == []
