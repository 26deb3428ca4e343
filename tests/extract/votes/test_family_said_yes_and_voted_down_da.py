"""Danish news pages write a decision as the body saying yes or no ("Et enigt byråd sagde ja til at bygge en ny
skole", "Byrådet sagde nej til forslaget om gratis parkering", "Et flertal i udvalget sagde ja til ... med 5
stemmer mod 2") and a rejection as a proposal voted down ("Et forslag fra Dansk Folkeparti ... blev stemt ned med
27 stemmer mod 4"): adopted or rejected, the object of 'til' the subject, a united body unanimous, a count read
as the count of the vote (a bare "Forslaget" is the case's, as elsewhere). Look-alikes: a quoted politician
saying yes ("- Vi siger ja til mere natur, sagde formanden.") and a report of what someone said ("Borgmesteren
sagde, at ...") decide nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\nMødedato: 26-02-2026\n\n12. Forskellige sager\nBeslutning\n"


def _rows(body: str) -> list[tuple]:
    return [(r.subject, r.outcome, r.unanimous, r.votes_for, r.votes_against) for r in votes(HEAD + body + "\n", "da")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Et enigt byråd sagde ja til at bygge en ny skole til 650 elever i Vojens.",
            ("at bygge en ny skole til 650 elever i Vojens", "adopted", True, None, 0),
        ),
        (
            "Byrådet sagde nej til forslaget om gratis parkering.",
            ("forslaget om gratis parkering", "rejected", None, None, None),
        ),
        (
            "Et flertal i udvalget sagde ja til den nye trafikplan for midtbyen med 5 stemmer mod 2.",
            ("den nye trafikplan for midtbyen", "adopted", False, 5, 2),
        ),
        (
            "Et samlet udvalg har sagt ja til en ny cykelsti langs Ørbækvej.",
            ("en ny cykelsti langs Ørbækvej", "adopted", True, None, 0),
        ),
        (
            "Kommunalbestyrelsen sagde nej til at sælge grunden, men vil se på sagen igen.",
            ("at sælge grunden", "rejected", None, None, None),
        ),
    ],
)
def test_a_body_saying_yes_or_no_decides(body, expected):
    assert _rows(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Et forslag fra Dansk Folkeparti om to timers gratis parkering blev stemt ned med 27 stemmer mod 4.",
            ("Et forslag fra Dansk Folkeparti om to timers gratis parkering", "rejected", False, 4, 27),
        ),
        ("Ændringsforslaget blev stemt ned.", ("Ændringsforslaget", "rejected", None, None, None)),
        ("Forslaget blev enstemmigt stemt ned.", ("Forskellige sager", "rejected", True, None, 0)),  # the case's
    ],
)
def test_a_proposal_voted_down_is_rejected(body, expected):
    assert _rows(body) == [expected]


NEWS = (
    "Nyt fra byrådet\n\nPubliceret 27. februar 2026\n\nByrådet holdt møde torsdag den 26. februar 2026.\n\n"
    "NY SKOLE I VOJENS\nEt enigt byråd sagde ja til at bygge en ny skole til 650 elever i Vojens.\n\n"
)


def test_on_a_news_page_each_yes_or_no_is_a_row():
    text = NEWS + "NEJ TIL PARKERING\nByrådet sagde nej til forslaget om gratis parkering.\n"
    assert [(r.outcome, r.unanimous) for r in votes(text, "da")] == [("adopted", True), ("rejected", None)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "MERE NATUR\n- Vi siger ja til mere natur, sagde formanden for udvalget.\n",
        "BORGMESTEREN\nBorgmesteren sagde, at byrådet siger ja til flere boliger.\n",
    ],
)
def test_words_said_by_a_politician_decide_nothing(paragraph):
    assert [(r.outcome, r.unanimous) for r in votes(NEWS + paragraph, "da")] == [("adopted", True)]
