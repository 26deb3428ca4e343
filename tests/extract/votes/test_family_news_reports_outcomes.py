"""Outcome phrases of news summaries: a proposal that "fikk flertall" / "fik flertal" / "kreeg een meerderheid"
(with its counts when written) is adopted; an alternative vote told as "I alternativ votering fikk A 28 stemmer,
mens B fikk 11 stemmer" is one adopted row for the winner, the loser's votes against it (DATASET.md); "Saken om
... ble utsatt" is postponed with the sentence's case as subject. A majority held in the council, an election
result or a proposal that failed to get a majority is no adopted decision. All sentences are written for these
tests.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = {
    "nb": "Nyheter\n\nBystyret 26. november 2026\n\n",
    "nn": "Nyheiter\n\nKommunestyret 26. november 2026\n\n",
    "da": "Nyheder\n\nByrådet 26. november 2026\n\n",
    "nl": "Nieuws\n\n",
}


NEWS_ONLY = {"nb": "Nyheter\n\n", "nn": "Nyheiter\n\n"}


def _rows(
    language: str, text: str, head: dict[str, str] = HEAD
) -> list[tuple[str | None, str, int | None, int | None]]:
    return [(r.subject, r.outcome, r.votes_for, r.votes_against) for r in votes(head[language] + text, language)]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nb",
            "Forslaget fra Ap, SV og Sp fikk flertall med 28 mot 11 stemmer.\n",
            ("Forslaget fra Ap, SV og Sp", 28, 11),
        ),
        ("nb", "Forslaget fra Høyre fikk flertall.\n", ("Forslaget fra Høyre", None, None)),
        ("nb", "Tilleggsforslaget fra Venstre fikk flertall med 30 mot 9.\n", ("Tilleggsforslaget fra Venstre", 30, 9)),
        ("nn", "Framlegget frå Sp fekk fleirtal med 15 mot 10 røyster.\n", ("Framlegget frå Sp", 15, 10)),
        ("nn", "Fellesframlegget frå Ap og SV fekk fleirtal.\n", ("Fellesframlegget frå Ap og SV", None, None)),
        ("da", "Forslaget fra Venstre fik flertal med 15 stemmer mod 12.\n", ("Forslaget fra Venstre", 15, 12)),
        ("da", "Ændringsforslaget fra SF fik flertal.\n", ("Ændringsforslaget fra SF", None, None)),
        (
            "nl",
            "Het amendement van de SP kreeg een meerderheid met 20 stemmen voor en 9 tegen.\n",
            ("Het amendement van de SP", 20, 9),
        ),
        (
            "nl",
            "De motie over gratis zwemles kreeg een ruime meerderheid.\n",
            ("De motie over gratis zwemles", None, None),
        ),
    ],
)
def test_a_proposal_that_got_a_majority_is_adopted(language, text, expected):
    subject, votes_for, votes_against = expected
    assert _rows(language, text) == [(subject, "adopted", votes_for, votes_against)]


@pytest.mark.parametrize(
    ("language", "text", "winner", "votes_for", "votes_against"),
    [
        (
            "nb",
            "I alternativ votering fikk forslaget fra Ap, SV og Sp 28 stemmer, mens formannskapets innstilling fikk "
            "11 stemmer.\n",
            "Forslaget fra Ap, SV og Sp",
            28,
            11,
        ),
        (
            "nb",
            "Ved alternativ votering fikk innstillingen 25 stemmer og forslaget fra Rødt 14 stemmer.\n",
            "Innstillingen",
            25,
            14,
        ),
        (
            "nn",
            "Ved alternativ røysting fekk framlegget frå Sp 15 røyster, medan innstillinga fekk 10 røyster.\n",
            "Framlegget frå Sp",
            15,
            10,
        ),
        (
            "nn",
            "I alternativ røysting fekk innstillinga 20 røyster og framlegget frå H 7 røyster.\n",
            "Innstillinga",
            20,
            7,
        ),
        (
            "da",
            "Ved alternativ afstemning fik forslaget fra S og SF 16 stemmer, mens økonomiudvalgets indstilling fik "
            "11 stemmer.\n",
            "Forslaget fra S og SF",
            16,
            11,
        ),
    ],
)
def test_an_alternative_vote_is_one_row_for_the_winner(language, text, winner, votes_for, votes_against):
    (row,) = votes(HEAD[language] + text, language)
    assert (row.subject.split(" (")[0], row.outcome, row.votes_for, row.votes_against) == (
        winner,
        "adopted",
        votes_for,
        votes_against,
    )


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("nb", "Saken om ny idrettshall ble utsatt.\n", "Saken om ny idrettshall"),
        ("nn", "Saka om ny skule vart utsett.\n", "Saka om ny skule"),
        ("da", "Sagen om den nye hal blev udsat.\n", "Sagen om den nye hal"),
        ("nb", "Saken om parkeringsavgift ble utsatt til neste møte.\n", "Saken om parkeringsavgift"),
        ("da", "Sagen om vinterbadeanstalten blev udsat til næste møde.\n", "Sagen om vinterbadeanstalten"),
    ],
)
def test_a_case_put_off_is_postponed(language, text, subject):
    assert _rows(language, text) == [(subject, "postponed", None, None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "Ap og Høyre har flertall i bystyret.\n"),
        ("nn", "Sp fekk fleirtal ved valet i 2023.\n"),
        ("da", "Socialdemokratiet fik flertal ved valget i 2021.\n"),
        ("nl", "De coalitie heeft een meerderheid in de raad.\n"),
        ("nb", "Forslaget fra Rødt fikk ikke flertall.\n"),
    ],
)
def test_a_majority_held_or_won_at_an_election_is_no_adopted_decision(language, text):
    assert [outcome for _, outcome, _, _ in _rows(language, text)] in ([], ["rejected"])


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("nb", "Bystyret vedtok budsjettet med 35 mot 32 stemmer.\n", ("budsjettet", "adopted", 35, 32)),
        (
            "nb",
            "Formannskapet godkjente avtalen om nytt rådhus med 7 mot 4.\n",
            ("avtalen om nytt rådhus", "adopted", 7, 4),
        ),
        ("nb", "Kommunestyret vedtok ny kommuneplan, med 25 mot 6 stemmer.\n", ("ny kommuneplan", "adopted", 25, 6)),
        ("nn", "Kommunestyret vedtok budsjettet med 20 mot 5 røyster.\n", ("budsjettet", "adopted", 20, 5)),
        (
            "nn",
            "Heradsstyret vedtok den nye kulturplanen med 14 mot 3 røyster.\n",
            ("den nye kulturplanen", "adopted", 14, 3),
        ),
    ],
)
def test_counts_after_a_reported_decision_are_read_not_kept_in_the_subject(language, text, expected):
    assert _rows(language, text, NEWS_ONLY) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "da",
            "Ved alternativ afstemning fik indstillingen 18 stemmer og forslaget fra V 9 stemmer.\n",
            ("Indstillingen", 18, 9),
        ),
        (
            "da",
            "Ved alternativ afstemning fik forslaget fra Ø 3 stemmer, mens indstillingen fik 24 stemmer.\n",
            ("Indstillingen", 24, 3),
        ),
        (
            "da",
            "Forslaget fra Dansk Folkeparti fik flertal med 14 mod 13.\n",
            ("Forslaget fra Dansk Folkeparti", 14, 13),
        ),
        ("nn", "Tilleggsframlegget frå Raudt fekk fleirtal med 12 mot 11.\n", ("Tilleggsframlegget frå Raudt", 12, 11)),
        ("nn", "Saka om ny barnehage vart utsett til neste møte.\n", ("Saka om ny barnehage", None, None)),
        (
            "nl",
            "Het initiatiefvoorstel van de PvdA kreeg een krappe meerderheid.\n",
            ("Het initiatiefvoorstel van de PvdA", None, None),
        ),
    ],
)
def test_more_outcome_shapes_name_the_winner(language, text, expected):
    subject, votes_for, votes_against = expected
    (row,) = votes(HEAD[language] + text, language)
    assert (row.subject.split(" (")[0], row.votes_for, row.votes_against) == (subject, votes_for, votes_against)
