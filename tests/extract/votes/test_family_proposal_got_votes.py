"""A proposal that "got N votes" and fell or passed ("Forslaget fra H fikk 7 stemmer og falt", "Het amendement
kreeg 8 stemmen en werd verworpen"): the outcome of the verb, N as the votes for it, and a rejected proposal that
some members voted for is not unanimous."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes

FAMILY = [
    ("da", "Ændringsforslaget fra Ø fik 3 stemmer og bortfaldt.", "Ændringsforslaget fra Ø", "rejected", 3),
    ("da", "Venstres forslag fik 9 stemmer (V og C) og blev forkastet.", "Venstres forslag", "rejected", 9),
    (
        "da",
        "Forslaget fra SF om gratis busser fik kun 4 stemmer og faldt.",
        "Forslaget fra SF om gratis busser",
        "rejected",
        4,
    ),
    ("da", "Det ændrede forslag fik 19 stemmer og blev vedtaget.", "Det ændrede forslag", "adopted", 19),
    (
        "da",
        "Enhedslistens ændringsforslag opnåede 2 stemmer og bortfaldt",
        "Enhedslistens ændringsforslag",
        "rejected",
        2,
    ),
    ("nb", "Forslaget fra H fikk 7 stemmer og falt.", "Forslaget fra H", "rejected", 7),
    ("nb", "MDGs forslag fikk 3 stemmer (MDG, SV) og falt.", "MDGs forslag", "rejected", 3),
    (
        "nb",
        "Tilleggsforslaget fra Venstre fikk 5 stemmer og ble ikke vedtatt.",
        "Tilleggsforslaget fra Venstre",
        "rejected",
        5,
    ),
    ("nb", "Utsettelsesforslaget fra FrP fikk 11 stemmer og falt", "Utsettelsesforslaget fra FrP", "rejected", 11),
    ("nb", "Forslaget fra Rødt oppnådde 2 stemmer og falt.", "Forslaget fra Rødt", "rejected", 2),
    ("nn", "Framlegget frå KrF fekk 4 røyster og fall.", "Framlegget frå KrF", "rejected", 4),
    ("nn", "Endringsframlegget frå Sp fekk 6 røyster og fall.", "Endringsframlegget frå Sp", "rejected", 6),
    ("nn", "Framlegget frå SV fekk 3 røyster (SV, Raudt) og fall.", "Framlegget frå SV", "rejected", 3),
    ("nn", "Tilleggsframlegget frå H fekk 9 røyster og vart ikkje vedteke.", "Tilleggsframlegget frå H", "rejected", 9),
    ("nn", "Framlegget frå MDG fekk 1 røyst og fall", "Framlegget frå MDG", "rejected", 1),
    ("nl", "Het amendement A1 kreeg 8 stemmen en werd verworpen.", "Het amendement A1", "rejected", 8),
    ("nl", "Motie M3 van de SP kreeg slechts 4 stemmen en is daarmee verworpen.", "Motie M3 van de SP", "rejected", 4),
    (
        "nl",
        "Het amendement van GroenLinks kreeg 12 stemmen voor en werd verworpen.",
        "Het amendement van GroenLinks",
        "rejected",
        12,
    ),
    (
        "nl",
        "De motie over de bibliotheek kreeg 20 stemmen en werd aangenomen.",
        "De motie over de bibliotheek",
        "adopted",
        20,
    ),
    (
        "nl",
        "Het initiatiefvoorstel haalde 11 stemmen (CDA, VVD) en is verworpen",
        "Het initiatiefvoorstel",
        "rejected",
        11,
    ),
]


@pytest.mark.parametrize(("language", "sentence", "subject", "outcome", "votes_for"), FAMILY)
def test_a_proposal_that_got_votes_takes_the_verbs_outcome_and_its_votes(
    language, sentence, subject, outcome, votes_for
):
    (row,) = votes(CASE[language] + sentence + "\n", language)
    assert (row.subject, row.outcome, row.votes_for) == (subject, outcome, votes_for)
    assert row.unanimous is (False if outcome == "rejected" else None)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("da", "Kandidaten fik 1.200 stemmer ved valget i 2021 og blev valgt til byrådet."),
        ("da", "Borgerforslaget fik 600 underskrifter og blev derfor behandlet."),
        ("nb", "Ordføreren fikk 2 300 personstemmer ved valget."),
        ("nn", "Lista fekk 5 mandat og vart den største."),
        ("nl", "De lijsttrekker kreeg 2.300 stemmen bij de verkiezingen."),
        ("nl", "Het burgerinitiatief kreeg 500 handtekeningen en werd daarom geagendeerd."),
    ],
)
def test_election_results_and_signatures_are_not_votes_on_a_proposal(language, sentence):
    assert votes(CASE[language] + sentence + "\n", language) == []
