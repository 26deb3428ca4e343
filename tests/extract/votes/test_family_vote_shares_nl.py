"""A vote given as a share ("Stemuitslag: 92% voor", a "voor 100%" line) beside the decision sentence: 100 % is
unanimous, less means some members voted against; the share is no count of votes."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("text", "unanimous"),
    [
        ("Stemuitslag: 92% voor\nHet voorstel is aangenomen.", False),
        ("Stemuitslag: 100% voor\nHet voorstel is aangenomen.", True),
        ("Stemuitslag: 100 % voor\nAangenomen.", True),
        ("Uitslag: 61% voor\nDe motie is aangenomen.", False),
        ("Het raadsvoorstel is aangenomen.\nStemuitslag: 78% voor", False),
        ("Besluit\nvoor 100%\nHet voorstel is aangenomen.", True),
        ("Besluit\nvoor 85%\nHet amendement is aangenomen.", False),
        ("Stemming: 64% voor, 36% tegen\nDe motie is aangenomen.", False),
        ("Stemming: 100% voor\nHet raadsvoorstel is aangenomen.", True),
    ],
)
def test_a_share_of_the_votes_says_whether_anyone_voted_against(text, unanimous):
    (row,) = votes(CASE["nl"] + text + "\n", "nl")
    assert (row.outcome, row.unanimous, row.votes_for) == ("adopted", unanimous, None)


@pytest.mark.parametrize(
    "text",
    [
        "Het voorstel is aangenomen.\nDe opkomst bij de verkiezingen was 54%.",
        "Het voorstel is aangenomen.\nHet budget stijgt met 12% voor 2025.",
    ],
)
def test_other_percentages_say_nothing_about_unanimity(text):
    (row,) = votes(CASE["nl"] + text + "\n", "nl")
    assert row.unanimous is None
