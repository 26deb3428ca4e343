"""Danish protocols with several committee steps in one case and an amendment voted in the council.

"Økonomiudvalget den 12. maj 2025, pkt. 140:" / "Anbefales." then "Byrådet den 26. maj 2025:" with
"Ændringsforslag fra Enhedslisten v/ Sofie Krag (Ø): At vejadgangen flyttes til Møllevej." and its vote:
each committee step is a row with its own body, date and item number; the amendment's row is about its
text's first sentence, with the member and party who moved it; the recommendation's row is separate. A
step that sends the case back ("Sagen sendes tilbage til udvalget med henblik på ...") under a bare step
header, with no vote word, is that committee's postponement, about the case (its title), as every other step
is (read sets: 25 documents name a send-back step by the case title, one by its sentence).
"""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

HEAD = "Byrådet\n\nReferat\nMødedato: 26. maj 2025\n\n87. Lokalplan 55 for boliger ved Skovvej\nSagsnr.: 25/1234\n\n"
RECOMMENDATION = "Indstilling\nDirektøren indstiller, at lokalplan 55 vedtages endeligt.\n\n"


def _rows(text: str) -> list[tuple]:
    return [
        (r.body, r.meeting_date, r.case_number, r.subject, r.proposer, r.proposer_party, r.outcome)
        for r in votes(text, "da")
    ]


@pytest.mark.parametrize(
    ("council", "amendment"),
    [
        (
            "Ændringsforslag fra Enhedslisten v/ Sofie Krag (Ø): At vejadgangen flyttes til Møllevej. "
            "At antallet af boliger nedsættes.\nÆndringsforslaget blev forkastet med 3 stemmer for (Ø) og 24 imod.\n",
            ("At vejadgangen flyttes til Møllevej", "Sofie Krag", "Ø", "rejected"),
        ),
        (
            "Ændringsforslag fra SF v/ Ib Lund (F): Byggehøjden sænkes til to etager.\n\n"
            "Ændringsforslaget blev vedtaget med 14 stemmer mod 13.\n",
            ("Byggehøjden sænkes til to etager", "Ib Lund", "F", "adopted"),
        ),
        (
            "Tillægsforslag fra Venstre: Der etableres en sti langs åen, jf. Gl. Skovvej.\n"
            "Tillægsforslaget blev godkendt med 20 stemmer mod 7.\n",
            ("Der etableres en sti langs åen, jf. Gl. Skovvej", None, "Venstre", "adopted"),
        ),
        (
            "Ændringsforslag fra Dansk Folkeparti (O): At parkeringsnormen hæves til 2 pladser pr. bolig.\n"
            "Forslaget faldt med 2 stemmer for og 25 imod.\n",
            ("At parkeringsnormen hæves til 2 pladser pr. bolig", None, "O", "rejected"),
        ),
        (
            "Ændringsforslag fra Enhedslisten v/ Per Holm (Ø): Skoven friholdes for byggeri.\n"
            "For stemte 3 (Ø).\nImod stemte 24 (A, V, C, O og F).\nÆndringsforslaget blev forkastet.\n",
            ("Skoven friholdes for byggeri", "Per Holm", "Ø", "rejected"),
        ),
    ],
)
def test_a_council_amendment_is_about_its_texts_first_sentence_beside_the_recommendation(council, amendment):
    text = (
        HEAD
        + RECOMMENDATION
        + "Økonomiudvalget den 12. maj 2025, pkt. 140:\nAnbefales.\n\n"
        + "Byrådet den 26. maj 2025:\n"
        + council
        + "Indstillingen blev godkendt.\n"
    )
    step, voted, recommendation = _rows(text)
    title = "Lokalplan 55 for boliger ved Skovvej"  # a committee step of a stepped case: the case title
    assert step == ("Økonomiudvalget", "2025-05-12", "140", title, None, None, "adopted")
    assert (voted[0], voted[1], voted[2], *voted[3:]) == ("Byrådet", "2025-05-26", "87", *amendment)
    assert recommendation[3:] == ("Indstillingen", None, None, "adopted")


