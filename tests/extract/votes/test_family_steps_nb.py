"""Norwegian Bokmål møtebøker: a case's treatments in committee and council, each a row of its own body and date."""

from __future__ import annotations

import pytest

from tests.extract.votes.helpers import votes

MEETING = (
    "Møtebok\n\nKommunestyret\nMøtedato: 14.11.2023\n\nPS 41/23 Budsjett 2024 og økonomiplan\n\nArkivsak: 23/1234\n\n"
)


@pytest.mark.parametrize(
    ("step", "body", "date", "outcome", "unanimous", "against"),
    [
        (
            "Behandling i Formannskapet 31.10.2023:\nVotering:\nInnstillingen ble enstemmig vedtatt.",
            "Formannskapet",
            "2023-10-31",
            "adopted",
            True,
            0,
        ),
        (
            "Formannskapets behandling 31.10.2023:\nInnstillingen ble vedtatt mot 2 stemmer (FrP).",
            "Formannskapet",
            "2023-10-31",
            "adopted",
            False,
            2,
        ),
        (
            "Behandling i Hovedutvalg for teknikk - 24.10.2023\nRådmannens forslag ble vedtatt med 7 mot 2 stemmer.",
            "Hovedutvalg for teknikk",
            "2023-10-24",
            "adopted",
            False,
            2,
        ),
        (
            "Formannskapet 31.10.2023 sak 55/23:\nForslaget fra Ap falt med 4 mot 5 stemmer.",
            "Formannskapet",
            "2023-10-31",
            "rejected",
            False,
            5,
        ),
        (
            "Behandling i Planutvalget den 3. oktober 2023:\nSaken ble enstemmig utsatt.",
            "Planutvalget",
            "2023-10-03",
            "postponed",
            True,
            0,
        ),
    ],
)
def test_a_treatment_in_committee_is_a_row_of_that_committee_inside_the_case(
    step, body, date, outcome, unanimous, against
):
    row = votes(MEETING + step + "\n", "nb")[0]
    assert (row.body, row.meeting_date, row.outcome) == (body, date, outcome)
    assert (row.unanimous, row.votes_against) == (unanimous, against)
    assert row.case_number in ("41/23", "55/23")
    assert row.archive_case == "23/1234"


def test_committee_and_council_treatments_then_the_next_case():
    rows = votes(
        MEETING + "Kommunedirektørens innstilling:\n1. Budsjettet vedtas.\n\n"
        "Behandling i Formannskapet 31.10.2023:\nVotering:\nInnstillingen ble enstemmig vedtatt.\n\n"
        "Formannskapets innstilling:\n1. Budsjettet vedtas.\n\n"
        "Behandling i Kommunestyret 14.11.2023:\nVotering:\n"
        "Forslaget fra Ap ble vedtatt med 25 mot 10 stemmer (H, FrP).\n\n"
        "Kommunestyrets vedtak:\n1. Budsjettet vedtas med økt ramme.\n\n"
        "PS 42/23 Referatsaker\n\nKommunestyrets vedtak:\nReferatsakene tas til orientering.\n",
        "nb",
    )
    assert [(r.body, r.meeting_date, r.case_number, r.outcome, r.votes_for, r.votes_against) for r in rows] == [
        ("Formannskapet", "2023-10-31", "41/23", "adopted", None, 0),
        ("Kommunestyret", "2023-11-14", "41/23", "adopted", 25, 10),
        ("Kommunestyret", "2023-11-14", "42/23", "noted", None, None),
    ]
    assert rows[2].archive_case is None  # the archive number of case 41/23 stays there


def test_a_committee_vedtak_label_under_another_body_is_that_committees_row():
    rows = votes(MEETING + "Formannskapets vedtak 31.10.2023:\nSaken tas til orientering.\n", "nb")
    assert [(r.body, r.meeting_date, r.outcome) for r in rows] == [("Formannskapet", "2023-10-31", "noted")]


@pytest.mark.parametrize(
    ("text", "outcome", "unanimous", "votes_for", "against", "parties"),
    [
        ("Votering:\nEnstemmig vedtatt.", "adopted", True, None, 0, None),
        ("Votering:\nEnstemmig.", "adopted", True, None, 0, None),
        ("Votering:\nVedtatt mot 1 stemme (Rødt).", "adopted", False, None, 1, '{"Rødt":1}'),
        ("Votering:\nInnstillingen ble vedtatt med 33 mot 2 stemmer (FrP).", "adopted", False, 33, 2, '{"FrP":2}'),
        (
            "Votering:\nFormannskapets innstilling ble vedtatt med 30 mot 9 stemmer. "
            "Mindretallet bestod av FrP (6) og H (3).",
            "adopted",
            False,
            30,
            9,
            '{"FrP":6,"H":3}',
        ),
        ("Votering:\nForslaget fra SV fikk 5 stemmer og falt.", "rejected", False, 5, None, None),
        ("Innstillingen ble vedtatt mot 4 stemmer (3 FrP, 1 KrF).", "adopted", False, None, 4, '{"FrP":3,"KrF":1}'),
    ],
)
def test_the_councils_vote_in_bokmaal(text, outcome, unanimous, votes_for, against, parties):
    (row,) = votes(MEETING + text + "\n", "nb")
    assert (row.body, row.meeting_date, row.case_number) == ("Kommunestyret", "2023-11-14", "41/23")
    assert (row.outcome, row.unanimous, row.votes_for, row.votes_against) == (outcome, unanimous, votes_for, against)
    assert row.against_parties == parties


def test_a_protocol_with_body_date_lines_and_abbreviated_vedtak_labels():
    rows = votes(
        "Møteprotokoll\n\nUtvalg: Kommunestyret\nDato: 14.11.2023\n\nPS 41/23 Budsjett 2024\n\n"
        "Saksgang\tMøtedato\tSaknr\nFormannskapet\t31.10.2023\t55/23\nKommunestyret\t14.11.2023\t41/23\n\n"
        "Formannskapet 31.10.2023:\n\nVotering:\nInnstillingen ble enstemmig vedtatt.\n\n"
        "FSK- 55/23 Vedtak:\nBudsjettet vedtas.\n\n"
        "Kommunestyret 14.11.2023:\n\nVotering:\nHøyres forslag falt med 12 mot 23 stemmer.\n"
        "Innstillingen ble vedtatt med 23 mot 12 stemmer.\n\nKST- 41/23 Vedtak:\nBudsjettet vedtas.\n\n"
        "PS 42/23 Valg av meddommere\n\nKST- 42/23 Vedtak:\nSom meddommere velges Per Olsen og Kari Lie.\n",
        "nb",
    )
    assert [(r.body, r.meeting_date, r.case_number, r.outcome) for r in rows] == [
        ("Formannskapet", "2023-10-31", "41/23", "adopted"),
        ("Kommunestyret", "2023-11-14", "41/23", "rejected"),
        ("Kommunestyret", "2023-11-14", "41/23", "adopted"),
        ("Kommunestyret", "2023-11-14", "42/23", "adopted"),
    ]
