"""A Danish news page names the votes against in a sentence of their own after the count: "De to stemmer imod kom
fra Socialdemokratiet (A)", "Stemmerne imod kom fra Enhedslisten", "Modstanden kom fra V (3) og C (2)". The party
(its letter in brackets where given) takes the votes against; several parties without their own counts give no split.

The sentence named no party against, so against_parties stayed empty (and a party's name with its letter in brackets
read as one member).

Look-alikes: criticism or a question "coming from" a party ("Kritikken kom fra Enhedslisten") is no vote against;
several parties without counts ("Modstanden kom fra SF og Enhedslisten") are not split.
"""

from __future__ import annotations

import json

import pytest

from tests.extract.votes.helpers import NEWS, votes

DECISION = "Ny hal ved skolen\nByrådet vedtog at bygge en ny hal ved skolen med {count}. {sentence}\n"


@pytest.mark.parametrize(
    ("count", "sentence", "against"),
    [
        ("19 stemmer mod 2", "De to stemmer imod kom fra Socialdemokratiet (A).", {"A": 2}),
        ("20 stemmer mod 5", "Stemmerne imod kom fra Enhedslisten.", {"Enhedslisten": 5}),
        ("20 stemmer mod 1", "Den ene stemme imod kom fra Liberal Alliance (I).", {"I": 1}),
        ("20 stemmer mod 5", "De fem stemmer imod kom fra V (3) og C (2).", {"V": 3, "C": 2}),
        ("22 stemmer mod 3", "Modstanden kom fra Dansk Folkeparti (O), som ønskede en billigere hal.", {"O": 3}),
    ],
)
def test_the_votes_against_come_from_the_parties_named(count: str, sentence: str, against: dict[str, int]) -> None:
    rows = votes(NEWS["da"] + DECISION.format(count=count, sentence=sentence), "da")
    assert [json.loads(r.against_parties) if r.against_parties else None for r in rows] == [against]


@pytest.mark.parametrize(
    ("count", "sentence"),
    [
        ("20 stemmer mod 5", "Modstanden kom fra SF og Enhedslisten, som ønskede en billigere løsning."),
        ("20 stemmer mod 5", "Kritikken kom fra Enhedslisten."),
        ("20 stemmer mod 5", "Spørgsmålet kom fra Venstre (V)."),
    ],
)
def test_no_split_without_counts_or_without_votes_against(count: str, sentence: str) -> None:
    rows = votes(NEWS["da"] + DECISION.format(count=count, sentence=sentence), "da")
    assert [(r.votes_against, r.against_parties) for r in rows] == [(5, None)]