@pytest.mark.parametrize(
    ("step", "subject"),
    [
        (
            "Økonomiudvalget den 12. maj 2025, pkt. 143:\nSagen sendes tilbage til Kultur- og Fritidsudvalget "
            "med henblik på en nærmere belysning af driftsudgifterne.\n",
            "Sagen sendes tilbage til Kultur- og Fritidsudvalget med henblik på en nærmere belysning af "
            "driftsudgifterne",
        ),
        (
            "Økonomiudvalget, 12. maj 2025, pkt. 143:\nSagen sendes tilbage til fagudvalget.\n",
            "Sagen sendes tilbage til fagudvalget",
        ),
        (
            "Økonomiudvalget den 12-05-2025, pkt. 143:\n\nSagen udsættes, indtil regnskabet foreligger.\n",
            "Sagen udsættes, indtil regnskabet foreligger",
        ),
        (
            "Beslutning i Økonomiudvalget den 12. maj 2025, pkt. 143:\nSagen tilbagesendes til forvaltningen "
            "med henblik på nye beregninger.\n",
            "Sagen tilbagesendes til forvaltningen med henblik på nye beregninger",
        ),
        (
            "Økonomiudvalget (12. maj 2025, pkt. 143):\nUdvalget ønsker en vurdering af alternative placeringer, "
            "inden sagen behandles endeligt.\n",
            "Udvalget ønsker en vurdering af alternative placeringer, inden sagen behandles endeligt",
        ),
    ],
)
def test_a_committee_step_sending_the_case_back_is_its_postponement_about_the_case(step, subject):
    text = HEAD + RECOMMENDATION + "Kultur- og Fritidsudvalget den 5. maj 2025, pkt. 44:\nAnbefales.\n\n" + step
    first, second = _rows(text)
    assert first[:3] == ("Kultur- og Fritidsudvalget", "2025-05-05", "44") and first[-1] == "adopted"
    assert second[3] != subject  # the step's own sentence is the reason, not what was decided
    assert second == (
        "Økonomiudvalget",
        "2025-05-12",
        "143",
        "Lokalplan 55 for boliger ved Skovvej",
        None,
        None,
        "postponed",
    )


@pytest.mark.parametrize(
    "decision",
    [
        "Beslutning\nSagen udsættes til næste møde, idet udvalget ønsker flere oplysninger.\n",
        "Beslutning:\nSagen blev sendt tilbage til Økonomiudvalget med henblik på en ny vurdering.\n",
        "Beslutning i Byrådet den 26. maj 2025:\nSagen udsat til næste møde.\n",
    ],
)
def test_the_meetings_own_postponement_stays_about_the_case(decision):
    (row,) = _rows(HEAD + decision)
    assert row[2:] == ("87", "Lokalplan 55 for boliger ved Skovvej", None, None, "postponed")


@pytest.mark.parametrize(
    "step",
    [
        "Økonomiudvalget den 12. maj 2025, pkt. 143:\nSagen blev drøftet.\n",
        "Økonomiudvalget den 12. maj 2025, pkt. 143:\nSagsfremstillingen er uændret siden sidst.\n",
    ],
)
def test_a_committee_step_recording_no_decision_gives_no_row(step):
    assert [r[0] for r in _rows(HEAD + RECOMMENDATION + step)] == []


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        (
            "Plan- og Miljøudvalget den 5. maj 2025, pkt. 61\nAnbefales.\n\n"
            "Økonomiudvalget den 12. maj 2025, pkt. 140\nAnbefales, idet Venstre tager forbehold.\n\n",
            [("Plan- og Miljøudvalget", "2025-05-05", "61"), ("Økonomiudvalget", "2025-05-12", "140")],
        ),
        (
            "Økonomiudvalget 12.05.2025, pkt. 140\n\nIndstilles godkendt.\n\n",
            [("Økonomiudvalget", "2025-05-12", "140")],
        ),
        (
            "Teknik- og Miljøudvalget, 5. maj 2025, punkt 61\nAnbefales.\n\n",
            [("Teknik- og Miljøudvalget", "2025-05-05", "61")],
        ),
        (
            "Socialudvalget - 6-05-2025 - pkt. 33\nAnbefales.\n\n"
            "Økonomiudvalget d. 12. maj 2025 sag 140\nAnbefales.\n\n",
            [("Socialudvalget", "2025-05-06", "33"), ("Økonomiudvalget", "2025-05-12", "140")],
        ),
        (
            "Udvalget for Klima og Miljø den 7. maj 2025, pkt. 18.\nAnbefales godkendt.\n\n",
            [("Udvalget for Klima og Miljø", "2025-05-07", "18")],
        ),
    ],
)
def test_a_committee_step_header_without_a_colon_is_a_step_of_its_own(steps, expected):
    rows = _rows(HEAD + RECOMMENDATION + steps + "Byrådet den 26. maj 2025\nGodkendt.\n")
    assert [row[:3] for row in rows] == [*expected, ("Byrådet", "2025-05-26", "87")]
    assert {row[-1] for row in rows} == {"adopted"}
