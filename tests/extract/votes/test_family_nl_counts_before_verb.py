"""Family: a decision sentence that opens with its counts, and sentences that decide nothing (nl).

Flemish notulen often put the vote before the verb ("Met 18 stemmen voor, 7 tegen (N-VA) en 1
onthouding wordt het voorstel goedgekeurd."). The count list may run on past what is read as one
count line (another number, a bracket closing), and a bracket may hold a stop of its own ("o.a.",
"18 ja; 7 neen"): the subject is still the whole sentence, never a piece starting inside the bracket.
An answer to an interpellation, an alderman explaining a file and a news text retelling an old vote
are no decisions. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Notulen gemeenteraad\n\nZitting van maandag 14 oktober 2024\n\n12. Reglement op de terrasvergunningen\n\n"


@pytest.mark.parametrize(
    ("sentence", "outcome", "counts"),
    [
        ("Met 7 stemmen voor en 18 tegen is het voorstel verworpen.", "rejected", (7, 18)),
        (
            "Met 7 stemmen voor, 18 tegen (N-VA, Vlaams Belang) en 1 onthouding) is het voorstel verworpen.",
            "rejected",
            (7, 18),
        ),
        (
            "Met 20 ja-stemmen, 5 neen-stemmen (Vlaams Belang) en 1 onthouding (N-VA) wordt het reglement goedgekeurd.",
            "adopted",
            (20, 5),
        ),
        (
            "Met 19 stemmen voor (CD&V, Vooruit, Groen), 6 stemmen tegen (N-VA) en 2 onthoudingen (Open VLD) "
            "wordt het voorstel aangenomen.",
            "adopted",
            (19, 6),
        ),
        (
            "Met 11 stemmen voor, 14 stemmen tegen en 2 onthoudingen wordt het amendement verworpen.",
            "rejected",
            (11, 14),
        ),
        ("Met 18 stemmen voor (o.a. CD&V en Groen) en 7 tegen is het voorstel goedgekeurd.", "adopted", (18, 7)),
        ("Na de stemming (18 ja; 7 neen) is het reglement goedgekeurd.", "adopted", (18, 7)),
        ("Na stemming (18 voor, 7 tegen) wordt het voorstel goedgekeurd.", "adopted", (18, 7)),
    ],
)
def test_counts_before_the_verb_keep_the_whole_sentence_as_subject(sentence, outcome, counts):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert row.subject == sentence.rstrip(".")
    assert (row.outcome, (row.votes_for, row.votes_against), row.unanimous) == (outcome, counts, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "Met 7 stemmen voor, 18 tegen (N-VA, Vlaams Belang) en 1 onthouding) is het voorstel verworpen.",
        "Met 20 ja-stemmen, 5 neen-stemmen (Vlaams Belang) en 1 onthouding (N-VA) wordt het reglement goedgekeurd.",
        "Met 16 stemmen voor, 9 tegen en 2 onthoudingen (Groen, Vooruit) wordt het punt goedgekeurd.",
        "Met 18 stemmen voor (o.a. CD&V en Groen) en 7 tegen is het voorstel goedgekeurd.",
        "Na de stemming (18 ja; 7 neen) is het reglement goedgekeurd.",
    ],
)
def test_a_subject_never_begins_inside_a_bracket_or_a_count_list(sentence):
    (row,) = votes(HEAD + sentence + "\n", "nl")
    assert row.subject[0].isupper() and not row.subject[0].isdigit()
    assert row.subject.count(")") <= row.subject.count("(") + sentence.count(")") - sentence.count("(")


@pytest.mark.parametrize(
    "sentence",
    [
        "De burgemeester beantwoordt de interpellatie van raadslid Peeters over de verkeersveiligheid.",
        "De schepen licht het dossier toe.",
        "Schepen De Smet geeft toelichting bij het ontwerp van reglement.",
        "Een motie van de PvdA om de terrassen langer open te houden werd toen verworpen.",
        "Destijds werd het voorstel met 12 stemmen voor en 15 tegen verworpen, herinnert raadslid Claes.",
        "In 2019 werd een gelijkaardig reglement door de raad goedgekeurd.",
        "De interpellatie wordt beantwoord door de burgemeester.",
        "Raadslid Peeters vraagt of het reglement al werd goedgekeurd door de toezichthoudende overheid.",
        "De schepen licht toe dat het budget in 2023 werd goedgekeurd.",
        "Een motie van de PvdA om het zwembad open te houden, werd destijds met 12 tegen 15 stemmen verworpen.",
    ],
)
def test_an_answer_an_explanation_or_a_retold_vote_is_no_decision(sentence):
    assert votes(HEAD + sentence + "\n", "nl") == []
