"""The case postponed right under a counted postponement ("Utsetjingsframlegget vart vedteke med 9 mot 8 røyster.
Saka er dermed utsett.", "Saka er utsett.") restates that decision: one row, the counted one. A case outcome
differing from the counted decision above it ("Forslaget falt ... Saken er utsatt.") and a case adopted after an
amendment "med samme stemmetal" are decisions of their own."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import CASE, votes


@pytest.mark.parametrize(
    ("language", "body", "subject", "counts"),
    [
        (
            "nn",
            "Framlegg om utsetjing frå Liv Helle (Sp): «Saka vert utsett til etter\nforeldremøta i september.»\n"
            "Utsetjingsframlegget vart vedteke med 9 mot 8 røyster. Saka er dermed utsett.\n",
            "Saka vert utsett til etter foreldremøta i september",
            (9, 8),
        ),
        (
            "nn",
            "Utsetjingsframlegg frå Siri Vik (Sp): «Saka vert utsett til hausten.»\n"
            "Utsetjingsframlegget vart vedteke med 12 mot 9 røyster.\nSaka vart dermed utsett.\n",
            "Saka vert utsett til hausten",
            (12, 9),
        ),
        (
            "nn",
            "Handsaming: Ordføraren sette fram utsetjingsframlegg: «Saka vert utsett\ntil fylkeskommunen har "
            "avklart finansieringa.»\nRøysting: Utsetjingsframlegget vart vedteke med 14 mot 11 røyster.\n"
            "Saka er utsett.\n",
            "Utsetjingsframlegget",
            (14, 11),
        ),
        (
            "nb",
            "Ordføreren fremmet utsettelsesforslag: «Saken utsettes til høsten.»\nVotering: Utsettelsesforslaget "
            "ble vedtatt med 7 mot 4 stemmer.\nSaken er utsatt.\n",
            "Utsettelsesforslaget",
            (7, 4),
        ),
    ],
)
def test_the_case_restating_the_counted_outcome_is_no_second_row(language, body, subject, counts):
    rows = votes(CASE[language] + body, language)
    assert [(r.subject, (r.votes_for, r.votes_against)) for r in rows] == [(subject, counts)]


def test_a_case_outcome_unlike_the_counted_one_is_its_own_decision():
    body = "Ola Dahl (H) foreslo at planen vedtas nå.\nForslaget falt med 10 mot 25 stemmer.\nSaken er utsatt.\n"
    assert [r.outcome for r in votes(CASE["nb"] + body, "nb")] == ["rejected", "postponed"]


def test_a_case_outcome_after_a_blank_line_is_not_a_restatement():
    body = "Innstillinga vart vedteken med 15 mot 4 røyster.\n\nSaka vert utsett til neste møte.\n"
    assert [r.outcome for r in votes(CASE["nn"] + body, "nn")] == ["adopted", "postponed"]


def test_a_case_adopted_after_a_counted_amendment_is_a_second_decision():
    body = (
        'Ændringsforslag fra Gitte Holm (A):\n"Bebyggelsen begrænses til to etager."\n'
        "Beslutning: Ændringsforslaget blev vedtaget med 6 stemmer for og 5\nimod (V 3, C 1, O 1). Herefter blev "
        "lokalplanen med den vedtagne\nændring godkendt med samme stemmetal.\n"
    )
    assert [r.outcome for r in votes(CASE["da"] + body, "da")] == ["adopted", "adopted"]
